"""Each newsroom role, logged in to the real admin, can do its job and nothing more.

Every test drives Wagtail's own views with the test client, per edition.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from newsroom.core import editions
from newsroom.desk import roles
from newsroom.news.models import ArticlePage, SectionPage

from .helpers import (
    add_story,
    add_url,
    edit_url,
    file_story,
    other_edition,
    post_edit,
    refused,
)

pytestmark = pytest.mark.django_db

CODES = editions.codes()
EDITION_ROLES = [role.key for role in roles.EDITION_ROLES]
WRITERS = [roles.REPORTER.key, roles.TRANSLATOR.key]


def is_live(page) -> bool:
    return Page.objects.get(pk=page.pk).live


def another_section(section: SectionPage) -> SectionPage:
    return SectionPage.objects.sibling_of(section, inclusive=False).first()


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("role", EDITION_ROLES)
def test_add_story_form_opens_in_own_edition_only(login, sections, role, code):
    """Reporters, editors and translators add stories in their edition, not others'."""
    client = login(f"{role}-{code}")
    assert client.get(add_url(sections[code])).status_code == 200
    assert refused(client.get(add_url(sections[other_edition(code)])))


def test_chief_editor_adds_stories_in_every_edition(login, sections):
    """The chief editor works in every edition."""
    client = login("chief")
    for code in CODES:
        assert client.get(add_url(sections[code])).status_code == 200


def test_ad_manager_adds_no_story(login, sections):
    """The ad manager is not on the editorial side at all."""
    client = login("admanager")
    for code in CODES:
        assert refused(client.get(add_url(sections[code])))


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("role", EDITION_ROLES)
def test_stories_of_other_editions_cannot_be_edited(login, sections, role, code):
    """Opening another edition's story in the editor is refused."""
    story = add_story(sections[other_edition(code)], title="Elsewhere")
    assert refused(login(f"{role}-{code}").get(edit_url(story)))
    assert login("chief").get(edit_url(story)).status_code == 200


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("role", WRITERS)
def test_writer_files_a_draft_that_publish_leaves_unpublished(
    login, sections, people, role, code
):
    """A reporter's or translator's "publish" saves a draft: only editors publish."""
    client = login(f"{role}-{code}")
    story = file_story(client, sections[code], "Filed story", **{"action-publish": "1"})
    assert story.owner == people[f"{role}-{code}"]
    assert not story.live and story.live_revision is None

    post_edit(client, story, **{"action-publish": "1"})
    assert not is_live(story)


@pytest.mark.parametrize("code", CODES)
def test_publish_button_is_shown_to_editors_only(login, sections, code):
    """Reporters see "Submit for moderation" where editors see "Publish"."""
    story = add_story(sections[code], title="Draft", live=False)
    reporter_view = login(f"reporter-{code}").get(edit_url(story)).content
    editor_view = login(f"editor-{code}").get(edit_url(story)).content
    assert b'name="action-publish"' not in reporter_view
    assert b'name="action-submit"' in reporter_view
    assert b'name="action-publish"' in editor_view


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("role", WRITERS)
def test_submitted_story_is_approved_by_its_editions_editor_only(
    login, sections, role, code
):
    """A submitted story waits in the edition's review; another edition's editor
    cannot open or approve it, the edition's own editor publishes it by approving."""
    writer = login(f"{role}-{code}")
    story = file_story(writer, sections[code], "For review")
    post_edit(writer, story, **{"action-submit": "1"})
    story = ArticlePage.objects.get(pk=story.pk)
    assert story.workflow_in_progress
    assert story.get_workflow().name == roles.review_workflow_name(code)
    assert not story.live

    approve = {"action-workflow-action": "1", "workflow-action-name": "approve"}
    outsider = login(f"editor-{other_edition(code)}")
    assert refused(outsider.get(edit_url(story)))
    outsider.post(edit_url(story), approve)
    assert not is_live(story)

    post_edit(login(f"editor-{code}"), story, **approve)
    assert is_live(story)


@pytest.mark.parametrize("code", CODES)
def test_editor_publishes_unpublishes_and_deletes(login, sections, code):
    """An editor puts a story live, takes it down and deletes it."""
    client = login(f"editor-{code}")
    story = file_story(
        client, sections[code], "Editor story", **{"action-publish": "1"}
    )
    assert story.live

    unpublish = reverse("wagtailadmin_pages:unpublish", args=(story.pk,))
    assert client.get(unpublish).status_code == 200
    client.post(unpublish)
    assert not is_live(story)

    delete = reverse("wagtailadmin_pages:delete", args=(story.pk,))
    assert client.post(delete).status_code == 302
    assert not Page.objects.filter(pk=story.pk).exists()


@pytest.mark.parametrize("code", CODES)
def test_editor_schedules_a_story(login, sections, code):
    """Publishing with a "go live" time in the future schedules the story."""
    client = login(f"editor-{code}")
    story = file_story(client, sections[code], "Tomorrow's story")
    later = timezone.localtime() + timedelta(days=1)
    post_edit(
        client,
        story,
        go_live_at=later.strftime("%Y-%m-%d %H:%M"),
        **{"action-publish": "1"},
    )
    story = ArticlePage.objects.get(pk=story.pk)
    assert story.scheduled_revision is not None and not story.live


@pytest.mark.parametrize("code", CODES)
def test_editor_deletes_a_published_story(login, sections, code):
    """Deleting a live story takes an editor."""
    story = add_story(sections[code], title="Live story")
    delete = reverse("wagtailadmin_pages:delete", args=(story.pk,))
    assert login(f"editor-{code}").get(delete).status_code == 200
    login(f"editor-{code}").post(delete)
    assert not Page.objects.filter(pk=story.pk).exists()


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("role", WRITERS)
def test_writer_cannot_unpublish_delete_or_move_a_published_story(
    login, sections, role, code
):
    """Published stories are out of reporters' and translators' reach."""
    client = login(f"{role}-{code}")
    story = add_story(sections[code], title="Published story")
    unpublish = reverse("wagtailadmin_pages:unpublish", args=(story.pk,))
    delete = reverse("wagtailadmin_pages:delete", args=(story.pk,))
    assert refused(client.get(unpublish))
    assert refused(client.post(unpublish))
    assert refused(client.get(delete))
    assert refused(client.post(delete))
    assert refused(client.get(reverse("wagtailadmin_pages:move", args=(story.pk,))))
    assert is_live(story)


@pytest.mark.parametrize("code", CODES)
def test_reporter_deletes_a_draft(login, sections, code):
    """A draft nobody published may be thrown away by a reporter."""
    client = login(f"reporter-{code}")
    story = file_story(client, sections[code], "Second thoughts")
    client.post(reverse("wagtailadmin_pages:delete", args=(story.pk,)))
    assert not Page.objects.filter(pk=story.pk).exists()


@pytest.mark.parametrize("code", CODES)
def test_reporter_moves_a_draft_to_another_section(login, sections, code):
    """A draft may change section within the reporter's edition."""
    client = login(f"reporter-{code}")
    story = file_story(client, sections[code], "Wrong section")
    target = another_section(sections[code])
    client.post(reverse("wagtailadmin_pages:move_confirm", args=(story.pk, target.pk)))
    assert Page.objects.get(pk=story.pk).get_parent().pk == target.pk


@pytest.mark.parametrize("code", CODES)
def test_editor_moves_stories_within_the_edition_only(login, sections, code):
    """A story moves to another section of its edition, never into another edition."""
    client = login(f"editor-{code}")
    story = add_story(sections[code], title="Moving story")
    elsewhere = sections[other_edition(code)]
    assert (
        client.get(reverse("wagtailadmin_pages:move", args=(story.pk,))).status_code
        == 200
    )

    client.post(
        reverse("wagtailadmin_pages:move_confirm", args=(story.pk, elsewhere.pk))
    )
    assert Page.objects.get(pk=story.pk).get_parent().pk == sections[code].pk

    target = another_section(sections[code])
    client.post(reverse("wagtailadmin_pages:move_confirm", args=(story.pk, target.pk)))
    assert Page.objects.get(pk=story.pk).get_parent().pk == target.pk


@pytest.mark.parametrize("code", CODES)
def test_editor_locks_stories_reporter_cannot(login, sections, code):
    """Editors lock a story against edits; reporters cannot lock."""
    story = add_story(sections[code], title="Locked story")
    lock = reverse("wagtailadmin_pages:lock", args=(story.pk,))
    assert refused(login(f"reporter-{code}").post(lock))
    assert not Page.objects.get(pk=story.pk).locked
    login(f"editor-{code}").post(lock)
    assert Page.objects.get(pk=story.pk).locked


@pytest.mark.parametrize("code", CODES)
def test_editor_sets_breaking_flag_and_top_stories(login, sections, edition, code):
    """The breaking flag (a story field) and top stories (a home field) are editors' to set."""
    client = login(f"editor-{code}")
    story = add_story(sections[code], title="Breaking story")
    post_edit(client, story, is_breaking="on", **{"action-publish": "1"})
    assert ArticlePage.objects.get(pk=story.pk).is_breaking
    assert b'name="action-publish"' in client.get(edit_url(edition[code])).content


@pytest.mark.parametrize("code", CODES)
def test_reporter_changes_to_the_home_page_stay_drafts(login, edition, code):
    """A reporter may propose top stories (a draft of the home), not publish them."""
    home = login(f"reporter-{code}").get(edit_url(edition[code]))
    assert home.status_code == 200
    assert b'name="action-publish"' not in home.content


def test_everyone_in_a_role_opens_the_admin(login, people):
    """Every role has access to the admin."""
    for username in people:
        assert login(username).get(reverse("wagtailadmin_home")).status_code == 200


@pytest.mark.parametrize("code", CODES)
def test_ad_slots_are_for_the_ad_manager_only(login, code):
    """Ads are the ad manager's: editors and the chief editor are refused."""
    ad_slots = reverse("wagtailsnippets_ads_adslot:list")
    assert login("admanager").get(ad_slots).status_code == 200
    for username in (f"editor-{code}", f"reporter-{code}", "chief"):
        assert refused(login(username).get(ad_slots))


def test_ad_manager_uploads_and_chooses_banner_pictures(login):
    """Banners need pictures: the ad manager may upload and choose them."""
    client = login("admanager")
    assert client.get(reverse("wagtailimages:add_multiple")).status_code == 200
    assert client.get(reverse("wagtailimages_chooser:choose")).status_code == 200


@pytest.mark.parametrize("code", CODES)
def test_authors_are_kept_by_editors_and_the_chief_editor(login, code):
    """Editors and the chief editor keep the bylines; reporters do not."""
    authors = reverse("wagtailsnippets_news_author:list")
    assert login(f"editor-{code}").get(authors).status_code == 200
    assert login("chief").get(authors).status_code == 200
    assert refused(login(f"reporter-{code}").get(authors))
    assert refused(login("admanager").get(authors))


@pytest.mark.parametrize("code", CODES)
def test_site_and_edition_settings_are_the_chief_editors(login, code):
    """Only the chief editor changes the site settings and each edition's texts."""
    site_settings = reverse("wagtailsettings:edit", args=("core", "sitesettings"))
    edition_settings = reverse("wagtailsnippets_core_editionsettings:list")
    chief = login("chief")
    assert chief.get(site_settings, follow=True).status_code == 200
    assert chief.get(edition_settings).status_code == 200

    editor = login(f"editor-{code}")
    followed = editor.get(site_settings, follow=True)
    assert followed.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert refused(editor.get(edition_settings))
