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
# The demo polls its own feed on 127.0.0.1 (docs/ingest.md).
NEWSROOM_DEMO_WIRE = env_bool("NEWSROOM_DEMO_WIRE", True)
INGEST_ALLOW_PRIVATE_ADDRESSES = env_bool("INGEST_ALLOW_PRIVATE_ADDRESSES", True)
