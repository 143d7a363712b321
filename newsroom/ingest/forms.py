from __future__ import annotations

import operator
from functools import reduce

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from newsroom.core import editions


def writable_sections(user):
    """Sections of the editions whose pages ``user`` may publish, in tree order."""
    from newsroom.news.models import SectionPage

    sections = SectionPage.objects.order_by("path")
    if user is None or user.is_superuser:
        return sections
    # Rights on the tree's root (the chief editor) reach every home too.
    allowed = [
        Q(path__startswith=home.path)
        for home in editions.homes().values()
        if home.permissions_for_user(user).can_publish_subpage()
    ]
    return (
        sections.filter(reduce(operator.or_, allowed)) if allowed else sections.none()
    )


class SectionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{editions.of_page(obj).name} › {obj.title}"


class SourceForm(WagtailAdminModelForm):
    """A source's form: only sections of editions the editor runs."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        field = self.fields["section"]
        self.fields["section"] = SectionChoiceField(
            queryset=writable_sections(for_user),
            label=field.label,
            help_text=field.help_text,
        )


class TelegramChannelForm(WagtailAdminModelForm):
    """The token is typed, never shown: left empty, the saved one is kept."""

    forget_token = forms.BooleanField(
        label=_("Remove the saved token"),
        required=False,
        help_text=_(
            "Then the TELEGRAM_BOT_TOKEN environment variable is used, if set."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["edition"] = forms.ChoiceField(
            label=self.fields["edition"].label,
            choices=[(e.code, e.name) for e in editions.listed()],
        )
        saved = bool(self.instance.pk and self.instance.bot_token)
        self.fields["bot_token"] = forms.CharField(
            label=self.fields["bot_token"].label,
            required=False,
            widget=forms.PasswordInput(
                render_value=False, attrs={"autocomplete": "off"}
            ),
            help_text=_("A token is saved. Type a new one to replace it.")
            if saved
            else _("From @BotFather. The bot must be an administrator of the channel."),
        )
        self._saved_token = self.instance.bot_token if self.instance.pk else ""

    def clean_bot_token(self):
        typed = (self.cleaned_data.get("bot_token") or "").strip()
        return typed or self._saved_token

    def save(self, commit=True):
        if self.cleaned_data.get("forget_token"):
            self.instance.bot_token = ""
        return super().save(commit=commit)
