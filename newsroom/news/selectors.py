"""Reads shared by pages, search, feeds and the API.

Every listing here costs a fixed number of queries whatever its length: cards
come with their main image, its renditions, their locale and their section.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, F, Prefetch, Q, Subquery, Window
from django.db.models.functions import Length, RowNumber, Substr
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.query import PageQuerySet

if TYPE_CHECKING:
    from .models import ArticlePage, HomePage, SectionPage

STEPLEN = 4  # treebeard's path step: a page's parent path is its path minus 4
# Newest first, by publication time alone, so the first_published_at index
# serves the ordering and LIMIT stops early. A tie-breaker on the page id
# would be news_articlepage.page_ptr_id (Django's choice for "-pk" or "-id"),
# which forces a sort of the whole edition: 40 ms instead of 0.1 ms on
# 100,000 stories (SQLite). Times are to the microsecond, so ties are rare.
NEWEST_FIRST = ("-first_published_at",)
BREAKING_HOURS = 48
RELATED_CANDIDATES = 200
# latest_per_section ranks this many times the stories it shows.
RECENT_WINDOW = 8


def page_size() -> int:
    return settings.NEWSROOM_PAGE_SIZE


def _article_model():
    from .models import ArticlePage

    return ArticlePage


PRIVATE_PATHS_KEY = "newsroom:private-paths"


def private_paths() -> list[str]:
    """Tree paths of pages behind a view restriction (password, login, groups).

    Wagtail's ``.public()`` reads the restrictions table on every call; a page
    runs several listings, so the paths are cached and the cache is cleared
    when a restriction changes (signal_handlers). The timeout bounds staleness
    where each process has its own in-memory cache.
    """
    from wagtail.models import PageViewRestriction

    return cache.get_or_set(  # type: ignore[return-value]  # never None: it sets
        PRIVATE_PATHS_KEY,
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
        timeout=60,
    )


def exclude_private(queryset):
    condition = Q()
    for path in private_paths():
        condition |= Q(path__startswith=path)
    return queryset.exclude(condition) if condition else queryset


def public_article_ids(ids: Iterable[int]) -> set[int]:
    """Which of ``ids`` are live stories an anonymous reader may see (one query).

    Home, section and root pages, drafts and restricted stories are left out:
    the view counter counts and shows readers' views of stories only.
    """
    ids = list(ids)
    if not ids:
        return set()
    return set(
        exclude_private(_article_model().objects.live().filter(pk__in=ids))
        .order_by()
        .values_list("pk", flat=True)
    )


def archives_of(*, article_id: int) -> list[tuple[str, str]]:
    """The ("tags" | "authors", slug) archives that list a story (two queries)."""
    from .models import ArticlePage, ArticleTag

    tags = ArticleTag.objects.filter(content_object_id=article_id).values_list(
        "tag__slug", flat=True
    )
    authors = ArticlePage.authors.through.objects.filter(
        articlepage_id=article_id
    ).values_list("author__slug", flat=True)
    return [("tags", slug) for slug in tags] + [("authors", slug) for slug in authors]


def article_cards() -> PageQuerySet:
    """Live, public articles with what a story card shows, newest first."""
    image_qs = get_image_model().objects.prefetch_renditions()
    return (
        exclude_private(_article_model().objects.live())
        .defer_streamfields()
        # Prefetched, not joined: with the locale table joined, SQLite starts
        # from it and sorts the whole edition instead of walking the date index.
        .prefetch_related("locale", Prefetch("hero_image", queryset=image_qs))
        .order_by(*NEWEST_FIRST)
    )


def articles_in_edition(*, locale_id: int) -> PageQuerySet:
    return article_cards().filter(locale_id=locale_id)


def children_of(page) -> Q:
    """Pages directly below ``page``, as a range of tree paths.

    Same result as Wagtail's ``child_of``, which matches paths with LIKE;
    SQLite cannot use the path index for that and scans every page, while a
    range is an index seek on SQLite and PostgreSQL alike.
    """
    return Q(
        path__range=(page.path + "0" * STEPLEN, page.path + "Z" * STEPLEN),
        depth=page.depth + 1,
    )


def articles_in_section(*, section: SectionPage) -> PageQuerySet:
    return article_cards().filter(children_of(section))


def attach_sections(
    articles: Iterable[ArticlePage], section: SectionPage | None = None
) -> list[ArticlePage]:
    """Give each article its ``section`` in one query instead of one per card.

    Pass ``section`` when every article is known to be in it (no query at all).
    """
    from .models import SectionPage

    articles = list(articles)
    if section is not None:
        for article in articles:
            article.__dict__["section"] = section
        return articles
    parent_paths = {a.path[:-STEPLEN] for a in articles if "section" not in a.__dict__}
    if parent_paths:
        sections = {
            s.path: s
            for s in SectionPage.objects.filter(path__in=parent_paths).select_related(
                "locale"
            )
        }
        for article in articles:
            if "section" not in article.__dict__:
                article.__dict__["section"] = sections.get(article.path[:-STEPLEN])
    return articles


def edition_sections(*, home: HomePage) -> list[SectionPage]:
    from .models import SectionPage

    # Sorted here, not in SQL: with ORDER BY path, SQLite walks the whole page
    # tree by its path index instead of starting from the few section rows.
    sections = (
        SectionPage.objects.live()
        .child_of(home)
        .in_menu()
        .select_related("locale")
        .order_by()
    )
    return sorted(sections, key=lambda section: section.path)


def home_top_stories(*, home: HomePage, count: int) -> list[ArticlePage]:
    """Editors' picks in their order, then the latest stories to fill ``count``."""
    picked_ids = list(
        home.top_stories.order_by("sort_order").values_list("article_id", flat=True)
    )
    picked = {
        a.pk: a
        for a in articles_in_edition(locale_id=home.locale_id).filter(pk__in=picked_ids)
    }
    stories = [picked[pk] for pk in picked_ids if pk in picked][:count]
    if len(stories) < count:
        stories += list(
            articles_in_edition(locale_id=home.locale_id).exclude(
                pk__in=[a.pk for a in stories]
            )[: count - len(stories)]
        )
    return attach_sections(stories)


def breaking_news(*, locale_id: int, count: int = 3) -> list[ArticlePage]:
    """Stories flagged breaking and published within ``BREAKING_HOURS``.

    News older than that is not breaking any more, even if nobody unticked it;
    the bound also keeps the query to the newest stories.
    """
    since = timezone.now() - timedelta(hours=BREAKING_HOURS)
    return list(
        articles_in_edition(locale_id=locale_id).filter(
            is_breaking=True, first_published_at__gte=since
        )[:count]
    )


def latest_per_section(
    *, home: HomePage, per_section: int
) -> list[tuple[SectionPage, list[ArticlePage]]]:
    """The newest ``per_section`` stories of every section.

    One query ranks stories per section, over the edition's newest stories
    only (ranking every story of a large archive is what makes it slow); a
    section too quiet to have enough among them gets a query of its own.
    """
    sections = home.sections
    if not sections:
        return []
    parent_path = Substr("path", 1, Length("path") - STEPLEN)
    newest = (
        _article_model()
        .objects.live()
        .filter(locale_id=home.locale_id)
        .order_by(*NEWEST_FIRST)
        .values("pk")[: per_section * len(sections) * RECENT_WINDOW]
    )
    ranked = (
        article_cards()
        .descendant_of(home)
        .filter(pk__in=Subquery(newest))
        .annotate(
            parent_path=parent_path,
            rank=Window(
                RowNumber(),
                partition_by=[parent_path],
                order_by=[F("first_published_at").desc()],
            ),
        )
        .filter(rank__lte=per_section)
    )
    by_section: dict[str, list[ArticlePage]] = {}
    for article in ranked:
        by_section.setdefault(article.parent_path, []).append(article)
    blocks = []
    for section in sections:
        stories = by_section.get(section.path, [])
        if len(stories) < per_section:
            stories = list(articles_in_section(section=section)[:per_section])
        for story in stories:
            story.__dict__["section"] = section
        if stories:
            blocks.append((section, stories))
    return blocks


def related_articles(
    *, article: ArticlePage, tag_ids: list[int], count: int
) -> list[ArticlePage]:
    """Stories sharing the most of ``tag_ids`` with ``article``, then the section's latest."""
    related: list[ArticlePage] = []
    if tag_ids:
        # Only the stories most recently given these tags compete: counting
        # shared tags over a whole archive scans every story of a popular tag.
        # Tag rows are read alone, newest row first, without touching pages.
        from .models import ArticleTag

        candidates = (
            ArticleTag.objects.filter(tag_id__in=tag_ids)
            .order_by("-id")
            .values("content_object_id")[:RELATED_CANDIDATES]
        )
        related = list(
            articles_in_edition(locale_id=article.locale_id)
            .filter(pk__in=Subquery(candidates), tagged_items__tag_id__in=tag_ids)
            .exclude(pk=article.pk)
            .annotate(shared_tags=Count("tagged_items"))
            .order_by("-shared_tags", *NEWEST_FIRST)[:count]
        )
    if len(related) < count:
        related += list(
            articles_in_section(section=article.section).exclude(
                pk__in=[article.pk, *(a.pk for a in related)]
            )[: count - len(related)]
        )
    return attach_sections(related)
