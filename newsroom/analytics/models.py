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
