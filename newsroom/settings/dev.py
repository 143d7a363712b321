from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
ALLOWED_HOSTS = ["*"]
# Review notifications are printed by `make run`, not sent.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Plain storage so `make run` needs no collectstatic and edits show at once.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# WhiteNoise warns at start-up when the collected-static folder is missing.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
