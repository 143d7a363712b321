"""Each person's admin dashboard lists what waits for them, their drafts and the
schedule, for their editions only, newest first, at a cost that does not grow."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision

from newsroom.core import editions
from newsroom.desk import selectors
from newsroom.news.models import ArticlePage, SectionPage

from .helpers import add_story, file_story, other_edition

pytestmark = pytest.mark.django_db

CODES = editions.codes()
HOME = reverse("wagtailadmin_home")
WAITING = "desk-waiting-for-approval"
DRAFTS = "desk-my-drafts"
SCHEDULED = "desk-scheduled"


def panel(client, panel_id: str) -> str:
    """The HTML of the dashboard panel ``panel_id`` ("" when it is not shown)."""
    html = client.get(HOME).content.decode()
    start = html.find(f'id="{panel_id}')
    if start == -1:
        return ""
    end = html.find("</section>", start)
    return html[start:end]


def submit(story: ArticlePage, user) -> None:
    """Send ``story`` to its edition's review as ``user``."""
    workflow = story.get_workflow()
    assert workflow is not None
    workflow.start(story, user)


def draft_of(user, section: SectionPage, title: str) -> ArticlePage:
    story = add_story(section, title=title, live=False)
    ArticlePage.objects.filter(pk=story.pk).update(owner=user)
    story.owner = user
    return story


def schedule(section: SectionPage, title: str, *, days: int = 1) -> ArticlePage:
    story = add_story(section, title=title, live=False)
    story.go_live_at = timezone.now() + timedelta(days=days)
    story.save_revision().publish()
    return story


@pytest.mark.parametrize("code", CODES)
def test_editor_sees_stories_waiting_in_their_edition_only(
    login, sections, people, code
):
    """A submitted story appears under "Waiting for my approval" for its
    edition's editor and the chief editor, not for other editions' editors."""
    elsewhere = other_edition(code)
    mine = draft_of(people[f"reporter-{code}"], sections[code], "Waiting here")
    theirs = draft_of(people[f"reporter-{elsewhere}"], sections[elsewhere], "Not here")
    submit(mine, people[f"reporter-{code}"])
    submit(theirs, people[f"reporter-{elsewhere}"])

    waiting = panel(login(f"editor-{code}"), WAITING)
    assert "Waiting here" in waiting and "Not here" not in waiting
    assert people[f"reporter-{code}"].get_full_name() in waiting  # who submitted it
    chief = panel(login("chief"), WAITING)
    assert "Waiting here" in chief and "Not here" in chief
    assert panel(login(f"reporter-{code}"), WAITING) == ""


@pytest.mark.parametrize("code", CODES)
def test_reporter_sees_their_own_drafts(login, sections, people, code):
    """The "My drafts" panel lists the reporter's unpublished stories, not a colleague's
    drafts nor their own published stories."""
    file_story(login(f"reporter-{code}"), sections[code], "Filed from the form")
    draft_of(people[f"translator-{code}"], sections[code], "Colleague draft")
    draft_of(
        people[f"reporter-{other_edition(code)}"],
        sections[other_edition(code)],
        "Other edition draft",
    )
    published = add_story(sections[code], title="Already live")
    ArticlePage.objects.filter(pk=published.pk).update(owner=people[f"reporter-{code}"])

    drafts = panel(login(f"reporter-{code}"), DRAFTS)
    assert "Filed from the form" in drafts
    assert "Colleague draft" not in drafts
    assert "Other edition draft" not in drafts
    assert "Already live" not in drafts


@pytest.mark.parametrize("code", CODES)
def test_scheduled_stories_of_their_editions(login, sections, people, code):
    """The "Scheduled" panel lists stories with a go-live time in the person's
    editions; one whose time has passed without going live (the worker did not
    run) is overdue, not scheduled, and is not listed."""
    schedule(sections[code], "Tomorrow here")
    schedule(sections[other_edition(code)], "Tomorrow elsewhere")
    late = schedule(sections[code], "Late here")
    Revision.page_revisions.filter(object_id=str(late.pk)).exclude(
        approved_go_live_at=None
    ).update(approved_go_live_at=timezone.now() - timedelta(minutes=5))

    for person in (f"editor-{code}", f"reporter-{code}"):
        scheduled = panel(login(person), SCHEDULED)
        assert "Tomorrow here" in scheduled
        assert "Tomorrow elsewhere" not in scheduled
        assert "Late here" not in scheduled
    assert "Tomorrow elsewhere" in panel(login("chief"), SCHEDULED)


def test_panels_list_the_newest_first_and_stop_at_the_limit(login, sections, people):
    """Past the limit the oldest drop off; the newest is on top."""
    code = editions.default().code
    reporter = people[f"reporter-{code}"]
    for n in range(selectors.DASHBOARD_LIMIT + 2):
        submit(draft_of(reporter, sections[code], f"Story number {n:02}"), reporter)
    last = f"Story number {selectors.DASHBOARD_LIMIT + 1:02}"

    for person, panel_id in ((f"editor-{code}", WAITING), (f"reporter-{code}", DRAFTS)):
        html = panel(login(person), panel_id)
        assert html.count("Story number") == selectors.DASHBOARD_LIMIT
        assert html.index(last) < html.index("Story number 02")
        assert "Story number 00" not in html and "Story number 01" not in html


@pytest.mark.parametrize("person", ["editor", "reporter", "chief"])
def test_dashboard_queries_do_not_grow_with_the_stories_listed(
    login, sections, people, django_assert_max_num_queries, person
):
    """The dashboard costs the same with one story in each panel as with a full page."""
    code = editions.default().code
    username = person if person == "chief" else f"{person}-{code}"
    client = login(username)
    reporter = people[f"reporter-{code}"]
    owner = people[username] if person == "reporter" else reporter

    def add_one(n: int) -> None:
        submit(draft_of(owner, sections[code], f"Waiting {n}"), reporter)
        schedule(sections[code], f"Scheduled {n}", days=n + 1)

    add_one(0)
    client.get(HOME)  # warm the per-process caches (locales, content types)
    with CaptureQueriesContext(connection) as few:
        assert client.get(HOME).status_code == 200
    for n in range(1, selectors.DASHBOARD_LIMIT + 3):
        add_one(n)
    with django_assert_max_num_queries(len(few)):
        html = client.get(HOME).content.decode()
    assert f"Waiting {selectors.DASHBOARD_LIMIT + 2}" in html
