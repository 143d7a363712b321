"""The suite runs on the engines the environment names, so no mode passes by accident."""

import os

import pytest
from django.core.cache import cache, caches
from django.db import connection

pytestmark = pytest.mark.django_db


def test_database_is_the_one_configured():
    url = os.environ.get("DATABASE_URL", "")
    expected = (
        "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    )
    assert connection.vendor == expected


def test_cache_is_the_one_configured():
    if os.environ.get("REDIS_URL"):
        assert type(caches["default"]).__name__ == "ResilientRedisCache"
        cache.set("newsroom:engine-check", 1)
        assert cache.get("newsroom:engine-check") == 1
    else:
        assert type(caches["default"]).__name__ == "LocMemCache"
