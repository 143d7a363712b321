"""Settings shared by every environment.

The environment is read here, once, through :func:`env`; ``dev``, ``test`` and
``production`` only change defaults. Every variable is listed in README.md.
"""

import os
from pathlib import Path
from typing import Any, Literal, overload

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from newsroom.core.edition_config import language_settings, parse_editions

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("NEWSROOM_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)  # SQLite cannot create its folder


@overload
def env(name: str, default: str, *, required: bool = False) -> str: ...
@overload
def env(name: str, default: None = None, *, required: Literal[True]) -> str: ...
@overload
def env(
    name: str, default: None = None, *, required: Literal[False] = False
) -> str | None: ...
def env(name: str, default: str | None = None, *, required: bool = False) -> str | None:
    """Return the environment variable ``name``, or ``default``.

    ``required`` variables raise at start-up with the variable's name, so a
    half-configured production server never starts.
    """
    value = os.environ.get(name)
    if not value:
        if required:
            raise ImproperlyConfigured(
                f"Set the {name} environment variable (see README.md, 'Configuration')."
            )
        return default
    return value


def env_bool(name: str, default: bool) -> bool:
    value = env(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = env(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY", "insecure-development-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "newsroom.core",
    "newsroom.news",
    "newsroom.search",
    "newsroom.analytics",
    "newsroom.ads",
    "newsroom.desk",
    "newsroom.ingest",
    "newsroom.demo",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "django_tasks_rq",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "newsroom.core.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "newsroom.core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "newsroom.core.ratelimit.LoginRateLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the worker writes; without it the
    # worker's writes make readers fail with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    # Unreachable Redis is treated as an empty cache (newsroom.core.cache):
    # pages render uncached, and nothing waits longer than these timeouts.
    _redis = {
        "BACKEND": "newsroom.core.cache.ResilientRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": env("CACHE_KEY_PREFIX", "newsroom"),
        "OPTIONS": {
            "socket_connect_timeout": float(env("REDIS_TIMEOUT", "0.5")),
            "socket_timeout": float(env("REDIS_TIMEOUT", "0.5")),
            "RETRY_AFTER": float(env("REDIS_RETRY_AFTER", "5")),
        },
    }
    CACHES = {"default": _redis, "pages": _redis, "renditions": _redis}
else:
    # One machine: what every process must agree on (page-cache versions,
    # i.e. purges; login limits) lives in files shared by the web workers,
    # the task worker and commands. Rendered pages and rendition records live
    # in each worker's memory: a page's copy is only reachable through the
    # shared version, so a purge in any process drops every worker's copy.
    # (Django's file cache lists its folder on every write, too slow for the
    # rendition records Wagtail rewrites on each request.)
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "newsroom"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "newsroom-pages",
            "OPTIONS": {"MAX_ENTRIES": int(env("PAGE_CACHE_MAX_ENTRIES", "600"))},
        },
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "newsroom-renditions",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }

# Background tasks: a Redis queue (RQ) when Redis is configured, else a queue
# in the database. `manage.py worker` runs the right worker for either. While
# Redis is unreachable, tasks run where they are enqueued (newsroom.core.task_backends).
TASKS = {
    "default": {
        "BACKEND": env(
            "TASKS_BACKEND",
            "newsroom.core.task_backends.ResilientRQBackend"
            if REDIS_URL
            else "django_tasks_db.DatabaseBackend",
        )
    }
}


def _with_timeouts(url: str) -> str:
    """``url`` with short connect / socket timeouts (redis-py reads them from it)."""
    if "socket_timeout" in url:
        return url
    timeout = env("REDIS_TIMEOUT", "0.5")
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}socket_connect_timeout={timeout}&socket_timeout={timeout}"


RQ_QUEUES = {
    "default": {
        "URL": _with_timeouts(REDIS_URL or "redis://127.0.0.1:6379/0"),
        "DEFAULT_TIMEOUT": 600,
    }
}
# Periodic jobs, enqueued by the clock process (`manage.py clock`): the dotted
# path of a task and its interval in seconds. Scheduled stories go live (and
# expired ones come down) within SCHEDULED_PUBLISHING_SECONDS of their time.
NEWSROOM_CLOCK_JOBS = [
    (
        "newsroom.core.tasks.publish_scheduled_pages",
        int(env("SCHEDULED_PUBLISHING_SECONDS", "60")),
    ),
    ("newsroom.analytics.tasks.fold_view_counts", 60),
    ("newsroom.core.tasks.retry_pending_purges", 60),
    # Sources are polled at their own intervals; this asks which are due.
    ("newsroom.ingest.tasks.poll_due_sources", int(env("INGEST_CHECK_SECONDS", "60"))),
    ("newsroom.ingest.tasks.retry_telegram_posts", 30),
]

# Ingest (docs/ingest.md): how sources are read. Feeds and channel pages are
# read up to INGEST_MAX_BYTES, pictures up to INGEST_MAX_IMAGE_BYTES, each
# request waits at most INGEST_TIMEOUT_SECONDS for data and
# INGEST_DEADLINE_SECONDS in all. Items older than INGEST_MAX_AGE_DAYS are
# not made into drafts (a new source does not flood Incoming with its
# archive). Sources may not reach private networks unless allowed.
INGEST_MAX_BYTES = int(env("INGEST_MAX_BYTES", str(5 * 1024 * 1024)))
INGEST_MAX_IMAGE_BYTES = int(env("INGEST_MAX_IMAGE_BYTES", str(10 * 1024 * 1024)))
INGEST_TIMEOUT_SECONDS = float(env("INGEST_TIMEOUT_SECONDS", "10"))
INGEST_DEADLINE_SECONDS = float(env("INGEST_DEADLINE_SECONDS", "30"))
INGEST_MAX_AGE_DAYS = float(env("INGEST_MAX_AGE_DAYS", "3"))
INGEST_ALLOW_PRIVATE_ADDRESSES = env_bool("INGEST_ALLOW_PRIVATE_ADDRESSES", False)
INGEST_USER_AGENT = env(
    "INGEST_USER_AGENT", "Newsroom-ingest/1.0 (+https://github.com/newsroom)"
)
# The demo agency's feed at /demo/wire.xml (on in development settings).
NEWSROOM_DEMO_WIRE = env_bool("NEWSROOM_DEMO_WIRE", False)
# Telegram: where channel previews and the Bot API live (tests point these at
# local servers), how long a call may take, and how long a 429's wait may be
# slept through in the worker before the retry is left to the clock.
TELEGRAM_PREVIEW_URL = env("TELEGRAM_PREVIEW_URL", "https://t.me/s/{channel}")
TELEGRAM_API_URL = env("TELEGRAM_API_URL", "https://api.telegram.org")
TELEGRAM_TIMEOUT_SECONDS = float(env("TELEGRAM_TIMEOUT_SECONDS", "15"))
TELEGRAM_INLINE_RETRY_SECONDS = float(env("TELEGRAM_INLINE_RETRY_SECONDS", "5"))
TELEGRAM_RETRY_BASE_SECONDS = float(env("TELEGRAM_RETRY_BASE_SECONDS", "2"))

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Editions: "code[:name[:territory locale]]", comma-separated, the first served
# without a prefix. Adding one (say Azerbaijani, "az") is this variable, a
# catalogue in newsroom/locale/ and a home page (docs/editions.md).
EDITIONS = parse_editions(
    env("EDITIONS", "en:English:en_US,ru:Русский:ru_RU,hy:Հայերեն:hy_AM")
)
_languages = language_settings(EDITIONS)
LANGUAGE_CODE = _languages["LANGUAGE_CODE"]
LANGUAGES = _languages["LANGUAGES"]
WAGTAIL_CONTENT_LANGUAGES = _languages["WAGTAIL_CONTENT_LANGUAGES"]
WAGTAIL_I18N_ENABLED = True
# The page type of an edition's front page (newsroom.core.editions.home).
NEWSROOM_EDITION_HOME_MODEL = "news.HomePage"
USE_I18N = True
USE_TZ = True
TIME_ZONE = env("TIME_ZONE", "Asia/Baku")
LOCALE_PATHS = [PROJECT_DIR / "locale"]
FORMAT_MODULE_PATH = ["newsroom.core.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(VAR_DIR / "static")))
MEDIA_URL = env("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES: dict[str, dict[str, Any]] = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_MAX_AGE = 3600

# Media on S3-compatible storage (AWS S3, MinIO, Ceph, ...) when a bucket is set.
# Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY as boto3 reads them.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env("AWS_S3_ENDPOINT_URL"),
            "region_name": env("AWS_S3_REGION_NAME"),
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN"),
            "url_protocol": env("AWS_S3_URL_PROTOCOL", "https:"),
            # Public, cacheable URLs: renditions are public images.
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": env("AWS_DEFAULT_ACL"),
            "object_parameters": {
                "CacheControl": "public, max-age=31536000, immutable"
            },
        },
    }
    # Documents may sit in private collections: serve them through Wagtail's
    # view, which checks permissions, never straight from the public bucket.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

WAGTAIL_SITE_NAME = env("OUTLET_NAME", "Newsroom")
WAGTAILADMIN_BASE_URL = env("BASE_URL", "http://127.0.0.1:8000")
# Search (docs/search.md): pages in Newsroom's language-aware index in the
# database (newsroom/search), everything else in Wagtail's database backend.
# SEARCH_URL switches to OpenSearch / Elasticsearch (not tested here).
SEARCH_URL = env("SEARCH_URL")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "newsroom.search.backends"}}
if SEARCH_URL:
    from newsroom.search.opensearch import backend_settings

    WAGTAILSEARCH_BACKENDS = {"default": backend_settings(SEARCH_URL)}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx", "zip"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Concurrent editing: each open editor tells the server every this many
# milliseconds that it is still there, and learns who else is editing and
# whether someone saved a newer version (docs/newsroom.md, "Two editors on
# one story"). Shorter means sooner warnings and more requests per editor.
WAGTAIL_EDITING_SESSION_PING_INTERVAL = round(
    float(env("EDITING_SESSION_PING_SECONDS", "10")) * 1000
)
# No avatars from Gravatar: the admin loads nothing from outside the site (it
# breaks offline and tells a third party who edits); Wagtail shows its own.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Review notifications (docs/newsroom.md, "Review and publishing") go out by
# SMTP; development prints them to the console instead (settings/dev.py).
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "newsroom@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Superusers are operators, not editors: without this every edition's
# submissions would reach them too.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    "loggers": {
        "newsroom": {
            "handlers": ["console"],
            "level": env("LOG_LEVEL", "INFO"),
            "propagate": False,
        },
    },
}

SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
# Paths that get no Content-Security-Policy from us (Wagtail's admin has its own needs).
NEWSROOM_CSP_EXEMPT_PATHS = ["/admin/"]
# Extra image hosts, e.g. the S3 / CDN host of MEDIA_URL.
NEWSROOM_CSP_EXTRA_IMG_SRC = env_list("CSP_EXTRA_IMG_SRC", [])
if AWS_STORAGE_BUCKET_NAME:
    # Renditions are served from the bucket (or its CDN domain).
    NEWSROOM_CSP_EXTRA_IMG_SRC.append(
        env("AWS_S3_CUSTOM_DOMAIN")
        or env("AWS_S3_ENDPOINT_URL")
        or f"{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"
    )

# Third-party ad HTML is served with a CSP sandbox (an opaque origin) and, when
# ADS_ORIGIN is set (e.g. https://ads.example.az, a second name of this site),
# from that host, so even a popup the ad opens is not on the site's origin.
NEWSROOM_ADS_ORIGIN = env("ADS_ORIGIN", "").rstrip("/")
# The site's own public origins, allowed to frame ads served from the ads host.
NEWSROOM_SITE_ORIGINS = env_list(
    "SITE_ORIGINS", [env("BASE_URL", "http://127.0.0.1:8000").rstrip("/")]
)

# Admin login rate limiting (newsroom.core.ratelimit).
NEWSROOM_LOGIN_PATHS = ["/admin/login/"]
NEWSROOM_LOGIN_MAX_ATTEMPTS = int(env("LOGIN_MAX_ATTEMPTS", "5"))
NEWSROOM_LOGIN_LOCKOUT_SECONDS = int(env("LOGIN_LOCKOUT_SECONDS", "900"))
NEWSROOM_TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))

# Newsroom's own knobs.
# Seconds the app cache keeps a rendered public page (0 turns the page cache off).
NEWSROOM_PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "300"))
# Paths (in every edition: "/search/" covers "/ru/search/") never cached.
NEWSROOM_PAGE_CACHE_EXEMPT_PATHS = [
    "/admin/",
    "/analytics/",
    "/__bench__/",
    "/search/",
]
NEWSROOM_BENCH_VIEW = env_bool("BENCH_VIEW", False)

# A CDN or Varnish in front: purged through wagtail.contrib.frontend_cache.
# FRONTEND_CACHE_URL is the address that accepts HTTP PURGE (Varnish, nginx).
if env("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_URL"),
        }
    }
    # Our editions are separate trees, not one page per language prefix:
    # purge exactly the paths given, not a copy of each under /ru/, /hy/, ...
    WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []
NEWSROOM_PAGE_SIZE = int(env("NEWSROOM_PAGE_SIZE", "12"))
NEWSROOM_BOT_USER_AGENTS = r"bot|crawl|spider|slurp|facebookexternalhit|preview|headless|curl|wget|python-requests|httpx|monitor"
NEWSROOM_ANALYTICS: dict[str, Any] = {
    # Views are counted in Redis (folded into the database every minute) when
    # Redis is configured, else straight into the database.
    "BACKEND": env(
        "ANALYTICS_BACKEND",
        "newsroom.analytics.backends.redis.RedisBackend"
        if REDIS_URL
        else "newsroom.analytics.backends.database.DatabaseBackend",
    )
}
if NEWSROOM_ANALYTICS["BACKEND"].endswith("RedisBackend"):
    NEWSROOM_ANALYTICS["TIMEOUT"] = float(env("REDIS_TIMEOUT", "0.5"))
    NEWSROOM_ANALYTICS["RETRY_AFTER"] = float(env("REDIS_RETRY_AFTER", "5"))
