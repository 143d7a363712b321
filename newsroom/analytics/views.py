from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from newsroom.news.selectors import public_article_ids

from . import selectors, services

MAX_IDS = 50


def _parse_id(value: str) -> int | None:
    value = value.strip()
    if not value.isascii() or not value.isdigit() or len(value) > 18:
        return None
    return int(value)


@csrf_exempt  # navigator.sendBeacon cannot send a CSRF token; the endpoint only counts.
@require_POST
def hit(request):
    """Count a view. Sent by the article page's script, once per reader per page."""
    page_id = _parse_id(request.POST.get("page", ""))
    if page_id is None:
        return HttpResponseBadRequest("page must be a page id")
    if not public_article_ids([page_id]):
        return HttpResponseBadRequest("no such public story")
    services.record_view(
        page_id=page_id, user_agent=request.headers.get("User-Agent", "")
    )
    response = HttpResponse(status=204)
    patch_cache_control(response, no_store=True)
    return response


@require_GET
def counts(request):
    """Current totals for ``?ids=1,2,3``, so cached pages show fresh counts."""
    raw = request.GET.get("ids", "")
    ids = [_parse_id(part) for part in raw.split(",") if part.strip()][: MAX_IDS + 1]
    if not ids or None in ids or len(ids) > MAX_IDS:
        return JsonResponse(
            {"error": f"ids must be 1 to {MAX_IDS} comma-separated page ids"},
            status=400,
        )
    # Drafts, restricted stories and other pages read as 0: their counts
    # are nobody's business on the public site.
    public = public_article_ids(ids)
    data = selectors.view_counts(page_ids=[i for i in ids if i in public])
    data = {i: data.get(i, 0) for i in ids}
    response = JsonResponse({"views": {str(k): v for k, v in data.items()}})
    # Shared caches may keep it briefly; browsers ask again on every page view.
    patch_cache_control(response, public=True, max_age=0, s_maxage=10)
    return response
