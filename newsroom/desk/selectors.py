"""Read side of the desk: who may write where, whether the roles need a sync,
and what each person's dashboard lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from wagtail.models import (
    GroupPagePermission,
    Page,
    Revision,
    TaskState,
    get_default_page_content_type,
)

from newsroom.core import editions

from . import roles


def editions_user_can_write(
    user: AbstractBaseUser | AnonymousUser,
) -> list[editions.Edition]:
    """The editions under whose home page ``user`` may add pages, in edition order.

    One query for the homes; Wagtail caches the user's page permissions for
    the request.
    """
    homes = editions.homes()
    return [
        edition
        for edition in editions.listed()
        if (home := homes.get(edition.code)) is not None
        and home.permissions_for_user(user).can_add_subpage()
    ]


def home_needs_sync(page: Page) -> bool:
    """True when ``page`` is its edition's home but its editors have no rights on it.

    Two queries; lets the publish signal skip the full sync on the many
    publishes of a home that only change its top stories.
    """
    code = editions.of_page(page).code
    home = editions.home(code)
    if home is None or home.pk != page.pk:
        return False
    return not GroupPagePermission.objects.filter(
        page=page, group__name=roles.EDITOR.group_name(code)
    ).exists()


# --- The dashboard -----------------------------------------------------------

DASHBOARD_LIMIT = 10


@dataclass(frozen=True)
class DashboardRow:
    """One line of a dashboard panel: a page, and who or when it is about."""

    page: Page
    edition: editions.Edition
    person: AbstractBaseUser | None
    at: datetime | None


def waiting_for_approval(
    user: AbstractBaseUser | AnonymousUser, *, limit: int = DASHBOARD_LIMIT
) -> list[DashboardRow]:
    """Stories in a review step ``user`` may approve, the newest submission first.

    The steps are the editions' "Editor approval (<code>)", so an editor sees
    their editions' stories only; the chief editor every edition's. Wagtail
    decides who may approve (``TaskState.objects.reviewable_by``). Cost: one
    query per active workflow step (one per edition) plus two, however many
    stories wait.
    """
    states = list(
        TaskState.objects.reviewable_by(user)
        .filter(workflow_state__base_content_type=get_default_page_content_type())
        .select_related("workflow_state__requested_by")
        .order_by("-started_at", "-pk")[:limit]
    )
    pages = Page.objects.in_bulk([int(s.workflow_state.object_id) for s in states])
    return [
        DashboardRow(
            page=page,
            edition=editions.of_page(page),
            person=state.workflow_state.requested_by,
            at=state.started_at,
        )
        for state in states
        if (page := pages.get(int(state.workflow_state.object_id))) is not None
    ]


def my_drafts(
    user: AbstractBaseUser | AnonymousUser, *, limit: int = DASHBOARD_LIMIT
) -> list[DashboardRow]:
    """Pages ``user`` owns that were never published, the latest edited first.

    Drafts in review are listed too: they are still the author's to follow.
    One query.
    """
    if not user.is_authenticated:
        return []
    pages = Page.objects.filter(owner=user, live=False, depth__gt=1).order_by(
        "-latest_revision_created_at", "-pk"
    )[:limit]
    return [
        DashboardRow(
            page=page,
            edition=editions.of_page(page),
            person=None,
            at=page.latest_revision_created_at,
        )
        for page in pages
    ]


def scheduled(
    user: AbstractBaseUser | AnonymousUser, *, limit: int = DASHBOARD_LIMIT
) -> list[DashboardRow]:
    """Pages of ``user``'s editions with a publication scheduled, the latest scheduled first.

    "Their editions" are the ones they write in (see
    :func:`editions_user_can_write`). A scheduled publication is a revision
    with an approved go-live time (Wagtail's own meaning, the one its
    publisher job acts on). Two queries (the homes, the pages) plus Wagtail's
    cached page permissions.
    """
    codes = [edition.code for edition in editions_user_can_write(user)]
    locale_ids = [pk for code in codes if (pk := editions.locale_id(code))]
    if not locale_ids:
        return []
    schedule = Revision.page_revisions.filter(
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        approved_go_live_at__isnull=False,
    ).order_by("-created_at")
    pages = (
        Page.objects.filter(locale_id__in=locale_ids)
        .annotate(
            go_live=Subquery(schedule.values("approved_go_live_at")[:1]),
            scheduled_at=Subquery(schedule.values("created_at")[:1]),
        )
        .filter(go_live__isnull=False)
        .order_by("-scheduled_at", "-pk")[:limit]
    )
    return [
        DashboardRow(
            page=page,
            edition=editions.of_page(page),
            person=None,
            at=page.go_live,
        )
        for page in pages
    ]
