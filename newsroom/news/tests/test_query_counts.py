"""Page query counts stay fixed however many stories, blocks or related items there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from taggit.models import Tag

from newsroom.news.models import (
    ArticleNote,
    ArticlePage,
    Author,
    HomeTopStory,
    SectionPage,
)

pytestmark = pytest.mark.django_db

# Upper bounds per page type; the equality checks below are what matter, the
# bounds catch a regression that adds queries everywhere at once.
MAX_QUERIES = {
    "home": 29,
    "section": 18,
    "article": 30,
    "tag": 17,
    "author": 17,
    # count, ranked ids, their pages, their texts for the snippets
    "search": 15,
}


def count_queries(client, url) -> int:
    client.get(url)  # warm: renditions are generated on first use
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_articles(section, n, *, like, title="Extra story", tag=None, author=None):
    for i in range(n):
        story = ArticlePage(
            title=f"{title} {i}",
            slug=f"extra-story-{i}",
            lead="An extra story.",
            hero_image=like.hero_image,
            body=like.body.raw_data,
            locale=section.locale,
            first_published_at=timezone.now(),
            live=True,
        )
        if tag is not None:
            story.tags.add(tag.name)
        if author is not None:
            story.authors.set([author])
        section.add_child(instance=story)


def cards(client, url) -> int:
    return client.get(url).text.count('class="card__title')


def test_home_page_query_count_does_not_grow(
    client, home, section, article, django_assert_max_num_queries
):
    """More stories and more editor's picks cost the home page no extra query."""
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
    """A full page of a section costs what a short one does."""
    before = count_queries(client, section.url)
    add_articles(section, 15, like=article)
    after = count_queries(client, section.url)
    assert after == before
    with django_assert_max_num_queries(MAX_QUERIES["section"]):
        client.get(section.url)


def test_article_page_query_count_does_not_grow(
    client, section, article, django_assert_max_num_queries
):
    """A longer body, more tags, related stories and notes cost a story page no
    extra query."""
    before = count_queries(client, article.url)
    add_articles(section, 8, like=article)
    body = list(article.body.raw_data)
    image_blocks = [b for b in body if b["type"] == "image"] or []
    article.body = body * 4 + image_blocks * 3
    article.tags.add("extra-one", "extra-two", "extra-three")
    article.notes.add(
        *(
            ArticleNote(kind=ArticleNote.CORRECTION, text=f"Correction {i}.")
            for i in range(5)
        )
    )
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


@pytest.mark.parametrize("kind", ["tag", "author"])
def test_archive_query_count_does_not_grow(
    client, home, section, article, django_assert_max_num_queries, settings, kind
):
    """A tag or author page full of stories from several sections costs what a
    nearly empty one does."""
    # A tag and an author of their own, on one story: the demo's may already
    # fill a page, and then the page could not grow.
    if kind == "tag":
        article.tags.add("query-count-probe")
        article.save()
        tag = Tag.objects.get(name="query-count-probe")
        url, extra = f"/tags/{tag.slug}/", {"tag": tag}
    else:
        author = Author.objects.create(
            name="Query Count", slug="query-count", locale=article.locale
        )
        article.authors.add(author)
        article.save()
        url, extra = f"/authors/{author.slug}/", {"author": author}
    shown_before = cards(client, url)
    before = count_queries(client, url)
    other_section = SectionPage.objects.child_of(home).exclude(pk=section.pk).first()
    add_articles(section, 8, like=article, **extra)
    add_articles(other_section, 8, like=article, **extra)
    assert shown_before < cards(client, url) == settings.NEWSROOM_PAGE_SIZE
    after = count_queries(client, url)
    assert after == before
    with django_assert_max_num_queries(MAX_QUERIES[kind]):
        client.get(url)


def test_search_page_query_count_does_not_grow(
    client, home, section, article, django_assert_max_num_queries, settings
):
    """A page of search results from several sections costs what a single hit does."""
    url = "/search/?q=zanzibarite"
    add_articles(section, 1, like=article, title="Zanzibarite first")
    assert cards(client, url) == 1
    before = count_queries(client, url)
    other_section = SectionPage.objects.child_of(home).exclude(pk=section.pk).first()
    add_articles(other_section, 15, like=article, title="Zanzibarite more")
    assert cards(client, url) == settings.NEWSROOM_PAGE_SIZE
    after = count_queries(client, url)
    assert after == before
    with django_assert_max_num_queries(MAX_QUERIES["search"]):
        client.get(url)
