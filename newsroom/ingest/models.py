"""Sources that feed drafts into the newsroom, what came of each item, and the
messages that carry published stories to the editions' Telegram channels."""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from . import channels
from .forms import SourceForm, TelegramChannelForm


class SourceKind(models.TextChoices):
    FEED = "feed", _("RSS or Atom feed")
    TELEGRAM = "telegram", _("Public Telegram channel")


class Source(models.Model):
    """A feed or public Telegram channel whose new items become drafts in one section."""

    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(
        _("kind"), max_length=16, choices=SourceKind.choices, default=SourceKind.FEED
    )
    address = models.CharField(
        _("address"),
        max_length=500,
        help_text=_(
            "For a feed, its address (https://...). For a Telegram channel, its "
            "name (@channel) or address (https://t.me/channel)."
        ),
    )
    section = models.ForeignKey(
        "news.SectionPage",
        verbose_name=_("section"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Drafts are made in this section, so in its edition. Nothing is "
            "published until an editor publishes it."
        ),
    )
    source_line = models.CharField(
        _("source line"),
        max_length=200,
        help_text=_(
            "The story's credit line, e.g. 'Telegram channel of the Ministry of "
            "Foreign Affairs'."
        ),
    )
    attribution = models.CharField(
        _("photo credit"),
        max_length=120,
        blank=True,
        help_text=_(
            "Given to the pictures this source brings, e.g. 'APA'. Empty: the "
            "source line."
        ),
    )
    poll_minutes = models.PositiveIntegerField(
        _("poll every (minutes)"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 60)],
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive sources are not polled.")
    )

    # What the last polls did, shown in the admin.
    last_polled_at = models.DateTimeField(_("last polled"), null=True, editable=False)
    last_success_at = models.DateTimeField(_("last success"), null=True, editable=False)
    last_error = models.TextField(_("last error"), blank=True, editable=False)
    last_error_at = models.DateTimeField(_("last error at"), null=True, editable=False)
    items_made = models.PositiveIntegerField(
        _("drafts made"), default=0, editable=False
    )
    items_skipped = models.PositiveIntegerField(
        _("items skipped"), default=0, editable=False
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("address")]),
        FieldPanel("section"),
        MultiFieldPanel(
            [FieldPanel("source_line"), FieldPanel("attribution")], _("Credits")
        ),
        FieldRowPanel([FieldPanel("poll_minutes"), FieldPanel("is_active")]),
    ]
    base_form_class = SourceForm

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if self.kind == SourceKind.TELEGRAM:
            channel = channels.channel_name(self.address)
            if channel is None:
                raise ValidationError(
                    {
                        "address": _(
                            "Give the channel's name (@channel) or its address "
                            "(https://t.me/channel)."
                        )
                    }
                )
            self.address = channel
        else:
            from .fetch import check_address

            problem = check_address(self.address)
            if problem:
                raise ValidationError({"address": problem})

    @property
    def edition_code(self) -> str:
        from newsroom.core import editions

        return editions.of_page(self.section).code

    @property
    def original_address(self) -> str:
        """Where a person reads the source: the feed, or the channel on t.me."""
        if self.kind == SourceKind.TELEGRAM:
            return f"https://t.me/{self.address}"
        return self.address

    def is_due(self, now=None) -> bool:
        now = now or timezone.now()
        return self.last_polled_at is None or self.last_polled_at <= now - timedelta(
            minutes=self.poll_minutes
        )


class IngestedItem(models.Model):
    """One item of a source, made into a draft once: its key is unique per source.

    The row outlives the draft: a discarded item is not made again.
    """

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="items")
    key = models.CharField(max_length=255)
    page = models.ForeignKey(
        "news.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    original_url = models.URLField(max_length=1000, blank=True)
    title = models.CharField(max_length=255)
    made_at = models.DateTimeField(default=timezone.now, db_index=True)
    discarded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("ingested item")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "key"], name="ingest_item_once_per_source"
            )
        ]

    def __str__(self) -> str:
        return self.title


class TelegramPostState(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENT = "sent", _("Posted")
    RETRY = "retry", _("Will be retried")
    FAILED = "failed", _("Failed")
    DELETED = "deleted", _("Deleted")


class TelegramPost(models.Model):
    """The message that carries one story to its edition's Telegram channel.

    One row per story (unique), claimed with a conditional update before any
    call to Telegram, so retries, two workers and republishing never post a
    story twice.
    """

    page = models.OneToOneField(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="telegram_post"
    )
    channel = models.CharField(max_length=200, blank=True)
    message_id = models.BigIntegerField(null=True, blank=True)
    with_photo = models.BooleanField(default=False)
    sent_text = models.TextField(blank=True)
    state = models.CharField(
        max_length=16,
        choices=TelegramPostState.choices,
        default=TelegramPostState.PENDING,
    )
    # Set by a sync that found the claim taken: the holder looks again.
    resync = models.BooleanField(default=False)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True, db_index=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Telegram post")

    def __str__(self) -> str:
        return f"{self.channel} #{self.message_id}"

    @property
    def message_url(self) -> str:
        if self.message_id and self.channel.startswith("@"):
            return f"https://t.me/{self.channel[1:]}/{self.message_id}"
        return ""


class TelegramChannel(models.Model):
    """An edition's Telegram channel and the bot that posts its stories there.

    The token is a password: the form never shows it again. Environment
    variables (``TELEGRAM_BOT_TOKEN``, ``TELEGRAM_CHANNEL_<CODE>``, ...)
    serve editions with no row here (docs/ingest.md).
    """

    edition = models.CharField(_("edition"), max_length=16, unique=True)
    channel = models.CharField(
        _("channel"),
        max_length=200,
        help_text=_("The channel's @name, or its numeric id for a private channel."),
    )
    bot_token = models.CharField(_("bot token"), max_length=200, blank=True)
    is_active = models.BooleanField(
        _("post published stories"),
        default=True,
        help_text=_("Untick to stop posting without losing the settings."),
    )

    panels = [
        FieldPanel("edition"),
        FieldPanel("channel"),
        FieldPanel("bot_token"),
        FieldPanel("forget_token"),
        FieldPanel("is_active"),
    ]
    base_form_class = TelegramChannelForm

    class Meta:
        verbose_name = _("Telegram channel")
        verbose_name_plural = _("Telegram channels")
        ordering = ["edition"]

    def __str__(self) -> str:
        from newsroom.core import editions

        edition = editions.find(self.edition)
        return f"{self.channel} ({edition.name if edition else self.edition})"

    def clean(self) -> None:
        super().clean()
        chat = channels.chat_id(self.channel)
        if chat is None:
            raise ValidationError(
                {"channel": _("Give the channel's @name, e.g. @outlet_news.")}
            )
        self.channel = chat
