"""A story goes from its writer to publication through its edition's editors.

Every step is the real admin: the writer's "Submit for moderation", the
editor's "Approve" or "Request changes" with a comment, and what the author
reads afterwards; the review emails go to the edition's editors only.
"""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import TaskState

from newsroom.core import editions
from newsroom.desk import roles
from newsroom.news.models import ArticlePage

from .helpers import file_story, other_edition

pytestmark = pytest.mark.django_db

CODES = editions.codes()
WRITERS = [roles.REPORTER.key, roles.TRANSLATOR.key]


def submitted(login, section, writer: str, title: str) -> ArticlePage:
    """``writer`` files a story under ``section`` and submits it for review."""
    return file_story(login(writer), section, title, **{"action-submit": "1"})


def act(client, story: ArticlePage, action: str, comment: str = ""):
    """Press the review step's ``action`` button on ``story``, as the admin does."""
    task_state = TaskState.objects.get(
        workflow_state__object_id=str(story.pk), status=TaskState.STATUS_IN_PROGRESS
    )
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=(story.pk, action, task_state.pk)
    )
    return client.post(url, {"comment": comment})


def recipients() -> set[str]:
    return {address for message in mail.outbox for address in message.to}


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("writer", WRITERS)
def test_editor_approves_a_submitted_story_and_it_goes_live(
    login, sections, people, writer, code
):
    """A writer's submission waits in review; the edition's editor publishes it."""
    story = submitted(login, sections[code], f"{writer}-{code}", "For review")
    assert story.workflow_in_progress and not story.live
    assert story.get_workflow().name == roles.review_workflow_name(code)

    response = act(login(f"editor-{code}"), story, "approve")

    assert response.status_code == 302
    story.refresh_from_db()
    assert story.live and not story.workflow_in_progress


@pytest.mark.parametrize("code", CODES)
def test_editor_of_another_edition_cannot_approve(login, sections, people, code):
    """Only the story's own edition's editors (and the chief editor) may approve."""
    story = submitted(login, sections[code], f"reporter-{code}", "Not yours")

    act(login(f"editor-{other_edition(code)}"), story, "approve")

    story.refresh_from_db()
    assert story.workflow_in_progress and not story.live


@pytest.mark.parametrize("code", CODES)
def test_author_reads_the_editors_request_for_changes(login, sections, people, code):
    """The editor's "Request changes" sends the story back with the comment, which the
    reporter reads on the story's edit view and in its workflow history."""
    reporter = login(f"reporter-{code}")
    story = submitted(login, sections[code], f"reporter-{code}", "Needs work")
    comment = "Name the second source, please."

    act(login(f"editor-{code}"), story, "reject", comment)

    story.refresh_from_db()
    assert not story.live and not story.workflow_in_progress
    edit_view = reporter.get(reverse("wagtailadmin_pages:edit", args=(story.pk,)))
    assert comment in edit_view.content.decode()
    workflow_state = story.workflow_states.get()
    history = reporter.get(
        reverse(
            "wagtailadmin_pages:workflow_history_detail",
            args=(story.pk, workflow_state.pk),
        )
    )
    assert history.status_code == 200
    assert comment in history.content.decode()


@pytest.mark.parametrize("code", CODES)
def test_editors_of_the_edition_are_emailed_a_submission(login, sections, people, code):
    """The edition's editors and the chief editor get the review email;
    other editions' editors, the writer and the other roles do not."""
    mail.outbox.clear()
    submitted(login, sections[code], f"reporter-{code}", "Mail me")

    got = recipients()
    assert people[f"editor-{code}"].email in got
    assert people["chief"].email in got
    assert people[f"editor-{other_edition(code)}"].email not in got
    assert people[f"reporter-{code}"].email not in got
    assert people[f"translator-{code}"].email not in got
    assert people["admanager"].email not in got


@pytest.mark.parametrize("code", CODES)
def test_author_is_emailed_the_editors_decision(login, sections, people, code):
    """The writer hears by email that changes were requested, comment included."""
    story = submitted(login, sections[code], f"reporter-{code}", "Tell me")
    mail.outbox.clear()

    act(login(f"editor-{code}"), story, "reject", "Shorter headline.")

    to_author = [
        message
        for message in mail.outbox
        if people[f"reporter-{code}"].email in message.to
    ]
    assert to_author and "Shorter headline." in to_author[0].body
