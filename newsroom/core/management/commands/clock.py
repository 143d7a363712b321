from apscheduler.schedulers.blocking import BlockingScheduler
from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from newsroom.core import clock


class Command(BaseCommand):
    help = (
        "Enqueue the periodic jobs of NEWSROOM_CLOCK_JOBS on the task queue. "
        "Run exactly one clock per installation; the workers do the work."
    )

    def handle(self, *args, **options):
        try:
            jobs = clock.jobs()
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc)) from exc
        scheduler = BlockingScheduler(timezone="UTC")
        for job in jobs:
            scheduler.add_job(
                job.task.enqueue, "interval", seconds=job.seconds, id=job.path
            )
        listed = ", ".join(f"{job.path} every {job.seconds} s" for job in jobs)
        self.stdout.write(f"clock: enqueueing {listed or 'nothing'}")
        try:
            scheduler.start()
        except (KeyboardInterrupt, SystemExit):
            self.stdout.write("clock: stopped")
