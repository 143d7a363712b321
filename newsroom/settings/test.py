import os

from .base import *  # noqa: F403
from .base import VAR_DIR, env

SECRET_KEY = "test-only-secret-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Each test run gets its own media folder so generated renditions never mix
# with the demo site's.
MEDIA_ROOT = VAR_DIR / "test-media" / str(os.getpid())
# Tasks run inline in tests; the worker itself has its own test.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "newsroom.search.backends"}}
if not env("REDIS_URL"):
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": alias,
        }
        for alias in ("default", "pages", "renditions")
    }
# WhiteNoise warns at start-up when the collected-static folder is missing.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
# Tests about other things change content with plain ORM updates (no publish
# signals); the page cache has its own tests, which turn it on.
NEWSROOM_PAGE_CACHE_SECONDS = 0
# The counter tests check the database buckets; the Redis counter has its own
# tests against the real Redis server.
NEWSROOM_ANALYTICS = {"BACKEND": "newsroom.analytics.backends.database.DatabaseBackend"}
# Ingest tests run their feeds, channel pages and Bot API on 127.0.0.1, with
# short waits so hanging peers cost a second.
NEWSROOM_DEMO_WIRE = True
INGEST_ALLOW_PRIVATE_ADDRESSES = True
INGEST_TIMEOUT_SECONDS = 1.0
INGEST_DEADLINE_SECONDS = 3.0
TELEGRAM_TIMEOUT_SECONDS = 1.0
TELEGRAM_RETRY_BASE_SECONDS = 0.05
