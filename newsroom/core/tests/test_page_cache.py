"""Public pages are served from the app cache, and every change a reader could see purges them."""

import http.server
import threading

import pytest

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


def test_deleting_a_story_purges_it(
    client, article, django_capture_on_commit_callbacks
):
    url = article.url
    get(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert client.get(url).status_code == 404


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
