from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdsConfig(AppConfig):
    name = "newsroom.ads"
    label = "ads"
    verbose_name = _("Advertising")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
