from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import panels, selectors
from .views import TranslateView


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("desk/translate/", TranslateView.as_view(), name="desk_translate"),
    ]


class TranslateMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(selectors.editions_user_can_write(request.user))


@hooks.register("register_admin_menu_item")
def register_translate_menu_item():
    return TranslateMenuItem(
        _("Translate a story"), reverse("desk_translate"), icon_name="globe", order=250
    )


@hooks.register("construct_homepage_panels")
def add_desk_panels(request, home_panels):
    home_panels[:] = [
        panel
        for panel in home_panels
        if getattr(panel, "name", None) != panels.WAGTAIL_REVIEW_PANEL
    ] + panels.desk_panels()
