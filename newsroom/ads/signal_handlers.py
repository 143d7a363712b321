from django.db.models.signals import m2m_changed, post_delete, post_save
from django.urls import reverse

from newsroom.core.page_cache import all_editions, purge_on_commit

from .models import AdSlot


def purge_ad(sender, instance, **kwargs) -> None:
    """Any change to an ad reaches every page at once (a pulled ad must vanish)."""
    purge_on_commit(
        paths=[reverse("ads:frame", args=[instance.pk])], editions=all_editions()
    )


def purge_ad_editions(sender, instance, action, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        purge_ad(sender, instance)


def register_signal_handlers() -> None:
    post_save.connect(purge_ad, sender=AdSlot, dispatch_uid="ads-save")
    post_delete.connect(purge_ad, sender=AdSlot, dispatch_uid="ads-delete")
    m2m_changed.connect(
        purge_ad_editions, sender=AdSlot.editions.through, dispatch_uid="ads-editions"
    )
