from collections.abc import Iterable, Mapping
from datetime import datetime

from django.db import connection, transaction
from django.db.models import Sum
from django.utils import timezone
from wagtail.models import Page

from ..models import PageViewBucket
from .base import BaseBackend

_UPSERT = (
    "INSERT INTO {table} (page_id, hour, views) VALUES (%s, %s, %s) "
    "ON CONFLICT (page_id, hour) DO UPDATE SET views = {table}.views + excluded.views"
)


def current_hour() -> datetime:
    return timezone.now().replace(minute=0, second=0, microsecond=0)


def add_views(
    counts: Mapping[tuple[int, datetime], int], *, check_pages: bool = True
) -> None:
    """Add ``counts`` of views to the hourly buckets, one atomic upsert per bucket.

    The upsert syntax is shared by SQLite (3.24+) and PostgreSQL. With
    ``check_pages``, views of pages deleted meanwhile are dropped (one query).
    """
    if not counts:
        return
    table = connection.ops.quote_name(PageViewBucket._meta.db_table)
    page_ids = {page_id for page_id, _ in counts}
    if check_pages:
        page_ids = set(
            Page.objects.filter(pk__in=page_ids).values_list("pk", flat=True)
        )
    # Rows in one order (page, hour) for every writer: two folds adding to
    # the same buckets then lock them in the same order and never deadlock.
    rows = [
        (page_id, connection.ops.adapt_datetimefield_value(hour), views)
        for (page_id, hour), views in sorted(counts.items())
        if page_id in page_ids
    ]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(_UPSERT.format(table=table), rows)


def stored_counts(page_ids: Iterable[int]) -> dict[int, int]:
    rows = (
        PageViewBucket.objects.filter(page_id__in=list(page_ids))
        .values("page_id")
        .annotate(total=Sum("views"))
        .values_list("page_id", "total")
    )
    return dict(rows)


class DatabaseBackend(BaseBackend):
    """Hourly buckets in the site's own database, one atomic upsert per view.

    Concurrent views of one page in one hour contend for one row; at the
    traffic where that matters, use the Redis backend.
    """

    def record_view(self, *, page_id: int) -> None:
        # The beacon view has just checked that the page is live.
        add_views({(page_id, current_hour()): 1}, check_pages=False)

    def view_counts(self, *, page_ids: Iterable[int]) -> dict[int, int]:
        return stored_counts(page_ids)
