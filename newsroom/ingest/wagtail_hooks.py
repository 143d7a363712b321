"""Ingest in the admin: Sources (with "Poll now"), Incoming, Telegram channels."""

from __future__ import annotations

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, pgettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views

from newsroom.core import editions
from newsroom.core.admin_names import (
    AdminNames,
    NamedDeleteView,
    NamedEditView,
    NamedSnippetViewSet,
)
from newsroom.desk.menus import WriterMenuItem

from .forms import writable_sections
from .models import Source, TelegramChannel
from .views import DiscardView, IncomingView, PollNowView, TelegramRetryView


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("ingest/incoming/", IncomingView.as_view(), name="ingest_incoming"),
        path(
            "ingest/incoming/<int:item_id>/discard/",
            DiscardView.as_view(),
            name="ingest_discard",
        ),
        path(
            "ingest/sources/<int:source_id>/poll/",
            PollNowView.as_view(),
            name="ingest_poll_now",
        ),
        path(
            "ingest/telegram/<int:page_id>/retry/",
            TelegramRetryView.as_view(),
            name="ingest_telegram_retry",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_incoming_menu_item():
    return WriterMenuItem(
        _("Incoming"), reverse("ingest_incoming"), icon_name="download", order=248
    )


def _when(value) -> str:
    return date_format(localtime(value), "SHORT_DATETIME_FORMAT") if value else "—"


class EditionColumn(Column):
    def get_value(self, instance):
        section = instance.section
        return f"{editions.of_page(section).name} › {section.title}"


class TimeColumn(Column):
    def get_value(self, instance):
        return _when(super().get_value(instance))


class ErrorColumn(Column):
    def get_value(self, instance):
        return instance.last_error[:140] if instance.last_error else "—"


def sources_for(user):
    """The sources of the sections whose edition ``user`` runs."""
    return Source.objects.filter(section__in=writable_sections(user)).select_related(
        "section"
    )


class EditionSourcesMixin:
    """Editors open only their own editions' sources (others are "not found")."""

    def get_object(self, *args, **kwargs):
        source = super().get_object(*args, **kwargs)
        if not sources_for(self.request.user).filter(pk=source.pk).exists():
            raise Http404
        return source


class SourceDeleteView(EditionSourcesMixin, NamedDeleteView):
    pass


class SourceHistoryView(EditionSourcesMixin, snippet_views.HistoryView):
    pass


class SourceUsageView(EditionSourcesMixin, snippet_views.UsageView):
    pass


@hooks.register("before_bulk_action")
def refuse_other_editions_sources(request, action_type, objects, action_class):
    """Bulk actions (the listing's "select all" too) reach the user's sources only."""
    sources = [obj for obj in objects if isinstance(obj, Source)]
    if sources:
        allowed = set(
            sources_for(request.user)
            .filter(pk__in=[s.pk for s in sources])
            .values_list("pk", flat=True)
        )
        if any(source.pk not in allowed for source in sources):
            raise PermissionDenied


class SourceEditView(EditionSourcesMixin, NamedEditView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["poll_url"] = reverse("ingest_poll_now", args=(quote(self.object.pk),))
        return context


class SourceViewSet(NamedSnippetViewSet):
    model = Source
    icon = "link"
    add_to_admin_menu = True
    menu_label = _("Sources")
    menu_name = "sources"
    menu_order = 247
    edit_view_class = SourceEditView
    delete_view_class = SourceDeleteView
    history_view_class = SourceHistoryView
    usage_view_class = SourceUsageView
    # A copy would show another edition's source to anyone with its id.
    copy_view_enabled = False
    edit_template_name = "ingest/source_edit.html"
    search_fields = ["name", "address", "source_line"]
    list_filter = ["kind", "is_active"]
    names = AdminNames(
        add=_("Add source"),
        new=_("New source"),
        created=pgettext_lazy("source", "Source “%(object)s” created."),
        updated=pgettext_lazy("source", "Source “%(object)s” updated."),
        deleted=pgettext_lazy("source", "Source “%(object)s” deleted."),
        delete_question=_("Delete this source? Drafts already made from it stay."),
        none=_("There are no sources yet."),
        no_match=_("No source matches."),
        count=ngettext_lazy("%(number)s source", "%(number)s sources", "count"),
    )

    @property
    def list_display(self):
        return [
            "name",
            Column("kind", label=_("Kind"), accessor="get_kind_display"),
            EditionColumn("section", label=_("Edition and section")),
            BooleanColumn("is_active", label=_("Active")),
            TimeColumn("last_success_at", label=_("Last success")),
            ErrorColumn("last_error", label=_("Last error")),
            Column("items_made", label=_("Drafts made")),
            Column("items_skipped", label=_("Skipped")),
        ]

    def get_queryset(self, request):
        return sources_for(request.user)


class TelegramChannelViewSet(NamedSnippetViewSet):
    model = TelegramChannel
    icon = "mail"
    add_to_settings_menu = True
    menu_label = _("Telegram channels")
    menu_name = "telegram-channels"
    list_display = ["__str__", BooleanColumn("is_active", label=_("Posting"))]
    names = AdminNames(
        add=_("Add Telegram channel"),
        new=_("New Telegram channel"),
        created=pgettext_lazy(
            "telegram channel", "Telegram channel “%(object)s” created."
        ),
        updated=pgettext_lazy(
            "telegram channel", "Telegram channel “%(object)s” updated."
        ),
        deleted=pgettext_lazy(
            "telegram channel", "Telegram channel “%(object)s” deleted."
        ),
        delete_question=_("Delete this Telegram channel? Stories stop being posted."),
        none=_("No edition posts to Telegram yet."),
        no_match=_("No Telegram channel matches."),
        count=ngettext_lazy(
            "%(number)s Telegram channel", "%(number)s Telegram channels", "count"
        ),
    )


register_snippet(SourceViewSet)
register_snippet(TelegramChannelViewSet)
