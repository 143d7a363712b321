"""Writing pages into the search index (see :mod:`newsroom.search.models`).

Wagtail calls :class:`PageIndex` through the search backend: when a page is
saved or deleted (its signal handlers, on the task worker), and for
``manage.py update_index``, which rebuilds without emptying the index first
(readers keep finding stories while it runs; what was not re-added is removed
at the end).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from datetime import datetime

from django.db import connections, router, transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone
from modelsearch.backends.base import BaseIndex
from modelsearch.index import RelatedFields
from wagtail.models import Locale, Page

from . import analysis
from .documents import Parts, parts
from .models import SearchDocument, SearchWord

SQLITE_TABLE = "newsroom_search_fts"
DOCUMENT_TABLE = SearchDocument._meta.db_table
# Words remembered per process as already in SearchWord, so a save writes
# only new ones; forgotten (and written again, harmlessly) past this size.
_KNOWN_WORDS_LIMIT = 300_000
_known_words: set[tuple[str, str]] = set()
_known_lock = threading.Lock()
_pg_configs: set[str] | None = None


def connection():
    return connections[router.db_for_write(SearchDocument)]


def vendor() -> str:
    return connection().vendor


def postgres_config(language: str) -> str:
    """The PostgreSQL configuration for ``language`` that this server has."""
    global _pg_configs
    if _pg_configs is None:
        with connections[router.db_for_read(SearchDocument)].cursor() as cursor:
            cursor.execute("SELECT cfgname FROM pg_ts_config")
            _pg_configs = {row[0] for row in cursor.fetchall()}
    name = analysis.config_name(language)
    return name if name in _pg_configs else "simple"


def _languages() -> dict[int, str]:
    return {
        pk: analysis.language_of(code)
        for pk, code in Locale.objects.values_list("pk", "language_code")
    }


def _vocabulary(language: str, texts: Iterable[str]) -> set[str]:
    stop = analysis.STOP_WORDS.get(language, frozenset())
    found = set()
    for text in texts:
        for word in analysis.words(text):
            if 3 <= len(word) <= 40 and not word.isdigit() and word not in stop:
                found.add(word)
    return found


def _remember_words(rows: Sequence[tuple[str, set[str]]]) -> None:
    new: set[tuple[str, str]] = set()
    for language, found in rows:
        new.update((language, word) for word in found)
    with _known_lock:
        new -= _known_words
    if not new:
        return
    SearchWord.objects.bulk_create(
        [SearchWord(language=lang, word=word, length=len(word)) for lang, word in new],
        ignore_conflicts=True,
        batch_size=2_000,
    )
    with _known_lock:
        if len(_known_words) + len(new) > _KNOWN_WORDS_LIMIT:
            _known_words.clear()
        _known_words.update(new)


def write(documents: Sequence[tuple[int, str, bool, Parts]]) -> None:
    """Put ``(page id, language, live, parts)`` in the index, replacing what
    was there."""
    if not documents:
        return
    conn = connection()
    now = conn.ops.adapt_datetimefield_value(timezone.now())
    with transaction.atomic(using=conn.alias), conn.cursor() as cursor:
        if conn.vendor == "postgresql":
            cursor.executemany(
                f"INSERT INTO {DOCUMENT_TABLE}"
                " (page_id, language, live, indexed_at, vector) VALUES (%s, %s, %s, %s,"
                " setweight(to_tsvector(%s::regconfig, %s), 'A')"
                " || setweight(to_tsvector(%s::regconfig, %s), 'B')"
                " || setweight(to_tsvector(%s::regconfig, %s), 'C')"
                " || setweight(to_tsvector(%s::regconfig, %s), 'D'))"
                " ON CONFLICT (page_id) DO UPDATE SET language = EXCLUDED.language,"
                " live = EXCLUDED.live, indexed_at = EXCLUDED.indexed_at,"
                " vector = EXCLUDED.vector",
                [
                    (page_id, language, live, now)
                    + tuple(
                        value
                        for text in (p.headline, p.lead, p.body, p.extra)
                        for value in (
                            postgres_config(language),
                            analysis.prepared_text(language, text),
                        )
                    )
                    for page_id, language, live, p in documents
                ],
            )
        else:
            cursor.executemany(
                f"INSERT INTO {DOCUMENT_TABLE} (page_id, language, live, indexed_at)"
                " VALUES (%s, %s, %s, %s) ON CONFLICT (page_id) DO UPDATE SET"
                " language = excluded.language, live = excluded.live,"
                " indexed_at = excluded.indexed_at",
                [
                    (page_id, language, live, now)
                    for page_id, language, live, _ in documents
                ],
            )
            ids = [page_id for page_id, _, _, _ in documents]
            cursor.execute(
                f"DELETE FROM {SQLITE_TABLE} WHERE rowid IN"
                f" ({', '.join(['%s'] * len(ids))})",
                ids,
            )
            cursor.executemany(
                f"INSERT INTO {SQLITE_TABLE} (rowid, headline, lead, body, extra)"
                " VALUES (%s, %s, %s, %s, %s)",
                [
                    (page_id,)
                    + tuple(
                        analysis.stemmed_text(language, text)
                        for text in (p.headline, p.lead, p.body, p.extra)
                    )
                    for page_id, language, _, p in documents
                ],
            )
        _remember_words(
            [
                (language, _vocabulary(language, (p.headline, p.lead, p.body)))
                for _, language, _, p in documents
            ]
        )


def remove(page_ids: Sequence[int]) -> None:
    if not page_ids:
        return
    conn = connection()
    with transaction.atomic(using=conn.alias), conn.cursor() as cursor:
        marks = ", ".join(["%s"] * len(page_ids))
        if conn.vendor == "sqlite":
            cursor.execute(
                f"DELETE FROM {SQLITE_TABLE} WHERE rowid IN ({marks})", page_ids
            )
        cursor.execute(
            f"DELETE FROM {DOCUMENT_TABLE} WHERE page_id IN ({marks})", page_ids
        )


def remove_older_than(moment: datetime) -> int:
    """Remove documents not (re)written since ``moment``; how many went."""
    conn = connection()
    with transaction.atomic(using=conn.alias), conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            cursor.execute(
                f"DELETE FROM {SQLITE_TABLE} WHERE rowid IN (SELECT page_id FROM"
                f" {DOCUMENT_TABLE} WHERE indexed_at < %s)",
                [conn.ops.adapt_datetimefield_value(moment)],
            )
        cursor.execute(
            f"DELETE FROM {DOCUMENT_TABLE} WHERE indexed_at < %s",
            [conn.ops.adapt_datetimefield_value(moment)],
        )
        return cursor.rowcount


def clear() -> None:
    """Empty the page index and its words."""
    conn = connection()
    with transaction.atomic(using=conn.alias), conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            cursor.execute(f"DELETE FROM {SQLITE_TABLE}")
        cursor.execute(f"DELETE FROM {DOCUMENT_TABLE}")
        cursor.execute(f"DELETE FROM {SearchWord._meta.db_table}")
    with _known_lock:
        _known_words.clear()


def _related_names(model: type[Page]) -> list[str]:
    return [
        field.field_name
        for field in model.get_search_fields()
        if isinstance(field, RelatedFields)
    ]


def add_pages(pages: Iterable[Page]) -> None:
    """Index ``pages`` (specific instances of one or several page types)."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return
    by_type: dict[type, list[Page]] = {}
    for page in pages:
        by_type.setdefault(type(page), []).append(page)
    for model, group in by_type.items():
        names = _related_names(model)
        if names:
            prefetch_related_objects(group, *names)
    languages = _languages()
    write(
        [
            (page.pk, languages.get(page.locale_id, ""), page.live, parts(page))
            for page in pages
        ]
    )


class PageIndex(BaseIndex):
    """Every page of every type, in the index of :mod:`newsroom.search.models`."""

    def get_key(self) -> str:
        return "newsroom-pages"

    def add_items(self, model, items) -> None:
        add_pages(items)

    def delete_item(self, item) -> None:
        remove([item.pk])

    def reset(self) -> None:
        clear()


class PageIndexRebuilder:
    """``update_index``: rewrite every page, then drop what was not rewritten."""

    def __init__(self, index: PageIndex) -> None:
        self.index = index
        self.started: datetime | None = None

    def start(self) -> PageIndex:
        self.started = timezone.now()
        return self.index

    def finish(self) -> None:
        if self.started is not None:
            remove_older_than(self.started)
