"""Through the shipped Varnish configuration: repeat reads are cache hits, and a
published change is visible at once because publishing purges Varnish."""

import re
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from newsroom.core import testing

PUBLISH = """
from newsroom.news.models import ArticlePage
page = ArticlePage.objects.live().get(pk={pk})
page.title = "Harbour reopens after the storm, officials say"
page.save_revision().publish()
"""

FIRST_ARTICLE = """
from newsroom.news.models import ArticlePage
page = ArticlePage.objects.live().filter(locale__language_code="en").order_by("pk").first()
print(page.pk, page.get_parent().url, page.url)
"""


def fetch(url: str) -> tuple[str, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode(), response.headers.get("X-Cache", "")


@pytest.fixture
def varnish_site(tmp_path):
    if not Path(testing.VARNISHD).exists():
        pytest.fail(
            "This test needs Debian's varnish (apt-get install varnish); .ci/run installs it"
        )
    varnish_port = testing.free_port()
    varnish_url = f"http://127.0.0.1:{varnish_port}"
    env = testing.site_env(
        tmp_path,
        BASE_URL=varnish_url,
        FRONTEND_CACHE_URL=varnish_url,
        TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
    )
    testing.manage("migrate", "--no-input", env=env)
    testing.manage("seed_demo", "--per-section", "2", env=env)
    site_port = testing.free_port()
    varnish = subprocess.Popen(
        testing.varnish_command(
            backend_port=site_port, port=varnish_port, workdir=tmp_path / "varnish"
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        with testing.serve(env, port=site_port):
            deadline = time.monotonic() + 30
            while True:
                try:
                    fetch(varnish_url + "/")
                    break
                except OSError:
                    if varnish.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(
                            f"varnishd did not start: {varnish.stderr.read().decode()[-1500:]}"
                        ) from None
                    time.sleep(0.2)
            yield varnish_url, env
    finally:
        testing.stop(varnish)


def test_publishing_shows_through_varnish_at_once(varnish_site):
    varnish_url, env = varnish_site
    pk, section_url, article_url = testing.shell(FIRST_ARTICLE, env).split()
    body, state = fetch(varnish_url + article_url)
    body, state = fetch(varnish_url + article_url)
    assert state == "HIT"
    old_title = re.search(r"<h1 class=\"article__title\">(.*?)</h1>", body).group(1)
    fetch(varnish_url + section_url)
    assert fetch(varnish_url + section_url)[1] == "HIT"
    fetch(varnish_url + section_url + "?page=2")

    testing.shell(PUBLISH.format(pk=pk), env)

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
    _, _, article_url = testing.shell(FIRST_ARTICLE, env).split()
    fetch(varnish_url + article_url)
    request = urllib.request.Request(
        varnish_url + article_url, headers={"Cookie": "sessionid=abc"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["X-Cache"] == "MISS"
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["X-Cache"] == "MISS"
