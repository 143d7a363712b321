from django.db import connections
from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model

from . import editions
from .models import EditionSettings, SiteSettings
from .page_cache import all_editions, purge_on_commit


def analyze_sqlite(sender, using="default", **kwargs) -> None:
    """Refresh SQLite's table statistics after migrations.

    Without them SQLite's planner guesses join orders, and on a large archive
    it may walk the whole page tree to find three home pages (100 ms instead
    of 1 ms). PostgreSQL keeps its statistics itself (autovacuum).
    """
    connection = connections[using]
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


# Wagtail fills these in on its own; they change nothing a reader sees.
IMAGE_BOOKKEEPING = {"file_size", "file_hash"}


def purge_everything(
    sender, instance=None, created=False, update_fields=None, **kwargs
) -> None:
    """Site settings and pictures show on pages of every edition."""
    if sender is get_image_model() and (
        created or (update_fields and set(update_fields) <= IMAGE_BOOKKEEPING)
    ):
        return  # a new picture is on no page yet
    purge_on_commit(editions=all_editions())


def purge_edition_settings(sender, instance, **kwargs) -> None:
    purge_on_commit(editions=[editions.of_page(instance).code])


def register_signal_handlers() -> None:
    for signal, uid in ((post_save, "save"), (post_delete, "delete")):
        signal.connect(
            purge_everything, sender=SiteSettings, dispatch_uid=f"core-site-{uid}"
        )
        signal.connect(
            purge_everything, sender=get_image_model(), dispatch_uid=f"core-image-{uid}"
        )
        signal.connect(
            purge_edition_settings,
            sender=EditionSettings,
            dispatch_uid=f"core-edition-{uid}",
        )
