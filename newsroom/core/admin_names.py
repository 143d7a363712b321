"""Whole sentences for our models in the admin, so every language can decline them.

Wagtail builds its snippet screens' phrases by dropping the model's name into
one sentence for all models: "Add %(model_name)s", "%(model_name)s '%(object)s'
created.". English reads fine; Russian does not, because the name must change
its case ("Добавить автора", not "Добавить автор") and the verb its gender
("Автор создан", "Рекламное место создано"). A catalogue cannot fix that: the
name is already a finished word when it reaches the sentence.

So each of our snippet models carries its own sentences (:class:`AdminNames`),
translated whole, and :class:`NamedSnippetViewSet` puts them where Wagtail
would compose its own. Register a snippet with a subclass of it::

    class AuthorViewSet(NamedSnippetViewSet):
        model = Author
        names = AdminNames(add=_("Add author"), ...)
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.formats import number_format
from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import ngettext_lazy
from wagtail.admin.paginator import WagtailPaginator
from wagtail.models import Locale
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet


@dataclass(frozen=True)
class AdminNames:
    """One model's admin sentences, each a lazily translated whole phrase.

    ``created``, ``updated`` and ``deleted`` take ``%(object)s`` (the item's
    name); the others take nothing.
    """

    add: str | Promise  # the index's button: "Add author"
    new: str | Promise  # the add view's title: "New author"
    created: str | Promise  # "Author “%(object)s” created."
    updated: str | Promise  # "Author “%(object)s” updated."
    deleted: str | Promise  # "Author “%(object)s” deleted."
    delete_question: str | Promise  # "Delete this author?"
    none: str | Promise  # the empty index: "There are no authors yet."
    no_match: str | Promise  # a search or filter found nothing: "No author matches."
    # Under the listing: "18 authors", an ngettext_lazy choosing its form by
    # ``count`` and showing ``%(number)s`` (the count with thousands separators).
    count: str | Promise | None = None


# Counted phrases by model, for the listings' "18 authors" line.
COUNTED: dict[type[models.Model], str | Promise] = {
    # Wagtail's locales are the editions (see wagtail_wording).
    Locale: ngettext_lazy("%(number)s edition", "%(number)s editions", "count"),
}


def items_count_label(paginator: WagtailPaginator) -> str:
    """ "18 authors" under a listing, counted in the admin's language.

    Wagtail writes the number before the model's plural name ("18 авторы");
    Russian needs the number to choose the noun's form ("1 автор", "3
    автора", "18 авторов"). Models without a counted phrase keep Wagtail's.
    """
    phrase = COUNTED.get(paginator.model) if paginator.model else None
    if phrase is None:
        return _wagtail_items_count_label(paginator)
    return phrase % {
        "count": paginator.count,
        "number": number_format(paginator.count, force_grouping=True),
    }


_wagtail_items_count_label = WagtailPaginator.items_count_label.func


def use_counted_labels() -> None:
    """Make every admin listing count with :data:`COUNTED` (called once, at start-up).

    Wagtail's paginator has no hook for its label and every listing view
    makes its own, so its one property is replaced here.
    """
    WagtailPaginator.items_count_label = property(items_count_label)


class _Named:
    names: AdminNames | None = None


class NamedIndexView(_Named, snippet_views.IndexView):
    @property
    def add_item_label(self):
        return self.names.add if self.names else super().add_item_label

    @property
    def no_results_message(self):
        if not self.names:
            return super().no_results_message
        if self.is_searching or self.is_filtering:
            return self.names.no_match
        return self.names.none


class NamedCreateView(_Named, snippet_views.CreateView):
    def get_success_message(self, instance):
        if not self.names:
            return super().get_success_message(instance)
        return self.names.created % {"object": instance}

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        if self.names and items:
            # Wagtail's last crumb is "New: <model name>".
            items[-1] = {**items[-1], "label": capfirst(self.names.new)}
        return items


class NamedEditView(_Named, snippet_views.EditView):
    def get_success_message(self):
        if not self.names:
            return super().get_success_message()
        return self.names.updated % {"object": self.object}


class NamedDeleteView(_Named, snippet_views.DeleteView):
    @property
    def confirmation_message(self):
        return (
            self.names.delete_question if self.names else super().confirmation_message
        )

    def get_success_message(self):
        if not self.names:
            return super().get_success_message()
        return self.names.deleted % {"object": self.object}


class NamedSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose screens speak in its model's own sentences."""

    names: AdminNames | None = None
    index_results_template_name = "admin/named_index_results.html"

    index_view_class = NamedIndexView
    add_view_class = NamedCreateView
    edit_view_class = NamedEditView
    delete_view_class = NamedDeleteView

    def on_register(self):
        super().on_register()
        if self.names and self.names.count:
            COUNTED[self.model] = self.names.count

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(names=self.names, **kwargs)

    def get_add_view_kwargs(self, **kwargs):
        return super().get_add_view_kwargs(names=self.names, **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(names=self.names, **kwargs)

    def get_delete_view_kwargs(self, **kwargs):
        return super().get_delete_view_kwargs(names=self.names, **kwargs)
