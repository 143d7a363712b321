"""What to purge when something a public page shows changes.

Publishing a new story purges the pages that list it first (``dependent_paths``:
home, section, archives, feeds, sitemap, translations). A change that alters
how an already published story looks in lists, or takes it away (unpublish,
delete, move, rename, privacy, a new headline, lead or picture), purges the
whole edition as well: such a story sits in "Related stories" and "More from"
on pages nobody can list cheaply, and a bump of the edition's generation drops
them all at once (see docs/design.md).
"""

from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from taggit.models import Tag
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from newsroom.core import editions
from newsroom.core.page_cache import all_editions, purge_on_commit

from . import selectors
from .models import USABLE_SLUG, ArticlePage, Author, NewsTag, unique_tag_slug
from .purge import dependent_paths
from .selectors import PRIVATE_PATHS_KEY

# What a story card shows: a change of any of these on a live story reaches
# every list that shows it.
CARD_FIELDS = ("title", "lead", "hero_image_id", "first_published_at")
CARD_NAMES = {f.removesuffix("_id") for f in CARD_FIELDS}


def _edition(page: Page) -> list[str]:
    return [editions.of_page(page).code]


def note_card_changes(sender, instance, update_fields=None, **kwargs) -> None:
    """Before a live story is saved, note what readers saw of it until now.

    Whether its card will look different, and which tag and author archives
    list it (the new version may drop a tag; that archive needs a purge too).
    The database still holds the live version here: publishing saves the
    page row, then its tags and authors.
    """
    if not instance.pk or (
        update_fields
        and not {f.removesuffix("_id") for f in update_fields} & CARD_NAMES
    ):
        return
    old = (
        ArticlePage.objects.filter(pk=instance.pk, live=True)
        .values(*CARD_FIELDS)
        .first()
    )
    if old is None:
        return
    if any(old[f] != getattr(instance, f) for f in CARD_FIELDS):
        instance._newsroom_card_changed = True
    instance._newsroom_old_archives = selectors.archives_of(article_id=instance.pk)


def purge_published(sender, instance, **kwargs) -> None:
    page = instance.specific
    wide = not isinstance(page, ArticlePage) or getattr(
        instance, "_newsroom_card_changed", False
    )
    paths = dependent_paths(
        page, archives=getattr(instance, "_newsroom_old_archives", ())
    )
    purge_on_commit(paths, _edition(page) if wide else [])


def purge_unpublished(sender, instance, **kwargs) -> None:
    purge_on_commit(dependent_paths(instance), _edition(instance))


def purge_deleted(sender, instance, **kwargs) -> None:
    # pre_delete: the page and its ancestors still exist to compute URLs from.
    # Connected to Page only: deleting an ArticlePage also deletes its Page row,
    # and each model's rows get their own signal, so any sender would purge twice.
    if instance.live:
        purge_on_commit(dependent_paths(instance), _edition(instance))


def _path_for_url_path(page: Page, url_path: str) -> str | None:
    """The public path a page in ``page``'s edition has at tree ``url_path``."""
    home = editions.home(editions.of_page(page))
    if home is None or not url_path.startswith(home.url_path):
        return None
    return (home.get_url() or "/") + url_path[len(home.url_path) :]


def purge_moved(
    sender, instance, parent_page_before, url_path_before, **kwargs
) -> None:
    paths = dependent_paths(instance) | dependent_paths(parent_page_before)
    if old_path := _path_for_url_path(instance, url_path_before):
        paths.add(old_path)
    purge_on_commit(paths, _edition(instance) + _edition(parent_page_before))


def purge_renamed(sender, instance, instance_before, **kwargs) -> None:
    """A new slug leaves the old address (now a redirect) to be dropped from caches."""
    paths = dependent_paths(instance)
    if old_path := _path_for_url_path(instance, instance_before.url_path):
        paths.add(old_path)
    purge_on_commit(paths, _edition(instance))


def forget_private_paths() -> None:
    cache.delete(PRIVATE_PATHS_KEY)


def purge_restricted(sender, instance, **kwargs) -> None:
    """A new, changed or lifted view restriction: the page and every list of its edition."""
    forget_private_paths()
    # Again after commit: a render that read the table before the commit may
    # have cached the old list meanwhile.
    transaction.on_commit(forget_private_paths)
    try:
        page = instance.page
        paths = dependent_paths(page)
    except ObjectDoesNotExist:
        # Deleted together with its page (whose own purge ran on pre_delete).
        purge_on_commit(editions=all_editions())
        return
    purge_on_commit(paths, _edition(page))


def purge_author(sender, instance, created=False, **kwargs) -> None:
    # A new author is on no public page until a story naming them is published.
    if not created:
        purge_on_commit(editions=[editions.of_page(instance).code])


def purge_tag(sender, instance, created=False, **kwargs) -> None:
    # Tags are shared by every edition; a new one is on no public page yet.
    if not created:
        purge_on_commit(editions=all_editions())


def ensure_tag_slug(sender, instance, **kwargs) -> None:
    """However a tag is made (stories, images, documents), it gets our slug.

    A new tag gets a readable, unique one; an old tag keeps its address
    unless it cannot make a URL.
    """
    if instance._state.adding or not USABLE_SLUG.fullmatch(instance.slug or ""):
        instance.slug = unique_tag_slug(instance.name, own_pk=instance.pk)


def register_signal_handlers() -> None:
    for tag_model in (Tag, NewsTag):  # a proxy's rows send the proxy as sender
        pre_save.connect(
            ensure_tag_slug,
            sender=tag_model,
            dispatch_uid=f"news-slug-{tag_model.__name__}",
        )
        for signal, uid in ((post_save, "save"), (post_delete, "delete")):
            signal.connect(
                purge_tag,
                sender=tag_model,
                dispatch_uid=f"news-tag-{tag_model.__name__}-{uid}",
            )
    for signal, uid in ((post_save, "save"), (post_delete, "delete")):
        signal.connect(
            purge_restricted,
            sender=PageViewRestriction,
            dispatch_uid=f"news-restriction-{uid}",
        )
        signal.connect(purge_author, sender=Author, dispatch_uid=f"news-author-{uid}")
    pre_save.connect(
        note_card_changes, sender=ArticlePage, dispatch_uid="news-card-changes"
    )
    page_published.connect(purge_published, dispatch_uid="news-purge-published")
    page_unpublished.connect(purge_unpublished, dispatch_uid="news-purge-unpublished")
    pre_delete.connect(purge_deleted, sender=Page, dispatch_uid="news-purge-deleted")
    post_page_move.connect(purge_moved, dispatch_uid="news-purge-moved")
    page_slug_changed.connect(purge_renamed, dispatch_uid="news-purge-renamed")
