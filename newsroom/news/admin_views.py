"""The newsroom's page views in Wagtail's admin: publication dates and schedules.

Wagtail (7.4 and later) lets a project replace the default page viewset with
a subclass of its own, registered with the ``register_admin_viewset`` hook:
its columns, filters and view classes then serve the explorer of every page,
the admin's page search and the page editor. That is what this module builds
(:data:`page_viewset`, registered in ``wagtail_hooks.py``), so nothing of
Wagtail's views is copied or replaced:

- a *Published* column (the first publication time; for a story waiting to go
  live, its schedule: scheduled, overdue, or a go-live time nobody scheduled)
  and a *Published* date-range filter, in the explorer and in page search;
- a status that says "overdue" where Wagtail's would still say "scheduled";
- in the editor, a warning when the go-live time is not really scheduled, or
  the schedule is overdue (see :mod:`.scheduling`).

Cost: the column adds at most one query per listing (the approved go-live
times of the rows shown), none when no row has one; the filter one more, and
only when it is used.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db.models import F, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import classproperty
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_filters.filters import DateFromToRangeFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Column
from wagtail.admin.ui.tables.pages import NavigateToChildrenColumn, PageStatusColumn
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.listing import (
    ExplorableIndexView,
    GenericPageFilterSet,
    PageListingMixin,
)
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from . import scheduling

PUBLISHED = "first_published_at"


def row_schedule(instance, parent_context) -> scheduling.Schedule | None:
    """The schedule of a listing row's page, read for the whole table at once.

    The approved go-live times of all rows come in one query on the table's
    first cell that asks (:func:`scheduling.approved_go_live_times`), for the
    rows Wagtail's listing annotated as having an approved schedule only.
    """
    table = parent_context["table"]
    times = getattr(table, "_newsroom_go_live_times", None)
    if times is None:
        times = scheduling.approved_go_live_times(
            page.pk
            for page in table.data
            # Annotated by Wagtail's listings; without it, ask for every row.
            if getattr(page, "_approved_schedule", True)
        )
        table._newsroom_go_live_times = times
    return scheduling.schedule_of(
        approved_go_live_at=times.get(instance.pk),
        # A live page's draft go-live time is inside its latest revision, which
        # the listing does not read; a page never published keeps the draft's
        # on its row (Wagtail saves the form to it).
        draft_go_live_at=None if instance.live else instance.go_live_at,
    )


class PublishedColumn(Column):
    """When a page was first published, and its schedule when it has one."""

    cell_template_name = "news/admin/published_cell.html"

    def __init__(self, *, sortable: bool = True, **kwargs: Any) -> None:
        super().__init__(
            "published",
            label=_("Published"),
            accessor=PUBLISHED,
            sort_key=PUBLISHED if sortable else None,
            width="16%",
            **kwargs,
        )

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["published"] = instance.first_published_at
        context["schedule"] = row_schedule(instance, parent_context)
        return context


class StatusColumn(PageStatusColumn):
    """Wagtail's status, saying "overdue" where it would say "scheduled" too late."""

    cell_template_name = "news/admin/status_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        schedule = row_schedule(instance, parent_context)
        context["overdue"] = schedule is not None and schedule.is_overdue
        return context


class PublishedFilter(DateFromToRangeFilter):
    """Pages first published in a date range, or scheduled to go live in it."""

    def filter(self, qs, value):
        if not value:
            return qs
        start, stop = value.start, value.stop
        published = Q()
        if start is not None:
            published &= Q(first_published_at__gte=start)
        if stop is not None:
            published &= Q(first_published_at__lte=stop)
        scheduled = scheduling.pages_going_live_between(start, stop)
        if scheduled:
            return qs.filter(published | Q(pk__in=scheduled))
        return qs.filter(published)


class PublishedFilterSet(WagtailFilterSet):
    """The date filter alone: page search's (its page types are facets)."""

    published = PublishedFilter(label=_("Published"), widget=DateRangePickerWidget)

    class Meta:
        model = Page
        fields: list[str] = []


class PageFilterSet(PublishedFilterSet, GenericPageFilterSet):
    """Wagtail's explorer filters, after "Published" (the first base's come first)."""

    class Meta(GenericPageFilterSet.Meta):
        pass


def listing_columns(*, sortable: bool) -> list[BaseColumn]:
    """Wagtail's page listing columns, with "Published" after the parent and
    the status saying "overdue" (see :class:`StatusColumn`)."""
    columns: list[BaseColumn] = []
    for column in PageListingMixin.base_columns:
        if isinstance(column, PageStatusColumn):
            column = StatusColumn(
                column.name,
                label=column.label,
                sort_key=column.sort_key,
                width=column.width,
            )
        columns.append(column)
        if column.name == "parent":
            columns.append(PublishedColumn(sortable=sortable))
    return columns


class PageIndexView(ExplorableIndexView):
    """The explorer, with drafts after published pages in either date order."""

    def order_queryset(self, queryset):
        if self.ordering == PUBLISHED and not self.is_searching:
            return queryset.order_by(F(PUBLISHED).asc(nulls_last=True))
        if self.ordering == f"-{PUBLISHED}" and not self.is_searching:
            return queryset.order_by(F(PUBLISHED).desc(nulls_last=True))
        return super().order_queryset(queryset)


class PageSearchView(SearchView):
    """Wagtail's page search, with the Published column and date filter."""

    filterset_class = PublishedFilterSet
    # Wagtail's search view names no model, and its count read "1-2 of 2 None".
    verbose_name = Page._meta.verbose_name
    verbose_name_plural = Page._meta.verbose_name_plural

    @classproperty
    def columns(cls):
        # The search view sorts by a fixed few fields only, not by this one.
        return [
            *listing_columns(sortable=False),
            NavigateToChildrenColumn("navigate", width="10%"),
        ]

    def annotate_queryset(self, pages):
        # SearchView.get_queryset() builds ``all_pages`` (its counts) and the
        # pages to search, and calls this on the latter before searching: the
        # one point where a filter can reach both, as search results no
        # longer take Django filters.
        self.all_pages = self.filter_queryset(self.all_pages)
        return super().annotate_queryset(self.filter_queryset(pages))


class PageEditView(EditView):
    """Wagtail's page editor, which says when a go-live time will not happen.

    The warning is shown with the page whenever it applies, so an editor sees
    it right after "Save draft" (which comes back to this view) and on every
    later visit until the page is scheduled, published or the time removed.
    """

    def get(self, request, *args, **kwargs):
        notice = self.schedule_notice()
        if notice:
            messages.add_message(request, *notice)
        return super().get(request, *args, **kwargs)

    def schedule_notice(self) -> tuple[int, str] | None:
        """The message level and text about the page's go-live time, if any."""
        scheduled = self.scheduled_revision
        page = self.page  # the latest draft, as the form shows it
        schedule = scheduling.schedule_of(
            approved_go_live_at=scheduled.approved_go_live_at if scheduled else None,
            draft_go_live_at=(
                page.go_live_at
                if not page.live or page.has_unpublished_changes
                else None
            ),
        )
        if schedule is None or schedule.is_scheduled:
            return None
        at = {"time": date_format(timezone.localtime(schedule.at), "DATETIME_FORMAT")}
        if schedule.is_overdue:
            return messages.WARNING, gettext(
                "Overdue: this was scheduled to go live at %(time)s and has not "
                "gone live yet. The worker that publishes scheduled pages has "
                "not run since; it goes live when the worker next runs. To "
                "publish it now, cancel the schedule, then publish."
            ) % at
        if page.workflow_in_progress:
            return messages.INFO, gettext(
                "Not scheduled yet: the go-live time %(time)s takes effect when "
                "an editor approves this draft. Until then it will not go live."
            ) % at
        if self.page_perms.can_publish():
            return messages.WARNING, gettext(
                "Not scheduled: the go-live time %(time)s is only saved with this "
                "draft, and it will NOT go live then. Press “Publish” to put it "
                "on the schedule."
            ) % at
        return messages.WARNING, gettext(
            "Not scheduled: the go-live time %(time)s is only saved with this "
            "draft, and it will NOT go live then. Submit it for review: an "
            "editor's approval puts it on the schedule."
        ) % at


class NewsroomPageViewSet(PageViewSet):
    """Wagtail's default page viewset, with the views above."""

    columns = listing_columns(sortable=True)
    filterset_class = PageFilterSet
    index_view_class = PageIndexView
    search_view_class = PageSearchView
    edit_view_class = PageEditView
    model = Page


page_viewset = NewsroomPageViewSet()
