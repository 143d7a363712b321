from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from .base import BaseBackend


@cache
def get_backend() -> BaseBackend:
    """The view counter configured by ``NEWSROOM_ANALYTICS["BACKEND"]``."""
    config = dict(settings.NEWSROOM_ANALYTICS)
    path = config.pop("BACKEND")
    try:
        backend_class = import_string(path)
    except ImportError as exc:
        raise ImproperlyConfigured(
            f"NEWSROOM_ANALYTICS['BACKEND'] is {path!r}, which cannot be imported ({exc}). "
            "Use 'newsroom.analytics.backends.database.DatabaseBackend' or set "
            "ANALYTICS_BACKEND to another importable backend class."
        ) from exc
    return backend_class(**{k.lower(): v for k, v in config.items()})
