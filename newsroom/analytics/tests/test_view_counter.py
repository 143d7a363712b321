"""Views are counted by a beacon, per page, and bots are not counted."""

import pytest

from newsroom.analytics.models import PageViewBucket

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"


def hit(client, page_id, ua=BROWSER):
    return client.post(
        "/analytics/hit/", {"page": str(page_id)}, headers={"user-agent": ua}
    )


def test_each_beacon_adds_one_view(client, article):
    assert hit(client, article.pk).status_code == 204
    assert hit(client, article.pk).status_code == 204
    data = client.get("/analytics/counts/", {"ids": str(article.pk)}).json()
    assert data == {"views": {str(article.pk): 2}}
    assert PageViewBucket.objects.get(page_id=article.pk).views == 2


def test_article_page_shows_the_count(client, article):
    for _ in range(3):
        hit(client, article.pk)
    assert "data-views-count>3</span>" in client.get(article.url).text


def test_article_page_gives_the_counter_script_its_endpoints(client, article):
    """The script takes the beacon and counts URLs from the page, and the
    page names the script for site.js to load."""
    html = client.get(article.url).text
    assert f'data-page-id="{article.pk}" data-views-hit-url="/analytics/hit/"' in html
    assert (
        f'data-views="{article.pk}" data-views-counts-url="/analytics/counts/" '
        'data-module="/static/analytics/js/views.js"'
    ) in html


@pytest.mark.parametrize(
    "ua",
    [
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "curl/8.5.0",
        "",
        "facebookexternalhit/1.1",
        "Mozilla/5.0 HeadlessChrome/130.0",
    ],
)
def test_bots_are_not_counted(client, article, ua):
    assert hit(client, article.pk, ua=ua).status_code == 204
    assert not PageViewBucket.objects.filter(page_id=article.pk).exists()


@pytest.mark.parametrize("value", ["", "abc", "-1", "1.5", "٣", "9" * 40, "1 OR 1=1"])
def test_bad_page_ids_are_rejected(client, value):
    assert (
        client.post(
            "/analytics/hit/", {"page": value}, headers={"user-agent": BROWSER}
        ).status_code
        == 400
    )
    assert PageViewBucket.objects.count() == 0


def test_draft_pages_are_not_counted(client, article):
    article.unpublish()
    assert hit(client, article.pk).status_code == 400
    assert not PageViewBucket.objects.filter(page_id=article.pk).exists()


@pytest.mark.parametrize("kind", ["password", "login"])
def test_restricted_stories_are_not_counted_and_show_no_count(client, article, kind):
    """A private story's views are neither stored nor shown to anonymous readers."""
    from wagtail.models import PageViewRestriction

    hit(client, article.pk)
    PageViewRestriction.objects.create(
        page=article, restriction_type=kind, password="pw" if kind == "password" else ""
    )
    assert hit(client, article.pk).status_code == 400
    assert PageViewBucket.objects.get(page_id=article.pk).views == 1
    data = client.get("/analytics/counts/", {"ids": str(article.pk)}).json()
    assert data == {"views": {str(article.pk): 0}}


def test_home_section_and_root_pages_are_not_stories_to_count(client, home, section):
    for page_id in (home.pk, section.pk, home.get_parent().pk):
        assert hit(client, page_id).status_code == 400
    assert not PageViewBucket.objects.exists()


def test_counts_endpoint_validates_ids(client, article):
    assert client.get("/analytics/counts/", {"ids": ""}).status_code == 400
    assert client.get("/analytics/counts/", {"ids": "1,x"}).status_code == 400
    assert (
        client.get("/analytics/counts/", {"ids": ",".join(["1"] * 51)}).status_code
        == 400
    )
    data = client.get("/analytics/counts/", {"ids": f"{article.pk},999999"}).json()
    assert data == {"views": {str(article.pk): 0, "999999": 0}}


def test_hit_only_accepts_post(client, article):
    assert client.get("/analytics/hit/", {"page": article.pk}).status_code == 405


def test_browsers_do_not_reuse_stale_counts(client, article):
    response = client.get("/analytics/counts/", {"ids": str(article.pk)})
    assert "max-age=0" in response["Cache-Control"]
