from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Page, TranslatableMixin

from . import editions


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    """Outlet-wide settings shared by every edition: name, social and app links.

    Empty links are hidden on the site, so an outlet without an Instagram
    account just leaves the field blank.
    """

    outlet_name = models.CharField(_("outlet name"), max_length=100, default="Newsroom")
    outlet_url = models.URLField(
        _("outlet address"),
        blank=True,
        help_text=_(
            "Public address used in the attribution notice, e.g. https://example.az"
        ),
    )
    twitter_url = models.URLField(_("X / Twitter"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    telegram_url = models.URLField(_("Telegram"), blank=True)
    app_store_url = models.URLField(_("App Store"), blank=True)
    google_play_url = models.URLField(_("Google Play"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("outlet_name"), FieldPanel("outlet_url")], _("Outlet")
        ),
        MultiFieldPanel(
            [
                FieldPanel("twitter_url"),
                FieldPanel("youtube_url"),
                FieldPanel("instagram_url"),
                FieldPanel("facebook_url"),
                FieldPanel("telegram_url"),
            ],
            _("Social accounts"),
        ),
        MultiFieldPanel(
            [FieldPanel("app_store_url"), FieldPanel("google_play_url")],
            _("Mobile apps"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self) -> list[tuple[str, str, str]]:
        """(icon name, label, url) for each filled-in social account, in header order."""
        links = [
            ("twitter", "X", self.twitter_url),
            ("youtube", "YouTube", self.youtube_url),
            ("instagram", "Instagram", self.instagram_url),
            ("facebook", "Facebook", self.facebook_url),
            ("telegram", "Telegram", self.telegram_url),
        ]
        return [link for link in links if link[2]]

    @property
    def app_links(self) -> list[tuple[str, str, str]]:
        links = [
            ("apple", "App Store", self.app_store_url),
            ("googleplay", "Google Play", self.google_play_url),
        ]
        return [link for link in links if link[2]]


class EditionSettings(TranslatableMixin, models.Model):
    """Per-edition texts editors translate: tagline and the footer attribution notice.

    A Wagtail site setting has one value for the whole site, but these texts
    differ per language, so they are a translatable snippet with one row per
    locale (see docs/design.md).
    """

    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    attribution_notice = models.CharField(
        _("attribution notice"),
        max_length=300,
        blank=True,
        help_text=_(
            "Shown in the footer, e.g. 'Any use of materials is allowed only with a "
            "hyperlink to'. The outlet's address is appended as a link."
        ),
    )

    panels = [FieldPanel("tagline"), FieldPanel("attribution_notice")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("edition settings")
        verbose_name_plural = _("edition settings")

    def __str__(self) -> str:
        return str(_("Edition settings (%(locale)s)") % {"locale": self.locale})


class BasePage(Page):
    """Every public page type: shared SEO fields and shared-cache headers.

    Public pages are identical for every anonymous reader (theme, font size and
    "already viewed" live in the browser), so they may be kept by a CDN for
    ``cache_max_age`` seconds. Logged-in editors and previews are never cached.
    """

    cache_max_age = 60
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Used by Facebook, X and Telegram link previews."),
    )

    promote_panels = Page.promote_panels + [FieldPanel("social_image")]

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        return self.add_cache_headers(request, response)

    def get_context(self, request, *args, **kwargs):
        # Every render (page, route, preview) is in the page's own edition,
        # which the frame, ads and lists then read back from the request.
        context = super().get_context(request, *args, **kwargs)
        context["edition"] = editions.activate(request, self)
        return context

    def add_cache_headers(self, request, response):
        if request.user.is_authenticated or getattr(request, "is_preview", False):
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(
                response, public=True, max_age=0, s_maxage=self.cache_max_age
            )
        return response

    def get_meta_description(self) -> str:
        return self.search_description or ""

    def get_meta_image(self):
        return self.social_image


class PendingPurge(models.Model):
    """A purge that could not reach the cache (Redis away), to be applied later.

    Applied by ``page_cache.retry_pending_purges``: when a process sees Redis
    come back, and every minute from the clock.
    """

    paths = models.JSONField(default=list)
    editions = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("pending cache purge")

    def __str__(self) -> str:
        return f"{len(self.paths)} paths, editions {self.editions}"


class LoginAttempts(models.Model):
    """Recent password attempts for one account from one address (or one page).

    Counted in the database with one atomic upsert before the password is
    checked, so concurrent requests cannot overshoot the limit and the count
    survives a cache outage (``newsroom.core.ratelimit``).
    """

    subject = models.CharField(max_length=64, unique=True)
    attempts = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("login attempts")
        verbose_name_plural = _("login attempts")

    def __str__(self) -> str:
        return f"{self.subject}: {self.attempts}"
