from typing import cast

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

from newsroom.core import editions


class TranslateForm(forms.Form):
    # The chooser shows every edition's tree, so a translator reaches stories
    # of editions they have no page permission in (Wagtail has no view-only one).
    page = forms.ModelChoiceField(
        label=_("Story"),
        queryset=Page.objects.filter(depth__gt=1),
        widget=AdminPageChooser(),
    )
    edition = forms.ChoiceField(label=_("Into the edition"))

    def __init__(self, *args, writable: list[editions.Edition], **kwargs):
        super().__init__(*args, **kwargs)
        edition = cast(forms.ChoiceField, self.fields["edition"])
        edition.choices = [(e.code, e.name) for e in writable]


class LinkForm(forms.Form):
    """The story of another edition to link ``page`` with, as translations."""

    other = forms.ModelChoiceField(
        label=_("Story in another edition"),
        queryset=Page.objects.filter(depth__gt=2),
        widget=AdminPageChooser(),
    )

    def __init__(self, *args, page: Page, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["other"].widget = AdminPageChooser(
            target_models=[page.specific_class]
        )
