"""Searching the page index: a reader's words in, ranked page ids out.

A query is split into terms: each word, and each quoted phrase ("...", «...»,
„...“) as one term. Every term is analysed like the indexed text
(:mod:`newsroom.search.analysis`), in the edition's language, or in every
edition's language for the admin, whose editors search all editions.

Stories with any term match; they are ranked by how many of the terms they
hold (all first, then most), then by relevance with the headline weighing
most, then the lead, then body and extra (tags, authors, source), and newer
stories win ties. One statement ranks and pages, joined to the caller's
queryset (edition, live, public, section, dates), so no id list goes back and
forth and the count is one more statement.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import islice, product

from django.db import connections
from django.db.models import F, QuerySet
from django.db.models.expressions import RawSQL

from . import analysis
from .index import DOCUMENT_TABLE, SQLITE_TABLE, postgres_config

MAX_TERMS = 12
_QUOTED = re.compile(r'"([^"]*)"|«([^»]*)»|„([^“”"]*)[“”"]|“([^”]*)”')
# bm25 column weights (headline, lead, body, extra) and PostgreSQL's
# ts_rank weights {D, C, B, A} in the same proportions.
SQLITE_WEIGHTS = "10.0, 4.0, 1.0, 0.5"
# Matches ranked per query: the newest this many (by page id). Relevance
# among more than that costs time with every story a common word is in
# (fetched, joined, ranked), and no reader pages that far (50 pages of 20);
# filters and "newest first" reach the rest.
RANK_WINDOW = 1_000
# Of a query of several words, the newest stories holding all of them are
# ranked first even when the window of any word's matches is past them.
ALL_TERMS_WINDOW = 500
POSTGRES_WEIGHTS = "{0.05, 0.1, 0.4, 1.0}"
# How long the document count and id range read from PostgreSQL are kept.
DOCUMENTS_SECONDS = 300.0
_documents: dict[str, tuple[float, tuple[float, int, int]]] = {}


@dataclass(frozen=True)
class Plan:
    """How the newest matching documents are read (see :func:`_plan`)."""

    walk: int = 0  # test the newest this many documents
    lowest: int | None = None  # read the matches with ids from this one up


def _statistics(cursor) -> tuple[float, int, int]:
    """Documents (PostgreSQL's estimate), lowest and highest page id."""
    alias = cursor.db.alias
    read_at, found = _documents.get(alias, (-DOCUMENTS_SECONDS, (0.0, 0, 0)))
    if time.monotonic() - read_at >= DOCUMENTS_SECONDS:
        cursor.execute(
            "SELECT (SELECT reltuples FROM pg_class WHERE oid = %s::regclass),"
            f" (SELECT min(page_id) FROM {DOCUMENT_TABLE}),"
            f" (SELECT max(page_id) FROM {DOCUMENT_TABLE})",
            [DOCUMENT_TABLE],
        )
        documents, lowest, highest = cursor.fetchone()
        found = (float(documents or 0), lowest or 0, highest or 0)
        _documents[alias] = (time.monotonic(), found)
    return found


def _plan(cursor, match: str, params: Sequence, taken: int) -> Plan:
    """How to read the newest ``taken`` documents that ``match``.

    From the planner's estimate of the matches (its statistics of the
    vectors' words, within a few percent on the bench's data), the newest
    ``taken`` are expected among the newest ``taken * documents / matches``
    documents; twice that is allowed. Testing a document costs about what
    reading a match does, so a word in so many documents that this span is
    shorter than its matches is found by walking the span; a rarer one by
    reading its matches with ids in the span (the GIN index's bitmap and the
    primary key's, combined); a word in too few documents for a span to
    save anything by reading every match. PostgreSQL's planner makes the
    first choice itself but prices testing a document at next to nothing,
    and walks 30,000 of them for a word in one story of 25.
    """
    documents, lowest, highest = _statistics(cursor)
    if documents <= 0:  # never analysed
        return Plan()
    cursor.execute(
        f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {DOCUMENT_TABLE} d WHERE {match}", params
    )
    plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    matches = max(float(plan[0]["Plan"]["Plan Rows"]), 1.0)
    span = 2 * taken * documents / matches + taken
    if span < matches:
        return Plan(walk=int(span))
    if span < documents / 2:
        return Plan(lowest=int(highest - span * (highest - lowest) / documents))
    return Plan()


@dataclass(frozen=True)
class Term:
    """A word, or a quoted phrase, of a query (normalised words)."""

    words: tuple[str, ...]
    prefix: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words)


def parse(query: str, *, prefix_last: bool = False) -> list[Term]:
    """The terms of ``query``, at most :data:`MAX_TERMS`, without repeats."""
    terms: list[Term] = []

    def add_words(text: str) -> None:
        terms.extend(Term((word,)) for word in analysis.words(text))

    position = 0
    for match in _QUOTED.finditer(query):
        add_words(query[position : match.start()])
        quoted = analysis.words(next(g for g in match.groups() if g is not None))
        if quoted:
            terms.append(Term(tuple(quoted)))
        position = match.end()
    add_words(query[position:])
    unique = list(dict.fromkeys(terms))[:MAX_TERMS]
    if (
        prefix_last
        and unique
        and len(unique[-1].words) == 1
        and query.rstrip() == query
        and not query.endswith(('"', "»", "“", "”"))
    ):
        unique[-1] = replace(unique[-1], prefix=True)
    return unique


MAX_ALTERNATIVES = 16


def _fts_alternatives(term: Term, language: str) -> list[str]:
    """FTS5 strings for ``term``: one per combination of its words' stems."""
    per_word = [analysis.stem(language, word) for word in term.words]
    per_word = [stems for stems in per_word if stems]  # stop words out
    if not per_word:
        return []
    mark = "*" if term.prefix else ""
    return [
        '"' + " ".join(combination) + '"' + mark
        for combination in islice(product(*per_word), MAX_ALTERNATIVES)
    ]


def _tsquery_alternative(term: Term, language: str, weight: str) -> str | None:
    """A ``to_tsquery`` text for ``term``: its words' prepared forms, in order."""
    marks = ("*" if term.prefix else "") + weight
    suffix = f":{marks}" if marks else ""
    groups = []
    for word in term.words:
        forms = analysis.prepare(language, word)
        if not forms:
            continue
        labelled = [form + suffix if term.prefix or weight else form for form in forms]
        groups.append(
            labelled[0] if len(labelled) == 1 else "(" + " | ".join(labelled) + ")"
        )
    if not groups:
        return None
    return " <-> ".join(groups)


class PageSearch:
    """``terms`` searched among the pages of ``queryset``.

    ``languages``: the analysis languages to try each term in (the
    edition's one; all editions' for the admin). ``match_all``: every term
    must match (otherwise any, ranked by how many). ``headline_only``: look
    in headlines alone. ``live_only``: ``queryset`` holds live pages only (a
    reader's search), so documents indexed as drafts are skipped early.
    """

    def __init__(
        self,
        queryset: QuerySet,
        terms: Sequence[Term],
        languages: Sequence[str],
        *,
        match_all: bool = False,
        headline_only: bool = False,
        live_only: bool = False,
    ) -> None:
        self.queryset = queryset
        self.terms = list(terms)
        self.languages = list(dict.fromkeys(languages)) or [""]
        self.match_all = match_all
        self.headline_only = headline_only
        self.live_only = live_only
        # The database the queryset reads (a replica, with a router): the
        # index is joined to it there.
        self.connection = connections[queryset.db]
        self.vendor = self.connection.vendor
        self._windows: dict[bool, list[tuple]] = {}
        # Terms held per page id, when the window statement read them.
        self._held: dict[int, int] = {}
        self._term_sql = [
            part for part in (self._term(term) for term in self.terms) if part
        ]

    @property
    def empty(self) -> bool:
        """No term is left to search for (stop words only, or nothing)."""
        return not self._term_sql

    # -- one term, per engine -------------------------------------------------

    def _term(self, term: Term) -> tuple[str, list] | None:
        if self.vendor == "postgresql":
            weight = "A" if self.headline_only else ""
            parts, params = [], []
            for language in self.languages:
                text = _tsquery_alternative(term, language, weight)
                if text:
                    parts.append("to_tsquery(%s::regconfig, %s)")
                    params += [postgres_config(language), text]
            if not parts:
                return None
            return "(" + " || ".join(parts) + ")", params
        alternatives = list(
            dict.fromkeys(
                alt for lang in self.languages for alt in _fts_alternatives(term, lang)
            )
        )
        if not alternatives:
            return None
        expression = "(" + " OR ".join(alternatives) + ")"
        if self.headline_only:
            expression = "headline : " + expression
        return expression, []

    # -- whole statements ------------------------------------------------------

    def _match(self, all_terms: bool = False) -> tuple[str, list]:
        """The condition that a page matches, on the index table."""
        every = all_terms or self.match_all
        joiner = " AND " if every else " OR "
        if self.vendor == "postgresql":
            sql = "(" + " || ".join(s for s, _ in self._term_sql) + ")"
            if every:
                sql = "(" + " && ".join(s for s, _ in self._term_sql) + ")"
            params = [p for _, ps in self._term_sql for p in ps]
            return f"d.vector @@ {sql}", params
        return f"{SQLITE_TABLE} MATCH %s", [joiner.join(s for s, _ in self._term_sql)]

    def _candidates(self) -> tuple[str, tuple]:
        queryset = (
            self.queryset.order_by()
            .annotate(_search_id=F("pk"), _search_date=F("first_published_at"))
            .values_list("_search_id", "_search_date")
        )
        return queryset.query.sql_with_params()

    def _from(self, all_terms: bool = False) -> tuple[str, list]:
        candidates, candidate_params = self._candidates()
        match, match_params = self._match(all_terms)
        if self.vendor == "postgresql":
            sql = (
                f"FROM {DOCUMENT_TABLE} d JOIN ({candidates}) c"
                f" ON c._search_id = d.page_id WHERE {match}"
            )
        else:
            sql = (
                f"FROM {SQLITE_TABLE} JOIN ({candidates}) c"
                f" ON c._search_id = {SQLITE_TABLE}.rowid WHERE {match}"
            )
        return sql, [*candidate_params, *match_params]

    # -- ranking ---------------------------------------------------------------

    def _window(self, all_terms: bool = False) -> list[tuple]:
        """``(id, score, date)`` of the newest :data:`RANK_WINDOW` matches,
        and one more when there are more (read once per search).

        The score is bm25 on SQLite and ``-ts_rank`` on PostgreSQL: lower is
        better on both. The date is the first publication as a number (days
        on SQLite, seconds on PostgreSQL; only compared), as thousands of
        datetimes would cost more to load than the statement takes. Newest
        by page id: the engines walk a word's index backwards and stop
        there, so a word in half the archive costs what a word in 5,000
        stories does.
        """
        if all_terms in self._windows:
            return self._windows[all_terms]
        size = ALL_TERMS_WINDOW if all_terms else RANK_WINDOW + 1
        if self.vendor == "postgresql":
            rows = self._postgres_window(all_terms, size)
        else:
            sql, params = self._from(all_terms)
            with self.connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT {SQLITE_TABLE}.rowid, bm25({SQLITE_TABLE},"
                    f" {SQLITE_WEIGHTS}), julianday(c._search_date) {sql}"
                    f" ORDER BY {SQLITE_TABLE}.rowid DESC LIMIT %s",
                    [*params, size],
                )
                rows = [tuple(row) for row in cursor.fetchall()]
        rows.sort(key=lambda row: row[0], reverse=True)
        self._windows[all_terms] = rows
        return rows

    def _postgres_window(self, all_terms: bool, size: int) -> list[tuple]:
        """The window on PostgreSQL, newest matching documents first.

        Its planner takes a Russian or Armenian stem to be as rare among an
        edition's stories as in the whole index and walks every story of the
        edition testing each document: the newest matching documents of the
        languages searched (live ones, for readers) are taken first, in a
        subquery it cannot merge (sorting ids alone: with the vectors a sort
        spills to disk), and only they are joined to the caller's stories,
        ranked, and tested for each term.
        When too many drop out of a full window (other sections, dates), the
        join runs the other way round. ``ts_rank`` costs "1" to the planner,
        which would rank every match: only the window's are.
        """
        match, match_params = self._match(all_terms)
        query = match.removeprefix("d.vector @@ ")
        candidates, candidate_params = self._candidates()
        # How many terms each holds, read with the vector ts_rank reads (one
        # term: every match holds it).
        term_params = [p for _, ps in self._term_sql for p in ps]
        held = " + ".join(f"(r.vector @@ {sql})::int" for sql, _ in self._term_sql)
        if len(self._term_sql) == 1:
            held, term_params = "1", []
        ranked = (
            f"-ts_rank('{POSTGRES_WEIGHTS}', r.vector, {query}),"
            f" EXTRACT(EPOCH FROM c._search_date)::float8, {held}"
        )
        live = " AND d.live" if self.live_only else ""
        # A few more: private stories and other page types drop out in the
        # join (and drafts, in the admin's search).
        taken = size + size // 50 + 20
        where = f"d.language = ANY(%s){live} AND {match}"
        where_params = [self.languages, *match_params]
        # Each document found is read again by its row address (``ctid``),
        # one page read instead of four through the primary key.
        # Every match from ``lowest`` up (the GIN index's bitmap), then the
        # newest of them; in a subquery, or the planner walks the primary key
        # testing each row.
        every = (
            f"WITH m AS MATERIALIZED (SELECT d.page_id, d.ctid AS tid FROM"
            f" {DOCUMENT_TABLE} d WHERE {where} AND d.page_id >= %s)"
            " SELECT page_id, tid FROM m ORDER BY page_id DESC LIMIT %s"
        )
        # The newest ``walk`` documents, from the end of the primary key.
        newest = (
            f"SELECT d.page_id, d.tid FROM (SELECT page_id, ctid AS tid, language,"
            f" live, vector FROM {DOCUMENT_TABLE} ORDER BY page_id DESC LIMIT %s) d"
            f" WHERE {where} ORDER BY d.page_id DESC LIMIT %s"
        )

        def statement(ids: str) -> str:
            return (
                f"WITH n AS MATERIALIZED ({ids}) SELECT r.page_id,"
                f" {ranked}, c._search_id IS NOT NULL FROM n"
                f" JOIN {DOCUMENT_TABLE} r ON r.ctid = n.tid"
                f" LEFT JOIN ({candidates}) c ON c._search_id = n.page_id"
            )

        rest = [*match_params, *term_params, *candidate_params]
        with self.connection.cursor() as cursor:
            plan = _plan(cursor, match, match_params, taken)
            found = []
            if plan.walk:
                cursor.execute(
                    statement(newest), [plan.walk, *where_params, taken, *rest]
                )
                found = cursor.fetchall()
            elif plan.lowest is not None:
                cursor.execute(
                    statement(every), [*where_params, plan.lowest, taken, *rest]
                )
                found = cursor.fetchall()
            if len(found) < taken:
                # A rarer word (or rarer among the newest than estimated).
                cursor.execute(statement(every), [*where_params, 0, taken, *rest])
                found = cursor.fetchall()
            rows = [row for row in found if row[4]]
            # Short of the window although there were more documents than
            # taken: too many dropped out in the join.
            if len(rows) < size and len(found) == taken:
                sql, params = self._from(all_terms)
                cursor.execute(
                    f"SELECT r.page_id, {ranked} FROM (SELECT d.page_id,"
                    f" c._search_date {sql} ORDER BY d.page_id DESC LIMIT %s) c"
                    f" JOIN {DOCUMENT_TABLE} r ON r.page_id = c.page_id",
                    [*match_params, *term_params, *params, size],
                )
                rows = cursor.fetchall()
        rows.sort(key=lambda row: row[0], reverse=True)
        self._held.update((row[0], row[3]) for row in rows[:size])
        return [row[:3] for row in rows[:size]]

    def _term_matches(self, lowest_id: int) -> list[set[int]]:
        """For each term, the ids from ``lowest_id`` up that hold it (SQLite:
        PostgreSQL's window reads that with the rank)."""
        found = []
        with self.connection.cursor() as cursor:
            for sql, _ in self._term_sql:
                cursor.execute(
                    f"SELECT rowid FROM {SQLITE_TABLE} WHERE {SQLITE_TABLE}"
                    " MATCH %s AND rowid >= %s",
                    [sql, lowest_id],
                )
                found.append({row[0] for row in cursor.fetchall()})
        return found

    def ranked_ids(self, start: int = 0, stop: int | None = None) -> list[int]:
        """Ids of the matching pages ``[start:stop]``, best first.

        Stories holding all the terms first, then most; then relevance
        (headline, lead, body, extra); then the newest. Ranked among the
        newest :data:`RANK_WINDOW` matches (all of them, for all but the
        commonest words).
        """
        if self.empty or (stop is not None and stop <= start):
            return []
        window = self._window()[:RANK_WINDOW]
        if not window:
            return []
        tiers: dict[int, int] = {}
        terms = len(self._term_sql)
        if terms > 1 and not self.match_all:
            if all(row[0] in self._held for row in window):
                tiers = {row[0]: self._held[row[0]] for row in window}
            else:
                sets = self._term_matches(min(row[0] for row in window))
                tiers = {row[0]: sum(row[0] in ids for ids in sets) for row in window}
            # Past a full window, older stories holding every term still rank
            # first, when the window has too few of them for the page asked.
            wanted = len(window) if stop is None else stop
            if len(self._window()) > RANK_WINDOW and (
                sum(tier == terms for tier in tiers.values()) < wanted
            ):
                with_all = {row[0]: row for row in self._window(all_terms=True)}
                window = [row for row in window if row[0] not in with_all]
                window += with_all.values()
                tiers.update(dict.fromkeys(with_all, terms))
        # Most terms first, then the best score, then the newest (date, then
        # id); a story without a date after those with one.
        window.sort(
            key=lambda row: (
                -tiers.get(row[0], 0),
                row[1],
                math.inf if row[2] is None else -row[2],
                -row[0],
            )
        )
        return [row[0] for row in window[start:stop]]

    def count(self, limit: int | None = None) -> int:
        """How many pages match; with ``limit``, counting stops at ``limit + 1``.

        Up to the ranking window that is the window's own size: no statement.
        """
        if self.empty:
            return 0
        if limit is not None and limit <= RANK_WINDOW:
            return min(len(self._window()), limit + 1)
        sql, params = self._from()
        key = "d.page_id" if self.vendor == "postgresql" else f"{SQLITE_TABLE}.rowid"
        with self.connection.cursor() as cursor:
            if limit is None:
                cursor.execute(f"SELECT COUNT(*) {sql}", params)
            else:
                cursor.execute(
                    f"SELECT COUNT(*) FROM (SELECT {key} {sql} LIMIT %s) counted",
                    [*params, limit + 1],
                )
            return cursor.fetchone()[0]

    def matching(self) -> QuerySet:
        """``queryset`` narrowed to the matching pages, in its own order."""
        if self.empty:
            return self.queryset.none()
        match, params = self._match()
        if self.vendor == "postgresql":
            sql = f"SELECT d.page_id FROM {DOCUMENT_TABLE} d WHERE {match}"
        else:
            sql = f"SELECT rowid FROM {SQLITE_TABLE} WHERE {match}"
        return self.queryset.filter(pk__in=RawSQL(sql, params))

    def ranked_pages(self, start: int, stop: int) -> list:
        """The pages ``[start:stop]`` of the ranking, as ``queryset`` gives them."""
        ids = self.ranked_ids(start, stop)
        if not ids:
            return []
        found = {page.pk: page for page in self.queryset.filter(pk__in=ids)}
        return [found[pk] for pk in ids if pk in found]
