from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo newsroom (``manage.py seed_demo``); no models, nothing at runtime."""

    name = "newsroom.demo"
    label = "demo"
    verbose_name = "Demo content"
