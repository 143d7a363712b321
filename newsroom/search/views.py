import re

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from newsroom.core import editions
from newsroom.core.pagination import paginate
from newsroom.news import selectors as news

MAX_QUERY_LENGTH = 200
# Keep letters, digits and inner hyphens/apostrophes of every script; the rest
# (quotes, operators, control characters, lone surrogates) only confuses the
# full-text engines and is never what a reader meant.
_noise = re.compile(r"[^\w\s'\-]+|_+", re.UNICODE)


def clean_query(raw: str) -> str:
    """The reader's query made safe for the search backend, or '' when nothing is left."""
    text = raw.encode("utf-8", "replace").decode("utf-8")[: MAX_QUERY_LENGTH * 2]
    text = _noise.sub(" ", text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip(" -'")


def search(request):
    """Search the reader's edition. An empty or unusable query gets the empty form."""
    editions.activate(request)
    home = editions.home(request=request)
    if home is None:
        raise Http404("No edition for this language")
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    results = None
    if query:
        # The database backend can't order by date and relevance at once;
        # readers of news expect relevance, so it is left to the backend.
        hits = (
            news.articles_in_edition(locale_id=home.locale_id)
            .order_by()
            .search(query, operator="and")
        )
        results = paginate(request, hits, news.page_size())
        results.object_list = news.attach_sections(results.object_list)
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
        },
    )
    patch_cache_control(response, public=True, max_age=0, s_maxage=60)
    return response
