from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from .models import AdSlot

# Third-party ad code loads scripts, styles and images from anywhere, so its
# frame gets a permissive policy of its own. It is harmless to the site: the
# frame is sandboxed without allow-same-origin, so it runs in an opaque origin
# with no access to the page, its cookies or its storage.
AD_FRAME_CSP = (
    "default-src * data: blob: 'unsafe-inline' 'unsafe-eval'; frame-ancestors 'self'"
)


@require_GET
def ad_frame(request, pk: int):
    """The third-party HTML of one ad, for its sandboxed iframe."""
    ad = get_object_or_404(AdSlot, pk=pk, is_active=True)
    if not ad.html.strip():
        raise Http404("This ad has no third-party HTML")
    response = HttpResponse(ad.html, content_type="text/html; charset=utf-8")
    response.headers["Content-Security-Policy"] = AD_FRAME_CSP
    patch_cache_control(response, public=True, max_age=300)
    return response
