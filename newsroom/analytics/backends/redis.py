from collections.abc import Iterable
from datetime import UTC, datetime

import redis
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .base import BaseBackend
from .database import add_views, current_hour, stored_counts


class RedisBackend(BaseBackend):
    """Views counted in Redis, folded into the database's hourly buckets by a task.

    A view costs two Redis increments and no database write, so a story going
    viral does not queue writers on one database row. ``fold()`` (run every
    minute by the clock through the ``fold_view_counts`` task) moves the counts
    into the database. Totals shown to readers are the database's plus those not
    yet folded; for the instant between a fold's commit and its clean-up a
    count may read high by the folded amount.

    Keys: ``<prefix>:pending`` (hash "page_id:hour_timestamp" -> views) and
    ``<prefix>:pending-total`` (hash page_id -> views), renamed to
    ``<prefix>:folding*`` while a fold runs.
    """

    def __init__(self, *, url: str | None = None, prefix: str = "newsroom:views"):
        url = url or settings.REDIS_URL
        if not url:
            raise ImproperlyConfigured(
                "The Redis view counter needs REDIS_URL (or NEWSROOM_ANALYTICS['URL'])."
            )
        self.redis = redis.Redis.from_url(url)
        self.pending = f"{prefix}:pending"
        self.pending_total = f"{prefix}:pending-total"
        self.folding = f"{prefix}:folding"
        self.folding_total = f"{prefix}:folding-total"

    def record_view(self, *, page_id: int) -> None:
        hour = int(current_hour().timestamp())
        pipe = self.redis.pipeline(transaction=True)
        pipe.hincrby(self.pending, f"{page_id}:{hour}", 1)
        pipe.hincrby(self.pending_total, str(page_id), 1)
        pipe.execute()

    def view_counts(self, *, page_ids: Iterable[int]) -> dict[int, int]:
        page_ids = list(page_ids)
        counts = stored_counts(page_ids)
        fields = [str(p) for p in page_ids]
        pipe = self.redis.pipeline(transaction=False)
        pipe.hmget(self.pending_total, fields)
        pipe.hmget(self.folding_total, fields)
        pending, folding = pipe.execute()
        for page_id, a, b in zip(page_ids, pending, folding, strict=True):
            extra = int(a or 0) + int(b or 0)
            if extra:
                counts[page_id] = counts.get(page_id, 0) + extra
        return counts

    def fold(self) -> int:
        """Move counted views into the database; returns how many were moved."""
        # A fold that stopped after taking the counts aside left "folding"
        # behind: finish that one first.
        if not self.redis.exists(self.folding):
            if not self.redis.exists(self.pending):
                return 0
            # Take the pending counts aside atomically; new views start new hashes.
            pipe = self.redis.pipeline(transaction=True)
            pipe.rename(self.pending, self.folding)
            pipe.rename(self.pending_total, self.folding_total)
            pipe.execute()
        raw = self.redis.hgetall(self.folding)
        counts = {}
        for key, value in raw.items():
            page_id, hour = key.decode().split(":")
            counts[(int(page_id), datetime.fromtimestamp(int(hour), UTC))] = int(value)
        add_views(counts)
        self.redis.delete(self.folding, self.folding_total)
        return sum(counts.values())
