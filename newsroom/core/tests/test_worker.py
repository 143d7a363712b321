"""Scheduled publishing runs through the real task queue and the real worker process."""

import subprocess
import sys
import time

from newsroom.core import testing

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
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page
result = DBTaskResult.objects.get(id="{task_id}")
print(result.status, Page.objects.get(pk={page_id}).live)
"""


def test_worker_publishes_a_page_whose_time_has_come(tmp_path):
    env = testing.site_env(tmp_path, TASKS_BACKEND="django_tasks_db.DatabaseBackend")
    testing.manage("migrate", "--no-input", env=env)
    testing.manage("seed_demo", "--per-section", "1", env=env)
    page_id = testing.shell(SCHEDULE, env)
    time.sleep(2.5)
    task_id = testing.shell(ENQUEUE, env)
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
        ],
        cwd=testing.BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert (
        testing.shell(CHECK.format(task_id=task_id, page_id=page_id), env)
        == "SUCCESSFUL True"
    )
