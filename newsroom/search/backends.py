"""The search backend: pages in Newsroom's language-aware index, the rest in Wagtail's.

``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "newsroom.search.backends"``.

Pages (stories, sections, homes) are indexed and searched by
:mod:`newsroom.search.index` and :mod:`newsroom.search.query`: each page in its
edition's language (stemming, spelling variants), ranked by how many words
match, then headline, lead, body. That is what readers get on ``/search/``
and what editors get in the admin's page search and page chooser (searching
every edition's language at once). Images, documents and snippets stay in
Wagtail's own database backend (``modelsearch``) for the engine in use.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from django.conf import settings
from django.db.models import Count, QuerySet
from modelsearch.backends.base import (
    BaseSearchQueryCompiler,
    BaseSearchResults,
    EmptySearchResults,
)
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.query import And, MatchAll, Not, Or, Phrase, PlainText
from wagtail.models import Page

from . import analysis
from .index import PageIndex, PageIndexRebuilder
from .query import PageSearch, Term, parse


def edition_languages() -> list[str]:
    """The analysis language of every edition, in ``EDITIONS`` order."""
    return list(
        dict.fromkeys(
            analysis.language_of(edition.code) for edition in settings.EDITIONS
        )
    )


def _terms(query: Any, prefix_last: bool) -> tuple[list[Term] | None, bool]:
    """``(terms, match_all)`` of a Wagtail query; ``None`` terms: match everything."""
    if isinstance(query, MatchAll):
        return None, False
    if isinstance(query, str):
        return parse(query, prefix_last=prefix_last), False
    if isinstance(query, PlainText):
        return (
            parse(query.query_string, prefix_last=prefix_last),
            query.operator.lower() == "and",
        )
    if isinstance(query, Phrase):
        words = tuple(analysis.words(query.query_string))
        return ([Term(words)] if words else []), False
    if isinstance(query, (And, Or)):
        terms: list[Term] = []
        for subquery in query.subqueries:
            found, _ = _terms(subquery, prefix_last)
            if found is None:
                return None, False
            terms.extend(found)
        return terms, isinstance(query, And)
    if isinstance(query, Not):
        return [], False  # not supported for pages: nothing rather than everything
    return parse(str(query), prefix_last=prefix_last), False


class PageQueryCompiler(BaseSearchQueryCompiler):
    """A Wagtail search of pages, run by :class:`newsroom.search.query.PageSearch`."""

    prefix_last = False

    def check(self) -> None:
        # The index is joined to the queryset in SQL: any filter or ordering
        # the queryset has works, declared as a FilterField or not.
        return None

    def page_search(self) -> PageSearch | None:
        """None when the query matches every page of the queryset."""
        terms, match_all = _terms(self.query, self.prefix_last)
        if terms is None:
            return None
        return PageSearch(
            self.queryset,
            terms,
            edition_languages(),
            match_all=match_all,
            headline_only=self.fields is not None and set(self.fields) <= {"title"},
        )


class PageAutocompleteCompiler(PageQueryCompiler):
    """As you type: the last word is a prefix."""

    prefix_last = True


class PageSearchResults(BaseSearchResults):
    supports_facet = True

    def facet(self, field_name: str) -> OrderedDict:
        """How many matching pages have each value of ``field_name`` (page types)."""
        search = self._search()
        queryset = self.query_compiler.queryset
        matching = queryset if search is None else search.matching()
        rows = (
            matching.order_by()
            .values(field_name)
            .annotate(count=Count("pk"))
            .order_by("-count")
        )
        return OrderedDict((row[field_name], row["count"]) for row in rows)

    def _search(self) -> PageSearch | None:
        return self.query_compiler.page_search()

    def _do_search(self) -> list:
        search = self._search()
        queryset = self.query_compiler.queryset
        if search is None:
            return list(queryset[self.start : self.stop])
        if not self.query_compiler.order_by_relevance:
            return list(search.matching()[self.start : self.stop])
        ids = search.ranked_ids(self.start, self.stop)
        found = {page.pk: page for page in queryset.filter(pk__in=ids)}
        return [found[pk] for pk in ids if pk in found]

    def _do_count(self) -> int:
        search = self._search()
        if search is None:
            total = self.query_compiler.queryset.count()
        else:
            total = search.count()
        total -= self.start
        if self.stop is not None:
            total = min(total, self.stop - self.start)
        return max(total, 0)


def _is_page_model(model: type) -> bool:
    return isinstance(model, type) and issubclass(model, Page)


def _with_pages(base: type) -> type:
    """``base`` (Wagtail's database backend for this engine), pages routed to ours."""

    class NewsroomSearchBackend(base):
        def __init__(self, params: dict) -> None:
            super().__init__(params)
            self._page_index = PageIndex(self)
            theirs: Any = getattr(self, "rebuilder_class")  # noqa: B009 - set by base

            def rebuilder(index: Any) -> Any:
                if isinstance(index, PageIndex):
                    return PageIndexRebuilder(index)
                return theirs(index)

            self.rebuilder_class = rebuilder

        def get_index_for_model(self, model: type) -> Any:
            if _is_page_model(model):
                return self._page_index
            return super().get_index_for_model(model)

        def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
            model = getattr(model_or_queryset, "model", model_or_queryset)
            if not _is_page_model(model):
                return super()._search(
                    query_compiler_class, query, model_or_queryset, **kwargs
                )
            compiler_class = (
                PageAutocompleteCompiler
                if query_compiler_class is self.autocomplete_query_compiler_class
                else PageQueryCompiler
            )
            if query == "" or (
                kwargs.get("fields") is not None and not kwargs["fields"]
            ):
                return EmptySearchResults()
            queryset = (
                model_or_queryset
                if isinstance(model_or_queryset, QuerySet)
                else model.objects.all()
            )
            return PageSearchResults(self, compiler_class(queryset, query, **kwargs))

    NewsroomSearchBackend.__name__ = f"Newsroom{base.__name__}"
    return NewsroomSearchBackend


_classes: dict[type, type] = {}


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    base = type(DatabaseSearchBackend(params))
    if base not in _classes:
        _classes[base] = _with_pages(base)
    return _classes[base](params)
