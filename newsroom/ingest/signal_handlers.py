"""Publishing, unpublishing and deleting a story reach its Telegram message."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import pre_delete
from wagtail.signals import page_published, page_unpublished

from newsroom.core import editions
from newsroom.news.models import ArticlePage

from . import crosspost


def story_changed(sender, instance, **kwargs) -> None:
    """A story was published (first time or again) or unpublished."""
    code = editions.of_page(instance).code
    from .models import TelegramPost

    has_message = TelegramPost.objects.filter(
        page_id=instance.pk, message_id__isnull=False
    ).exists()
    if not has_message and crosspost.destination(code) is None:
        return
    from .tasks import sync_telegram_post

    page_id = instance.pk
    # Wagtail sets both times from one clock reading on a first publication.
    first = bool(
        instance.live
        and instance.first_published_at
        and instance.first_published_at == instance.last_published_at
    )
    transaction.on_commit(lambda: sync_telegram_post.enqueue(page_id, first))


def story_deleted(sender, instance, **kwargs) -> None:
    from .models import TelegramPost

    post = (
        TelegramPost.objects.filter(page_id=instance.pk, message_id__isnull=False)
        .values("channel", "message_id")
        .first()
    )
    if post is None:
        return
    from .tasks import delete_telegram_message

    code = editions.of_page(instance).code
    channel, message_id = str(post["channel"]), int(post["message_id"] or 0)
    transaction.on_commit(
        lambda: delete_telegram_message.enqueue(code, channel, message_id)
    )


def connect() -> None:
    page_published.connect(story_changed, sender=ArticlePage)
    page_unpublished.connect(story_changed, sender=ArticlePage)
    pre_delete.connect(story_deleted, sender=ArticlePage)
