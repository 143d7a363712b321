from django import template
from django.conf import settings

from newsroom.core import editions

from ..models import AdSlot
from ..selectors import winners

register = template.Library()


def _ads_for_request(request) -> dict[str, AdSlot]:
    """The winning ad of every placement for this request, fetched in one query."""
    language = editions.of_request(request).code
    memo = getattr(request, "_newsroom_ads", None)
    if memo is None or memo[0] != language:
        memo = (language, winners(language_code=language))
        if request is not None:
            request._newsroom_ads = memo
    return memo[1]


@register.inclusion_tag("ads/ad_slot.html", takes_context=True)
def ad_slot(context, placement: str):
    """The ad for ``placement`` in the reader's edition; renders nothing when there is none."""
    return {
        "ad": _ads_for_request(context.get("request")).get(placement),
        "placement": placement,
        "frame_origin": settings.NEWSROOM_ADS_ORIGIN,
        "frame_sandbox": frame_sandbox(),
    }


def frame_sandbox() -> str:
    """The iframe's sandbox: never same-origin; popups stay sandboxed too.

    A popup may leave the sandbox (so an advertiser's landing page works)
    only when ads come from their own host: the ad's own URL opened in that
    popup is then on the ads host, and its CSP sandbox keeps it opaque.
    """
    flags = "allow-scripts allow-popups"
    if settings.NEWSROOM_ADS_ORIGIN:
        flags += " allow-popups-to-escape-sandbox"
    return flags
