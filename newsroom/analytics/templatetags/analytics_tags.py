from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from .. import selectors

register = template.Library()

SCRIPT = "analytics/js/views.js"


@register.simple_tag
def view_count(page) -> int:
    """The page's total views at render time; the page script refreshes it."""
    return selectors.view_counts(page_ids=[page.pk])[page.pk]


@register.simple_tag
def view_counter_attrs(page) -> SafeString:
    """Attributes for the element that shows ``page``'s views.

    They name the page, the endpoint the script reads fresh totals from, and
    the script itself, which site.js loads (``data-module``). The count goes
    in a child marked ``data-views-count``.
    """
    return format_html(
        'data-views="{}" data-views-counts-url="{}" data-module="{}"',
        page.pk,
        reverse("analytics:counts"),
        static(SCRIPT),
    )


@register.simple_tag
def view_beacon_attrs(page) -> SafeString:
    """Attributes for the element whose reading counts as a view of ``page``.

    The script sends one beacon per reader per page to the endpoint named
    here; it runs only on pages that also show a counter.
    """
    return format_html(
        'data-page-id="{}" data-views-hit-url="{}"', page.pk, reverse("analytics:hit")
    )
