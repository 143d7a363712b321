"""Re-index a story once publishing has saved all of it.

Wagtail's own handler indexes a page on ``post_save``, which fires before the
page's tags and authors (kept by modelcluster) are written; with the task
running at once (or on a fast worker) the index would hold the previous
tags until the next save. ``page_published`` fires after everything is saved.
"""

from wagtail.signals import page_published

from .index import add_pages


def reindex_published(sender, instance, **kwargs):
    add_pages([instance.specific])


def register():
    page_published.connect(reindex_published, dispatch_uid="newsroom-search-reindex")
