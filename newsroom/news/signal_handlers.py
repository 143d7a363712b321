from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction

from .selectors import PRIVATE_PATHS_KEY


def clear_private_paths(**kwargs) -> None:
    cache.delete(PRIVATE_PATHS_KEY)


def register_signal_handlers() -> None:
    post_save.connect(
        clear_private_paths,
        sender=PageViewRestriction,
        dispatch_uid="news-private-save",
    )
    post_delete.connect(
        clear_private_paths,
        sender=PageViewRestriction,
        dispatch_uid="news-private-delete",
    )
