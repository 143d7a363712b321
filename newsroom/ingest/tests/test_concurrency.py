"""Two workers at once, with real transactions on PostgreSQL: each feed item
makes one draft, each story one Telegram message.

These tests commit for real, so they build their own edition tree (the
demo newsroom is gone once the first transactional test ends).
"""

from __future__ import annotations

import threading
import traceback
import uuid

import pytest
from django.db import connection
from wagtail.models import Locale, Page

from newsroom.core import editions
from newsroom.ingest import crosspost, services
from newsroom.ingest.models import IngestedItem, Source, TelegramChannel, TelegramPost
from newsroom.news.models import ArticlePage, HomePage, SectionPage
from newsroom.testing.peers import Answer

from . import feeds

pytestmark = [
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def own_section(transactional_db):
    if connection.vendor != "postgresql":
        pytest.skip(
            "two workers write at once only on PostgreSQL (SQLite has one writer)"
        )
    locale, _ = Locale.objects.get_or_create(language_code=editions.default().code)
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = root.add_child(
        instance=HomePage(
            title="Home", slug=f"home-{uuid.uuid4().hex[:8]}", locale=locale
        )
    )
    return home.add_child(
        instance=SectionPage(title="Wire", slug="wire", locale=locale)
    )


def run_together(*work, timeout=60):
    barrier = threading.Barrier(len(work))
    errors: list[str] = []

    def wrap(job):
        def run():
            try:
                barrier.wait(timeout=10)
                job()
            except Exception:
                errors.append(traceback.format_exc())
            finally:
                connection.close()

        return threading.Thread(target=run)

    threads = [wrap(job) for job in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    assert not any(thread.is_alive() for thread in threads), "a worker hung"
    assert errors == [], "\n".join(errors)


def test_two_pollers_of_one_source_make_each_item_once(web, own_section):
    items = [
        feeds.rss_item(f"c-{n}", f"Concurrent story {n}", f"<p>Text {n}.</p>")
        for n in range(12)
    ]
    address = web.route(
        "/feed",
        Answer(
            body=feeds.rss(*items).encode(),
            headers={"Content-Type": "application/rss+xml"},
        ),
    )
    source = Source.objects.create(
        name="Race", address=address, section=own_section, source_line="Race wire"
    )
    results: list[services.PollResult] = []

    def poll():
        results.append(services.poll(Source.objects.get(pk=source.pk)))

    for _round in range(3):  # and again: re-polls make nothing
        run_together(poll, poll)

    assert all(result.error == "" for result in results)
    assert sum(len(result.made) for result in results) == 12
    assert IngestedItem.objects.filter(source=source).count() == 12
    titles = list(
        ArticlePage.objects.child_of(own_section).values_list("title", flat=True)
    )
    assert sorted(titles) == sorted(f"Concurrent story {n}" for n in range(12))
    source.refresh_from_db()
    assert source.items_made == 12


def test_the_database_lets_one_of_two_drafts_of_an_item_through(own_section):
    """Past the poll's own check for known items, both workers insert the
    item's key at once: the unique constraint admits one, the other skips."""
    source = Source.objects.create(
        name="Race",
        address="https://wire.example/",
        section=own_section,
        source_line="x",
    )
    item = services.readers.Item(
        key="same-item",
        url="https://wire.example/1",
        title="Made once",
        lead="Lead.",
        body=services.readers.convert.body("<p>Body.</p>"),
    )
    outcomes: list[str] = []

    def make():
        try:
            services.make_draft(Source.objects.get(pk=source.pk), item)
            outcomes.append("made")
        except services.AlreadyIngested:
            outcomes.append("skipped")

    run_together(make, make)

    assert sorted(outcomes) == ["made", "skipped"]
    assert (
        ArticlePage.objects.child_of(own_section).filter(title="Made once").count() == 1
    )


def test_two_workers_posting_one_story_send_one_message(bot_api, own_section):
    TelegramChannel.objects.create(
        edition=editions.default().code, channel="@race", bot_token="1:race"
    )
    story = own_section.add_child(
        instance=ArticlePage(title="One message only", lead="Lead.", live=True)
    )
    bot_api.delay = 0.3  # both workers are inside the claim window at once

    def post():
        crosspost.sync(story.pk, first_publication=True)

    run_together(post, post)

    assert [call.method for call in bot_api.sent()] == ["sendMessage"]
    post = TelegramPost.objects.get(page=story)
    assert post.message_id == 101 and post.claimed_at is None
