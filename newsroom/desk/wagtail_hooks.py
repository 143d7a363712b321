from django import forms
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, pgettext_lazy
from wagtail import hooks
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet

from newsroom.core import editions
from newsroom.core.admin_names import AdminNames, NamedSnippetViewSet
from newsroom.news.models import ArticlePage, NewsTag

from . import panels
from .menus import WriterMenuItem
from .models import Topic
from .views import (
    DeskTranslateView,
    StoryTranslationsView,
    TranslateView,
    TranslationDeskView,
)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("desk/translate/", TranslateView.as_view(), name="desk_translate"),
        path(
            "desk/translations/",
            TranslationDeskView.as_view(),
            name="desk_translations",
        ),
        path(
            "desk/translations/translate/",
            DeskTranslateView.as_view(),
            name="desk_translations_translate",
        ),
        path(
            "desk/translations/story/<int:page_id>/",
            StoryTranslationsView.as_view(),
            name="desk_story_translations",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_translation_desk_menu_item():
    return WriterMenuItem(
        _("Translation desk"),
        reverse("desk_translations"),
        icon_name="globe",
        order=249,
    )


@hooks.register("register_admin_menu_item")
def register_translate_menu_item():
    return WriterMenuItem(
        _("Translate a story"), reverse("desk_translate"), icon_name="globe", order=250
    )


def _translations_button(page, priority: int) -> Button:
    return Button(
        _("Translations"),
        reverse("desk_story_translations", args=(page.pk,)),
        icon_name="globe",
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def translations_header_button(page, user, view_name, next_url=None):
    # Class checks only: listings call this per row, and must not query per row.
    if page.specific_class is ArticlePage:
        yield _translations_button(page, priority=80)


@hooks.register("register_page_listing_more_buttons")
def translations_listing_button(page, user, next_url=None):
    if page.specific_class is ArticlePage:
        yield _translations_button(page, priority=60)


@hooks.register("register_log_actions")
def register_link_log_actions(actions):
    class LinkFormatter(LogFormatter):
        text = ""

        def format_message(self, log_entry):
            other = log_entry.data.get("other") or {}
            edition = editions.find(other.get("edition"))
            return self.text % {
                "title": other.get("title", ""),
                "edition": edition.name if edition else other.get("edition", ""),
            }

    @actions.register_action("desk.translation_linked")
    class Linked(LinkFormatter):
        label = _("Link translations")
        text = _("Linked as a translation of “%(title)s” (%(edition)s)")

    @actions.register_action("desk.translation_unlinked")
    class Unlinked(LinkFormatter):
        label = _("Unlink translations")
        text = _("Unlinked from its translation “%(title)s” (%(edition)s)")


@hooks.register("construct_homepage_panels")
def add_desk_panels(request, home_panels):
    home_panels[:] = [
        panel
        for panel in home_panels
        if getattr(panel, "name", None) != panels.WAGTAIL_REVIEW_PANEL
    ] + panels.desk_panels()


# --- Topics: the tag naming one subject in each edition --------------------------


class TagSearchForm(BaseFilterForm):
    """Search tags by part of their name (tags are not in the search index)."""

    q = forms.CharField(
        label=_("Search term"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        if query := self.cleaned_data.get("q"):
            objects = objects.filter(name__icontains=query)
            self.is_searching = True
            self.search_query = query
        return objects


class TagChooseView(ChooseView):
    filter_form_class = TagSearchForm
    ordering = "name"


class TagChooseResultsView(ChooseResultsView):
    filter_form_class = TagSearchForm
    ordering = "name"


class TagChooserViewSet(ChooserViewSet):
    """A searchable chooser of tags; the widget of every form field for a tag."""

    model = NewsTag
    icon = "tag"
    choose_one_text = _("Choose a tag")
    choose_another_text = _("Choose another tag")
    choose_view_class = TagChooseView
    choose_results_view_class = TagChooseResultsView
    per_page = 20


tag_chooser_viewset = TagChooserViewSet("desk_tag_chooser")


@hooks.register("register_admin_viewset")
def register_tag_chooser():
    return tag_chooser_viewset


def _tags_by_edition(topic: Topic) -> str:
    names = {row.locale_id: str(row.tag) for row in topic.tags.all()}
    return " · ".join(
        f"{edition.name}: {names[pk]}"
        for edition in editions.listed()
        if (pk := editions.locale_id(edition.code)) in names
    )


class TopicViewSet(NamedSnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    names = AdminNames(
        add=_("Add topic"),
        new=_("New topic"),
        created=pgettext_lazy("topic", "Topic “%(object)s” created."),
        updated=pgettext_lazy("topic", "Topic “%(object)s” updated."),
        deleted=pgettext_lazy("topic", "Topic “%(object)s” deleted."),
        delete_question=_("Delete this topic?"),
        none=_("There are no topics yet."),
        no_match=_("No topic matches."),
        count=ngettext_lazy("%(number)s topic", "%(number)s topics", "count"),
    )
    menu_order = 260
    add_to_admin_menu = False
    list_display = [
        "name",
        Column("tags", label=_("Tags by edition"), accessor=_tags_by_edition),
    ]
    ordering = ["name"]

    def get_queryset(self, request):
        return Topic.objects.prefetch_related("tags__tag")


register_snippet(TopicViewSet)
