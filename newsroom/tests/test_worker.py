"""Scheduled publishing runs through the real task queue and the real worker process."""

import time

import pytest

from newsroom.testing import sites

SCHEDULE = """
from datetime import timedelta
from django.utils import timezone
from newsroom.news.models import ArticlePage
page = ArticlePage.objects.live().order_by("pk").first()
page.unpublish()
page.go_live_at = timezone.now() + timedelta(seconds=2)
page.save_revision().publish()
page.refresh_from_db()
assert not page.live, "scheduled, not yet live"
print(page.pk)
"""

ENQUEUE = """
from newsroom.core.tasks import publish_scheduled_pages
print(publish_scheduled_pages.enqueue().id)
"""

CHECK = """
from wagtail.models import Page
from newsroom.core.tasks import publish_scheduled_pages
result = publish_scheduled_pages.get_result("{task_id}")
print(result.status, Page.objects.get(pk={page_id}).live)
"""

EMPTY_RQ_QUEUE = """
import django_rq
django_rq.get_queue("default").empty()
"""

# The RQ test owns this Redis database: no other test site queues tasks there.
RQ_REDIS_URL = "redis://127.0.0.1:6379/13"


@pytest.mark.parametrize(
    "queue", ["django_tasks_db.DatabaseBackend", "django_tasks_rq.RQBackend"]
)
def test_worker_publishes_a_page_whose_time_has_come(tmp_path, site_template, queue):
    """Through the database queue and through the Redis queue (RQ)."""
    extra = {"TASKS_BACKEND": queue}
    if "rq" in queue:
        extra["REDIS_URL"] = RQ_REDIS_URL
    env = sites.site_env(tmp_path, template=site_template, **extra)
    if "rq" in queue:
        sites.shell(EMPTY_RQ_QUEUE, env)
    page_id = sites.shell(SCHEDULE, env)
    time.sleep(2.5)
    task_id = sites.shell(ENQUEUE, env)
    sites.manage("worker", "--batch", env=env)
    assert (
        sites.shell(CHECK.format(task_id=task_id, page_id=page_id), env)
        == "SUCCESSFUL True"
    )
