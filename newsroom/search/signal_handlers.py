"""Re-index a story once publishing has saved all of it.

Wagtail's own handler indexes a page on ``post_save``, which fires before the
page's tags and authors (kept by modelcluster) are written; with the task
running at once (or on a fast worker) the index would hold the previous
tags until the next save. ``page_published`` fires after everything is saved.
Unpublishing re-indexes too: the document records whether its page is live.
"""

import logging

from django.db.models.signals import post_migrate
from wagtail.signals import page_published, page_unpublished

from .index import add_pages

logger = logging.getLogger(__name__)
BUILD_CHUNK = 1_000


def reindex(sender, instance, **kwargs):
    add_pages([instance.specific])


def build_missing_index(sender, using="default", verbosity=1, **kwargs):
    """After ``migrate``: an index that is empty while pages exist is built.

    That is a site upgraded from a version whose pages were in Wagtail's own
    index; ``manage.py update_index`` does the same at any time.
    """
    from wagtail.models import Page

    from .models import SearchDocument

    if SearchDocument.objects.using(using).exists():
        return
    pages = Page.objects.using(using).filter(depth__gt=1).order_by("pk")
    total = pages.count()
    if not total:
        return
    if verbosity:
        print(f"Building the search index of {total} pages ...")
    ids = list(pages.values_list("pk", flat=True))
    for start in range(0, len(ids), BUILD_CHUNK):
        chunk = Page.objects.using(using).filter(
            pk__in=ids[start : start + BUILD_CHUNK]
        )
        add_pages(chunk.specific())
    logger.info("Search index built for %s pages", total)


def register(app_config):
    page_published.connect(reindex, dispatch_uid="newsroom-search-reindex")
    page_unpublished.connect(reindex, dispatch_uid="newsroom-search-unpublished")
    post_migrate.connect(
        build_missing_index, sender=app_config, dispatch_uid="newsroom-search-build"
    )
