"""On SQLite, relevance is ranked in one pass, with Wagtail's own order and pages."""

import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

from newsroom.news.models import ArticlePage

sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="PostgreSQL ranks in one pass already"
)


def test_other_databases_get_wagtails_backend(db):
    backend = get_search_backend()
    assert type(backend).__module__.startswith(
        "newsroom.search" if connection.vendor == "sqlite" else "modelsearch"
    )


@pytest.fixture
def backends(db):
    # Imported here: modelsearch's SQLite module only loads on SQLite.
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    from newsroom.search.sqlite_ranking import RankedOnceSQLiteSearchBackend

    ours = get_search_backend()
    assert isinstance(ours, RankedOnceSQLiteSearchBackend)
    return ours, SQLiteSearchBackend({})


def ids(results) -> list[int]:
    return [page.pk for page in results]


@sqlite_only
@pytest.mark.parametrize("query", ["the", "and", "of the"])
def test_relevance_order_and_pages_are_wagtails(backends, query):
    ours, wagtails = backends
    stories = ArticlePage.objects.live()
    theirs = wagtails.search(query, stories)
    mine = ours.search(query, stories)
    total = theirs.count()
    assert total > 3, f"the demo should have several stories with {query!r}"
    assert mine.count() == total
    assert ids(mine[:total]) == ids(theirs[:total])
    for start in range(0, total, 4):
        assert ids(mine[start : start + 4]) == ids(theirs[start : start + 4])


@sqlite_only
def test_only_the_given_stories_are_searched(backends):
    ours, wagtails = backends
    section = ArticlePage.objects.live().first().get_parent()
    stories = ArticlePage.objects.live().child_of(section)
    assert ids(ours.search("the", stories)[:50]) == ids(
        wagtails.search("the", stories)[:50]
    )
    assert set(ids(ours.search("the", stories)[:50])) <= set(
        stories.values_list("pk", flat=True)
    )


@sqlite_only
def test_nothing_found_is_empty(backends):
    ours, _ = backends
    assert ids(ours.search("zzqqxxnotaword", ArticlePage.objects.live())[:10]) == []
