"""Public pages are served from the app cache, and every change a reader could see purges them."""

import http.server
import threading
from datetime import timedelta

import pytest
from django.utils import timezone

from newsroom.core import editions
from newsroom.news.models import ArticlePage, SectionPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 300


def get(client, path):
    response = client.get(path)
    return response, response.get("X-Page-Cache")


def test_second_anonymous_request_is_served_from_the_cache(client, article):
    first, state = get(client, article.url)
    assert state == "miss"
    second, state = get(client, article.url)
    assert state == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert "s-maxage" in second["Cache-Control"]


def test_editors_always_get_a_fresh_page(admin_client, article):
    for _ in range(2):
        assert admin_client.get(article.url).get("X-Page-Cache") is None


def test_page_cache_can_be_turned_off(client, article, settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    get(client, article.url)
    assert get(client, article.url)[1] is None


def dependents(article):
    section = article.get_parent()
    tag = article.tags.first()
    author = article.authors.first()
    return [
        article.url,
        section.url,
        section.url + "?page=2",
        "/",
        "/rss/",
        section.url + "rss/",
        f"/tags/{tag.slug}/",
        f"/authors/{author.slug}/",
        "/sitemap.xml",
    ]


def test_publishing_an_edit_purges_every_page_that_shows_the_story(
    client, article, settings, django_capture_on_commit_callbacks
):
    settings.NEWSROOM_PAGE_SIZE = 3
    # The story must be on the first page of its lists to be seen there.
    article.first_published_at = article.first_published_at.replace(year=2099)
    article.save()
    paths = dependents(article)
    for path in paths:
        get(client, path)
        assert get(client, path)[1] == "hit", path
    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Corrected headline about the harbour"
        article.save_revision().publish()
    for path in paths:
        response, state = get(client, path)
        assert state == "miss", path
    for path in [article.url, article.get_parent().url, "/", "/rss/", "/sitemap.xml"]:
        response = client.get(path)
        assert (
            b"Corrected headline about the harbour" in response.content
            or path == "/sitemap.xml"
        ), path


def test_unpublishing_takes_the_story_down_at_once(
    client, article, django_capture_on_commit_callbacks
):
    section_url = article.get_parent().url
    get(client, article.url)
    get(client, section_url)
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert client.get(article.url).status_code == 404
    assert article.url.encode() not in client.get(section_url).content


def test_moving_a_story_purges_both_sections_and_the_old_address(
    client, article, home, django_capture_on_commit_callbacks
):
    old_url = article.url
    old_section = article.get_parent()
    new_section = SectionPage.objects.child_of(home).exclude(pk=old_section.pk).first()
    for path in (old_url, old_section.url, new_section.url):
        get(client, path)
    with django_capture_on_commit_callbacks(execute=True):
        article.move(new_section, pos="last-child")
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.url != old_url
    assert client.get(old_url).status_code in (301, 302, 404)
    assert article.url.encode() in client.get(new_section.url).content
    assert old_url.encode() not in client.get(old_section.url).content


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    """A cache server that accepts HTTP PURGE, as Varnish does, and remembers it."""

    received: list[tuple[str, str]] = []

    def do_PURGE(self):  # noqa: N802
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_publishing_purges_the_front_end_cache_over_http(
    article, settings, django_capture_on_commit_callbacks
):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    PurgeRecorder.received = []
    try:
        settings.WAGTAILFRONTENDCACHE = {
            "default": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": f"http://127.0.0.1:{server.server_port}",
            }
        }
        with django_capture_on_commit_callbacks(execute=True):
            article.title = "Purged through the CDN"
            article.save_revision().publish()
    finally:
        server.shutdown()
    purged = {path for _, path in PurgeRecorder.received}
    assert article.url in purged
    assert article.get_parent().url in purged
    assert "/" in purged and "/sitemap.xml" in purged


# Stories of the Russian and Armenian desks have addresses in their own
# letters; their URLs are percent-encoded, requests arrive decoded.
SLUGS = {
    "latin": "harbour-fees-cut",
    "ru": "парламент-одобрил-бюджет",
    "hy": "երևանի-քաղաքապետը-հանդիպեց",
    "mixed": "g20-саммит-2025-երևան",
}


def new_story(section, slug, title, capture):
    """A published story at ``slug``, whatever its script.

    New stories get Latin addresses; ones published before that rule keep
    theirs, which is what these tests need (hence the earlier first
    publication date).
    """
    story = ArticlePage(
        title=title,
        slug=slug,
        lead="Лид новости.",
        locale=section.locale,
        first_published_at=timezone.now() - timedelta(days=30),
    )
    section.add_child(instance=story)
    with capture(execute=True):
        story.save_revision().publish()
    story = ArticlePage.objects.get(pk=story.pk)
    assert story.slug == slug  # the address under test, not a transliteration
    return story


@pytest.fixture(params=sorted(SLUGS))
def story(request, edition, django_capture_on_commit_callbacks):
    code = {"hy": "hy", "latin": editions.default().code}.get(request.param, "ru")
    section = SectionPage.objects.child_of(edition[code]).first()
    return new_story(
        section,
        SLUGS[request.param],
        "Первый заголовок",
        django_capture_on_commit_callbacks,
    )


def warm(client, *paths):
    for path in paths:
        get(client, path)
        assert get(client, path)[1] == "hit", path


def test_one_form_of_a_path_for_keys_and_purges():
    """A decoded path, its encoding, and lower-case hex name one cached page."""
    from urllib.parse import quote

    from newsroom.core.page_cache import canonical_path

    decoded = f"{editions.prefix('ru')}politics/{SLUGS['mixed']}/"
    encoded = quote(decoded)
    assert canonical_path(decoded) == canonical_path(encoded) == encoded
    assert canonical_path(encoded.lower()) == encoded
    assert canonical_path("/politics/plain-slug/") == "/politics/plain-slug/"


def test_publishing_an_edit_of_a_story_whatever_its_address_reaches_readers(
    client, story, django_capture_on_commit_callbacks
):
    """Readers see the corrected headline at once, whichever form of the URL they use."""
    from urllib.parse import unquote

    warm(client, story.url, unquote(story.url))
    with django_capture_on_commit_callbacks(execute=True):
        story.title = "Исправленный заголовок"
        story.save_revision().publish()
    states = []
    for path in (story.url, unquote(story.url)):
        response, state = get(client, path)
        states.append(state)
        assert "Исправленный заголовок" in response.text
        assert "Первый заголовок" not in response.text
    # Both forms share one cached copy: rendered once, then served.
    assert states == ["miss", "hit"]


def test_unpublishing_a_story_whatever_its_address_takes_it_down(
    client, story, django_capture_on_commit_callbacks
):
    warm(client, story.url)
    with django_capture_on_commit_callbacks(execute=True):
        story.unpublish()
    assert client.get(story.url).status_code == 404


def test_deleting_a_story_takes_it_down_whatever_its_address(
    client, story, django_capture_on_commit_callbacks
):
    url = story.url
    warm(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        story.delete()
    assert client.get(url).status_code == 404


def test_moving_a_story_whatever_its_address_drops_the_old_address(
    client, story, django_capture_on_commit_callbacks
):
    old_url, old_section = story.url, story.get_parent()
    new_section = (
        SectionPage.objects.child_of(old_section.get_parent())
        .exclude(pk=old_section.pk)
        .first()
    )
    warm(client, old_url, new_section.url)
    with django_capture_on_commit_callbacks(execute=True):
        story.move(new_section, pos="last-child")
    moved = ArticlePage.objects.get(pk=story.pk)
    assert client.get(old_url).status_code in (301, 302, 404)
    assert moved.url.encode() in client.get(new_section.url).content


def test_renaming_a_story_whatever_its_address_drops_the_old_address(
    client, story, django_capture_on_commit_callbacks
):
    old_url = story.url
    warm(client, old_url)
    with django_capture_on_commit_callbacks(execute=True):
        story.slug = story.slug + "-обновлено"
        story.save_revision().publish()
    renamed = ArticlePage.objects.get(pk=story.pk)
    assert renamed.url != old_url
    assert client.get(old_url).status_code in (301, 302, 404)
    assert client.get(renamed.url).status_code == 200


def test_a_new_translation_shows_in_the_language_switch_at_once(
    client, story, locales, django_capture_on_commit_callbacks
):
    """The switch on the original points to the translation as soon as it is published."""
    first, second = editions.codes()[:2]
    target = first if story.locale.language_code != first else second
    warm(client, story.url)
    with django_capture_on_commit_callbacks(execute=True):
        translation = story.copy_for_translation(locales[target], copy_parents=False)
        translation.slug = "translated-" + target
        translation.title = "Translated headline"
        translation.save_revision().publish()
    translation = ArticlePage.objects.get(pk=translation.pk)
    response, state = get(client, story.url)
    assert state == "miss"
    assert f'href="{translation.url}" lang="{target}"' in response.text


def test_https_and_http_copies_are_kept_apart(client, article):
    """A page cached over http never hands its http:// canonical to an https reader."""
    get(client, article.url)
    assert get(client, article.url)[1] == "hit"
    response = client.get(article.url, secure=True)
    assert response.get("X-Page-Cache") == "miss"
    assert f'<link rel="canonical" href="https://testserver{article.url}">' in (
        response.text
    )


@pytest.mark.parametrize("value", ["garbage!", "a" * 32, "x" * 500])
def test_a_made_up_session_cookie_gets_the_cached_page(client, article, value):
    """Only a session that exists bypasses the cache, not any cookie named sessionid."""
    get(client, article.url)
    client.cookies["sessionid"] = value
    assert get(client, article.url)[1] == "hit"
