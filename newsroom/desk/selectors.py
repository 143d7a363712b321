"""Read side of the desk: who may write where, whether the roles need a sync,
what each person's dashboard lists, and what waits for translation."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    CharField,
    Exists,
    IntegerField,
    OuterRef,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Cast
from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import (
    GroupPagePermission,
    Page,
    Revision,
    TaskState,
    get_default_page_content_type,
)

from newsroom.core import editions
from newsroom.news.models import ArticlePage

from . import roles


def editions_user_can_write(
    user: AbstractBaseUser | AnonymousUser, request: HttpRequest | None = None
) -> list[editions.Edition]:
    """The editions under whose home page ``user`` may add pages, in edition order.

    One query for the homes (none more in the same ``request``, when given:
    the admin menu asks for every page); Wagtail caches the user's page
    permissions for the request.
    """
    homes = editions.homes(request)
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
    """Pages of ``user``'s editions that go live at a time still ahead, the latest scheduled first.

    "Their editions" are the ones they write in (see
    :func:`editions_user_can_write`). A scheduled publication is a revision
    with an approved go-live time (Wagtail's own meaning, the one its
    publisher job acts on). A time that has passed while the page still waits
    (the worker has not run since) is overdue, not scheduled: such pages are
    left out here, and the explorer and the page's editor call them
    "Overdue". Two queries (the homes, the pages) plus Wagtail's cached page
    permissions; the pages are found from the few approved revisions, so the
    cost does not grow with the editions' archives.
    """
    codes = [edition.code for edition in editions_user_can_write(user)]
    locale_ids = [pk for code in codes if (pk := editions.locale_id(code))]
    if not locale_ids:
        return []
    upcoming = Revision.page_revisions.filter(approved_go_live_at__gt=timezone.now())
    schedule = upcoming.filter(
        object_id=Cast(OuterRef("pk"), output_field=CharField())
    ).order_by("-created_at")
    pages = (
        Page.objects.filter(
            locale_id__in=locale_ids,
            pk__in=upcoming.values(
                page_id=Cast("object_id", output_field=IntegerField())
            ),
        )
        .annotate(
            go_live=Subquery(schedule.values("approved_go_live_at")[:1]),
            scheduled_at=Subquery(schedule.values("created_at")[:1]),
        )
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


# --- The translation desk ----------------------------------------------------

DESK_DAYS = 7
DESK_MAX_DAYS = 60
DESK_PAGE_SIZE = 25


@dataclass(frozen=True)
class DeskRow:
    """A story waiting for its translation into the desk's target edition.

    ``draft`` is the translation already begun there (not live), if any;
    ``also_in`` the other editions the story is live in, besides its own.
    """

    page: Page
    edition: editions.Edition
    section: Page | None
    authors: list[str]
    draft: Page | None
    also_in: list[editions.Edition]


def untranslated_stories(
    *, into: str, since: datetime, source: str | None = None
) -> QuerySet[Page]:
    """Live stories first published since ``since`` in editions other than
    ``into`` with no live translation in ``into``, newest first.

    ``source``: one edition's stories only. Without it a story live in several
    editions (an original and its translations) is listed once, by its
    earliest version of the period: the one to translate from.

    Cost: one query, paginated by the caller. It walks the publication-date
    index from the newest story and checks each one's translations through
    the (translation key, locale) index, so a page of results costs the same
    with 100 stories or 100,000; a period in which nearly everything is
    translated costs one index lookup per story of the period (hence the
    bounded ``days``).
    """
    target = editions.locale_id(into)
    codes = [code for code in editions.codes() if code != into]
    if source is not None:
        codes = [code for code in codes if code == source]
    sources = [pk for code in codes if (pk := editions.locale_id(code))]
    if target is None or not sources:
        return Page.objects.none()
    live_in_target = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale_id=target, live=True
    )
    stories = (
        Page.objects.filter(
            content_type=ContentType.objects.get_for_model(ArticlePage),
            live=True,
            first_published_at__gte=since,
            locale_id__in=sources,
        )
        .exclude(Exists(live_in_target))
        .order_by("-first_published_at")
    )
    if source is None and len(sources) > 1:
        earlier_version = Page.objects.filter(
            translation_key=OuterRef("translation_key"),
            locale_id__in=sources,
            live=True,
            first_published_at__gte=since,
            first_published_at__lt=OuterRef("first_published_at"),
        )
        stories = stories.exclude(Exists(earlier_version))
    return stories


def desk_rows(pages: list[Page], *, into: str) -> list[DeskRow]:
    """:class:`DeskRow` for ``pages`` (a page of :func:`untranslated_stories`).

    Three queries whatever the number of rows: the sections, the bylines,
    and every version of the stories (drafts in ``into`` with their owners,
    and the other editions they are live in).
    """
    if not pages:
        return []
    target = editions.locale_id(into)
    sections = Page.objects.in_bulk(
        {page.path[: -Page.steplen] for page in pages}, field_name="path"
    )
    bylines: dict[int, list[str]] = defaultdict(list)
    for page_id, name in (
        ArticlePage.authors.through.objects.filter(
            articlepage_id__in=[page.pk for page in pages]
        )
        .order_by("author__name")
        .values_list("articlepage_id", "author__name")
    ):
        bylines[page_id].append(name)
    drafts: dict[object, Page] = {}
    live_in: dict[object, list[Page]] = defaultdict(list)
    for version in Page.objects.filter(
        translation_key__in={page.translation_key for page in pages}
    ).select_related("owner"):
        if version.locale_id == target and not version.live:
            drafts[version.translation_key] = version
        elif version.live:
            live_in[version.translation_key].append(version)
    return [
        DeskRow(
            page=page,
            edition=editions.of_page(page),
            section=sections.get(page.path[: -Page.steplen]),
            authors=bylines[page.pk],
            draft=drafts.get(page.translation_key),
            also_in=[
                editions.of_page(version)
                for version in live_in[page.translation_key]
                if version.pk != page.pk and version.locale_id != target
            ],
        )
        for page in pages
    ]


@dataclass(frozen=True)
class Version:
    """One edition's place in a story's translations: the page there, or None."""

    edition: editions.Edition
    page: Page | None


def translations_of(page: Page) -> list[Version]:
    """Every configured edition, in order, with ``page``'s version there (or None).

    One query; the owners come with the pages.
    """
    by_locale = {
        version.locale_id: version
        for version in Page.objects.filter(
            translation_key=page.translation_key
        ).select_related("owner")
    }
    return [
        Version(edition=edition, page=by_locale.get(editions.locale_id(edition.code)))
        for edition in editions.listed()
    ]
