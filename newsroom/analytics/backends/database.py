from collections.abc import Iterable

from django.db import connection
from django.db.models import Sum
from django.utils import timezone

from ..models import PageViewBucket
from .base import BaseBackend

_UPSERT = (
    "INSERT INTO {table} (page_id, hour, views) VALUES (%s, %s, 1) "
    "ON CONFLICT (page_id, hour) DO UPDATE SET views = {table}.views + 1"
)


class DatabaseBackend(BaseBackend):
    """Hourly buckets in the site's own database, one atomic upsert per view.

    The upsert syntax is shared by SQLite (3.24+) and PostgreSQL. Concurrent
    views of one page in one hour contend for one row; at the traffic where
    that matters, use the Redis backend.
    """

    def record_view(self, *, page_id: int) -> None:
        hour = timezone.now().replace(minute=0, second=0, microsecond=0)
        table = connection.ops.quote_name(PageViewBucket._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                _UPSERT.format(table=table),
                [page_id, connection.ops.adapt_datetimefield_value(hour)],
            )

    def view_counts(self, *, page_ids: Iterable[int]) -> dict[int, int]:
        rows = (
            PageViewBucket.objects.filter(page_id__in=list(page_ids))
            .values("page_id")
            .annotate(total=Sum("views"))
            .values_list("page_id", "total")
        )
        return dict(rows)
