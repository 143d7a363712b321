import logging

from apscheduler.schedulers.blocking import BlockingScheduler
from django.core.management.base import BaseCommand

from newsroom.analytics.tasks import fold_view_counts
from newsroom.core import tasks

logger = logging.getLogger("newsroom.core")


class Command(BaseCommand):
    help = (
        "Enqueue periodic jobs (scheduled publishing, ...) on the task queue. "
        "Run exactly one clock per installation; the workers do the work."
    )

    def handle(self, *args, **options):
        scheduler = BlockingScheduler(timezone="UTC")
        scheduler.add_job(
            tasks.publish_scheduled_pages.enqueue,
            "interval",
            minutes=1,
            id="publish_scheduled",
        )
        scheduler.add_job(
            fold_view_counts.enqueue, "interval", minutes=1, id="fold_views"
        )
        scheduler.add_job(
            tasks.retry_pending_purges.enqueue,
            "interval",
            minutes=1,
            id="retry_purges",
        )
        self.stdout.write(
            "clock: enqueueing scheduled publishing, view-count folding and "
            "postponed cache purges every minute"
        )
        try:
            scheduler.start()
        except (KeyboardInterrupt, SystemExit):
            self.stdout.write("clock: stopped")
