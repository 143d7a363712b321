"""Through the shipped Varnish configuration: repeat reads are cache hits, and a
published change is visible at once because publishing purges Varnish."""

import re
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from newsroom.core import editions
from newsroom.testing import sites, varnish

PUBLISH = """
from newsroom.news.models import ArticlePage
page = ArticlePage.objects.live().get(pk={pk})
page.title = "Harbour reopens after the storm, officials say"
page.save_revision().publish()
"""

FIRST_ARTICLE = f"""
from newsroom.news.models import ArticlePage
page = ArticlePage.objects.live().filter(locale__language_code="{editions.default().code}").order_by("pk").first()
print(page.pk, page.get_parent().url, page.url)
"""


def fetch(url: str) -> tuple[str, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode(), response.headers.get("X-Cache", "")


@pytest.fixture(scope="module")
def varnish_site(tmp_path_factory, site_template):
    """One site behind one Varnish for the module (each test changes other pages)."""
    tmp_path = tmp_path_factory.mktemp("varnish-site")
    if not Path(varnish.VARNISHD).exists():
        pytest.fail(
            "This test needs Debian's varnish (apt-get install varnish); .ci/run installs it"
        )
    varnish_port = sites.free_port()
    varnish_url = f"http://127.0.0.1:{varnish_port}"
    env = sites.site_env(
        tmp_path,
        template=site_template,
        BASE_URL=varnish_url,
        FRONTEND_CACHE_URL=varnish_url,
        TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
    )
    site_port = sites.free_port()
    process = subprocess.Popen(
        varnish.command(
            backend_port=site_port, port=varnish_port, workdir=tmp_path / "varnish"
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        with sites.serve(env, port=site_port):
            deadline = time.monotonic() + 30
            while True:
                try:
                    fetch(varnish_url + "/")
                    break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(
                            f"varnishd did not start: {process.stderr.read().decode()[-1500:]}"
                        ) from None
                    time.sleep(0.2)
            yield varnish_url, env
    finally:
        sites.stop(process)


def test_publishing_shows_through_varnish_at_once(varnish_site):
    varnish_url, env = varnish_site
    pk, section_url, article_url = sites.shell(FIRST_ARTICLE, env).split()
    body, state = fetch(varnish_url + article_url)
    body, state = fetch(varnish_url + article_url)
    assert state == "HIT"
    old_title = re.search(r"<h1 class=\"article__title\">(.*?)</h1>", body).group(1)
    fetch(varnish_url + section_url)
    assert fetch(varnish_url + section_url)[1] == "HIT"
    fetch(varnish_url + section_url + "?page=2")

    sites.shell(PUBLISH.format(pk=pk), env)

    body, state = fetch(varnish_url + article_url)
    assert state == "MISS"
    new_title = re.search(r"<h1 class=\"article__title\">(.*?)</h1>", body).group(1)
    assert new_title == "Harbour reopens after the storm, officials say" != old_title
    section_body, state = fetch(varnish_url + section_url)
    assert state == "MISS"
    assert "Harbour reopens after the storm, officials say" in section_body
    assert fetch(varnish_url + section_url + "?page=2")[1] == "MISS"
    # And cached again afterwards.
    assert fetch(varnish_url + article_url)[1] == "HIT"


def test_editors_with_a_session_always_reach_the_site(varnish_site):
    varnish_url, env = varnish_site
    _, _, article_url = sites.shell(FIRST_ARTICLE, env).split()
    fetch(varnish_url + article_url)
    request = urllib.request.Request(
        varnish_url + article_url, headers={"Cookie": "sessionid=abc"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["X-Cache"] == "MISS"
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["X-Cache"] == "MISS"


CYRILLIC_STORY = """
from datetime import timedelta
from django.utils import timezone
from newsroom.news.models import ArticlePage, SectionPage
section = SectionPage.objects.filter(locale__language_code="ru").order_by("path").first()
# A story from before new stories got Latin addresses: it keeps its Cyrillic one.
story = ArticlePage(title="Старый заголовок", slug="парламент-одобрил-бюджет", lead="Лид.", locale=section.locale, first_published_at=timezone.now() - timedelta(days=30))
section.add_child(instance=story)
story.save_revision().publish()
story = ArticlePage.objects.get(pk=story.pk)
print(story.pk, story.url)
"""
RETITLE = """
from newsroom.news.models import ArticlePage
story = ArticlePage.objects.get(pk={pk})
story.title = "Новый заголовок"
story.save_revision().publish()
"""
NOTICE = """
from newsroom.core.models import EditionSettings
notice = EditionSettings.objects.get(locale__language_code="ru")
notice.attribution_notice = "Перепечатка только со ссылкой на"
notice.save()
"""


def test_an_edit_of_a_story_with_a_cyrillic_address_shows_through_varnish(
    varnish_site,
):
    """Varnish keys on the percent-encoded path; the purge uses the same form."""
    varnish_url, env = varnish_site
    pk, url = sites.shell(CYRILLIC_STORY, env).split()
    assert url.startswith(editions.prefix("ru")) and "%D0%" in url
    fetch(varnish_url + url)
    assert fetch(varnish_url + url)[1] == "HIT"
    sites.shell(RETITLE.format(pk=pk), env)
    body, state = fetch(varnish_url + url)
    assert state == "MISS"
    assert "Новый заголовок" in body and "Старый заголовок" not in body


def test_an_edition_wide_change_bans_that_edition_only(varnish_site):
    """A new footer notice of the Russian edition reaches every Russian page."""
    varnish_url, env = varnish_site
    _, section_url, article_url = sites.shell(FIRST_ARTICLE, env).split()
    ru_home = editions.prefix("ru")
    ru_pages = [ru_home, f"{ru_home}rss/"]
    en_pages = [editions.default().prefix, section_url, article_url]
    for path in ru_pages + en_pages:
        fetch(varnish_url + path)
        assert fetch(varnish_url + path)[1] == "HIT", path
    sites.shell(NOTICE, env)
    body, state = fetch(varnish_url + ru_home)
    assert state == "MISS"
    assert "Перепечатка только со ссылкой на" in body
    assert fetch(varnish_url + f"{ru_home}rss/")[1] == "MISS"
    for path in en_pages:
        assert fetch(varnish_url + path)[1] == "HIT", path


def test_http_and_https_copies_are_kept_apart(varnish_site):
    varnish_url, env = varnish_site
    url = varnish_url + editions.listed()[-1].prefix
    fetch(url)
    assert fetch(url)[1] == "HIT"
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["X-Cache"] == "MISS"
