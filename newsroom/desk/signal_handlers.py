"""The role groups follow the editions: synced after `migrate` and when a home goes live."""

import logging

from django.apps import AppConfig, apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models.signals import post_migrate, post_save
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.signals import page_published

from . import selectors, services

logger = logging.getLogger(__name__)

# What a sync reads and writes; all must be migrated before it can run.
SYNCED_MODELS = (
    Group,
    Permission,
    Page,
    Locale,
    Collection,
    GroupPagePermission,
    GroupCollectionPermission,
    Workflow,
    WorkflowTask,
    WorkflowPage,
    GroupApprovalTask,
)


def sync_after_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    """After every `migrate` (all apps are migrated by then): sync the roles.

    Django sends post_migrate once per app in INSTALLED_APPS order and makes
    each app's permissions in that app's turn, so on a fresh database the apps
    after this one have none yet: they are made here first (idempotent).
    A database not migrated as far as the sync needs (a `migrate` back to an
    earlier state) is left alone.
    """
    if using != DEFAULT_DB_ALIAS:
        return
    tables = set(connections[using].introspection.table_names())
    home_model = apps.get_model(settings.NEWSROOM_EDITION_HOME_MODEL)
    needed = {model._meta.db_table for model in (*SYNCED_MODELS, home_model)}
    if not needed <= tables:
        logger.warning(
            "Newsroom roles not synced: tables %s are missing. Run `manage.py "
            "migrate`, then `manage.py sync_roles`.",
            ", ".join(sorted(needed - tables)),
        )
        return
    for label in sorted(services.permission_app_labels()):
        create_permissions(apps.get_app_config(label), verbosity=0, using=using)
    _sync_and_log()


def sync_when_home_published(sender, instance, **kwargs) -> None:
    """A newly live home page gets its edition's roles (after the publish commits)."""
    if selectors.home_needs_sync(instance):
        transaction.on_commit(_sync_and_log)


def sync_when_home_created(sender, instance, created=False, raw=False, **kwargs):
    # Homes made in code (the demo, an import) are saved live without a
    # publish, so no page_published is sent for them.
    if created and not raw and instance.live:
        sync_when_home_published(sender, instance)


def _sync_and_log() -> None:
    summary = services.sync_roles()
    if summary.changed_anything:
        logger.info("Newsroom roles synced:\n%s", summary)


def register_signal_handlers(app_config: AppConfig) -> None:
    post_migrate.connect(
        sync_after_migrate, sender=app_config, dispatch_uid="desk-sync-roles"
    )
    home_model = apps.get_model(settings.NEWSROOM_EDITION_HOME_MODEL)
    page_published.connect(
        sync_when_home_published, sender=home_model, dispatch_uid="desk-home-live"
    )
    post_save.connect(
        sync_when_home_created, sender=home_model, dispatch_uid="desk-home-made"
    )
