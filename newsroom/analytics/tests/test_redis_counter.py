"""The Redis view counter: cheap increments, folded into the database buckets by a task."""

import os
import threading
import time
import traceback
import uuid

import pytest
from django.db import OperationalError, connection, transaction
from django.db.models import Sum
from wagtail.models import Locale, Page

from newsroom.analytics import backends
from newsroom.analytics.backends.database import add_views, current_hour
from newsroom.analytics.backends.redis import RedisBackend
from newsroom.analytics.models import PageViewBucket, ViewFold
from newsroom.analytics.tasks import fold_view_counts
from newsroom.core import editions
from newsroom.testing import sites

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/14"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"


def use_counter(settings, url: str) -> RedisBackend:
    """Make a Redis counter at ``url``, with a key prefix of its own, the site's counter."""
    settings.NEWSROOM_ANALYTICS = {
        "BACKEND": "newsroom.analytics.backends.redis.RedisBackend",
        "URL": url,
        "PREFIX": f"test-views-{uuid.uuid4().hex[:8]}",
    }
    backends.get_backend.cache_clear()
    backend = backends.get_backend()
    assert isinstance(backend, RedisBackend)
    return backend


def redis_keys(backend: RedisBackend) -> list[bytes]:
    return sorted(backend.redis.scan_iter(match=f"{backend.prefix}:*"))


@pytest.fixture
def counter(settings):
    backend = use_counter(settings, REDIS_URL)
    yield backend
    for key in redis_keys(backend):
        backend.redis.delete(key)
    backends.get_backend.cache_clear()


@pytest.fixture
def unreachable_counter(settings):
    """A Redis counter whose Redis is a loopback port where nothing listens."""
    backend = use_counter(settings, f"redis://127.0.0.1:{sites.free_port()}/0")
    yield backend
    backends.get_backend.cache_clear()


@pytest.fixture
def own_pages(transactional_db):
    """Ids of two pages made for the test.

    Tests with real transactions cannot count on the demo newsroom: the first
    of them empties the database when it ends.
    """
    locale, _ = Locale.objects.get_or_create(language_code=editions.default().code)
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    return [
        root.add_child(
            instance=Page(
                title=f"Counted {n}", slug=f"counted-{uuid.uuid4().hex}", locale=locale
            )
        ).pk
        for n in range(2)
    ]


def hit(client, page_id):
    return client.post(
        "/analytics/hit/", {"page": str(page_id)}, headers={"user-agent": BROWSER}
    )


def views_in_database(**filters) -> int:
    total = PageViewBucket.objects.filter(**filters).aggregate(total=Sum("views"))
    return total["total"] or 0


def claim(backend: RedisBackend, batch: str) -> None:
    """What a fold does first: set the pending counts aside as a named batch."""
    backend.redis.rename(backend.pending, backend.folding(batch))
    backend.redis.rename(backend.pending_total, backend.folding_total(batch))
    backend.redis.sadd(backend.batches, batch)


def test_views_count_in_redis_before_any_database_write(
    client, counter, article, section
):
    other = section.get_children().exclude(pk=article.pk).first()
    for _ in range(3):
        assert hit(client, article.pk).status_code == 204
    hit(client, other.pk)
    assert not PageViewBucket.objects.exists()
    data = client.get("/analytics/counts/", {"ids": f"{article.pk},{other.pk}"}).json()
    assert data == {"views": {str(article.pk): 3, str(other.pk): 1}}


def test_fold_moves_counts_into_the_database_and_totals_stay_the_same(
    client, counter, article
):
    for _ in range(4):
        hit(client, article.pk)
    result = fold_view_counts.enqueue()
    assert result.return_value == 4
    assert PageViewBucket.objects.get(page_id=article.pk).views == 4
    assert redis_keys(counter) == []
    assert counter.view_counts(page_ids=[article.pk]) == {article.pk: 4}
    # Views after a fold are added on top at the next fold.
    hit(client, article.pk)
    assert counter.view_counts(page_ids=[article.pk]) == {article.pk: 5}
    assert counter.fold() == 1
    assert PageViewBucket.objects.get(page_id=article.pk).views == 5
    assert counter.fold() == 0


def test_an_interrupted_fold_is_finished_by_the_next_and_a_finished_one_not_repeated(
    client, counter, article
):
    """A batch claimed by a fold that stopped before its database write is added
    once by the next fold; a batch whose database write committed (the fold
    stopped before cleaning Redis up) is not added again."""
    for _ in range(2):
        hit(client, article.pk)
    # A fold that stopped right after setting the counts aside.
    claim(counter, "stopped-before-the-database")
    assert counter.view_counts(page_ids=[article.pk]) == {article.pk: 2}

    for _ in range(3):
        hit(client, article.pk)
    # A fold that committed its batch, then stopped before the Redis clean-up.
    claim(counter, "stopped-after-the-database")
    with transaction.atomic():
        ViewFold.objects.create(batch="stopped-after-the-database")
        add_views({(article.pk, current_hour()): 3})

    hit(client, article.pk)
    assert counter.fold() == 2 + 1
    assert views_in_database(page_id=article.pk) == 6
    assert counter.view_counts(page_ids=[article.pk]) == {article.pk: 6}
    assert redis_keys(counter) == []
    assert counter.fold() == 0
    assert views_in_database(page_id=article.pk) == 6


def wait_while_locked(execute, sql, params, many, context):
    """Retry a statement that finds the database locked, for up to 10 s.

    What the site's SQLite file does (its busy timeout); SQLite's shared
    in-memory test database fails such a statement at once instead.
    """
    deadline = time.monotonic() + 10
    while True:
        try:
            return execute(sql, params, many, context)
        except OperationalError as exc:
            locked = context["connection"].vendor == "sqlite" and "is locked" in str(
                exc
            )
            if not locked or time.monotonic() > deadline:
                raise
            time.sleep(0.001)


@pytest.mark.django_db(transaction=True)
def test_folds_running_at_once_count_every_view_exactly_once(counter, own_pages):
    """Two folds started together, while views keep coming, for forty rounds:
    the database ends with exactly the views recorded, none twice, none lost."""
    pages = own_pages
    recorded = 0
    moved = []
    errors = []

    def in_thread(work, barrier, delay=0.0):
        def run():
            try:
                with connection.execute_wrapper(wait_while_locked):
                    barrier.wait(timeout=10)
                    time.sleep(delay)
                    work()
            except Exception:  # reported by the main thread
                errors.append(traceback.format_exc())
            finally:
                connection.close()

        return threading.Thread(target=run)

    def fold():
        moved.append(counter.fold())

    def record_during_folds():
        for n in range(10):
            counter.record_view(page_id=pages[n % 2])
            time.sleep(0.002)

    for round_ in range(40):
        for n in range(5 + round_):
            counter.record_view(page_id=pages[n % 2])
        recorded += 5 + round_ + 10
        barrier = threading.Barrier(3)
        # The second fold starts 0 to 19 ms after the first (twice over), so
        # that it meets the first at every step: claiming, adding, cleaning up.
        threads = [
            in_thread(fold, barrier),
            in_thread(fold, barrier, delay=0.001 * (round_ % 20)),
            in_thread(record_during_folds, barrier),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert not any(thread.is_alive() for thread in threads), "a fold hung"
        assert errors == [], "\n".join(errors)
    # Views recorded while the last folds ran are folded now.
    moved.append(counter.fold())

    assert views_in_database(page_id__in=pages) == recorded
    assert sum(moved) == recorded
    assert counter.view_counts(page_ids=pages) == {
        page_id: views_in_database(page_id=page_id) for page_id in pages
    }
    assert redis_keys(counter) == []


@pytest.mark.django_db(transaction=True)
def test_two_folds_adding_to_the_same_buckets_at_once_both_succeed(counter, own_pages):
    """Two batches with views of the same pages and hours, each listing them in
    its own order, folded at the same moment: neither fold fails (for instance
    aborted by PostgreSQL as a deadlock) and every view is added once.

    On PostgreSQL both upserts start together (a barrier right before them);
    SQLite runs one write transaction at a time, so there they follow each other.
    """
    pages = own_pages
    hour = int(current_hour().timestamp())
    buckets = [f"{page}:{hour - 3600 * n}" for n in range(50) for page in pages]
    # Redis lists a small hash's fields in the order they were added.
    for batch, order in (("first", buckets), ("second", buckets[::-1])):
        for field in order:
            counter.redis.hincrby(counter.pending, field, 1)
            counter.redis.hincrby(counter.pending_total, field.split(":")[0], 1)
        claim(counter, batch)
    together = connection.vendor == "postgresql"
    barrier = threading.Barrier(2)
    errors = []

    def upsert_together(execute, sql, params, many, context):
        if together and many and PageViewBucket._meta.db_table in sql:
            barrier.wait(timeout=10)
        return execute(sql, params, many, context)

    def fold_batch(batch):
        try:
            with (
                connection.execute_wrapper(wait_while_locked),
                connection.execute_wrapper(upsert_together),
            ):
                counter._fold_batch(batch)
        except Exception:  # reported by the main thread
            errors.append(traceback.format_exc())
        finally:
            connection.close()

    threads = [
        threading.Thread(target=fold_batch, args=(b,)) for b in ("first", "second")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads), "a fold hung"
    counter.fold()  # finishes a batch whose fold failed, if one did
    assert views_in_database(page_id__in=pages) == 2 * len(buckets)
    assert errors == [], "\n".join(errors)


def test_an_unreachable_redis_counts_views_in_the_database(
    client, unreachable_counter, article
):
    """Views go to the database and totals come from it; nothing raises."""
    before = views_in_database(page_id=article.pk)
    unreachable_counter.record_view(page_id=article.pk)
    assert views_in_database(page_id=article.pk) == before + 1
    assert unreachable_counter.view_counts(page_ids=[article.pk]) == {
        article.pk: before + 1
    }
    # Through the site too: the beacon and the totals readers see.
    assert hit(client, article.pk).status_code == 204
    data = client.get("/analytics/counts/", {"ids": str(article.pk)}).json()
    assert data == {"views": {str(article.pk): before + 2}}
    assert unreachable_counter.fold() == 0


def test_views_of_deleted_pages_are_dropped_at_fold(client, counter, article):
    hit(client, article.pk)
    article.delete()
    assert counter.fold() == 1
    assert not PageViewBucket.objects.exists()
