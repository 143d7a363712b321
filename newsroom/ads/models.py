from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class Placement(models.TextChoices):
    HEADER = "header", _("Header")
    ARTICLE_INLINE = "article_inline", _("Inside the article")
    SIDEBAR = "sidebar", _("Sidebar")
    FOOTER = "footer", _("Footer")


class LiveStatus(models.TextChoices):
    """Where an ad stands in its schedule, as the reader site sees it now."""

    LIVE = "live", _("Yes")
    SCHEDULED = "scheduled", _("Scheduled")
    ENDED = "ended", _("Ended")
    OFF = "off", _("Off")


def live_condition(now: datetime) -> Q:
    """The one definition of an ad that may be shown at ``now``.

    The reader site (``showing_any``), the admin's "Live now" column and
    filter (``with_live_status``) and the save warnings all use it, so they
    cannot disagree about which ads are live.
    """
    return (
        Q(is_active=True)
        & (Q(starts_at__isnull=True) | Q(starts_at__lte=now))
        & (Q(ends_at__isnull=True) | Q(ends_at__gt=now))
    )


class AdSlotQuerySet(models.QuerySet):
    def showing_any(self, now: datetime | None = None) -> AdSlotQuerySet:
        """Ads that may be shown now somewhere (any edition or placement)."""
        return self.filter(live_condition(now or timezone.now()))

    def in_edition(self, language_code: str) -> AdSlotQuerySet:
        """Ads shown in the edition ``language_code``: its own and those of every edition."""
        return self.filter(
            Q(editions__isnull=True) | Q(editions__language_code=language_code)
        ).distinct()

    def showing(
        self,
        *,
        language_code: str,
        placement: str | None = None,
        now: datetime | None = None,
    ) -> AdSlotQuerySet:
        """Ads that may be shown now in the edition ``language_code``, best first.

        Best first is the reader site's ranking: the highest priority, and
        among equals the oldest ad (lowest id). The first of a placement is
        the one readers see.
        """
        if placement is not None:
            self = self.filter(placement=placement)
        return (
            self.showing_any(now)
            .in_edition(language_code)
            .order_by("placement", "-priority", "pk")
        )

    def with_live_status(self, now: datetime | None = None) -> AdSlotQuerySet:
        """Annotate ``live_status`` (a :class:`LiveStatus` value) as of ``now``.

        Computed by the database in the listing's one query, from the same
        condition the reader site filters on.
        """
        now = now or timezone.now()
        return self.annotate(
            live_status=Case(
                When(is_active=False, then=Value(LiveStatus.OFF)),
                When(live_condition(now), then=Value(LiveStatus.LIVE)),
                When(ends_at__lte=now, then=Value(LiveStatus.ENDED)),
                default=Value(LiveStatus.SCHEDULED),
                output_field=models.CharField(),
            )
        )


class AdSlot(models.Model):
    """One advertisement: an image with a link, or third-party HTML.

    Third-party HTML never runs with the site's origin: it is served by its
    own URL (``ads:frame``, on the ads host when ``ADS_ORIGIN`` is set) with a
    CSP ``sandbox`` and into an iframe sandboxed without same-origin rights,
    so it cannot read the site's pages, cookies or storage, even when its URL
    is opened directly.
    """

    name = models.CharField(_("name"), max_length=120, help_text=_("For editors only."))
    placement = models.CharField(
        _("placement"), max_length=20, choices=Placement.choices
    )
    editions = models.ManyToManyField(
        "wagtailcore.Locale",
        verbose_name=_("editions"),
        blank=True,
        help_text=_("Leave empty to show in every edition."),
    )
    starts_at = models.DateTimeField(_("starts"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    priority = models.PositiveSmallIntegerField(
        _("priority"),
        default=0,
        help_text=_(
            "When several live ads compete for one placement in an edition, the "
            "highest priority is shown; among equals, the oldest ad."
        ),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link_url = models.URLField(_("link"), blank=True)
    alt_text = models.CharField(_("image description"), max_length=200, blank=True)
    html = models.TextField(
        _("third-party HTML"), blank=True, help_text=_("Shown in a sandboxed frame.")
    )
    height = models.PositiveSmallIntegerField(_("frame height (px)"), default=250)

    objects = AdSlotQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("placement"),
        FieldPanel("editions"),
        MultiFieldPanel(
            [
                FieldPanel("starts_at"),
                FieldPanel("ends_at"),
                FieldPanel("is_active"),
                FieldPanel("priority"),
            ],
            _("Schedule"),
        ),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("link_url")],
            _("Image ad"),
        ),
        MultiFieldPanel(
            [FieldPanel("html"), FieldPanel("height")], _("Third-party ad")
        ),
    ]

    class Meta:
        verbose_name = _("ad slot")
        verbose_name_plural = _("ad slots")

    def __str__(self) -> str:
        return self.name

    def clean(self):
        if not self.image_id and not self.html.strip():
            raise ValidationError(_("Choose an image or paste third-party HTML."))
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})
