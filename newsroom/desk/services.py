"""Write side of the desk: the role groups kept in sync, translations made and linked."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils.translation import gettext as _
from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    TranslatableMixin,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.signals import copy_for_translation_done

from newsroom.core import editions
from newsroom.core.page_cache import purge_on_commit
from newsroom.news.models import STORY_SLUG_LENGTH, ArticlePage, Author, story_slug
from newsroom.news.purge import dependent_paths

from . import roles
from .models import TopicTag
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
    """:func:`translate_page`, :func:`link_translations` or
    :func:`unlink_translation` would not act; the message says why, for the user."""


@dataclass(frozen=True)
class Translation:
    """What :func:`translate_page` made: the draft, and what it left off.

    ``dropped_authors`` and ``dropped_tags`` are the source's bylines and tags
    (names, in the source's language) with no counterpart in the target
    edition, so the translator knows what to add by hand.
    """

    page: Page
    dropped_authors: list[str]
    dropped_tags: list[str]


# How far "-2", "-3"... go before a slug is left to Wagtail's numbering.
_SLUG_SUFFIXES = 50


def translate_page(*, page: Page, code: str, user: AbstractBaseUser) -> Translation:
    """Make ``user``'s draft translation of ``page`` in edition ``code``.

    The draft is Wagtail's translation copy (``Page.copy`` with the
    translation key kept and a ``wagtail.copy_for_translation`` log entry,
    as Wagtail's own action does), of the version readers see (the latest
    draft for a page never published), under the translation of the
    source's parent, owned by ``user``. Unlike a plain copy it is made for
    the target edition:

    - its slug is a readable Latin one from the source's headline
      (:func:`newsroom.news.models.story_slug`), unique in the target section;
    - its authors are the same people's entries in the target edition
      (authors share a translation key across editions);
    - its tags are the same topics' tags in the target edition
      (:class:`~newsroom.desk.models.Topic`).

    Authors and tags with no counterpart are left off and named in the
    result. Raises :class:`TranslationRefused` when ``user`` could not add
    that page there by hand (so nobody writes in an edition through this
    that they could not write in anyway), when the parent is not translated
    yet, or when the page is already in that edition or translated into it.
    Reading the source needs no permission: every edition's stories are
    open to the newsroom, and Wagtail has no view-only page permission.
    """
    locale_id = editions.locale_id(code)
    if editions.find(code) is None or locale_id is None:
        raise TranslationRefused(_("There is no such edition."))
    page = page.specific
    if page.locale_id == locale_id:
        raise TranslationRefused(_("This story is already in that edition."))
    if Page.objects.filter(
        translation_key=page.translation_key, locale_id=locale_id
    ).exists():
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

    source = _version_to_translate(page)
    dropped_authors = _map_authors(source, locale_id)
    dropped_tags = _map_tags(
        source, from_locale_id=page.locale_id, to_locale_id=locale_id
    )

    def process_child_object(original, copy, relation, child) -> None:
        # As Wagtail's translation copy: translatable children follow the page.
        if isinstance(child, TranslatableMixin):
            child.locale = locale

    try:
        with transaction.atomic():
            copy = source.copy(
                to=target,
                update_attrs={
                    "locale": locale,
                    "slug": _free_slug(target, story_slug(page.title) or page.slug),
                },
                copy_revisions=False,
                keep_live=False,
                reset_translation_key=False,
                user=user,  # the translator owns the draft, and its first revision
                process_child_object=process_child_object,
                log_action="wagtail.copy_for_translation",
            )
            copy_for_translation_done.send(
                sender=CopyPageForTranslationAction, source_obj=page, target_obj=copy
            )
    except IntegrityError:
        # Someone else's translation got there between the check and the copy:
        # one page per edition and translation key is the database's rule.
        raise TranslationRefused(
            _("This story is already translated into that edition.")
        ) from None
    return Translation(
        page=copy, dropped_authors=dropped_authors, dropped_tags=dropped_tags
    )


def _version_to_translate(page: Page) -> Page:
    """A fresh in-memory copy of the version readers see, or of the latest draft.

    Fresh, because the authors and tags are changed on it before copying,
    and the caller's object must not carry those changes.
    """
    if page.live and page.live_revision_id:
        return page.live_revision.as_object()
    if not page.live and page.latest_revision_id:
        return page.get_latest_revision_as_object()
    return page.specific_class.objects.get(pk=page.pk)


def _map_authors(source: Page, locale_id: int) -> list[str]:
    """Put the target edition's entries of ``source``'s authors on it; the rest's names."""
    if not isinstance(source, ArticlePage):
        return []
    authors = list(source.authors.all())
    if not authors:
        return []
    counterparts = {
        author.translation_key: author
        for author in Author.objects.filter(
            translation_key__in=[a.translation_key for a in authors],
            locale_id=locale_id,
        )
    }
    source.authors = [
        counterparts[a.translation_key]
        for a in authors
        if a.translation_key in counterparts
    ]
    return [a.name for a in authors if a.translation_key not in counterparts]


def _map_tags(source: Page, *, from_locale_id: int, to_locale_id: int) -> list[str]:
    """Put the target edition's tags of ``source``'s topics on it; the rest's names."""
    if not isinstance(source, ArticlePage):
        return []
    tags = list(source.tags.all())
    if not tags:
        return []
    counterparts = {
        row.source_tag_id: row.tag
        for row in TopicTag.objects.filter(
            locale_id=to_locale_id,
            topic__tags__locale_id=from_locale_id,
            topic__tags__tag_id__in=[tag.pk for tag in tags],
        )
        .annotate(source_tag_id=F("topic__tags__tag_id"))
        .select_related("tag")
    }
    source.tags.set([counterparts[t.pk] for t in tags if t.pk in counterparts])
    return [t.name for t in tags if t.pk not in counterparts]


def _free_slug(parent: Page, base: str) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever no child of ``parent`` has.

    At most :data:`~newsroom.news.models.STORY_SLUG_LENGTH` characters, like
    the slugs the story form makes. One query (slugs are indexed; a section's
    path prefix is not, on SQLite, so the slugs come first).
    """
    candidates = [base] + [
        base[: STORY_SLUG_LENGTH - len(f"-{n}")].rstrip("-_") + f"-{n}"
        for n in range(2, _SLUG_SUFFIXES + 2)
    ]
    taken = set(
        Page.objects.filter(
            slug__in=candidates,
            depth=parent.depth + 1,
            path__startswith=parent.path,
        ).values_list("slug", flat=True)
    )
    for slug in candidates:
        if slug not in taken:
            return slug
    return find_available_slug(parent, base)


# --- Linking stories written separately -----------------------------------------


def link_translations(*, page: Page, other: Page, user: AbstractBaseUser) -> None:
    """Make ``page`` (with any translations it has) translations of ``other``'s.

    For stories written separately in two editions: afterwards they share
    ``other``'s translation key, so the language switch and ``hreflang``
    links of every story in the joined group lead to each other. Readers see
    it at once, so ``user`` must be able to publish both stories (an editor
    of both editions, or the chief editor). Refused for edition home pages,
    pages of different kinds, stories of one edition, and when the joined
    group would have two stories in one edition. Purges the cached pages of
    every story in both groups after the commit; logs the link on both.
    """
    if page.pk == other.pk or page.translation_key == other.translation_key:
        raise TranslationRefused(_("These stories are already linked."))
    _check_may_relink(page, user)
    _check_may_relink(other, user)
    if page.specific_class is not other.specific_class:
        raise TranslationRefused(_("Only pages of the same kind can be linked."))
    if page.locale_id == other.locale_id:
        raise TranslationRefused(
            _("Both stories are in the same edition: link a story of another one.")
        )
    try:
        with transaction.atomic():
            ours = list(
                Page.objects.select_for_update().filter(
                    translation_key=page.translation_key
                )
            )
            theirs = list(
                Page.objects.select_for_update().filter(
                    translation_key=other.translation_key
                )
            )
            their_locales = {member.locale_id: member for member in theirs}
            for member in ours:
                if clash := their_locales.get(member.locale_id):
                    edition = editions.of_page(clash)
                    raise TranslationRefused(
                        _(
                            "“%(title)s” is already the translation in %(edition)s; "
                            "unlink it first."
                        )
                        % {"title": clash.title, "edition": edition.name}
                    )
            before = _dependent_paths(ours + theirs)
            Page.objects.filter(pk__in=[member.pk for member in ours]).update(
                translation_key=other.translation_key
            )
            page.translation_key = other.translation_key
            _log_link(page, other, user, "desk.translation_linked")
            _log_link(other, page, user, "desk.translation_linked")
            purge_on_commit(before | _dependent_paths(ours + theirs))
    except IntegrityError:
        # A translation was added to one of the groups meanwhile; the database
        # keeps one page per edition and translation key.
        raise TranslationRefused(
            _("These stories changed meanwhile: look at them again, then retry.")
        ) from None


def unlink_translation(*, page: Page, user: AbstractBaseUser) -> None:
    """Take ``page`` out of its translations: it gets a translation key of its own.

    Its former translations stay linked with each other. Needs the right to
    publish ``page``; refused for edition home pages (an edition's tree is
    served through its home's link to the others) and for a page with no
    translation. Purges the cached pages of the whole former group.
    """
    _check_may_relink(page, user)
    with transaction.atomic():
        group = list(
            Page.objects.select_for_update().filter(
                translation_key=page.translation_key
            )
        )
        others = [member for member in group if member.pk != page.pk]
        if not others:
            raise TranslationRefused(_("This story is not linked to any translation."))
        before = _dependent_paths(group)
        page.translation_key = uuid.uuid4()
        Page.objects.filter(pk=page.pk).update(translation_key=page.translation_key)
        for member in others:
            _log_link(page, member, user, "desk.translation_unlinked")
        purge_on_commit(before | _dependent_paths(group))


def _check_may_relink(page: Page, user: AbstractBaseUser) -> None:
    if page.depth <= 2:
        raise TranslationRefused(
            _("Edition home pages stay linked: the editions are served through them.")
        )
    if not page.permissions_for_user(user).can_publish():
        raise TranslationRefused(
            _(
                "You may link or unlink only stories you may publish, and you "
                "may not publish “%(title)s”."
            )
            % {"title": page.title}
        )


def _dependent_paths(pages: Iterable[Page]) -> set[str]:
    """Cached pages that show any of ``pages`` (their language links included)."""
    paths: set[str] = set()
    live = Page.objects.filter(pk__in=[p.pk for p in pages], live=True).specific()
    for page in live:
        paths |= dependent_paths(page)
    return paths


def _log_link(page: Page, other: Page, user: AbstractBaseUser, action: str) -> None:
    log(
        instance=page,
        action=action,
        user=user,
        data={
            "other": {
                "id": other.pk,
                "title": other.title,
                "edition": editions.of_page(other).code,
            }
        },
    )


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
