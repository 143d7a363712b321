"""The desk's panels on the admin dashboard: what waits for me, my drafts, the schedule.

Each lists at most :data:`~newsroom.desk.selectors.DASHBOARD_LIMIT` pages with
a constant number of queries (see the selectors). "Waiting for my approval"
replaces Wagtail's "Awaiting your review", whose cost grows with every story
waiting (it works out each one's actions and task list on its own); the editor
approves or asks for changes from the story's edit view.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from . import selectors

WAGTAIL_REVIEW_PANEL = "workflow_objects_to_moderate"


class PageListPanel(Component):
    """A dashboard panel listing pages from one selector; hidden when empty."""

    template_name = "desk/home/page_list_panel.html"
    heading: str | Promise = ""
    at_label: str | Promise = ""
    select: Callable[..., list[selectors.DashboardRow]]

    def get_context_data(
        self, parent_context: Mapping[str, Any] | None = None
    ) -> Mapping[str, Any]:
        request = (parent_context or {})["request"]
        return {
            "panel_id": self.name.replace("_", "-"),
            "heading": self.heading,
            "at_label": self.at_label,
            "rows": type(self).select(request.user),
        }


class WaitingForApprovalPanel(PageListPanel):
    name = "desk_waiting_for_approval"
    order = 205
    heading = _("Waiting for my approval")
    at_label = _("Submitted")
    select = staticmethod(selectors.waiting_for_approval)


class MyDraftsPanel(PageListPanel):
    name = "desk_my_drafts"
    order = 206
    heading = _("My drafts")
    at_label = _("Last edited")
    select = staticmethod(selectors.my_drafts)


class ScheduledPanel(PageListPanel):
    name = "desk_scheduled"
    order = 207
    heading = _("Scheduled")
    at_label = _("Goes live")
    select = staticmethod(selectors.scheduled)


def desk_panels() -> list[Component]:
    return [WaitingForApprovalPanel(), MyDraftsPanel(), ScheduledPanel()]
