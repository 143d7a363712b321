from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, pgettext_lazy
from wagtail.snippets.models import register_snippet

from .admin_names import AdminNames, NamedSnippetViewSet
from .models import EditionSettings


class EditionSettingsViewSet(NamedSnippetViewSet):
    model = EditionSettings
    icon = "globe"
    names = AdminNames(
        add=_("Add edition settings"),
        new=_("New edition settings"),
        # The item's own name says "Edition settings (English)".
        created=pgettext_lazy("edition settings", "“%(object)s” created."),
        updated=pgettext_lazy("edition settings", "“%(object)s” updated."),
        deleted=pgettext_lazy("edition settings", "“%(object)s” deleted."),
        delete_question=_("Delete these edition settings?"),
        none=_("There are no edition settings yet."),
        no_match=_("No edition settings match."),
        count=ngettext_lazy(
            "%(number)s edition's settings", "%(number)s editions' settings", "count"
        ),
    )


register_snippet(EditionSettingsViewSet)
