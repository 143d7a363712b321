"""The app-level page cache, and purging it (plus a CDN or Varnish) by path.

Public pages are the same for every anonymous reader, so whole responses are
kept in the ``pages`` cache (Redis when configured, else each worker's memory)
for ``NEWSROOM_PAGE_CACHE_SECONDS``. Each path has a version number in the
``default`` cache, which all processes share; purging a path bumps it, which
drops every cached variant of it (``?page=2``, ...) in every process at once,
without having to know them. Readers with a session cookie (editors) always
get a fresh render.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.http import HttpResponse

logger = logging.getLogger("newsroom.core")

SKIPPED_HEADERS = {"set-cookie", "x-page-cache"}


def _digest(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()


def _version_key(path: str) -> str:
    return f"newsroom:page-version:{_digest(path)}"


def _page_key(path: str, version: int, query: str) -> str:
    return f"newsroom:page:{_digest(path)}:{version}:{_digest(query)}"


class PageCacheMiddleware:
    """Serves repeat anonymous GETs of public pages from the app cache."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.exempt = tuple(settings.NEWSROOM_PAGE_CACHE_EXEMPT_PATHS)

    def _cacheable_request(self, request) -> bool:
        return (
            settings.NEWSROOM_PAGE_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(self.exempt)
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
        path = request.path
        # The host is part of the key (a site may answer to several names);
        # purges are by path, so they reach every host's copy.
        query = request.get_host() + "?" + request.META.get("QUERY_STRING", "")
        version = cache.get(_version_key(path), 0)
        key = _page_key(path, version, query)
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


def purge_paths(paths: Iterable[str]) -> None:
    """Drop ``paths`` (site-relative, e.g. ``/ru/politics/``) from every cache.

    The app cache is purged at once; CDN / Varnish purges (when
    ``WAGTAILFRONTENDCACHE`` is configured) run as a background task. Call it
    after the change is committed, or the old version may be cached again.
    """
    paths = sorted({p for p in paths if p})
    if not paths:
        return
    for path in paths:
        key = _version_key(path)
        if not cache.add(key, 1, timeout=None):
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 1, timeout=None)
    logger.debug("Purged %s paths from the page cache", len(paths))
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from .tasks import purge_frontend_cache

        purge_frontend_cache.enqueue(paths=paths)


def purge_paths_on_commit(paths: Iterable[str]) -> None:
    paths = list(paths)
    transaction.on_commit(lambda: purge_paths(paths))
