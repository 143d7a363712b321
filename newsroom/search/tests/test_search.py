"""Readers search their own edition; odd queries get a friendly page, never an error."""

import re

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from newsroom.core import editions
from newsroom.news.models import ArticlePage, SectionPage
from newsroom.search.views import clean_query

pytestmark = pytest.mark.django_db


def add_story(section, title, slug):
    return section.add_child(
        instance=ArticlePage(
            title=title, slug=slug, lead="x", locale=section.locale, live=True
        )
    )


def result_urls(html):
    """The story addresses listed as search results, in order."""
    return re.findall(r'class="card__title"><a href="([^"]+)"', html)


def test_search_finds_stories_of_the_readers_edition_only(client, edition):
    """The same word finds only the English story in English search and only the Russian one in Russian."""
    en_section = SectionPage.objects.child_of(edition["en"]).first()
    ru_section = SectionPage.objects.child_of(edition["ru"]).first()
    en_story = add_story(en_section, "Zanzibarite found in the hills", "zanz-en")
    ru_story = add_story(ru_section, "В горах нашли zanzibarite", "zanz-ru")
    html = client.get(f"{editions.prefix('en')}search/", {"q": "zanzibarite"}).text
    assert result_urls(html) == [en_story.url]
    assert "1 story found for “zanzibarite”." in html
    assert '<meta name="robots" content="noindex, follow">' in html
    ru_html = client.get(f"{editions.prefix('ru')}search/", {"q": "zanzibarite"}).text
    assert result_urls(ru_html) == [ru_story.url]
    assert "найден 1 материал" in ru_html


def test_search_results_are_paginated_keeping_the_query(client, settings, section):
    """Three hits at two per page: page links keep the query; the pages share out the hits."""
    settings.NEWSROOM_PAGE_SIZE = 2
    stories = [
        add_story(section, f"Quarantine of zanzibarite {i}", f"zanzibarite-{i}")
        for i in range(3)
    ]
    first = client.get("/search/", {"q": "zanzibarite"}).text
    assert "3 stories found for “zanzibarite”." in first
    assert 'href="?q=zanzibarite&amp;page=2" rel="next"' in first
    assert '<span aria-current="page">1</span>' in first
    second = client.get("/search/", {"q": "zanzibarite", "page": 2}).text
    assert 'href="?q=zanzibarite&amp;page=1" rel="prev"' in second
    assert '<span aria-current="page">2</span>' in second
    first_urls, second_urls = result_urls(first), result_urls(second)
    assert len(first_urls) == 2 and len(second_urls) == 1
    assert sorted(first_urls + second_urls) == sorted(s.url for s in stories)


TYPE_WORDS = re.escape("Type a few words to find stories.")
PLEASE_TYPE = re.escape("Please type a few words to search for.")


def nothing_found(query):
    return re.escape(f"Nothing found for “{query}”. Try other words.")


def found(query):
    """Words that happen to be in the demo stories ("or", "near") are searched as words."""
    return r"\d+ stor(y|ies) found for “" + re.escape(query) + "”\\."


@pytest.mark.parametrize(
    ("query_string", "query", "note"),
    [
        ("q=", "", TYPE_WORDS),
        ("page=x", "", TYPE_WORDS),
        ("q=+++", "", PLEASE_TYPE),
        ("q=%22", "", PLEASE_TYPE),
        ("q=*", "", PLEASE_TYPE),
        ("q=%00%01", "", PLEASE_TYPE),
        ("q=%ED%A0%80", "", PLEASE_TYPE),  # an encoded lone surrogate: not UTF-8
        ("q=%FF%FE", "", PLEASE_TYPE),
        ("q=%25%25", "", PLEASE_TYPE),
        ("q=AND+OR+NOT", "AND OR NOT", nothing_found("AND OR NOT")),
        ("q=%27+OR+1%3D1+--", "OR 1 1", found("OR 1 1")),
        (
            "q=%3Cscript%3Ealert(1)%3C/script%3E",
            "script alert 1 script",
            nothing_found("script alert 1 script"),
        ),
        ("q=" + "a" * 5000, "a" * 200, nothing_found("a" * 200)),
        ("q=NEAR(", "NEAR", found("NEAR")),
        ("q=a&q=zzqx&page=-1", "zzqx", nothing_found("zzqx")),
    ],
)
def test_hostile_or_empty_queries_get_a_friendly_page(
    client, query_string, query, note
):
    """Odd queries get the search form with the cleaned query and a note, never an error."""
    response = client.get("/search/?" + query_string)
    assert response.status_code == 200
    html = response.text
    assert f'name="q" value="{query}" placeholder=' in html
    assert re.search(f'<p class="search-note">{note}</p>', html)
    lists_stories = note == found(query)
    assert lists_stories == ('class="card__title"' in html)
    assert "<script>alert(1)</script>" not in html


@given(st.text(max_size=300))
@hsettings(max_examples=60, deadline=None)
def test_clean_query_never_returns_operators_or_control_characters(text):
    """Whatever a reader types, the backend gets at most 200 characters of plain words."""
    cleaned = clean_query(text)
    assert len(cleaned) <= 200
    assert not any(ch in cleaned for ch in '"*()<>:;\x00')
    assert cleaned == cleaned.strip()
