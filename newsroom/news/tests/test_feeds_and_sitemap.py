"""RSS feeds per edition and section, and a sitemap of every edition, without drafts."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page

from newsroom.core import editions
from newsroom.news.feeds import FEED_LENGTH
from newsroom.news.models import ArticlePage, SectionPage

pytestmark = pytest.mark.django_db


def rss_items(response):
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


def item_links(items):
    return [item.findtext("link") for item in items]


def newest_first(queryset):
    return list(queryset.live().order_by("-first_published_at")[:FEED_LENGTH])


def test_edition_feed_lists_the_editions_latest_stories(client, edition):
    """The Russian edition's feed is its 30 newest stories, newest first, and nothing else."""
    channel, items = rss_items(client.get(f"{editions.prefix('ru')}rss/"))
    assert channel.findtext("language") == "ru"
    expected = newest_first(ArticlePage.objects.descendant_of(edition["ru"]))
    assert len(expected) == FEED_LENGTH  # the demo edition has more stories
    assert item_links(items) == [f"http://testserver{a.url}" for a in expected]
    assert [item.findtext("title") for item in items] == [a.title for a in expected]
    assert items[0].findtext("description") == expected[0].lead


def test_section_feed_lists_only_that_section(client, section):
    """A section's feed lists that section's stories, newest first, under its name."""
    channel, items = rss_items(client.get(section.url + "rss/"))
    assert channel.findtext("title") == f"{section.title} | Newsroom"
    assert channel.findtext("description") == section.blurb
    expected = newest_first(ArticlePage.objects.child_of(section))
    assert item_links(items) == [f"http://testserver{a.url}" for a in expected]
    assert {item.findtext("category") for item in items} == {section.title}


@pytest.mark.parametrize("code", editions.codes())
def test_feeds_leave_out_drafts(client, edition, code):
    """A story listed first in its edition's and its section's feeds leaves both when unpublished."""
    home = edition[code]
    section = SectionPage.objects.child_of(home).first()
    story = ArticlePage.objects.child_of(section).live().first()
    # The newest story of all, so it is certainly among the feeds' 30.
    ArticlePage.objects.filter(pk=story.pk).update(
        first_published_at=timezone.now() + timedelta(days=365)
    )
    link = f"http://testserver{story.url}"
    feeds = [home.url + "rss/", section.url + "rss/"]
    for feed in feeds:
        _, items = rss_items(client.get(feed))
        assert item_links(items)[0] == link, feed
    story.unpublish()
    for feed in feeds:
        _, items = rss_items(client.get(feed))
        assert link not in item_links(items), feed
        assert story.title not in [item.findtext("title") for item in items], feed
        assert len(items) == min(
            FEED_LENGTH,
            ArticlePage.objects.descendant_of(home if feed == feeds[0] else section)
            .live()
            .count(),
        ), feed


def test_pages_advertise_their_feeds(client, section):
    """A section page links its own feed in the head, named after the section."""
    html = client.get(section.url).text
    assert (
        f'type="application/rss+xml" title="{section.title} | Newsroom" href="{section.url}rss/"'
        in html
    )


def sitemap_locations(response):
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(response.content)
    return [loc.text for loc in root.findall("s:url/s:loc", namespace)]


def test_sitemap_lists_every_edition_but_no_drafts(client, edition, article):
    """Every live page of every edition is in the sitemap once; an unpublished story is not."""
    article.unpublish()
    locations = sitemap_locations(client.get("/sitemap.xml"))
    expected = {
        page.full_url
        for home in edition.values()
        for page in Page.objects.descendant_of(home, inclusive=True).live()
    }
    assert {home.full_url for home in edition.values()} <= expected
    assert sorted(locations) == sorted(expected)
    assert article.full_url not in locations
