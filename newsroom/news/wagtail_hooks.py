from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, pgettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from newsroom.core.admin_names import AdminNames, NamedSnippetViewSet

from .admin_views import page_viewset
from .models import Author


@hooks.register("register_admin_viewset")
def register_page_viewset():
    # Replaces Wagtail's default page viewset (registered before any app's).
    return page_viewset


class AuthorViewSet(NamedSnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "role", "user"]
    search_fields = ["name"]
    names = AdminNames(
        add=_("Add author"),
        new=_("New author"),
        created=pgettext_lazy("author", "Author “%(object)s” created."),
        updated=pgettext_lazy("author", "Author “%(object)s” updated."),
        deleted=pgettext_lazy("author", "Author “%(object)s” deleted."),
        delete_question=_("Delete this author?"),
        none=_("There are no authors yet."),
        no_match=_("No author matches."),
        count=ngettext_lazy("%(number)s author", "%(number)s authors", "count"),
    )


register_snippet(AuthorViewSet)
