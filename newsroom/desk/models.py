"""The desk's own tables: topics, the tag that names each one in every edition.

Tags are taggit's, shared by every edition ("Energy", "Энергетика" and
"Էներգետիկա" are three tags); a topic says they are one subject, so a
translation gets the target edition's tag. Roles are Wagtail's groups and
permissions, not models (see ``roles.py``); this module is also why Django
sends the desk ``post_migrate``, on which the roles are synced.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable
from wagtail.search import index


class TopicForm(WagtailAdminModelForm):
    """A topic names at most one tag per edition."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("tags") if hasattr(self, "formsets") else None
        if formset is None or not formset.is_valid():
            return cleaned_data
        seen = set()
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if data.get("DELETE") or not data.get("locale"):
                continue
            if data["locale"].pk in seen:
                form.add_error(
                    "locale",
                    ValidationError(
                        _("This edition already has a tag in this topic."),
                        code="duplicate_edition",
                    ),
                )
            seen.add(data["locale"].pk)
        return cleaned_data


class Topic(index.Indexed, ClusterableModel):
    """One subject, named by one tag in each edition that writes about it."""

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("What the newsroom calls the topic, e.g. “Energy”."),
    )

    panels = [
        FieldPanel("name"),
        InlinePanel(
            "tags",
            heading=_("Its tag in each edition"),
            label=_("tag"),
            help_text=_(
                "A story translated into an edition gets that edition's tag "
                "for the topic; a tag with no counterpart there is left off."
            ),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    base_form_class = TopicForm

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class TopicTag(Orderable):
    """The tag naming ``topic`` in the edition of ``locale``."""

    topic = ParentalKey(Topic, related_name="tags", on_delete=models.CASCADE)
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("edition"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    tag = models.ForeignKey(
        "news.NewsTag",
        verbose_name=_("tag"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("locale"), FieldPanel("tag")]

    class Meta(Orderable.Meta):
        verbose_name = _("tag of a topic")
        verbose_name_plural = _("tags of topics")
        constraints = [
            models.UniqueConstraint(
                fields=["topic", "locale"], name="desk_topictag_one_per_edition"
            ),
            # A tag names one topic in an edition, so mapping it is unambiguous.
            models.UniqueConstraint(
                fields=["locale", "tag"],
                name="desk_topictag_tag_once_per_edition",
                violation_error_message=_(
                    "This tag already names another topic in this edition."
                ),
            ),
        ]

    def __str__(self) -> str:
        return str(self.tag)
