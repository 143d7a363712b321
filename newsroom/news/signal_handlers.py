from django.core.cache import cache
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from newsroom.core.page_cache import purge_paths_on_commit

from .models import HomePage
from .purge import dependent_paths
from .selectors import PRIVATE_PATHS_KEY


def clear_private_paths(**kwargs) -> None:
    cache.delete(PRIVATE_PATHS_KEY)


def purge_published(sender, instance, **kwargs) -> None:
    purge_paths_on_commit(dependent_paths(instance))


def purge_deleted(sender, instance, **kwargs) -> None:
    # pre_delete: the page and its ancestors still exist to compute URLs from.
    # Connected to Page only: deleting an ArticlePage also deletes its Page row,
    # and each model's rows get their own signal, so any sender would purge twice.
    if instance.live:
        purge_paths_on_commit(dependent_paths(instance))


def _path_for_url_path(page: Page, url_path: str) -> str | None:
    """The public path a page in ``page``'s edition has at tree ``url_path``."""
    home = HomePage.objects.ancestor_of(page, inclusive=True).first()
    if home is None or not url_path.startswith(home.url_path):
        return None
    return (home.get_url() or "/") + url_path[len(home.url_path) :]


def purge_moved(
    sender, instance, parent_page_before, url_path_before, **kwargs
) -> None:
    paths = dependent_paths(instance) | dependent_paths(parent_page_before)
    paths.add(_path_for_url_path(instance, url_path_before))
    purge_paths_on_commit(paths)


def purge_renamed(sender, instance, instance_before, **kwargs) -> None:
    """A new slug leaves the old address (now a redirect) to be dropped from caches."""
    paths = dependent_paths(instance)
    paths.add(_path_for_url_path(instance, instance_before.url_path))
    purge_paths_on_commit(paths)


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
    page_published.connect(purge_published, dispatch_uid="news-purge-published")
    page_unpublished.connect(purge_published, dispatch_uid="news-purge-unpublished")
    pre_delete.connect(purge_deleted, sender=Page, dispatch_uid="news-purge-deleted")
    post_page_move.connect(purge_moved, dispatch_uid="news-purge-moved")
    page_slug_changed.connect(purge_renamed, dispatch_uid="news-purge-renamed")
