import logging
import time
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import redis
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction
from django.utils import timezone

from ..models import ViewFold
from .base import BaseBackend
from .database import add_views, current_hour, stored_counts

logger = logging.getLogger("newsroom.analytics")

# Atomically set the pending counts aside under a batch name of their own, so
# two folds running at once never take the same views. New views start new
# pending hashes. Returns 1 when there was something to take.
CLAIM = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RENAME', KEYS[1], KEYS[4])
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('RENAME', KEYS[2], KEYS[5]) end
redis.call('SADD', KEYS[3], ARGV[1])
return 1
"""
FOLD_RECORDS_KEPT = timedelta(days=2)


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


class RedisBackend(BaseBackend):
    """Views counted in Redis, folded into the database's hourly buckets by a task.

    A view costs two Redis increments and no database write, so a story going
    viral does not queue writers on one database row. ``fold()`` (run every
    minute by the clock through the ``fold_view_counts`` task) moves the counts
    into the database, exactly once: each batch is named, and the name is
    written with its counts in one transaction (``ViewFold``). Totals shown to
    readers are the database's plus those not yet folded; for the instant
    between a fold's commit and its clean-up a count may read high by the
    folded amount.

    While Redis is unreachable, views go straight to the database (as with the
    database backend) and totals come from the database alone; a warning is
    logged, and Redis is used again as soon as it answers.

    Keys: ``<prefix>:pending`` (hash "page_id:hour_timestamp" -> views),
    ``<prefix>:pending-total`` (hash page_id -> views), and per batch being
    folded ``<prefix>:folding:<batch>`` / ``<prefix>:folding-total:<batch>``,
    listed in the set ``<prefix>:batches``.
    """

    def __init__(
        self,
        *,
        url: str | None = None,
        prefix: str = "newsroom:views",
        timeout: float = 0.5,
        retry_after: float = 5,
    ):
        url = url or settings.REDIS_URL
        if not url:
            raise ImproperlyConfigured(
                "The Redis view counter needs REDIS_URL (or NEWSROOM_ANALYTICS['URL'])."
            )
        self.redis = redis.Redis.from_url(
            url, socket_connect_timeout=timeout, socket_timeout=timeout
        )
        self.prefix = prefix
        self.pending = f"{prefix}:pending"
        self.pending_total = f"{prefix}:pending-total"
        self.batches = f"{prefix}:batches"
        self._claim = self.redis.register_script(CLAIM)
        self._warned_at = 0.0
        self._down_until = 0.0
        self.retry_after = retry_after

    def folding(self, batch: str) -> str:
        return f"{self.prefix}:folding:{batch}"

    def folding_total(self, batch: str) -> str:
        return f"{self.prefix}:folding-total:{batch}"

    def _unreachable(self, exc: Exception) -> None:
        now = time.monotonic()
        # Work without Redis for a while: a hung Redis would otherwise cost
        # every beacon a full timeout.
        self._down_until = now + self.retry_after
        if now - self._warned_at > 60:
            self._warned_at = now
            logger.warning(
                "Redis unreachable for view counts (%s): using the database", exc
            )

    def _skipping(self) -> bool:
        return time.monotonic() < self._down_until

    def record_view(self, *, page_id: int) -> None:
        hour = current_hour()
        if self._skipping():
            add_views({(page_id, hour): 1}, check_pages=False)
            return
        pipe = self.redis.pipeline(transaction=True)
        pipe.hincrby(self.pending, f"{page_id}:{int(hour.timestamp())}", 1)
        pipe.hincrby(self.pending_total, str(page_id), 1)
        try:
            pipe.execute()
        except redis.RedisError as exc:
            self._unreachable(exc)
            add_views({(page_id, hour): 1}, check_pages=False)

    def view_counts(self, *, page_ids: Iterable[int]) -> dict[int, int]:
        page_ids = list(page_ids)
        counts = stored_counts(page_ids)
        if self._skipping():
            return counts
        fields = [str(p) for p in page_ids]
        try:
            batches = [_text(b) for b in self.redis.smembers(self.batches)]
            pipe = self.redis.pipeline(transaction=False)
            pipe.hmget(self.pending_total, fields)
            for batch in batches:
                pipe.hmget(self.folding_total(batch), fields)
            rows = pipe.execute()
        except redis.RedisError as exc:
            self._unreachable(exc)
            return counts
        for row in rows:
            for page_id, value in zip(page_ids, row, strict=True):
                if value:
                    counts[page_id] = counts.get(page_id, 0) + int(value)
        return counts

    def fold(self) -> int:
        """Move counted views into the database; returns how many were moved."""
        try:
            batch = uuid.uuid4().hex
            self._claim(
                keys=[
                    self.pending,
                    self.pending_total,
                    self.batches,
                    self.folding(batch),
                    self.folding_total(batch),
                ],
                args=[batch],
            )
            # Batches left by folds that stopped half-way are finished here too.
            batches = sorted(_text(b) for b in self.redis.smembers(self.batches))
            moved = sum(self._fold_batch(b) for b in batches)
        except redis.RedisError as exc:
            self._unreachable(exc)
            return 0
        ViewFold.objects.filter(
            folded_at__lt=timezone.now() - FOLD_RECORDS_KEPT
        ).delete()
        return moved

    def _fold_batch(self, batch: str) -> int:
        raw = self.redis.hgetall(self.folding(batch))
        counts = {}
        for key, value in raw.items():
            page_id, hour = _text(key).split(":")
            counts[(int(page_id), datetime.fromtimestamp(int(hour), UTC))] = int(value)
        moved = sum(counts.values())
        try:
            with transaction.atomic():
                ViewFold.objects.create(batch=batch)
                add_views(counts)
        except IntegrityError:
            moved = 0  # another fold added this batch already
        pipe = self.redis.pipeline(transaction=True)
        pipe.delete(self.folding(batch), self.folding_total(batch))
        pipe.srem(self.batches, batch)
        pipe.execute()
        return moved
