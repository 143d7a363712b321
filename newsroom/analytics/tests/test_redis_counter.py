"""The Redis view counter: cheap increments, folded into the database buckets by a task."""

import os
import uuid

import pytest

from newsroom.analytics import backends
from newsroom.analytics.backends.redis import RedisBackend
from newsroom.analytics.models import PageViewBucket
from newsroom.analytics.tasks import fold_view_counts

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/14"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"


@pytest.fixture
def counter(settings):
    prefix = f"test-views-{uuid.uuid4().hex[:8]}"
    settings.NEWSROOM_ANALYTICS = {
        "BACKEND": "newsroom.analytics.backends.redis.RedisBackend",
        "URL": REDIS_URL,
        "PREFIX": prefix,
    }
    backends.get_backend.cache_clear()
    backend = backends.get_backend()
    assert isinstance(backend, RedisBackend)
    yield backend
    backend.redis.delete(
        backend.pending, backend.pending_total, backend.folding, backend.folding_total
    )
    backends.get_backend.cache_clear()


def hit(client, page_id):
    return client.post(
        "/analytics/hit/", {"page": str(page_id)}, headers={"user-agent": BROWSER}
    )


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
    assert not counter.redis.exists(counter.pending, counter.pending_total)
    assert counter.view_counts(page_ids=[article.pk]) == {article.pk: 4}
    # Views after a fold are added on top at the next fold.
    hit(client, article.pk)
    assert counter.view_counts(page_ids=[article.pk]) == {article.pk: 5}
    assert counter.fold() == 1
    assert PageViewBucket.objects.get(page_id=article.pk).views == 5
    assert counter.fold() == 0


def test_an_interrupted_fold_is_finished_by_the_next(client, counter, article):
    for _ in range(2):
        hit(client, article.pk)
    # A fold that stopped right after setting the counts aside.
    counter.redis.rename(counter.pending, counter.folding)
    counter.redis.rename(counter.pending_total, counter.folding_total)
    hit(client, article.pk)
    assert counter.view_counts(page_ids=[article.pk]) == {article.pk: 3}
    assert counter.fold() == 2
    assert counter.fold() == 1
    assert PageViewBucket.objects.get(page_id=article.pk).views == 3


def test_views_of_deleted_pages_are_dropped_at_fold(client, counter, article):
    hit(client, article.pk)
    article.delete()
    assert counter.fold() == 1
    assert not PageViewBucket.objects.exists()
