from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "newsroom.core"
    label = "core"
    verbose_name = _("Newsroom core")

    def ready(self):
        from django.db.models.signals import post_migrate

        from .admin_names import use_counted_labels
        from .signal_handlers import analyze_sqlite, register_signal_handlers

        post_migrate.connect(analyze_sqlite, sender=self, dispatch_uid="core-analyze")
        register_signal_handlers()
        use_counted_labels()
