"""The role groups follow the configured editions and their homes, and repair themselves."""

from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db.models.signals import post_migrate
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
)

from newsroom.core import editions
from newsroom.desk import roles, services
from newsroom.news.models import HomePage

from .helpers import other_edition

pytestmark = pytest.mark.django_db

NEW_EDITION = "de"


def page_rights(name: str) -> set[tuple[int, str]]:
    """(page id, action) of every page permission of the group ``name``."""
    return {
        (page_id, codename.rsplit("_", 1)[0])
        for page_id, codename in GroupPagePermission.objects.filter(
            group__name=name
        ).values_list("page_id", "permission__codename")
    }


def expected_rights(role: roles.Role, page: Page) -> set[tuple[int, str]]:
    return {(page.pk, action) for action in role.pages}


def approvers(code: str) -> set[str]:
    task = GroupApprovalTask.objects.get(name=roles.approval_task_name(code))
    return set(task.groups.values_list("name", flat=True))


def test_each_edition_has_its_roles_on_its_home(edition):
    """Each edition's reporters, editors and translators hold their rights on its
    home; the chief editor on the root; the edition's editors and the chief
    editor approve its review workflow."""
    services.sync_roles()
    for code in editions.codes():
        for role in roles.EDITION_ROLES:
            name = role.group_name(code)
            assert page_rights(name) == expected_rights(role, edition[code]), name
        assert edition[code].get_workflow().name == roles.review_workflow_name(code)
        assert approvers(code) == {
            roles.EDITOR.group_name(code),
            roles.CHIEF_EDITOR.group_name(),
        }
    root = Page.get_first_root_node()
    assert page_rights("Chief editor") == expected_rights(roles.CHIEF_EDITOR, root)
    assert page_rights("Ad manager") == set()


def test_a_second_sync_changes_nothing(db):
    """The sync is idempotent."""
    services.sync_roles()
    groups = Group.objects.count()
    rights = GroupPagePermission.objects.count()
    summary = services.sync_roles()
    assert not summary.changed_anything
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == (
        groups,
        rights,
    )


def test_drifted_groups_are_repaired_and_operators_groups_left_alone(edition):
    """A right taken from a role comes back, one added goes; others' groups stay."""
    services.sync_roles()
    code = editions.default().code
    editor, reporter = roles.EDITOR.group_name(code), roles.REPORTER.group_name(code)
    GroupPagePermission.objects.filter(
        group__name=editor, permission__codename="publish_page"
    ).delete()
    GroupPagePermission.objects.create(
        group=Group.objects.get(name=reporter),
        page=edition[other_edition(code)],
        permission_type="add",
    )
    settings_right = Permission.objects.get(codename="change_sitesettings")
    Group.objects.get(name=reporter).permissions.add(settings_right)
    night_desk = Group.objects.create(name="Night desk")
    night_desk.permissions.add(settings_right)
    GroupPagePermission.objects.create(
        group=night_desk, page=edition[code], permission_type="publish"
    )

    summary = services.sync_roles()

    assert page_rights(editor) == expected_rights(roles.EDITOR, edition[code])
    assert page_rights(reporter) == expected_rights(roles.REPORTER, edition[code])
    assert settings_right not in Group.objects.get(name=reporter).permissions.all()
    assert f"{editor}: page permissions" in summary.changed
    assert f"{reporter}: model permissions, page permissions" in summary.changed
    assert page_rights("Night desk") == {(edition[code].pk, "publish")}
    assert list(night_desk.permissions.all()) == [settings_right]


def test_a_deleted_role_group_is_made_again(db):
    """Deleting a role's group by mistake is undone by the next sync."""
    services.sync_roles()
    Group.objects.filter(name="Chief editor").delete()
    summary = services.sync_roles()
    assert "Chief editor" in summary.created
    assert "Chief editor" in approvers(editions.default().code)


def test_a_new_edition_gets_its_groups_and_its_rights_when_its_home_goes_live(
    edition, add_edition, django_capture_on_commit_callbacks
):
    """A new edition's groups are made at once; they get their rights on its home
    when the home is published, with no command run."""
    if editions.find(NEW_EDITION):
        pytest.skip(f"{NEW_EDITION} is configured already")
    add_edition(NEW_EDITION)
    summary = services.sync_roles()
    assert NEW_EDITION in summary.waiting
    editor = roles.EDITOR.group_name(NEW_EDITION)
    assert Group.objects.filter(name=editor).exists()
    assert page_rights(editor) == set()

    default_home = edition[editions.default().code]
    with django_capture_on_commit_callbacks(execute=True):
        home = HomePage(
            title="Startseite",
            slug="home-de",
            live=False,
            locale=Locale.objects.create(language_code=NEW_EDITION),
            translation_key=default_home.translation_key,
        )
        Page.get_first_root_node().add_child(instance=home)
    assert page_rights(editor) == set()  # a draft home is not the edition's yet

    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
    assert page_rights(editor) == expected_rights(roles.EDITOR, home)
    assert home.get_workflow().name == roles.review_workflow_name(NEW_EDITION)


def test_an_unpublished_home_keeps_its_editors_rights(edition):
    """Taking a home offline for a moment takes nobody's rights away."""
    services.sync_roles()
    code = editions.default().code
    edition[code].unpublish()
    summary = services.sync_roles()
    assert code in summary.waiting
    editor = roles.EDITOR.group_name(code)
    assert page_rights(editor) == expected_rights(roles.EDITOR, edition[code])


def test_a_workflow_assigned_in_the_admin_is_kept(edition):
    """An operator's own workflow on a home stays; the summary says so."""
    services.sync_roles()
    code = editions.default().code
    legal = Workflow.objects.create(name="Legal review")
    WorkflowPage.objects.filter(page=edition[code]).update(workflow=legal)
    summary = services.sync_roles()
    assert WorkflowPage.objects.get(page=edition[code]).workflow == legal
    assert any("Legal review" in note for note in summary.notes)


def test_groups_of_an_edition_no_longer_configured_are_kept(db):
    """Dropping an edition from EDITIONS deletes nobody's group; the sync reports it."""
    Group.objects.create(name="Editor (xx)")
    summary = services.sync_roles()
    assert Group.objects.filter(name="Editor (xx)").exists()
    assert any(note.startswith("Editor (xx):") for note in summary.notes)


def test_migrate_syncs_the_roles(db):
    """The roles are synced after every migrate (post_migrate of the desk app)."""
    Group.objects.filter(name="Ad manager").delete()
    desk = apps.get_app_config("desk")
    post_migrate.send(
        sender=desk,
        app_config=desk,
        verbosity=0,
        interactive=False,
        using="default",
        apps=apps,
        plan=[],
    )
    assert Group.objects.filter(name="Ad manager").exists()


def test_sync_roles_command_prints_what_it_did(db):
    """`manage.py sync_roles` says what it created, then that nothing was left to do."""
    Group.objects.filter(name="Ad manager").delete()
    out = StringIO()
    call_command("sync_roles", stdout=out)
    assert "created: Ad manager" in out.getvalue()
    out = StringIO()
    call_command("sync_roles", stdout=out)
    assert "roles in sync: nothing to do" in out.getvalue()
