from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "newsroom.search"
    label = "newsroom_search"
    verbose_name = _("Search")

    def ready(self):
        from . import signal_handlers

        signal_handlers.register(self)
