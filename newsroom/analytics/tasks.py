from django_tasks import task

from .backends import get_backend


@task()
def fold_view_counts() -> int:
    """Move view counts buffered by the counter backend (Redis) into the database."""
    return get_backend().fold()
