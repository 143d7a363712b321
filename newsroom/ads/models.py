from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet


class Placement(models.TextChoices):
    HEADER = "header", _("Header")
    ARTICLE_INLINE = "article_inline", _("Inside the article")
    SIDEBAR = "sidebar", _("Sidebar")
    FOOTER = "footer", _("Footer")


class AdSlotQuerySet(models.QuerySet):
    def showing_any(self, now=None):
        """Ads that may be shown now somewhere (any edition or placement)."""
        now = now or timezone.now()
        return (
            self.filter(is_active=True)
            .filter(Q(starts_at__isnull=True) | Q(starts_at__lte=now))
            .filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))
        )

    def showing(self, *, language_code: str, placement: str | None = None, now=None):
        """Ads that may be shown now in the edition ``language_code``, best first."""
        now = now or timezone.now()
        if placement is not None:
            self = self.filter(placement=placement)
        return (
            self.showing_any(now)
            .filter(Q(editions__isnull=True) | Q(editions__language_code=language_code))
            .distinct()
            .order_by("placement", "-priority", "pk")
        )


@register_snippet
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
        help_text=_("Higher wins when several ads compete for one placement."),
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
