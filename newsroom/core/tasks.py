from django.core.management import call_command
from django_tasks import task

from . import page_cache


@task()
def publish_scheduled_pages() -> None:
    """Publish pages whose go-live time has come and unpublish expired ones."""
    call_command("publish_scheduled", verbosity=0)


@task()
def retry_pending_purges() -> int:
    """Apply purges that could not reach the cache when they were made."""
    return page_cache.retry_pending_purges()
