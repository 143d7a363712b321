"""The app-level page cache, and purging it (plus a CDN or Varnish) by path.

Public pages are the same for every anonymous reader, so whole responses are
kept in the ``pages`` cache (Redis when configured, else each worker's memory)
for ``NEWSROOM_PAGE_CACHE_SECONDS``. Each path has a version number in the
``default`` cache, which all processes share; purging a path bumps it, which
drops every cached variant of it (``?page=2``, ...) in every process at once,
without having to know them. Each edition has a generation number in the key
too, so one bump drops every page of an edition (frame-wide changes such as
the footer notice, or a story leaving every "Related stories" list).

Paths are compared in one canonical form (:func:`canonical_path`): the
request's decoded path and a page's percent-encoded URL name the same page.
Readers with a valid session (editors) always get a fresh render.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable
from importlib import import_module
from urllib.parse import unquote

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.http import HttpResponse
from django.utils.encoding import iri_to_uri

from . import editions as edition_module
from .cache import CacheUnavailable, cache_recovered, strict
from .frontend_cache import purge_frontend_cache
from .models import PendingPurge

logger = logging.getLogger("newsroom.core")

SKIPPED_HEADERS = {"set-cookie", "x-page-cache"}
# Django's session keys: 32 characters of a-z and 0-9 (or up to 40 with
# other engines); anything else cannot be a session.
_SESSION_KEY = re.compile(r"[a-z0-9]{8,40}")


def canonical_path(path: str) -> str:
    """The one form of a site path used for cache keys and purges.

    Percent-encoded UTF-8 with upper-case hex, as browsers send it and as
    Varnish sees it: ``/ru/politics/парламент/`` and
    ``/ru/politics/%d0%bf%d0%b0.../`` both become ``/ru/politics/%D0%BF...``.
    """
    return iri_to_uri(unquote(path))


def _digest(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()


def _version_key(path: str) -> str:
    return f"newsroom:page-version:{_digest(path)}"


def _generation_key(code: str) -> str:
    return f"newsroom:page-generation:{code}"


def _page_key(path: str, generation: int, version: int, variant: str) -> str:
    return f"newsroom:page:{generation}:{_digest(path)}:{version}:{_digest(variant)}"


class PageCacheMiddleware:
    """Serves repeat anonymous GETs of public pages from the app cache."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.exempt = tuple(settings.NEWSROOM_PAGE_CACHE_EXEMPT_PATHS)
        self.session_store = import_module(settings.SESSION_ENGINE).SessionStore

    def _has_session(self, request) -> bool:
        """True for a reader with a real session; a made-up cookie is not one."""
        key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        if not key or not _SESSION_KEY.fullmatch(key):
            return False
        return self.session_store().exists(key)

    def _cacheable_request(self, request) -> bool:
        return (
            settings.NEWSROOM_PAGE_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            and not request.path.startswith(self.exempt)
            and not edition_module.unprefixed(request.path).startswith(self.exempt)
            and not self._has_session(request)
        )

    @staticmethod
    def _cacheable_response(response) -> bool:
        control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and "public" in control
            and "private" not in control
            and "Set-Cookie" not in response
            and not response.cookies
        )

    def __call__(self, request):
        if not self._cacheable_request(request):
            return self.get_response(request)
        path = canonical_path(request.path)
        version_key = _version_key(path)
        generation_key = _generation_key(edition_module.code_of_path(request.path))
        stamps = cache.get_many([version_key, generation_key])
        # Scheme and host are part of the key: a page's canonical and
        # alternate links carry them. Purges are by path, so they reach every
        # scheme's and host's copy.
        variant = f"{request.scheme}://{request.get_host()}?" + request.META.get(
            "QUERY_STRING", ""
        )
        key = _page_key(
            path,
            stamps.get(generation_key, 0),
            stamps.get(version_key, 0),
            variant,
        )
        stored = caches["pages"].get(key)
        if stored is not None:
            response = HttpResponse(stored["content"], status=200)
            for name, value in stored["headers"]:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self._cacheable_response(response):
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in SKIPPED_HEADERS
            ]
            caches["pages"].set(
                key,
                {"content": response.content, "headers": headers},
                settings.NEWSROOM_PAGE_CACHE_SECONDS,
            )
            response["X-Page-Cache"] = "miss"
        return response


def _bump(keys: Iterable[str]) -> None:
    """Increase each version or generation number; raises CacheUnavailable."""
    shared = strict(cache)
    for key in keys:
        if not shared.add(key, 1, timeout=None):
            try:
                shared.incr(key)
            except ValueError:  # expired or evicted between add and incr
                shared.set(key, 1, timeout=None)


def _purge(paths: list[str], editions: list[str], *, remember: bool = True) -> bool:
    keys = [_version_key(p) for p in paths] + [_generation_key(c) for c in editions]
    try:
        _bump(keys)
    except CacheUnavailable:
        if remember:
            logger.warning(
                "Cache unreachable: %s paths and editions %s will be purged when it returns",
                len(paths),
                editions,
            )
            PendingPurge.objects.create(paths=paths, editions=editions)
        return False
    return True


def purge(paths: Iterable[str] = (), editions: Iterable[str] = ()) -> None:
    """Drop ``paths`` and every page of ``editions`` from every cache.

    ``paths`` are site-relative (``/ru/politics/``, encoded or not);
    ``editions`` are edition codes. The app cache is purged at once (or, when
    the cache is unreachable, as soon as it is back); CDN / Varnish purges
    (when ``WAGTAILFRONTENDCACHE`` is configured) run as a background task.
    Call it after the change is committed, or the old version may be cached
    again.
    """
    paths = sorted({canonical_path(p) for p in paths if p})
    editions = sorted(set(editions))
    if not paths and not editions:
        return
    _purge(paths, editions)
    logger.debug("Purged %s paths and editions %s", len(paths), editions)
    _purge_frontend(paths, editions)


def _purge_frontend(paths: list[str], editions: list[str]) -> None:
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        purge_frontend_cache.enqueue(paths=paths, editions=editions)


def purge_on_commit(paths: Iterable[str] = (), editions: Iterable[str] = ()) -> None:
    paths, editions = list(paths), list(editions)
    transaction.on_commit(lambda: purge(paths=paths, editions=editions))


def all_editions() -> list[str]:
    return edition_module.codes()


def retry_pending_purges() -> int:
    """Apply purges recorded while the cache was unreachable; returns how many."""
    done = 0
    for pending in PendingPurge.objects.order_by("pk"):
        if not _purge(pending.paths, pending.editions, remember=False):
            break
        pending.delete()
        # Varnish may have fetched the stale app copy again meanwhile.
        _purge_frontend(pending.paths, pending.editions)
        done += 1
    if done:
        logger.warning("Applied %s purges recorded while the cache was away", done)
    return done


def _on_cache_recovered(sender, **kwargs) -> None:
    retry_pending_purges()


cache_recovered.connect(_on_cache_recovered, dispatch_uid="page-cache-recovered")
