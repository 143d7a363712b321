"""Where a page stands with Wagtail's scheduled publishing, in plain words.

Wagtail puts a page on the schedule only by approving a go-live time on one
of its revisions (``Revision.approved_go_live_at``): "Publish" with a future
go-live time does it, and so does an editor's approval of a submitted story.
The worker's scheduled-publishing job publishes that revision when its time
comes, and clears the time. A go-live time that is only saved with a draft
("Save draft" after "Set schedule") does nothing at all, though Wagtail's
status panel lists it ("Once scheduled: Go-live ..."), which editors read as
scheduled. So the newsroom tells three states apart:

- *scheduled*: an approved go-live time still ahead;
- *overdue*: an approved go-live time that has passed while the revision is
  still waiting (the worker has not run since): never "scheduled";
- *not scheduled*: a future go-live time saved with a draft only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from django.utils import timezone
from wagtail.models import Revision

Kind = Literal["scheduled", "overdue", "unscheduled"]
SCHEDULED: Kind = "scheduled"
OVERDUE: Kind = "overdue"
UNSCHEDULED: Kind = "unscheduled"


@dataclass(frozen=True)
class Schedule:
    """A page's go-live time and what it means (see the module's docstring)."""

    kind: Kind
    at: datetime

    @property
    def is_scheduled(self) -> bool:
        return self.kind == SCHEDULED

    @property
    def is_overdue(self) -> bool:
        return self.kind == OVERDUE

    @property
    def is_unscheduled(self) -> bool:
        return self.kind == UNSCHEDULED


def schedule_of(
    *,
    approved_go_live_at: datetime | None,
    draft_go_live_at: datetime | None,
    now: datetime | None = None,
) -> Schedule | None:
    """The schedule of a page whose approved and draft go-live times are given.

    ``approved_go_live_at`` is the page's scheduled revision's (None when
    nothing is scheduled); ``draft_go_live_at`` the go-live time saved with its
    latest draft, when the caller knows it. A draft's time that has passed is
    no schedule at all: publishing puts the page live at once.
    """
    now = now or timezone.now()
    if approved_go_live_at is not None:
        kind = SCHEDULED if approved_go_live_at > now else OVERDUE
        return Schedule(kind, approved_go_live_at)
    if draft_go_live_at is not None and draft_go_live_at > now:
        return Schedule(UNSCHEDULED, draft_go_live_at)
    return None


def approved_go_live_times(page_ids: Iterable[int]) -> dict[int, datetime]:
    """The approved go-live time of each of ``page_ids`` that has one.

    One query (none for no ids), on the revisions' object index. Wagtail keeps
    at most one approved time per page.
    """
    keys = [str(pk) for pk in page_ids]
    if not keys:
        return {}
    return {
        int(object_id): at
        for object_id, at in Revision.page_revisions.filter(
            object_id__in=keys, approved_go_live_at__isnull=False
        ).values_list("object_id", "approved_go_live_at")
    }


def pages_going_live_between(
    start: datetime | None, stop: datetime | None
) -> list[int]:
    """Ids of the pages with an approved go-live time from ``start`` to ``stop``.

    Either bound may be None (open). One query over the revisions that carry
    an approved time.
    """
    revisions = Revision.page_revisions.filter(approved_go_live_at__isnull=False)
    if start is not None:
        revisions = revisions.filter(approved_go_live_at__gte=start)
    if stop is not None:
        revisions = revisions.filter(approved_go_live_at__lte=stop)
    return [int(pk) for pk in revisions.values_list("object_id", flat=True)]
