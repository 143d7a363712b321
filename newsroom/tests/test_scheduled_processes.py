"""Scheduled publishing, expiry, feed polling and Telegram posting run on their
own, with the processes operators run.

The Procfile's ``web`` (granian, production settings, HTTPS), ``worker`` and
``clock``, on a site of their own: nobody calls a task or a command. A story
scheduled a few seconds ahead shows on its edition's home page and feed, and
a story whose expiry time comes leaves them, served by the production server
through its page cache: so the clock enqueued the job, the worker ran it, and
the purges reached the web server. The same worker posts the story to the
edition's Telegram channel when it goes live, and a feed Source is polled
into drafts by the clock and worker.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from newsroom.core import editions
from newsroom.testing import processes, sites
from newsroom.testing.peers import Answer, FakeBotAPI, WebServer

# The clock's interval for publishing here; operators keep the default minute.
INTERVAL_SECONDS = 2
# Time for the test to read the pages before the stories' time comes.
LEAD_SECONDS = 15
# From that time until the change must show: a clock interval, the worker's
# poll, the job itself, and room for a busy machine.
DEADLINE_SECONDS = 45

SCHEDULE = """
import json
from datetime import timedelta
from django.contrib.auth import get_user_model
from django.utils import timezone
from newsroom.core import editions
from newsroom.news.models import ArticlePage, SectionPage

home = editions.home("{code}")
editor = get_user_model().objects.get(username="editor-{code}")
section = SectionPage.objects.child_of(home).live().order_by("path").first()
expiring = (
    ArticlePage.objects.child_of(section).live().order_by("-first_published_at").first()
)
when = timezone.now() + timedelta(seconds={lead})

# What the admin's "Publish" does with a go-live time set: the revision is
# approved for that time and the story stays a draft until then.
story = ArticlePage(title="Ferry timetable changes from Monday", lead="A lead.")
section.add_child(instance=story)
story.go_live_at = when
story.save_revision(user=editor).publish(user=editor)
story.refresh_from_db()
assert not story.live and story.revisions.get().approved_go_live_at == when

# An expiry time on a live story, published like any edit.
expiring.expire_at = when
expiring.save_revision(user=editor).publish(user=editor)
expiring.refresh_from_db()
assert expiring.live and expiring.expire_at == when

print(json.dumps({{
    "when": when.timestamp(),
    "scheduled": story.get_url(),
    "expiring": expiring.get_url(),
}}))
"""


@dataclass
class Site:
    base_url: str
    env: dict[str, str]
    running: list[processes.Process]

    def get(self, path: str) -> tuple[str, str | None]:
        """The body of ``path`` and whether the page cache served it."""
        with urllib.request.urlopen(
            self.base_url + path, timeout=10, context=processes.unverified_tls()
        ) as response:
            return response.read().decode(), response.headers.get("X-Page-Cache")

    def logs(self) -> str:
        return "\n".join(process.output() for process in self.running)


# The edition whose stories the tests schedule, and its Telegram channel.
EDITION = editions.listed()[-1]
CHANNEL = "@scheduled_news"


@pytest.fixture(scope="module")
def peers() -> Iterator[tuple[WebServer, FakeBotAPI]]:
    """A news agency's web server and Telegram's Bot API, both in this process."""
    with WebServer() as web, FakeBotAPI() as bot:
        yield web, bot


@pytest.fixture(scope="module")
def site(tmp_path_factory, site_template, peers) -> Iterator[Site]:
    """A copy of the demo site served by the Procfile's web, worker and clock."""
    tmp_path = tmp_path_factory.mktemp("scheduled")
    _web, bot = peers
    port = sites.free_port()
    env = processes.production_env(
        sites.site_env(
            tmp_path,
            template=site_template,
            BASE_URL=f"https://{processes.HOST}:{port}",
            SCHEDULED_PUBLISHING_SECONDS=str(INTERVAL_SECONDS),
            INGEST_CHECK_SECONDS=str(INTERVAL_SECONDS),
            # The agency's server is this test, on 127.0.0.1.
            INGEST_ALLOW_PRIVATE_ADDRESSES="1",
            TELEGRAM_API_URL=bot.url,
            TELEGRAM_BOT_TOKEN="42:scheduled",
            PAGE_CACHE_SECONDS="300",
        )
        | {f"TELEGRAM_CHANNEL_{EDITION.code.upper()}": CHANNEL},
        static_root=tmp_path / "static",
    )
    processes.collect_static(env)
    logs = tmp_path / "logs"
    # One web worker: each worker keeps its own copy of a page (without
    # Redis), and a second one that never cached the home page would show
    # the new story with no purge at all.
    with (
        processes.web(env, port=port, log_dir=logs, workers=1) as (base_url, web),
        processes.run("worker", env, log_dir=logs) as worker,
        processes.run("clock", env, log_dir=logs) as clock,
    ):
        yield Site(base_url=base_url, env=env, running=[web, worker, clock])


def wait_for(site: Site, what: str, check: Callable[[], bool], *, when: float) -> None:
    """Poll ``check`` until it holds, failing with the processes' output.

    ``when`` is the stories' time (a Unix time); the change may take up to
    DEADLINE_SECONDS after it.
    """
    deadline = time.monotonic() + (when - time.time()) + DEADLINE_SECONDS
    while not check():
        stopped = [p.name for p in site.running if not p.running()]
        if stopped or time.monotonic() > deadline:
            pytest.fail(
                f"{what}: not within {DEADLINE_SECONDS} s of its time "
                f"(stopped: {stopped or 'none'})\n{site.logs()}"
            )
        time.sleep(0.5)


def test_a_scheduled_story_goes_live_and_an_expired_one_comes_down(site, peers):
    """On the edition's home page and feed, within seconds, with nobody acting;
    in the edition's Telegram channel too."""
    _web, bot = peers
    edition = EDITION
    home, feed = edition.prefix, edition.prefix + "rss/"
    planned = json.loads(
        sites.shell(
            SCHEDULE.format(code=edition.code, lead=LEAD_SECONDS), site.env
        ).splitlines()[-1]
    )
    scheduled, expiring = planned["scheduled"], planned["expiring"]

    # Both pages are in the page cache, kept there for PAGE_CACHE_SECONDS
    # (far longer than this test): only the worker's purges can change them.
    for path in (home, feed):
        site.get(path)
        body, state = site.get(path)
        assert state == "hit", path
        assert scheduled not in body, f"{path} shows the story before its time"
        assert expiring in body, f"{path} should show the story that expires"
    assert time.time() < planned["when"], "LEAD_SECONDS is too short for this machine"

    def settled(path: str) -> Callable[[], bool]:
        def check() -> bool:
            body, _ = site.get(path)
            return scheduled in body and expiring not in body

        return check

    wait_for(
        site,
        f"{home} with the scheduled story, without the expired",
        settled(home),
        when=planned["when"],
    )
    assert time.time() >= planned["when"], "the stories changed before their time"
    wait_for(
        site,
        f"{feed} with the scheduled story, without the expired",
        settled(feed),
        when=planned["when"],
    )
    assert "Ferry timetable changes from Monday" in site.get(scheduled)[0]
    with pytest.raises(urllib.error.HTTPError) as gone:
        site.get(expiring)
    assert gone.value.code == 404

    # Telegram: the scheduled story was posted when it went live, once; the
    # expiring one, published long before, was not posted by its edit.
    def posted() -> bool:
        return any("Ferry timetable" in str(c.data) for c in bot.sent())

    wait_for(site, "the Telegram message", posted, when=planned["when"])
    [call] = bot.sent()
    assert call.method == "sendPhoto" or call.method == "sendMessage"
    assert call.data["chat_id"] == CHANNEL
    assert scheduled in str(call.data)


SOURCE = """
from newsroom.core import editions
from newsroom.ingest.models import Source
from newsroom.news.models import SectionPage
section = SectionPage.objects.child_of(editions.home("{code}")).order_by("path").first()
Source.objects.create(
    name="Agency", address="{address}", section=section, source_line="Agency",
    poll_minutes=1,
)
"""
DRAFTS = """
from newsroom.ingest.models import IngestedItem
print(sorted(IngestedItem.objects.filter(source__name="Agency").values_list("page__title", "page__live")))
"""


def test_a_source_is_polled_into_drafts_with_nobody_acting(site, peers):
    web, _bot = peers
    address = web.route(
        "/agency.xml",
        Answer(
            body=b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Agency</title>
<item><title>Harbour cranes arrive</title><guid>agency-1</guid>
<description>&lt;p&gt;Four cranes arrived by sea.&lt;/p&gt;</description></item>
</channel></rss>""",
            headers={"Content-Type": "application/rss+xml"},
        ),
    )
    sites.shell(SOURCE.format(code=EDITION.code, address=address), site.env)
    started = time.time()

    def made() -> bool:
        return "Harbour cranes arrive" in sites.shell(DRAFTS, site.env)

    wait_for(site, "a draft from the source", made, when=started)
    assert sites.shell(DRAFTS, site.env) == "[('Harbour cranes arrive', False)]"
