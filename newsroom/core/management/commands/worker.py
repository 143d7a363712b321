from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string
from django_tasks_db import DatabaseBackend
from django_tasks_rq import RQBackend


class Command(BaseCommand):
    help = (
        "Run background tasks with the worker of the configured queue: the "
        "database queue (django-tasks-db) or the Redis queue (RQ)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch", action="store_true", help="Run what is queued, then exit."
        )

    def handle(self, *args, batch=False, **options):
        backend = settings.TASKS["default"]["BACKEND"]
        backend_class = import_string(backend)
        if issubclass(backend_class, RQBackend):
            self.stdout.write("worker: Redis queue (RQ)")
            call_command(
                "rqworker", "default", job_class="django_tasks_rq.Job", burst=batch
            )
        elif issubclass(backend_class, DatabaseBackend):
            self.stdout.write("worker: database queue")
            call_command(
                "db_worker", batch=batch, startup_delay=not batch, reload=False
            )
        else:
            raise CommandError(
                f"The task backend {backend!r} runs tasks without a worker; set "
                "TASKS_BACKEND to django_tasks_db.DatabaseBackend or "
                "django_tasks_rq.RQBackend to use one."
            )
