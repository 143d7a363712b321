from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from .models import AdSlot


def frame_policy() -> str:
    """The Content-Security-Policy of an ad's frame document.

    ``sandbox`` without ``allow-same-origin`` gives the document an opaque
    origin however it is opened (in our iframe, as a top-level page, in a
    popup): its scripts cannot read the site's cookies, storage or pages, even
    on the site's own host. Inside that, ad code may load what it likes.
    """
    ancestors = " ".join(["'self'", *settings.NEWSROOM_SITE_ORIGINS])
    return (
        "sandbox allow-scripts allow-popups allow-forms; "
        "default-src * data: blob: 'unsafe-inline' 'unsafe-eval'; "
        f"frame-ancestors {ancestors}"
    )


@xframe_options_exempt  # CSP frame-ancestors says who may frame it (the ads host)
@require_safe
def ad_frame(request, pk: int):
    """The third-party HTML of one ad, for its sandboxed iframe."""
    ad = get_object_or_404(AdSlot.objects.showing_any(), pk=pk)
    if not ad.html.strip():
        raise Http404("This ad has no third-party HTML")
    response = HttpResponse(ad.html, content_type="text/html; charset=utf-8")
    response.headers["Content-Security-Policy"] = frame_policy()
    # Browsers ask again every time; shared caches keep it until the ad
    # changes (saving or deleting an ad purges its frame).
    patch_cache_control(response, public=True, max_age=0, s_maxage=300)
    return response
