"""The newsroom's roles, as Wagtail permissions: the one table of who may do what.

:func:`newsroom.desk.services.sync_roles` makes the groups say exactly this;
docs/newsroom.md ("Roles") explains it to people. A role of an edition gets
its page permissions on that edition's home page (they cover every section
and story under it); the chief editor gets them on the tree's root, so on
every edition, including one whose home is not made yet.

Page permission types are Wagtail's (``wagtail.models.PAGE_PERMISSION_TYPES``):
``add`` (add pages, edit the ones you own), ``change`` (edit any page; delete
pages that are not live), ``publish`` (publish, unpublish, schedule; with
``change``, delete live pages too), ``lock`` and ``unlock``. ``bulk_delete``
(deleting a page with pages under it: a section with its archive, a whole
edition) is left to superusers on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass

ACCESS_ADMIN = "wagtailadmin.access_admin"
AUTHORS = frozenset(
    f"news.{action}_author" for action in ("add", "change", "delete", "view")
)
# Topics link the tags naming one subject in each edition (translations map
# tags through them): kept by the people who keep bylines.
TOPICS = frozenset(
    f"desk.{action}_topic" for action in ("add", "change", "delete", "view")
)
AD_SLOTS = frozenset(
    f"ads.{action}_adslot" for action in ("add", "change", "delete", "view")
)
# Sources feed drafts into an edition: kept by its editors (the listing
# shows each editor the sources of the editions they run).
SOURCES = frozenset(
    f"ingest.{action}_source" for action in ("add", "change", "delete", "view")
)
# An edition's Telegram channel and bot token: site settings.
TELEGRAM = frozenset(
    f"ingest.{action}_telegramchannel" for action in ("add", "change", "delete", "view")
)
SETTINGS = frozenset(
    {"core.change_sitesettings"}
    | {f"core.{action}_editionsettings" for action in ("add", "change", "delete")}
    | {"core.view_editionsettings"}
)

WRITE_DRAFTS = frozenset({"add", "change"})
RUN_EDITION = frozenset({"add", "change", "publish", "lock", "unlock"})
USE_MEDIA = frozenset({"add", "choose"})
MANAGE_MEDIA = frozenset({"add", "change", "choose", "delete"})


@dataclass(frozen=True)
class Role:
    """One job in the newsroom and the Wagtail permissions it is made of.

    ``pages`` are page permission types (on the edition's home, or on the
    root for a role of every edition); ``images`` and ``documents`` are
    collection permission types on the root collection; ``models`` are
    ``app_label.codename`` permissions; ``approves`` puts the role in the
    approval step of each edition's review workflow.
    """

    key: str
    label: str
    per_edition: bool
    pages: frozenset[str] = frozenset()
    images: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    models: frozenset[str] = frozenset({ACCESS_ADMIN})
    approves: bool = False

    def group_name(self, code: str | None = None) -> str:
        """The group's name: "Editor (ru)" for an edition's role, else the label."""
        if self.per_edition:
            if code is None:
                raise ValueError(f"The {self.label} role needs an edition's code.")
            return f"{self.label} ({code})"
        return self.label


REPORTER = Role(
    "reporter",
    "Reporter",
    per_edition=True,
    pages=WRITE_DRAFTS,
    images=USE_MEDIA,
    documents=USE_MEDIA,
)
EDITOR = Role(
    "editor",
    "Editor",
    per_edition=True,
    pages=RUN_EDITION,
    images=MANAGE_MEDIA,
    documents=MANAGE_MEDIA,
    models=frozenset({ACCESS_ADMIN}) | AUTHORS | TOPICS | SOURCES,
    approves=True,
)
# In page permissions a translator is a reporter of the edition they
# translate into; what makes the job is the desk's translation screens, which
# copy a story from any edition into one they may write in.
TRANSLATOR = Role(
    "translator",
    "Translator",
    per_edition=True,
    pages=WRITE_DRAFTS,
    images=USE_MEDIA,
    documents=USE_MEDIA,
)
CHIEF_EDITOR = Role(
    "chief",
    "Chief editor",
    per_edition=False,
    pages=RUN_EDITION,
    images=MANAGE_MEDIA,
    documents=MANAGE_MEDIA,
    models=frozenset({ACCESS_ADMIN}) | AUTHORS | TOPICS | SOURCES | SETTINGS | TELEGRAM,
    approves=True,
)
# Advertising is kept apart from the editorial side both ways: editors,
# the chief editor included, do not touch ad slots, and the ad manager
# touches nothing but ad slots and the pictures for banners.
AD_MANAGER = Role(
    "admanager",
    "Ad manager",
    per_edition=False,
    images=USE_MEDIA,
    models=frozenset({ACCESS_ADMIN}) | AD_SLOTS,
)

EDITION_ROLES = (REPORTER, EDITOR, TRANSLATOR)
GLOBAL_ROLES = (CHIEF_EDITOR, AD_MANAGER)
ROLES = EDITION_ROLES + GLOBAL_ROLES


def review_workflow_name(code: str) -> str:
    """The name of edition ``code``'s review workflow (made by the sync)."""
    return f"Review ({code})"


def approval_task_name(code: str) -> str:
    """The name of the approval step of edition ``code``'s review workflow."""
    return f"Editor approval ({code})"
