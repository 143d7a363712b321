"""RSS feeds per edition and section, and a sitemap of every edition, without drafts."""

import xml.etree.ElementTree as ET

import pytest

from newsroom.news.models import ArticlePage

pytestmark = pytest.mark.django_db


def rss_items(response):
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


def test_edition_feed_lists_the_editions_latest_stories(client, edition):
    channel, items = rss_items(client.get("/ru/rss/"))
    assert channel.findtext("language") == "ru"
    latest = (
        ArticlePage.objects.descendant_of(edition["ru"])
        .live()
        .order_by("-first_published_at")
        .first()
    )
    assert items[0].findtext("title") == latest.title
    assert items[0].findtext("link").endswith(latest.url)
    assert all("/ru/" in item.findtext("link") for item in items)


def test_section_feed_lists_only_that_section(client, section):
    channel, items = rss_items(client.get(section.url + "rss/"))
    assert section.title in channel.findtext("title")
    assert items and all(
        item.findtext("link").startswith(f"http://testserver{section.url}")
        for item in items
    )


def test_feeds_leave_out_drafts(client, article):
    article.unpublish()
    _, items = rss_items(client.get("/rss/"))
    assert article.title not in [item.findtext("title") for item in items]


def test_pages_advertise_their_feeds(client, section):
    html = client.get(section.url).text
    assert (
        f'type="application/rss+xml" title="{section.title} | Newsroom" href="{section.url}rss/"'
        in html
    )


def test_sitemap_lists_every_edition_but_no_drafts(client, edition, article):
    article.unpublish()
    xml = client.get("/sitemap.xml").text
    assert "/ru/" in xml and "/hy/" in xml
    ru_story = ArticlePage.objects.descendant_of(edition["ru"]).live().first()
    assert ru_story.url in xml
    assert article.url not in xml
