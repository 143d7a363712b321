import logging

from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_rq import RQBackend
from redis.exceptions import RedisError

logger = logging.getLogger("newsroom.core")


class ResilientRQBackend(RQBackend):
    """The Redis queue (RQ), which runs a task at once while Redis is unreachable.

    Wagtail enqueues a task on every page save (reference index, search
    index); with plain RQ and Redis down, a publish would commit and then
    answer 500. Running the task in the enqueuing process is slower but loses
    nothing, and the next enqueue after Redis returns goes to the queue again.
    """

    def __init__(self, alias: str, params: dict) -> None:
        super().__init__(alias, params)
        self._inline = ImmediateBackend(alias, params)

    def enqueue(self, task, args, kwargs):
        try:
            return super().enqueue(task, args, kwargs)
        except RedisError as exc:
            logger.warning(
                "Task queue unreachable (%s): running %s in this process",
                exc,
                task.module_path,
            )
            return self._inline.enqueue(task, args, kwargs)
