"""The clock enqueues the jobs the NEWSROOM_CLOCK_JOBS setting lists, and refuses to
start on a setting it cannot run."""

import io

import pytest
from apscheduler.schedulers.blocking import BlockingScheduler
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command

from newsroom.core import clock, tasks


@pytest.fixture
def scheduled(monkeypatch):
    """The jobs the clock handed to its scheduler; the scheduler never blocks."""
    found = []

    def start(scheduler, *args, **kwargs):
        found.extend(scheduler.get_jobs())
        raise KeyboardInterrupt

    monkeypatch.setattr(BlockingScheduler, "start", start)
    return found


def run_clock() -> str:
    out = io.StringIO()
    call_command("clock", stdout=out)
    return out.getvalue()


def test_jobs_are_built_from_the_setting(settings):
    settings.NEWSROOM_CLOCK_JOBS = [
        ("newsroom.core.tasks.publish_scheduled_pages", 60),
        ("newsroom.core.tasks.retry_pending_purges", 300),
    ]
    assert [(job.task, job.seconds) for job in clock.jobs()] == [
        (tasks.publish_scheduled_pages, 60),
        (tasks.retry_pending_purges, 300),
    ]


def test_every_shipped_job_is_a_task():
    """The installation's own list loads: a renamed task fails here, not in production."""
    assert [job.path for job in clock.jobs()] == [
        path for path, _ in settings.NEWSROOM_CLOCK_JOBS
    ]


def test_the_clock_schedules_and_names_each_listed_job(settings, scheduled):
    settings.NEWSROOM_CLOCK_JOBS = [
        ("newsroom.core.tasks.publish_scheduled_pages", 60),
        ("newsroom.core.tasks.retry_pending_purges", 120),
    ]
    output = run_clock()
    assert (
        "clock: enqueueing newsroom.core.tasks.publish_scheduled_pages every 60 s, "
        "newsroom.core.tasks.retry_pending_purges every 120 s"
    ) in output
    assert "clock: stopped" in output
    assert [(job.id, job.trigger.interval.total_seconds()) for job in scheduled] == [
        ("newsroom.core.tasks.publish_scheduled_pages", 60),
        ("newsroom.core.tasks.retry_pending_purges", 120),
    ]
    assert scheduled[0].func == tasks.publish_scheduled_pages.enqueue


@pytest.mark.parametrize(
    "entry, says",
    [
        (("newsroom.core.tasks.no_such_task", 60), "cannot be imported"),
        (("newsroom.no_such_app.tasks.fold", 60), "cannot be imported"),
        (("newsroom.core.clock.jobs", 60), "is not a task"),
        (("newsroom.core.tasks.publish_scheduled_pages", 0), "above 0"),
        (("newsroom.core.tasks.publish_scheduled_pages", "60"), "above 0"),
        ("newsroom.core.tasks.publish_scheduled_pages", "each entry is"),
    ],
)
def test_a_wrong_entry_stops_the_clock_at_start_saying_how_to_fix_it(
    settings, scheduled, entry, says
):
    settings.NEWSROOM_CLOCK_JOBS = [entry]
    with pytest.raises(CommandError) as error:
        run_clock()
    assert "NEWSROOM_CLOCK_JOBS" in str(error.value)
    assert says in str(error.value)
    assert scheduled == []
    with pytest.raises(ImproperlyConfigured):
        clock.jobs()
