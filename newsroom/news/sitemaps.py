from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from newsroom.core import editions

from .selectors import exclude_private


class EditionsSitemap(Sitemap):
    """Every live, public page of every edition.

    Wagtail's own sitemap lists only the tree of the active language; our
    editions are sibling trees, so all of them are listed here.
    """

    def items(self):
        condition = Q()
        for home in editions.homes().values():
            condition |= Q(path__startswith=home.path)
        if not condition:
            return Page.objects.none()
        return (
            exclude_private(Page.objects.live().filter(condition))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
