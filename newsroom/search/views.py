"""The reader's search page: ``/search/`` in each edition."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from newsroom.core import editions
from newsroom.core.pagination import paginate
from newsroom.news import selectors as news
from newsroom.news.models import ArticlePage

from . import analysis, highlight
from . import query as ranking
from .documents import stream_text
from .query import PageSearch, parse
from .suggest import suggestion

MAX_QUERY_LENGTH = 200
SORTS = ("relevance", "newest")
# Control characters, lone surrogates and other unprintable code points: never
# what a reader meant, and not to be echoed into the page.
_unprintable = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffd\ufffe\uffff]")


def clean_query(raw: str) -> str:
    """The reader's query as it is searched and shown again: at most 200
    characters, on one line, without control characters."""
    text = raw.encode("utf-8", "replace").decode("utf-8")[: MAX_QUERY_LENGTH * 2]
    text = _unprintable.sub(" ", text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def uses_page_index() -> bool:
    """Whether pages are searched in Newsroom's index (not OpenSearch)."""
    return settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == (
        "newsroom.search.backends"
    )


def _date(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


@dataclass
class Filters:
    section: object | None
    date_from: datetime.date | None
    date_to: datetime.date | None
    sort: str

    @property
    def active(self) -> bool:
        return bool(self.section or self.date_from or self.date_to)


def _filters(request, sections) -> Filters:
    by_slug = {section.slug: section for section in sections}
    date_from, date_to = (
        _date(request.GET.get("from", "")),
        _date(request.GET.get("to", "")),
    )
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    sort = request.GET.get("sort", "")
    return Filters(
        section=by_slug.get(request.GET.get("section", "")),
        date_from=date_from,
        date_to=date_to,
        sort=sort if sort in SORTS else SORTS[0],
    )


def _day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


class Results:
    """Search results as the paginator reads a list: a count and slices.

    Counted up to ``RANK_WINDOW`` (counting every match of a common word
    would cost as much as ranking them); ``more`` says there are more.
    """

    def __init__(self, search: PageSearch, newest_first: bool) -> None:
        self.search = search
        self.newest_first = newest_first
        self.window = ranking.RANK_WINDOW
        self.total = search.count(limit=self.window)
        self.more = self.total > self.window

    def count(self) -> int:
        return min(self.total, self.window)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key: slice) -> list:
        start, stop = key.start or 0, key.stop
        if self.newest_first:
            return list(self.search.matching()[start:stop])
        return self.search.ranked_pages(start, stop)


def _snippet_texts(stories) -> dict[int, str]:
    """Lead and body text of each story, read in one query."""
    return {
        pk: lead + "\n" + stream_text(body)
        for pk, lead, body in ArticlePage.objects.filter(
            pk__in=[story.pk for story in stories]
        ).values_list("pk", "lead", "body")
    }


def search(request):
    """Search the reader's edition. An empty or unusable query gets the empty form."""
    editions.activate(request)
    home = editions.home(request=request)
    if home is None:
        raise Http404("No edition for this language")
    language = analysis.language_of(home.locale.language_code)
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    sections = news.edition_sections(home=home)
    filters = _filters(request, sections)
    terms = parse(query)
    results = suggested = None
    if query:
        stories = news.articles_in_edition(locale_id=home.locale_id)
        if filters.section:
            stories = stories.filter(news.children_of(filters.section))
        if filters.date_from:
            stories = stories.filter(
                first_published_at__gte=_day_start(filters.date_from)
            )
        if filters.date_to:
            stories = stories.filter(
                first_published_at__lt=_day_start(
                    filters.date_to + datetime.timedelta(days=1)
                )
            )
        found = PageSearch(stories, terms, [language], live_only=True)
        hits = None
        if not uses_page_index():
            # OpenSearch / Elasticsearch (SEARCH_URL): ranked by that engine.
            hits = stories.search(
                query, operator="or", order_by_relevance=filters.sort != "newest"
            )
        elif not found.empty:
            hits = Results(found, newest_first=filters.sort == "newest")
        if hits is not None:
            results = paginate(request, hits, news.page_size())
            results.object_list = news.attach_sections(results.object_list)
            stems = highlight.query_stems(terms, language)
            texts = _snippet_texts(results.object_list)
            for story in results.object_list:
                story.search_headline = highlight.highlight(
                    story.title, stems, language
                )
                story.search_snippet = highlight.snippet(
                    texts.get(story.pk, story.lead), stems, language
                )
            if not results.object_list and uses_page_index():
                suggested = suggestion(
                    query, language, news.articles_in_edition(locale_id=home.locale_id)
                )
    response = TemplateResponse(
        request,
        "search/search_page.html",
        {
            "page": home,
            "self": home,
            "is_route": True,
            "search_query": query,
            "meta_title": (
                _("Search: %(query)s") % {"query": query} if query else _("Search")
            ),
            "meta_description": _("Search the stories of this edition."),
            "raw_query": raw_query,
            "results": results,
            "suggestion": suggested,
            "sections": sections,
            "filters": filters,
        },
    )
    patch_cache_control(response, public=True, max_age=0, s_maxage=60)
    return response
