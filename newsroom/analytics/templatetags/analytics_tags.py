from django import template

from .. import selectors

register = template.Library()


@register.simple_tag
def view_count(page) -> int:
    """The page's total views at render time; the page script refreshes it."""
    return selectors.view_counts(page_ids=[page.pk])[page.pk]
