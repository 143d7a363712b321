from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "newsroom.core"
    label = "core"
    verbose_name = _("Newsroom core")

    def ready(self):
        from . import ratelimit  # noqa: F401  (connects the login signals)
