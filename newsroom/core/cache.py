"""A Redis cache that keeps the site serving while Redis is away.

Django's ``RedisCache`` raises on every call when Redis is down, so a dead
cache turns every page into a 500. ``ResilientRedisCache`` answers as an empty
cache instead (``get`` misses, ``set`` does nothing), logs one warning when
Redis goes away and one when it is back, and, for ``RETRY_AFTER`` seconds after
a failure, does not even try: a hung Redis then costs one socket timeout per
process and interval, not one per call.

Code that must know whether a write reached Redis (purges, login limits) uses
:func:`strict`, whose operations raise :class:`CacheUnavailable` instead.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.redis import RedisCache
from django.dispatch import Signal
from redis.exceptions import RedisError

logger = logging.getLogger("newsroom.core")


# Sent when a cache that was unreachable answers again (sender: the cache).
cache_recovered = Signal()


class CacheUnavailable(Exception):
    """The cache server cannot be reached now."""


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS", {}))
        self.retry_after = float(options.pop("RETRY_AFTER", 5))
        # Short timeouts unless configured: a cache slower than this is no use.
        options.setdefault("socket_connect_timeout", 0.5)
        options.setdefault("socket_timeout", 0.5)
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._location = server
        self._down_until = 0.0
        self._lock = threading.Lock()
        self.strict = _Strict(self)

    def _call(self, name: str, *args, **kwargs):
        """Run RedisCache.<name>, raising CacheUnavailable when Redis is away."""
        if self._down_until and time.monotonic() < self._down_until:
            raise CacheUnavailable(f"{self._location} is marked unreachable")
        try:
            result = getattr(RedisCache, name)(self, *args, **kwargs)
        except RedisError as exc:
            with self._lock:
                was_up = not self._down_until
                self._down_until = time.monotonic() + self.retry_after
            if was_up:
                logger.warning(
                    "Redis cache unreachable (%s): serving without it, retrying every %ss",
                    exc,
                    self.retry_after,
                )
            raise CacheUnavailable(str(exc)) from exc
        if self._down_until:
            with self._lock:
                recovered, self._down_until = bool(self._down_until), 0.0
            if recovered:
                logger.warning("Redis cache reachable again")
                cache_recovered.send_robust(sender=self)
        return result

    def _soft(self, name: str, fallback: Any, *args, **kwargs):
        try:
            return self._call(name, *args, **kwargs)
        except CacheUnavailable:
            return fallback

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft("add", False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._soft("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._soft("set", None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._soft("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._soft("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._soft("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        try:
            return self._call("incr", key, delta, version)
        except CacheUnavailable:
            # What incr says of a missing key: callers already handle it.
            raise ValueError(f"Key '{key}' not found (cache unreachable)") from None

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft("set_many", list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        self._soft("delete_many", None, keys, version)

    def clear(self):
        return self._soft("clear", False)


class _Strict:
    """The operations of a ResilientRedisCache that raise CacheUnavailable."""

    def __init__(self, cache: ResilientRedisCache):
        self._cache = cache

    def __getattr__(self, name: str):
        def call(*args, **kwargs):
            return self._cache._call(name, *args, **kwargs)

        return call


def strict(cache: BaseCache) -> Any:
    """``cache`` with operations that raise CacheUnavailable instead of missing.

    Caches that cannot be unreachable (memory, files) are returned as they are.
    """
    return getattr(cache, "strict", cache)
