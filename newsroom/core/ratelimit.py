"""Password rate limiting: admin logins and page-privacy passwords.

Every POST of a password counts as an attempt before the password is checked,
with one atomic upsert in the database (``LoginAttempts``): concurrent
requests cannot slip past the limit, and the count does not depend on the
cache being up. Past ``LOGIN_MAX_ATTEMPTS`` within ``LOGIN_LOCKOUT_SECONDS``
the request is answered 429 without looking at the password.

- Admin logins count per account and client address: a locked account is
  locked only from that address, and everybody else can still log in. The
  key includes a fragment of the account's password hash, so an owner who
  resets the password (Wagtail's "Forgotten password?") is unlocked at once.
- Page and document passwords count per restriction and client address.

A successful login or page password clears its count. Behind proxies, set
``TRUSTED_PROXY_COUNT`` so the reader's address is read from X-Forwarded-For.
"""

import hashlib
import logging
import re
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from . import editions
from .models import LoginAttempts

logger = logging.getLogger("newsroom.core")

# Wagtail's password forms for private pages (in every edition, so matched
# without the edition's prefix) and private document collections; the number
# is the restriction's id.
PASSWORD_FORM_PATH = re.compile(
    r"^/(_util|documents)/authenticate_with_password/(\d+)/"
)
_UPSERT = (
    "INSERT INTO {table} (subject, attempts, started_at) VALUES (%s, 1, %s) "
    "ON CONFLICT (subject) DO UPDATE SET "
    "attempts = CASE WHEN {table}.started_at < %s THEN 1 ELSE {table}.attempts + 1 END, "
    "started_at = CASE WHEN {table}.started_at < %s "
    "THEN excluded.started_at ELSE {table}.started_at END "
    "RETURNING attempts"
)


def client_address(request) -> str:
    """The reader's address: REMOTE_ADDR, or X-Forwarded-For behind N trusted proxies."""
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


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "replace")).hexdigest()


def login_key(request) -> str:
    """Account + address (+ the account's current password, see the module doc).

    The username is read as the login form reads it (surrounding spaces
    dropped), and an existing account is keyed by its id, so no spelling of
    a name gets a counter of its own.
    """
    username = request.POST.get("username", "").strip()[:150]
    user_model = get_user_model()
    account = (
        user_model._default_manager.filter(**{user_model.USERNAME_FIELD: username})
        .values_list("pk", "password")
        .first()
    )
    if account is None:
        subject = "name:" + username.casefold()
    else:
        subject = f"id:{account[0]}:{account[1][-12:]}"
    return _digest("login", subject, client_address(request))


def password_form_key(request, kind: str, restriction_id: str) -> str:
    # int(): Wagtail's route reads "007" as restriction 7; so must the key.
    return _digest(kind, str(int(restriction_id)), client_address(request))


def count_attempt(key: str) -> int:
    """Add one attempt for ``key``; returns the attempts in the current window.

    A key's first attempt in a window also deletes expired rows, so the table
    holds recent attempts only.
    """
    now = timezone.now()
    window_start = now - timedelta(seconds=settings.NEWSROOM_LOGIN_LOCKOUT_SECONDS)
    table = connection.ops.quote_name(LoginAttempts._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            _UPSERT.format(table=table),
            [
                key,
                connection.ops.adapt_datetimefield_value(now),
                connection.ops.adapt_datetimefield_value(window_start),
                connection.ops.adapt_datetimefield_value(window_start),
            ],
        )
        attempts = cursor.fetchone()[0]
    if attempts == 1:
        LoginAttempts.objects.filter(started_at__lt=window_start).delete()
    return attempts


def clear_attempts(key: str) -> None:
    LoginAttempts.objects.filter(subject=key).delete()


class LoginRateLimitMiddleware:
    """Answers 429 to password attempts past the limit; see the module doc."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.paths = tuple(settings.NEWSROOM_LOGIN_PATHS)

    def _key(self, request) -> str | None:
        if request.method != "POST":
            return None
        if request.path.startswith(self.paths):
            return login_key(request)
        match = PASSWORD_FORM_PATH.match(editions.unprefixed(request.path))
        if match:
            return password_form_key(request, *match.groups())
        return None

    def __call__(self, request):
        key = self._key(request)
        if key is None:
            return self.get_response(request)
        attempts = count_attempt(key)
        if attempts > settings.NEWSROOM_LOGIN_MAX_ATTEMPTS:
            if attempts == settings.NEWSROOM_LOGIN_MAX_ATTEMPTS + 1:
                logger.warning(
                    "Password attempts locked for %s at %s",
                    client_address(request),
                    request.path,
                )
            response = HttpResponse(
                _("Too many failed logins. Try again in a few minutes."),
                status=429,
                content_type="text/plain; charset=utf-8",
            )
            response["Retry-After"] = str(settings.NEWSROOM_LOGIN_LOCKOUT_SECONDS)
            return response
        response = self.get_response(request)
        # Both forms redirect on success and show themselves again on failure.
        if response.status_code in (301, 302, 303):
            clear_attempts(key)
        return response
