"""An editor's daily work on stories in the admin: bylines from the story's own
edition, "Add me to the byline", schedules that are really scheduled, and page
listings with publication dates and a date filter.

Every test drives Wagtail's real views with the test client (one, the author
filter box, with a real browser), logged in as the demo newsroom's people.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.models import Revision, TaskState

from newsroom.core import editions
from newsroom.demo.services import DEMO_PASSWORD
from newsroom.desk.tests import conftest as desk
from newsroom.desk.tests.helpers import (
    add_story,
    add_url,
    edit_url,
    other_edition,
    page_form,
)
from newsroom.news.models import ArticlePage, Author, SectionPage
from newsroom.testing import sites

CODES = editions.codes()
HOME = reverse("wagtailadmin_home")

# The newsroom's people, logged in, and a section per edition: the desk's fixtures.
people, login, sections = desk.people, desk.login, desk.sections


def author_choices(html: str) -> set[int]:
    """The author ids the story form offers."""
    return {int(pk) for pk in re.findall(r'name="authors" value="(\d+)"', html)}


def edition_authors(code: str) -> set[int]:
    return set(
        Author.objects.filter(locale__language_code=code).values_list("pk", flat=True)
    )


def local_input(moment) -> str:
    """``moment`` as the admin's date-time fields take it."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def explore_url(page) -> str:
    return reverse("wagtailadmin_explore", args=(page.pk,))


def shown(moment) -> str:
    """How the admin's listings print ``moment``."""
    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


def approve(client, story: ArticlePage):
    """Press "Approve" on ``story``'s review step, as the editor's edit view does."""
    task_state = TaskState.objects.get(
        workflow_state__object_id=str(story.pk), status=TaskState.STATUS_IN_PROGRESS
    )
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=(story.pk, "approve", task_state.pk)
    )
    return client.post(url, {"comment": ""})


def dashboard_panel(client, panel_id: str) -> str:
    html = client.get(HOME).content.decode()
    start = html.find(f'id="{panel_id}')
    return "" if start == -1 else html[start : html.find("</section>", start)]


def scheduled_story(section: SectionPage, title: str, *, go_live) -> ArticlePage:
    """A story put on the schedule as "Publish" with a go-live time does."""
    story = add_story(section, title=title, live=False)
    story.go_live_at = timezone.now() + timedelta(days=1)
    story.save_revision().publish()
    if go_live is not None:  # move the approved time, e.g. into the past
        Revision.page_revisions.filter(object_id=str(story.pk)).exclude(
            approved_go_live_at=None
        ).update(approved_go_live_at=go_live)
    return ArticlePage.objects.get(pk=story.pk)


# --- Authors of the story's own edition -------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_author_field_offers_the_story_editions_authors_only(login, sections, code):
    """On the add form and on an existing story's form, the byline list holds
    every author of the story's edition and none of the others'."""
    client = login(f"editor-{code}")
    mine = edition_authors(code)
    assert mine and mine != edition_authors(other_edition(code))

    added = client.get(add_url(sections[code])).content.decode()
    story = add_story(sections[code], title="Signed story")
    edited = client.get(edit_url(story)).content.decode()

    assert author_choices(added) == mine
    assert author_choices(edited) == mine
    assert "data-author-picker-filter" in added  # the filter box over the list


@pytest.mark.parametrize("code", CODES)
def test_form_refuses_an_author_of_another_edition(login, sections, code):
    """A posted author of another edition is refused, named, and not saved."""
    client = login(f"editor-{code}")
    story = add_story(sections[code], title="Whose byline")
    stranger = Author.objects.filter(locale__language_code=other_edition(code)).first()
    form = page_form(client.get(edit_url(story)))
    form.setlist("authors", [str(stranger.pk)])

    response = client.post(edit_url(story), form)

    assert response.status_code == 200
    errors = response.context["form"].errors["authors"]
    assert stranger.name in errors[0]
    assert editions.find(other_edition(code)).name in errors[0]
    assert not ArticlePage.objects.get(pk=story.pk).authors.exists()


# --- "Add me to the byline" --------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_reporter_adds_themself_and_signs_the_published_story(
    login, people, sections, client, code
):
    """The reporter ticks "Add me to the byline" and submits; their author entry
    is made from their name, the edition's editor approves, and readers see
    the reporter's name on the story."""
    reporter = people[f"reporter-{code}"]
    assert reporter.get_full_name()
    writer = login(f"reporter-{code}")
    form = page_form(
        writer.get(add_url(sections[code])),
        title="Filed with my name",
        slug="filed-with-my-name",
        lead="A lead.",
        add_me_to_byline="on",
        **{"action-submit": "1"},
    )
    assert writer.post(add_url(sections[code]), form).status_code == 302
    story = ArticlePage.objects.child_of(sections[code]).get(slug="filed-with-my-name")

    byline = Author.objects.get(user=reporter, locale__language_code=code)
    assert byline.name == reporter.get_full_name()
    assert byline.slug.isascii() and byline.slug
    assert list(story.get_latest_revision_as_object().authors.all()) == [byline]

    assert approve(login(f"editor-{code}"), story).status_code == 302
    story.refresh_from_db()
    assert story.live
    assert list(story.authors.all()) == [byline]
    page = client.get(story.url)
    assert page.status_code == 200
    assert reporter.get_full_name() in page.content.decode()


def test_one_person_signs_as_one_author_per_edition(login, people, sections):
    """Adding oneself again reuses the entry; in another edition the new entry
    is the same person's translation (same translation key, same slug)."""
    chief = people["chief"]
    client = login("chief")
    first, second = CODES[0], other_edition(CODES[0])
    for code in (first, first, second):
        story = add_story(sections[code], title="Chief's note", live=False)
        form = page_form(client.get(edit_url(story)), add_me_to_byline="on")
        assert client.post(edit_url(story), form).status_code == 302

    entries = Author.objects.filter(user=chief).order_by("pk")
    assert [e.locale.language_code for e in entries] == [first, second]
    assert entries[0].translation_key == entries[1].translation_key
    assert entries[0].slug == entries[1].slug


def test_add_me_asks_a_nameless_login_for_a_name(login, people, sections):
    """Without a name on the login there is nothing to sign with: the form says so."""
    code = CODES[0]
    reporter = people[f"reporter-{code}"]
    reporter.first_name = reporter.last_name = ""
    reporter.save()
    client = login(f"reporter-{code}")
    story = add_story(sections[code], title="Nameless", live=False)
    form = page_form(client.get(edit_url(story)), add_me_to_byline="on")

    response = client.post(edit_url(story), form)

    assert response.status_code == 200
    assert "no name" in str(response.context["form"].errors["add_me_to_byline"])
    assert not Author.objects.filter(user=reporter).exists()


# --- Schedules that are really scheduled -------------------------------------


@pytest.mark.parametrize(
    ("person", "advice"),
    [("editor", "Publish"), ("reporter", "Submit it for review")],
)
def test_go_live_time_saved_with_a_draft_is_flagged(login, sections, person, advice):
    """Saving a draft with a go-live time schedules nothing; the editor says so
    at once after the save, and keeps saying it on the story."""
    code = CODES[0]
    client = login(f"{person}-{code}")
    story = add_story(sections[code], title="Half scheduled", live=False)
    later = timezone.now() + timedelta(days=2)
    form = page_form(client.get(edit_url(story)), go_live_at=local_input(later))

    response = client.post(edit_url(story), form, follow=True)

    story = ArticlePage.objects.get(pk=story.pk)
    assert story.scheduled_revision is None and not story.live
    html = response.content.decode()
    assert "will NOT go live" in html and advice in html
    assert "will NOT go live" in client.get(edit_url(story)).content.decode()


def test_go_live_time_of_a_submitted_story_waits_for_approval(login, sections):
    """A story submitted with a go-live time is not scheduled yet either: its
    edit view says the time takes effect when an editor approves it."""
    code = CODES[0]
    client = login(f"reporter-{code}")
    story = add_story(sections[code], title="Submitted for later", live=False)
    later = timezone.now() + timedelta(days=2)
    form = page_form(
        client.get(edit_url(story)),
        go_live_at=local_input(later),
        **{"action-submit": "1"},
    )
    client.post(edit_url(story), form)

    html = client.get(edit_url(story)).content.decode()
    assert "takes effect when an editor approves" in html
    assert "will NOT go live" not in html


def test_publishing_with_a_go_live_time_is_scheduled_and_listed(login, sections):
    """Pressing "Publish" with the go-live time puts the story on the schedule:
    no more warning, and the section's listing shows when it goes live. Once
    the schedule is cancelled, the time is flagged again."""
    code = CODES[0]
    client = login(f"editor-{code}")
    story = add_story(sections[code], title="Really scheduled", live=False)
    later = timezone.now().replace(second=0, microsecond=0) + timedelta(days=2)
    form = page_form(
        client.get(edit_url(story)),
        go_live_at=local_input(later),
        **{"action-publish": "1"},
    )
    client.post(edit_url(story), form)

    story = ArticlePage.objects.get(pk=story.pk)
    revision = story.scheduled_revision
    assert revision.approved_go_live_at == later
    assert "will NOT go live" not in client.get(edit_url(story)).content.decode()
    row = listing_row(client.get(explore_url(sections[code])), "Really scheduled")
    assert "Scheduled" in row and shown(later) in row

    unschedule = reverse(
        "wagtailadmin_pages:revisions_unschedule", args=(story.pk, revision.pk)
    )
    assert client.post(unschedule).status_code == 302
    assert "will NOT go live" in client.get(edit_url(story)).content.decode()
    row = listing_row(client.get(explore_url(sections[code])), "Really scheduled")
    assert "Not scheduled" in row


def test_overdue_story_is_never_shown_as_scheduled(login, sections):
    """A story whose approved go-live time has passed (the worker did not run)
    leaves the dashboard's "Scheduled" panel, and reads "Overdue" in the
    section's listing and on its edit view."""
    code = CODES[0]
    client = login(f"editor-{code}")
    past = timezone.now() - timedelta(hours=3)
    overdue = scheduled_story(sections[code], "Late story", go_live=past)
    scheduled_story(sections[code], "Coming story", go_live=None)

    panel = dashboard_panel(client, "desk-scheduled")
    assert "Coming story" in panel
    assert "Late story" not in panel
    row = listing_row(client.get(explore_url(sections[code])), "Late story")
    assert "Overdue" in row and "Scheduled" not in row and shown(past) in row
    assert "Overdue" in client.get(edit_url(overdue)).content.decode()


# --- Listings with publication dates ------------------------------------------


def listing_row(response, title: str) -> str:
    """The HTML of the listing row whose story is called ``title``."""
    html = response.content.decode()
    at = html.index(title)
    return html[html.rindex("<tr", 0, at) : html.index("</tr>", at)]


def published_on(section: SectionPage, title: str, when) -> ArticlePage:
    story = add_story(section, title=title)
    ArticlePage.objects.filter(pk=story.pk).update(first_published_at=when)
    return story


def test_explorer_shows_publication_dates_and_filters_by_date(login, sections):
    """The section's listing shows each story's publication time, and the
    "Published" filter keeps the stories of the chosen days."""
    code = CODES[0]
    client = login(f"editor-{code}")
    section = sections[code]
    old = timezone.now() - timedelta(days=40)
    recent = timezone.now() - timedelta(days=2)
    published_on(section, "Story from last month", old)
    published_on(section, "Story from this week", recent)

    everything = client.get(explore_url(section))
    assert shown(old) in listing_row(everything, "Story from last month")
    assert shown(recent) in listing_row(everything, "Story from this week")

    since = timezone.localtime(recent - timedelta(days=1)).date().isoformat()
    narrowed = client.get(explore_url(section), {"published_from": since})
    html = narrowed.content.decode()
    assert "Story from this week" in html
    assert "Story from last month" not in html


def test_admin_search_shows_publication_dates_and_filters_by_date(login, sections):
    """Wagtail's page search lists the publication time of each hit and narrows
    them by the same filter."""
    code = CODES[0]
    client = login(f"editor-{code}")
    old = timezone.now() - timedelta(days=40)
    recent = timezone.now() - timedelta(days=2)
    published_on(sections[code], "Zeppelin report old", old)
    published_on(sections[code], "Zeppelin report new", recent)
    search = reverse("wagtailadmin_pages:search")

    found = client.get(search, {"q": "Zeppelin"})
    assert shown(old) in listing_row(found, "Zeppelin report old")
    assert shown(recent) in listing_row(found, "Zeppelin report new")

    until = timezone.localtime(old + timedelta(days=1)).date().isoformat()
    narrowed = client.get(search, {"q": "Zeppelin", "published_to": until})
    html = narrowed.content.decode()
    assert "Zeppelin report old" in html and "Zeppelin report new" not in html


def test_explorer_queries_do_not_grow_with_the_section(
    login, sections, django_assert_max_num_queries
):
    """A section's listing costs as many queries with a few stories (some
    scheduled) as with many more, the dates and schedules included."""
    code = CODES[0]
    client = login(f"editor-{code}")
    section = sections[code]
    scheduled_story(section, "Scheduled 0", go_live=None)
    client.get(explore_url(section))  # warm per-process caches
    with CaptureQueriesContext(connection) as few:
        assert client.get(explore_url(section)).status_code == 200
    for n in range(1, 8):
        add_story(section, title=f"More {n}")
        scheduled_story(section, f"Scheduled {n}", go_live=None)
    with django_assert_max_num_queries(len(few)):
        html = client.get(explore_url(section)).content.decode()
    assert "Scheduled 7" in html


# --- The author filter box, in a browser --------------------------------------

SECTION_AND_NAME = """
from newsroom.news.models import Author, SectionPage
section = SectionPage.objects.filter(locale__language_code={code!r}).first()
author = Author.objects.filter(locale__language_code={code!r}).first()
print(section.pk, author.latin_name.split()[0].lower())
"""


@pytest.mark.browser
def test_typing_in_the_author_box_narrows_the_list(page, site_env):
    """An editor types part of a name (in Latin letters, even for a Russian or
    Armenian name) and only the matching authors stay; Enter ticks the one left."""
    code = CODES[-1]
    section_id, latin = sites.shell(
        SECTION_AND_NAME.format(code=code), site_env
    ).split()
    page.goto("/admin/login/")
    page.fill("input[name=username]", f"editor-{code}")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.goto(f"/admin/pages/add/news/articlepage/{section_id}/")

    everyone = page.locator("[data-author-name]").count()
    assert everyone > 1
    box = page.locator("[data-author-picker-filter]")
    box.focus()
    page.keyboard.type(latin)
    visible = page.locator("[data-author-name]:visible")
    assert visible.count() == 1 < everyone
    assert latin not in visible.first.inner_text().lower() or code == "en"

    box.press("Enter")
    assert page.locator("[data-author-name] input:checked").count() == 1
    assert page.locator("[data-author-name]:visible").count() == everyone
