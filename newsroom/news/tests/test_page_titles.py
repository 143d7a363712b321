"""What a browser tab and a shared link call each page."""

import re
from html import unescape

import pytest

from newsroom.core import editions
from newsroom.core.models import EditionSettings, SiteSettings
from newsroom.news.models import ArticlePage


def meta(html: str, attribute: str, name: str) -> str:
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    assert match, f"no {name} on the page"
    return unescape(match.group(1))


def title(html: str) -> str:
    match = re.search(r"<title>(.*?)</title>", html, re.S)
    assert match
    return unescape(match.group(1))


@pytest.mark.parametrize("code", editions.codes())
def test_a_home_page_is_named_after_the_outlet_once(client, edition, code):
    """ "Outlet — tagline" in the tab; the outlet (never "Home") on shared links."""
    outlet = SiteSettings.load().outlet_name
    tagline = EditionSettings.objects.get(locale=edition[code].locale).tagline
    html = client.get(editions.prefix(code)).text
    assert title(html) == f"{outlet} — {tagline}"
    assert meta(html, "property", "og:title") == outlet
    assert meta(html, "name", "twitter:title") == outlet


def test_other_pages_end_with_the_outlet(client, article):
    html = client.get(article.url).text
    outlet = SiteSettings.load().outlet_name
    assert title(html) == f"{article.title} | {outlet}"
    assert meta(html, "property", "og:title") == article.title


def test_search_and_archives_carry_their_own_titles(client, home):
    html = client.get("/search/", {"q": "parliament"}).text
    assert meta(html, "property", "og:title") == "Search: parliament"
    assert meta(html, "property", "og:description") == (
        "Search the stories of this edition."
    )
    story = (
        ArticlePage.objects.live()
        .descendant_of(home)
        .filter(tags__isnull=False, authors__isnull=False)
        .first()
    )
    tag, author = story.tags.first(), story.authors.first()
    html = client.get(f"/tags/{tag.slug}/").text
    assert meta(html, "property", "og:title") == f"Tag: {tag.name}"
    assert title(html).startswith(f"Tag: {tag.name} | ")
    html = client.get(f"/authors/{author.slug}/").text
    assert meta(html, "property", "og:title") == author.name
