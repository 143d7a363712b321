"""Ads in the admin: the ad manager's listing, and what saving an ad tells them.

The listing says for every ad where, in which editions, how strongly and
when it shows, and whether it is live now; its one query (plus one for the
editions, whatever the number of ads) computes the status in the database
from the reader site's own definition of live. Saving an ad reports how it
fares against the other ads of its placement, as ranked by the reader site
(:func:`newsroom.ads.selectors.standings`).
"""

from __future__ import annotations

from datetime import datetime

import django_filters
from django import forms
from django.contrib.admin.utils import quote
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext, ngettext_lazy, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.generic import CopyViewMixin
from wagtail.snippets.models import register_snippet

from newsroom.core import editions
from newsroom.core.admin_names import (
    AdminNames,
    NamedCreateView,
    NamedEditView,
    NamedSnippetViewSet,
)

from .models import AdSlot, AdSlotQuerySet, LiveStatus, Placement
from .selectors import Standing, editions_of, standings


def _field_label(name: str):
    field = AdSlot._meta.get_field(name)
    assert isinstance(field, models.Field)
    return capfirst(field.verbose_name)


def _short_datetime(value: datetime | None) -> str:
    return date_format(localtime(value), "SHORT_DATETIME_FORMAT") if value else ""


class EditionsColumn(Column):
    """The editions an ad shows in, by name, or ``all_label`` when it names none.

    Reads ``ad.editions`` as prefetched by the listing: no query per row.
    """

    def __init__(self, name, *, all_label, **kwargs):
        super().__init__(name, **kwargs)
        self.all_label = all_label

    def get_value(self, instance):
        if not instance.editions.all():
            return self.all_label
        return ", ".join(edition.name for edition in editions_of(instance))


class DateTimeColumn(Column):
    """A start or end time as the admin writes times, empty when unset."""

    def get_value(self, instance):
        return _short_datetime(super().get_value(instance))


class LiveStatusColumn(StatusTagColumn):
    """Live now, scheduled, ended or off: the ``live_status`` the listing's
    query annotates (``AdSlotQuerySet.with_live_status``)."""

    def __init__(self, name="live_status", **kwargs):
        kwargs.setdefault("primary", lambda ad: ad.live_status == LiveStatus.LIVE)
        super().__init__(name, **kwargs)

    def get_value(self, instance):
        return LiveStatus(instance.live_status).label


class AdSlotFilterSet(WagtailFilterSet):
    placement = django_filters.ChoiceFilter(
        label=_("Placement"),
        choices=Placement.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    edition = django_filters.ChoiceFilter(
        label=_("Edition"),
        # A callable: the editions are read per request, not at import.
        choices=lambda: [(e.code, e.name) for e in editions.listed()],
        method="filter_edition",
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    live = django_filters.ChoiceFilter(
        label=_("Live now"),
        field_name="live_status",
        choices=LiveStatus.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = AdSlot
        fields = ["placement", "edition", "live"]

    def filter_edition(
        self, queryset: AdSlotQuerySet, name: str, value: str
    ) -> AdSlotQuerySet:
        """Ads readers of that edition may get: its own and every edition's."""
        return queryset.in_edition(value) if value else queryset


# --- Saving: where the ad stands against its rivals ---------------------------

OUTRANKED = _(
    "This ad will not be shown at “%(placement)s” (%(editions)s): “%(winner)s” "
    "has a higher priority (%(priority)s) and is shown there instead."
)
OUTRANKED_BY_OLDER = _(
    "This ad will not be shown at “%(placement)s” (%(editions)s): “%(winner)s” "
    "has the same priority and is older, so it is shown there instead."
)
DISPLACES = _(
    "This ad is shown at “%(placement)s” (%(editions)s) in place of "
    "“%(displaced)s”, which readers will no longer see there."
)
SCHEDULED_OUTRANKED = _(
    "When this ad starts on %(start)s, it will not be shown at “%(placement)s” "
    "(%(editions)s): “%(winner)s” has a higher priority (%(priority)s) and is "
    "shown there instead."
)
SCHEDULED_OUTRANKED_BY_OLDER = _(
    "When this ad starts on %(start)s, it will not be shown at “%(placement)s” "
    "(%(editions)s): “%(winner)s” has the same priority and is older, so it is "
    "shown there instead."
)
SCHEDULED_DISPLACES = _(
    "When this ad starts on %(start)s, it will be shown at “%(placement)s” "
    "(%(editions)s) in place of “%(displaced)s”, which readers will no longer "
    "see there."
)


def standing_messages(
    ad: AdSlot, found: list[Standing], *, starts: datetime | None = None
) -> list[tuple[bool, str, AdSlot]]:
    """What to tell the ad manager: (is a warning, text, the rival ad) per rival.

    ``starts``: when a scheduled ad goes live (None for one live now).
    Editions where the same rival is involved the same way share one message.
    """
    scheduled = starts is not None
    groups: dict[tuple[bool, int], list[Standing]] = {}
    for standing in found:
        rival = standing.displaced if standing.wins else standing.shown
        if rival is not None:
            groups.setdefault((standing.wins, rival.pk), []).append(standing)
    result = []
    for (wins, _pk), group in groups.items():
        rival = group[0].displaced if wins else group[0].shown
        assert rival is not None
        values = {
            "placement": ad.get_placement_display(),
            "editions": ", ".join(s.edition.name for s in group),
            "start": _short_datetime(starts),
            "priority": rival.priority,
            "winner": rival.name,
            "displaced": rival.name,
        }
        if wins:
            text = SCHEDULED_DISPLACES if scheduled else DISPLACES
        elif rival.priority > ad.priority:
            text = SCHEDULED_OUTRANKED if scheduled else OUTRANKED
        else:
            text = SCHEDULED_OUTRANKED_BY_OLDER if scheduled else OUTRANKED_BY_OLDER
        result.append((not wins, str(text) % values, rival))
    return result


def report_standings(view, ad: AdSlot) -> None:
    """Tell the ad manager, after a save in ``view``, how ``ad`` fares against
    its rivals; each message links to the rival ad."""
    if view.expects_json_response:
        return
    now = timezone.now()
    found = standings(ad, now=now)
    starts = found[0].at if found and found[0].at > now else None
    for is_warning, text, rival in standing_messages(ad, found, starts=starts):
        url = reverse(view.edit_url_name, args=(quote(rival.pk),))
        label = gettext("Edit “%(name)s”") % {"name": rival.name}
        report = messages.warning if is_warning else messages.info
        report(view.request, text, buttons=[messages.button(url, label)])


class AdSlotCreateView(NamedCreateView):
    def save_action(self):
        response = super().save_action()
        report_standings(self, self.object)
        return response


class AdSlotCopyView(CopyViewMixin, AdSlotCreateView):
    pass


class AdSlotEditView(NamedEditView):
    def save_action(self):
        response = super().save_action()
        report_standings(self, self.object)
        return response


class AdSlotViewSet(NamedSnippetViewSet):
    model = AdSlot
    icon = "thumbtack"
    add_to_admin_menu = True
    menu_label = _("Ads")
    menu_name = "ads"
    menu_order = 550
    add_view_class = AdSlotCreateView
    copy_view_class = AdSlotCopyView
    edit_view_class = AdSlotEditView
    filterset_class = AdSlotFilterSet
    search_fields = ["name"]
    search_backend_name = None
    # The reader site's ranking: placement by placement, the ad shown first.
    ordering = ["placement", "-priority", "pk"]
    live_now_label = _("Live now")
    all_editions_label = _("All editions")
    names = AdminNames(
        add=_("Add ad slot"),
        new=_("New ad slot"),
        created=pgettext_lazy("ad slot", "Ad slot “%(object)s” created."),
        updated=pgettext_lazy("ad slot", "Ad slot “%(object)s” updated."),
        deleted=pgettext_lazy("ad slot", "Ad slot “%(object)s” deleted."),
        delete_question=_("Delete this ad slot?"),
        none=_("There are no ad slots yet."),
        no_match=_("No ad slot matches."),
        count=ngettext_lazy("%(number)s ad slot", "%(number)s ad slots", "count"),
    )

    @cached_property
    def list_display(self):
        return [
            "name",
            "placement",
            EditionsColumn(
                "editions",
                label=_field_label("editions"),
                all_label=self.all_editions_label,
            ),
            "priority",
            DateTimeColumn(
                "starts_at", label=_field_label("starts_at"), sort_key="starts_at"
            ),
            DateTimeColumn(
                "ends_at", label=_field_label("ends_at"), sort_key="ends_at"
            ),
            LiveStatusColumn(label=self.live_now_label),
        ]

    def get_queryset(self, request):
        return AdSlot.objects.with_live_status().prefetch_related("editions")


register_snippet(AdSlotViewSet)
