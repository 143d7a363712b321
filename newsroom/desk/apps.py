from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeskConfig(AppConfig):
    name = "newsroom.desk"
    label = "desk"
    verbose_name = _("Newsroom desk")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers(self)
