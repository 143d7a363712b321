"""The periodic jobs the clock process enqueues, from ``NEWSROOM_CLOCK_JOBS``.

Each app owns its periodic tasks; the setting lists which run and how often,
so the clock imports no app by name.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string
from django_tasks.base import Task

EXAMPLE = '("newsroom.core.tasks.publish_scheduled_pages", 60)'


@dataclass(frozen=True)
class Job:
    path: str
    task: Task
    seconds: int


def jobs() -> list[Job]:
    """The jobs of ``settings.NEWSROOM_CLOCK_JOBS``, each task loaded.

    Raises ImproperlyConfigured, naming the setting and the entry, when an
    entry is not a (dotted path of a task, seconds) pair: the clock fails at
    start rather than a minute later in a job that never runs.
    """
    loaded = []
    for entry in settings.NEWSROOM_CLOCK_JOBS:
        try:
            path, seconds = entry
        except (TypeError, ValueError):
            raise ImproperlyConfigured(
                f"NEWSROOM_CLOCK_JOBS has the entry {entry!r}; each entry is "
                f"(dotted path of a task, interval in seconds), e.g. {EXAMPLE}."
            ) from None
        try:
            task = import_string(path)
        except ImportError as exc:
            raise ImproperlyConfigured(
                f"NEWSROOM_CLOCK_JOBS lists {path!r}, which cannot be imported "
                f"({exc}). Fix the dotted path or remove the entry "
                "(newsroom/settings/base.py)."
            ) from exc
        if not isinstance(task, Task):
            raise ImproperlyConfigured(
                f"NEWSROOM_CLOCK_JOBS lists {path!r}, which is not a task. "
                "List functions decorated with django_tasks' @task()."
            )
        if type(seconds) is not int or seconds <= 0:
            raise ImproperlyConfigured(
                f"NEWSROOM_CLOCK_JOBS gives {path!r} the interval {seconds!r}; "
                "give a whole number of seconds above 0."
            )
        loaded.append(Job(path=path, task=task, seconds=seconds))
    return loaded
