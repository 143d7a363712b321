"""Write side of the desk: the role groups kept in sync, demo people, translations."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction
from django.utils.translation import gettext as _
from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
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

from newsroom.core import editions

from . import roles
from .roles import Role


@dataclass
class SyncSummary:
    """What :func:`sync_roles` did, in words an operator reads."""

    created: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def changed_anything(self) -> bool:
        return bool(self.created or self.changed)

    def lines(self) -> list[str]:
        lines = [f"created: {name}" for name in self.created]
        lines += [f"repaired: {change}" for change in self.changed]
        lines += [
            f"waiting: edition {code} has no live home page yet; its groups get "
            "their page permissions when it is published"
            for code in self.waiting
        ]
        lines += [f"note: {note}" for note in self.notes]
        return lines or ["roles in sync: nothing to do"]

    def __str__(self) -> str:
        return "\n".join(self.lines())


def sync_roles() -> SyncSummary:
    """Make the role groups, their permissions and each edition's review workflow
    match :mod:`newsroom.desk.roles`; safe to run any number of times.

    Creates missing groups, adds missing permissions and removes the ones a
    role does not have, but only in the desk's own groups (known by name:
    "Editor (ru)", "Chief editor"...); other groups are never touched and no
    group is ever deleted. Operators customise access with groups of their
    own, not by editing these: the next sync undoes such edits.

    An edition whose home page is not live yet (or not made) gets its groups
    without page permissions; the sync run when that home is published
    completes them. Page permissions are never taken away for want of a home,
    so unpublishing a home for a moment leaves everyone's rights as they were.

    Each edition with a home gets a workflow "Review (<code>)" on its home whose
    one step is approved by that edition's editors and the chief editor (a
    shared step would let any edition's editors approve every edition's
    stories). A home carrying a workflow someone else assigned keeps it; the
    summary says so.

    Cost: about five queries per group and five per edition's workflow (some
    70 for three editions), in one transaction.
    """
    summary = SyncSummary()
    with transaction.atomic():
        permissions = _Permissions()
        homes = editions.homes()
        root_page = Page.get_first_root_node()
        root_collection = Collection.get_first_root_node()
        if root_collection is None:
            summary.notes.append("no root collection: media permissions skipped")
        # Roles over every edition hold their page rights on the root.
        approvers_everywhere = []
        for role in roles.GLOBAL_ROLES:
            group = _sync_group(
                role.group_name(),
                role,
                page=root_page,
                collection=root_collection,
                permissions=permissions,
                summary=summary,
            )
            if role.approves:
                approvers_everywhere.append(group)
        for code in editions.codes():
            home = homes.get(code)
            if home is None:
                summary.waiting.append(code)
            approvers = list(approvers_everywhere)
            for role in roles.EDITION_ROLES:
                group = _sync_group(
                    role.group_name(code),
                    role,
                    page=home,
                    collection=root_collection,
                    permissions=permissions,
                    summary=summary,
                )
                if role.approves:
                    approvers.append(group)
            if home is not None:
                _sync_review_workflow(code, home, approvers, summary)
        _note_stale_groups(summary)
    return summary


class TranslationRefused(Exception):
    """:func:`translate_page` would not copy; the message says why, for the user."""


def translate_page(*, page: Page, code: str, user: AbstractBaseUser) -> Page:
    """Copy ``page`` from its edition into edition ``code`` as ``user``'s draft.

    The copy is Wagtail's translation copy (linked to the source by its
    translation key, so the language switch finds it), a draft under the
    translation of the source's parent, owned by ``user``. Raises
    :class:`TranslationRefused` when ``user`` could not add that page there by
    hand (so nobody writes in an edition through this that they could not
    write in anyway), when the parent is not translated yet, or when the page
    is already in that edition. Reading the source needs no permission:
    every edition's stories are open to the newsroom, and Wagtail has no
    view-only page permission to ask for.
    """
    locale_id = editions.locale_id(code)
    if editions.find(code) is None or locale_id is None:
        raise TranslationRefused(_("There is no such edition."))
    page = page.specific
    if page.locale_id == locale_id:
        raise TranslationRefused(_("This story is already in that edition."))
    if page.get_translations().filter(locale_id=locale_id).exists():
        raise TranslationRefused(
            _("This story is already translated into that edition.")
        )
    locale = Locale.objects.get(pk=locale_id)
    parent = page.get_parent()
    target = parent if parent.is_root() else parent.get_translation_or_none(locale)
    if target is None:
        raise TranslationRefused(_("Translate its section into that edition first."))
    if not (
        page.specific_class.can_create_at(target)
        and target.permissions_for_user(user).can_add_subpage()
    ):
        raise TranslationRefused(
            _("You may not add this story's translation in that edition.")
        )
    copy = CopyPageForTranslationAction(page=page, locale=locale, user=user).execute(
        skip_permission_checks=True  # checked above, on the target not the source
    )
    # Wagtail's translation copy keeps the source's owner; the translator owns
    # theirs (an "add" permission edits the pages one owns).
    Page.objects.filter(pk=copy.pk).update(owner=user)
    copy.owner = user
    return copy


# --- Sync internals ----------------------------------------------------------


class _Permissions:
    """Permission rows by "app_label.codename", fetched once per sync."""

    def __init__(self) -> None:
        wanted = {name for role in roles.ROLES for name in _names_of(role)}
        labels = {name.split(".", 1)[0] for name in wanted}
        self._by_name = {
            f"{p.content_type.app_label}.{p.codename}": p
            for p in Permission.objects.filter(
                content_type__app_label__in=labels
            ).select_related("content_type")
        }

    def __getitem__(self, name: str) -> Permission:
        try:
            return self._by_name[name]
        except KeyError:
            raise ImproperlyConfigured(
                f"The permission {name!r} does not exist. Run `manage.py migrate` "
                "(which creates every app's permissions), then `manage.py sync_roles`."
            ) from None


def _page_permission(action: str) -> str:
    return f"wagtailcore.{action}_page"


def _media_permission(model: type[models.Model], action: str) -> str:
    return f"{model._meta.app_label}.{action}_{model._meta.model_name}"


def _names_of(role: Role) -> set[str]:
    """Every permission name ``role`` uses, of every kind."""
    return (
        set(role.models)
        | {_page_permission(action) for action in role.pages}
        | {_media_permission(get_image_model(), action) for action in role.images}
        | {_media_permission(get_document_model(), action) for action in role.documents}
    )


def permission_app_labels() -> set[str]:
    """Apps whose permissions the roles use (created before a sync after migrate)."""
    return {name.split(".", 1)[0] for role in roles.ROLES for name in _names_of(role)}


def _sync_group(
    name: str,
    role: Role,
    *,
    page: Page | None,
    collection: Collection | None,
    permissions: _Permissions,
    summary: SyncSummary,
) -> Group:
    group, created = Group.objects.get_or_create(name=name)
    if created:
        summary.created.append(name)
    repairs = []

    wanted_models = {permissions[p].pk for p in role.models}
    if set(group.permissions.values_list("pk", flat=True)) != wanted_models:
        group.permissions.set(wanted_models)
        repairs.append("model permissions")

    # A role of an edition waits for its home; one without page rights never does.
    if page is not None or not role.pages:
        wanted_pages = (
            {(page.pk, permissions[_page_permission(a)].pk) for a in role.pages}
            if page is not None
            else set()
        )
        if _sync_rows(GroupPagePermission, group, "page_id", wanted_pages):
            repairs.append("page permissions")

    if collection is not None:
        wanted_media = {
            (collection.pk, permissions[_media_permission(get_image_model(), a)].pk)
            for a in role.images
        } | {
            (collection.pk, permissions[_media_permission(get_document_model(), a)].pk)
            for a in role.documents
        }
        if _sync_rows(GroupCollectionPermission, group, "collection_id", wanted_media):
            repairs.append("collection permissions")

    if repairs and not created:
        summary.changed.append(f"{name}: {', '.join(repairs)}")
    return group


def _sync_rows(
    model: type[GroupPagePermission] | type[GroupCollectionPermission],
    group: Group,
    target_field: str,
    wanted: set[tuple[int, int]],
) -> bool:
    """Make ``group``'s rows of ``model`` exactly ``wanted`` (target id, permission id)."""
    have = {
        (target_id, permission_id): pk
        for pk, target_id, permission_id in model.objects.filter(
            group=group
        ).values_list("pk", target_field, "permission_id")
    }
    extra = [pk for key, pk in have.items() if key not in wanted]
    missing = wanted - have.keys()
    if extra:
        model.objects.filter(pk__in=extra).delete()
    model.objects.bulk_create(
        model(group=group, permission_id=permission_id, **{target_field: target_id})
        for target_id, permission_id in sorted(missing)
    )
    return bool(extra or missing)


def _sync_review_workflow(
    code: str, home: Page, approvers: Iterable[Group], summary: SyncSummary
) -> None:
    task_name = roles.approval_task_name(code)
    wanted = {group.pk for group in approvers}
    task = GroupApprovalTask.objects.filter(name=task_name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=task_name)
        summary.created.append(f"workflow step {task_name!r}")
    elif set(task.groups.values_list("pk", flat=True)) != wanted:
        summary.changed.append(f"workflow step {task_name!r}: approving groups")
    task.groups.set(wanted)

    workflow_name = roles.review_workflow_name(code)
    workflow = Workflow.objects.filter(name=workflow_name).first()
    created = workflow is None
    if workflow is None:
        workflow = Workflow.objects.create(name=workflow_name)
        summary.created.append(f"workflow {workflow_name!r}")
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(
            workflow=workflow, task=task, sort_order=workflow.workflow_tasks.count()
        )
        if not created:
            summary.changed.append(f"workflow {workflow_name!r}: approval step")

    assigned = WorkflowPage.objects.filter(page=home).select_related("workflow").first()
    if assigned is None:
        WorkflowPage.objects.create(page=home, workflow=workflow)
        if not created:
            summary.changed.append(f"workflow {workflow_name!r}: on the {code} home")
    elif assigned.workflow_id != workflow.pk:
        summary.notes.append(
            f"the {code} home page keeps its workflow {assigned.workflow.name!r}, "
            f"assigned in the admin; {roles.EDITOR.group_name(code)} approves in "
            f"{workflow_name!r} only where that one is assigned"
        )


def _note_stale_groups(summary: SyncSummary) -> None:
    expected = {
        role.group_name(code)
        for code in editions.codes()
        for role in roles.EDITION_ROLES
    }
    for role in roles.EDITION_ROLES:
        # "Editor (az)", not an operator's "Editor (night shift)".
        pattern = rf"^{re.escape(role.label)} \([a-z]{{2,3}}(-[A-Za-z0-9]+)?\)$"
        stale = (
            Group.objects.filter(name__regex=pattern)
            .exclude(name__in=expected)
            .values_list("name", flat=True)
        )
        for name in stale:
            summary.notes.append(
                f"{name}: its edition is not in EDITIONS; left as it is (delete "
                "it in Settings > Groups once nobody needs it)"
            )
