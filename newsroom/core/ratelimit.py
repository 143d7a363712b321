"""Admin login rate limiting: after too many failed logins from one address, wait.

Failures are counted in the cache (shared by every web worker when Redis is
configured) per client address; a success clears the count. Behind a proxy,
set ``TRUSTED_PROXY_COUNT`` so the reader's address is read from
X-Forwarded-For instead of the proxy's.
"""

import logging

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import gettext as _

logger = logging.getLogger("newsroom.core")


def client_address(request) -> str:
    proxies = settings.NEWSROOM_TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            a.strip()
            for a in request.headers.get("X-Forwarded-For", "").split(",")
            if a.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _key(request) -> str:
    return f"newsroom:login-failures:{client_address(request)}"


def on_login_failed(sender, credentials=None, request=None, **kwargs):
    if request is None:
        return
    key = _key(request)
    window = settings.NEWSROOM_LOGIN_LOCKOUT_SECONDS
    if cache.add(key, 1, timeout=window):
        return
    try:
        failures = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)
        return
    if failures == settings.NEWSROOM_LOGIN_MAX_ATTEMPTS:
        logger.warning(
            "Login locked for %s after %s failures", client_address(request), failures
        )


def on_logged_in(sender, request=None, **kwargs):
    if request is not None:
        cache.delete(_key(request))


user_login_failed.connect(on_login_failed, dispatch_uid="newsroom-login-failed")
user_logged_in.connect(on_logged_in, dispatch_uid="newsroom-logged-in")


class LoginRateLimitMiddleware:
    """Answers 429 to login attempts from an address with too many recent failures."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.paths = tuple(settings.NEWSROOM_LOGIN_PATHS)

    def __call__(self, request):
        if request.method == "POST" and request.path.startswith(self.paths):
            failures = cache.get(_key(request), 0)
            if failures >= settings.NEWSROOM_LOGIN_MAX_ATTEMPTS:
                response = HttpResponse(
                    _("Too many failed logins. Try again in a few minutes."),
                    status=429,
                    content_type="text/plain; charset=utf-8",
                )
                response["Retry-After"] = str(settings.NEWSROOM_LOGIN_LOCKOUT_SECONDS)
                return response
        return self.get_response(request)
