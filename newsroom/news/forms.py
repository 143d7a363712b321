"""The story's admin form: bylines from the story's own edition, and "Add me".

This module imports no models (``news.models`` names :class:`ArticleForm` as
the story's ``base_form_class``); it reaches the author model through the
story's ``authors`` field.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from newsroom.core import editions


class EditionAuthorsField(forms.ModelMultipleChoiceField):
    """The story's authors, offered and accepted from one edition only.

    An author of another edition posted anyway (a stale form, a crafted
    request) is refused by name, with the edition it belongs to, instead of
    Django's "not one of the available choices" with a number.
    """

    def __init__(
        self,
        *,
        every_author,
        edition: editions.Edition,
        locale_id: int | None,
        **kwargs: Any,
    ) -> None:
        self.every_author = every_author
        self.edition = edition
        super().__init__(queryset=every_author.filter(locale_id=locale_id), **kwargs)
        self.locale_id = locale_id

    def _check_values(self, value):
        try:
            return super()._check_values(value)
        except ValidationError as error:
            if error.code != "invalid_choice":
                raise
            strangers = self._of_other_editions(value)
            if not strangers:
                raise
            raise ValidationError(
                _(
                    "Not an author of the %(edition)s edition: %(names)s. A story "
                    "is signed by authors of its own edition; tick them in the "
                    "list, or ask an editor to add the author to this edition."
                ),
                code="other_edition",
                params={"edition": self.edition.name, "names": ", ".join(strangers)},
            ) from error

    def _of_other_editions(self, value) -> list[str]:
        keys = [str(key) for key in value if str(key).isdigit()]
        strangers = self.every_author.filter(pk__in=keys).exclude(
            locale_id=self.locale_id
        )
        return [
            f"{author.name} ({editions.of_page(author).name})" for author in strangers
        ]


class ArticleForm(WagtailAdminPageForm):
    """The story form: its edition's authors only, and "Add me to the byline".

    The edition is the story's locale (on the add view, its section's: Wagtail
    gives the new page its parent's locale before making the form).
    """

    add_me_to_byline = forms.BooleanField(
        label=_("Add me to the byline"), required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.byline_author = None
        authors = self.fields.get("authors")
        if authors is None:
            return
        every_author = self._author_model()._default_manager.all()
        edition = editions.of_page(self.instance)
        if "add_me_to_byline" in self.fields:
            self.fields["add_me_to_byline"].help_text = self._add_me_help(every_author)
        self.fields["authors"] = EditionAuthorsField(
            every_author=every_author,
            edition=edition,
            locale_id=self.instance.locale_id,
            required=authors.required,
            widget=authors.widget,
            label=authors.label,
            help_text=authors.help_text,
        )

    def _add_me_help(self, every_author) -> str:
        user = self.for_user
        if user is None:
            return ""
        own = every_author.filter(user=user, locale_id=self.instance.locale_id)
        name = next((author.name for author in own[:1]), None)
        if name:
            return gettext("On saving, you join the authors as “%(name)s”.") % {
                "name": name
            }
        if user.get_full_name().strip():
            return gettext(
                "On saving, you join the authors as “%(name)s”, your account's "
                "name: your author entry in this edition is made from it."
            ) % {"name": user.get_full_name().strip()}
        return gettext(
            "Your login has no name to sign with yet: add your first and last "
            "name in your account settings first."
        )

    def _author_model(self):
        return self._meta.model._meta.get_field("authors").related_model

    def clean(self) -> dict[str, Any]:
        cleaned_data = super().clean()
        if cleaned_data.get("add_me_to_byline") and self.for_user is not None:
            try:
                self.byline_author = self._author_model().objects.byline(
                    self.for_user, locale_id=self.instance.locale_id, save=False
                )
            except ValidationError as error:
                self.add_error("add_me_to_byline", error)
        return cleaned_data

    def save(self, commit: bool = True):
        if self.byline_author is not None:
            # Saved now, whatever ``commit`` says: the story's revision must
            # name an author that exists. Asked again rather than saving the
            # one checked in clean(), which another request may have made since.
            author = self._author_model().objects.byline(
                self.for_user, locale_id=self.instance.locale_id
            )
            authors = list(self.cleaned_data.get("authors") or [])
            if author.pk not in {a.pk for a in authors}:
                self.cleaned_data["authors"] = [*authors, author]
        return super().save(commit=commit)
