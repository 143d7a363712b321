"""Fetching what sources publish: short timeouts, a size limit while reading,
at most a few redirects, and no trips into private networks.

Every failure is a :class:`FetchError` whose message an editor can read on
the Source ("The server answered 404 Not Found ..."), never a traceback.
"""

from __future__ import annotations

import ipaddress
import math
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MAX_REDIRECTS = 5


class FetchError(Exception):
    """A source could not be read; the message says why in plain words."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str  # without parameters, lower case
    charset: str | None


def _setting(name: str, default):
    return getattr(settings, name, default)


def user_agent() -> str:
    return _setting("INGEST_USER_AGENT", "Newsroom-ingest/1.0")


def _private_address(host: str) -> str | None:
    """The first private, loopback or link-local address ``host`` resolves to."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return None  # reported by the request itself, in its own words
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global or address.is_multicast:
            return str(address)
    return None


def check_address(url: str) -> str | None:
    """Why ``url`` cannot be a source's address, or None when it can."""
    parts = urlsplit((url or "").strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return _("Give the full address, starting with https:// or http://.")
    return None


def _refuse_private(url: str) -> None:
    if _setting("INGEST_ALLOW_PRIVATE_ADDRESSES", False):
        return
    host = urlsplit(url).hostname or ""
    private = _private_address(host)
    if private:
        # The address itself is not shown: editors need not learn the
        # layout of the internal network from it.
        raise FetchError(
            _("%(host)s is in a private network, which sources may not reach.")
            % {"host": host}
        )


def get(url: str, *, max_bytes: int | None = None, accept: str = "*/*") -> Fetched:
    """GET ``url``, following at most MAX_REDIRECTS redirects, reading at most
    ``max_bytes`` within the deadline; raise FetchError on any failure."""
    timeout = float(_setting("INGEST_TIMEOUT_SECONDS", 10))
    deadline = time.monotonic() + float(_setting("INGEST_DEADLINE_SECONDS", 30))
    limit = max_bytes or int(_setting("INGEST_MAX_BYTES", 5 * 1024 * 1024))
    seen: list[str] = []
    with requests.Session() as session:
        session.headers.update({"User-Agent": user_agent(), "Accept": accept})
        while True:
            if check_address(url):
                raise FetchError(
                    _("%(url)s is not a web address.") % {"url": url[:200]}
                )
            _refuse_private(url)
            seen.append(url)
            response = _request(session, url, timeout)
            with response:
                if response.is_redirect:
                    target = response.headers.get("Location", "")
                    if len(seen) > MAX_REDIRECTS:
                        raise FetchError(
                            _(
                                "The address redirects more than %(count)s times "
                                "(a redirect loop?); last seen: %(url)s."
                            )
                            % {"count": MAX_REDIRECTS, "url": url[:200]}
                        )
                    url = urljoin(url, target)
                    continue
                _raise_for_status(response)
                content = _read(response, limit, deadline, timeout)
                content_type = response.headers.get("Content-Type", "")
                media_type = content_type.split(";")[0].strip().lower()
                charset = requests.utils.get_encoding_from_headers(response.headers)
                if "charset" not in content_type.lower():
                    charset = None  # requests guesses ISO-8859-1 for text/*
                return Fetched(url, content, media_type, charset)


def _request(session: requests.Session, url: str, timeout: float):
    host = urlsplit(url).hostname or url
    try:
        return session.get(
            url, stream=True, allow_redirects=False, timeout=(timeout, timeout)
        )
    except requests.Timeout:
        raise FetchError(
            ngettext(
                "%(host)s did not answer within %(seconds)s second.",
                "%(host)s did not answer within %(seconds)s seconds.",
                _count(timeout),
            )
            % {"host": host, "seconds": _seconds(timeout)}
        ) from None
    except requests.exceptions.InvalidURL:
        raise FetchError(
            _("%(url)s is not a web address.") % {"url": url[:200]}
        ) from None
    except requests.RequestException:
        raise FetchError(
            _("Could not connect to %(host)s (is the address right?).") % {"host": host}
        ) from None


def _raise_for_status(response) -> None:
    status = response.status_code
    if status < 400:
        return
    reason = response.reason or ""
    if status in (401, 403):
        message = _(
            "The server refused access (%(status)s %(reason)s): the source may "
            "be private."
        )
    elif status in (404, 410):
        message = _(
            "The server answered %(status)s %(reason)s: the address is wrong "
            "or the source moved."
        )
    elif status == 429:
        message = _(
            "The server answered %(status)s %(reason)s: polled too often; "
            "poll this source less often."
        )
    elif status >= 500:
        message = _(
            "The server answered %(status)s %(reason)s (its own fault); the "
            "next poll tries again."
        )
    else:
        message = _("The server answered %(status)s %(reason)s.")
    raise FetchError(message % {"status": status, "reason": reason})


def _read(response, limit: int, deadline: float, timeout: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_big(limit)
    chunks: list[bytes] = []
    size = 0
    raw = response.raw
    try:
        while True:
            if time.monotonic() > deadline:
                limit_seconds = _setting("INGEST_DEADLINE_SECONDS", 30)
                raise FetchError(
                    ngettext(
                        "The server sent its answer too slowly (more than "
                        "%(seconds)s second); reading stopped.",
                        "The server sent its answer too slowly (more than "
                        "%(seconds)s seconds); reading stopped.",
                        _count(limit_seconds),
                    )
                    % {"seconds": _seconds(limit_seconds)}
                )
            chunk = raw.read1(65536, decode_content=True)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise _too_big(limit)
            chunks.append(chunk)
    except FetchError:
        raise
    except Exception:  # timeouts, resets, broken compression mid-answer
        raise FetchError(
            ngettext(
                "The connection broke or stalled (no data for %(seconds)s "
                "second) before the answer was complete.",
                "The connection broke or stalled (no data for %(seconds)s "
                "seconds) before the answer was complete.",
                _count(timeout),
            )
            % {"seconds": _seconds(timeout)}
        ) from None
    return b"".join(chunks)


def _too_big(limit: int) -> FetchError:
    return FetchError(
        _("The answer is larger than %(size)s MB; it was not read to the end.")
        % {"size": _seconds(limit / (1024 * 1024))}
    )


def _count(value: float) -> int:
    """The number a plural form agrees with: 1 for one second, 2 for 1.5."""
    return int(math.ceil(float(value)))


def _seconds(value: float) -> str:
    value = float(value)
    return str(int(value)) if value.is_integer() else f"{value:g}"
