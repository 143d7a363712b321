from .base import *  # noqa: F403
from .base import env, env_bool

SECRET_KEY = env("SECRET_KEY", required=True)
DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
# The site frames itself on purpose: ad frames (/ads/<id>/frame/) and
# Wagtail's live preview in the admin. Framing by other sites is still refused
# (X-Frame-Options SAMEORIGIN and CSP frame-ancestors 'self').
SILENCED_SYSTEM_CHECKS = ["security.W019"]
