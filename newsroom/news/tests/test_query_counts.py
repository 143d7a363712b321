"""Page query counts stay fixed however many stories, blocks or related items there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsroom.news.models import ArticlePage, HomeTopStory

pytestmark = pytest.mark.django_db

# Upper bounds per page type; the equality checks below are what matter, the
# bounds catch a regression that adds queries everywhere at once.
MAX_QUERIES = {"home": 29, "section": 18, "article": 30}


def count_queries(client, url) -> int:
    client.get(url)  # warm: renditions are generated on first use
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_articles(section, n, *, like):
    for i in range(n):
        section.add_child(
            instance=ArticlePage(
                title=f"Extra story {i}",
                slug=f"extra-story-{i}",
                lead="An extra story.",
                hero_image=like.hero_image,
                body=like.body.raw_data,
                locale=section.locale,
                first_published_at=timezone.now(),
                live=True,
            )
        )


def test_home_page_query_count_does_not_grow(
    client, home, section, article, django_assert_max_num_queries
):
    before = count_queries(client, "/")
    add_articles(section, 15, like=article)
    HomeTopStory.objects.create(home=home, article=article, sort_order=5)
    after = count_queries(client, "/")
    assert after == before
    with django_assert_max_num_queries(MAX_QUERIES["home"]):
        client.get("/")


def test_section_page_query_count_does_not_grow(
    client, section, article, django_assert_max_num_queries
):
    before = count_queries(client, section.url)
    add_articles(section, 15, like=article)
    after = count_queries(client, section.url)
    assert after == before
    with django_assert_max_num_queries(MAX_QUERIES["section"]):
        client.get(section.url)


def test_article_page_query_count_does_not_grow(
    client, section, article, django_assert_max_num_queries
):
    before = count_queries(client, article.url)
    add_articles(section, 8, like=article)
    body = list(article.body.raw_data)
    image_blocks = [b for b in body if b["type"] == "image"] or []
    article.body = body * 4 + image_blocks * 3
    article.tags.add("extra-one", "extra-two", "extra-three")
    for extra in ArticlePage.objects.child_of(section).filter(
        slug__startswith="extra-story"
    ):
        extra.tags.add("extra-one")
        extra.save()
    article.save()
    after = count_queries(client, article.url)
    assert after == before
    with django_assert_max_num_queries(MAX_QUERIES["article"]):
        client.get(article.url)
