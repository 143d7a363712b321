"""Readers search their own edition; odd queries get a friendly page, never an error."""

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from newsroom.news.models import ArticlePage
from newsroom.search.views import clean_query

pytestmark = pytest.mark.django_db


def test_search_finds_stories_of_the_readers_edition_only(client, edition):
    en_story = ArticlePage.objects.descendant_of(edition["en"]).live().first()
    word = max(en_story.title.split(), key=len)
    html = client.get("/search/", {"q": word}).text
    assert en_story.title in html
    assert "noindex" in html
    ru_story = ArticlePage.objects.descendant_of(edition["ru"]).live().first()
    ru_word = max(ru_story.title.split(), key=len)
    ru_html = client.get("/ru/search/", {"q": ru_word}).text
    assert ru_story.title in ru_html
    assert en_story.title not in ru_html


def test_search_results_are_paginated_keeping_the_query(
    client, settings, section, article
):
    settings.NEWSROOM_PAGE_SIZE = 2
    for i in range(3):
        section.add_child(
            instance=ArticlePage(
                title=f"Quarantine of zanzibarite {i}",
                slug=f"zanzibarite-{i}",
                lead="x",
                locale=section.locale,
                live=True,
            )
        )
    first = client.get("/search/", {"q": "zanzibarite"}).text
    assert "3 stories found" in first
    assert "?q=zanzibarite&amp;page=2" in first
    second = client.get("/search/", {"q": "zanzibarite", "page": 2}).text
    assert second.count('class="card__title"') == 1


@pytest.mark.parametrize(
    "query_string",
    [
        "q=",
        "q=+++",
        "q=%22",
        "q=*",
        "q=AND+OR+NOT",
        "q=%27+OR+1%3D1+--",
        "q=%3Cscript%3Ealert(1)%3C/script%3E",
        "q=%00%01",
        "q=" + "a" * 5000,
        "q=%ED%A0%80",  # an encoded lone surrogate: not valid UTF-8
        "q=%FF%FE",
        "q=NEAR(",
        "q=%25%25",
        "q=a&q=b&page=-1",
        "page=x",
    ],
)
def test_hostile_or_empty_queries_get_a_friendly_page(client, query_string):
    response = client.get("/search/?" + query_string)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text


@given(st.text(max_size=300))
@hsettings(max_examples=60, deadline=None)
def test_clean_query_never_returns_operators_or_control_characters(text):
    cleaned = clean_query(text)
    assert len(cleaned) <= 200
    assert not any(ch in cleaned for ch in '"*()<>:;\x00')
    assert cleaned == cleaned.strip()
