"""The search backend: Wagtail's database backend, with SQLite's ranking done once.

``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "newsroom.search.backends"``.
On PostgreSQL (and anything but SQLite with FTS5) this is exactly Wagtail's
database backend. On SQLite it ranks differently: Wagtail's SQLite compiler
orders results by relevance through a correlated subquery that repeats the
full-text match for every matching row, so a word found in 5,000 of 100,000
stories runs 5,000 full-text searches (the admin's page search took about a
minute at ``make bench``'s size). Here the matches are ranked once, in the
full-text table, and only the requested slice of ids is fetched.
"""

from __future__ import annotations

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = DatabaseSearchBackend(params)
    if connection.vendor != "sqlite":
        return backend
    # Only now: modelsearch's SQLite module defines models that exist only on SQLite.
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    if not isinstance(backend, SQLiteSearchBackend):
        return backend  # SQLite without FTS5: Wagtail's fallback backend
    from .sqlite_ranking import RankedOnceSQLiteSearchBackend

    return RankedOnceSQLiteSearchBackend(params)
