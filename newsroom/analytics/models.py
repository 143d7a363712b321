from django.db import models
from django.utils.translation import gettext_lazy as _


class PageViewBucket(models.Model):
    """Views of one page in one hour, written by the database counter backend.

    Hourly rows keep "most read in the last 24 hours" a cheap range query and
    keep each write a single-row upsert, whatever the page's age.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    hour = models.DateTimeField(_("hour"))
    views = models.PositiveBigIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views per hour")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "hour"], name="analytics_unique_page_hour"
            )
        ]
        indexes = [models.Index(fields=["hour", "page"])]

    def __str__(self) -> str:
        return f"{self.page_id} @ {self.hour:%Y-%m-%d %H}:00 = {self.views}"


class ViewFold(models.Model):
    """One batch of Redis view counts already added to the buckets.

    Written in the same transaction as the counts, so a batch that two
    workers fold at once, or that is folded again after a crash between the
    database commit and the Redis clean-up, is added exactly once.
    """

    batch = models.CharField(_("batch"), max_length=64, unique=True)
    folded_at = models.DateTimeField(_("folded at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("folded view batch")

    def __str__(self) -> str:
        return self.batch
