"""The search part of `make bench`: index build time and query latency, per engine.

Run by ``scripts/bench.py`` once per database engine, as a child process::

    .venv/bin/python scripts/bench_search.py --database-url URL --out result.json
        [--articles N] [--other-articles M] [--reseed] [--no-collectstatic]

For the one database at ``URL`` (the bench's SQLite file or a PostgreSQL
database) it

1. seeds it as the rest of the bench does (:func:`bench_seed.prepare`: N
   stories in the default edition, M in each other one, reused when the
   counts match);
2. builds the page search index from scratch: :func:`newsroom.search.index.clear`,
   then what ``manage.py update_index`` does for pages (the backend's
   :class:`~newsroom.search.index.PageIndexRebuilder`, every page type's
   ``get_indexed_objects()`` 1,000 at a time), timed;
3. runs a fixed set of queries per language (:data:`QUERIES`) in-process,
   as the reader's search page runs them (``PageSearch.count()`` and
   ``ranked_pages()`` of the first page of results), each
   :data:`REPEAT` times after :data:`WARMUP` warm-ups;
4. serves the site with granian as the bench does (production settings)
   and GETs each query's search page one request at a time;

and writes the timings as JSON. :func:`load` reads that back and
:func:`report_section` / :func:`target_rows` make the report's *Search*
section and target rows from it. Importing this module needs no Django.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import signal
import statistics
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

SCRIPTS_DIR = Path(__file__).resolve().parent
BASE_DIR = SCRIPTS_DIR.parent
if str(BASE_DIR) not in sys.path:
    sys.path.insert(0, str(BASE_DIR))
if str(SCRIPTS_DIR) not in sys.path:
    sys.path.insert(0, str(SCRIPTS_DIR))

import bench_seed  # noqa: E402

from newsroom.testing.bench_admin import percentile  # noqa: E402

VAR_DIR = BASE_DIR / "var" / "bench"
LOG_DIR = VAR_DIR / "logs"
SQLITE_FILE = VAR_DIR / "db.sqlite3"

# The target: every query's p95 in-process, on each engine.
TARGET_P95_MS = 50.0
WARMUP = 2
REPEAT = 20
HTTP_WARMUP = 1
HTTP_REPEAT = 10
HTTP_TIMEOUT = 60
# Pages read per chunk while building the index (update_index's default).
BUILD_CHUNK = 1_000

# The queries, per edition language: (what the query tries, the reader's
# words). Words and phrases of the demo texts the bench's stories are made
# from (newsroom/demo/content), in several forms, common and rare; then a
# query that finds nothing and a misspelt word (the page then looks for a
# suggestion, which only the through-the-server timing includes).
QUERIES: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("rare word", "parliamentary"),
        ("word, plural", "schools"),
        ("word, past tense", "planned"),
        ("very common word", "year"),
        ("city name", "Baku"),
        ("two words", "digital services"),
        ("three words", "new school year"),
        ("quoted phrase", '"public services"'),
        ("no results", "xylophone"),
        ("misspelt word", "parliamnetary"),
    ],
    "ru": [
        ("rare word", "законопроект"),
        ("word, genitive", "законопроекта"),
        ("word, plural", "школы"),
        ("very common word", "года"),
        ("city name", "Баку"),
        ("two words", "цифровых услуг"),
        ("three words", "новому учебному году"),
        ("quoted phrase", "«онлайн-портал»"),
        ("no results", "ксилофон"),
        ("misspelt word", "законапроект"),
    ],
    "hy": [
        ("rare word", "օրինագիծ"),
        ("word, dative", "օրինագծին"),
        ("word, plural locative", "դպրոցներում"),
        ("very common word", "տարի"),
        # Not "Բաքու": its stem does not meet the texts' "Բաքվում", "Բաքվի".
        ("city name, locative", "Սումգայիթում"),
        ("two words", "թվային ծառայություններ"),
        ("three words", "նոր ուսումնական տարի"),
        ("quoted phrase", '"պետական ծառայությունների"'),
        ("no results", "քսիլոֆոն"),
        ("misspelt word", "օրինագիձ"),
    ],
}

Log = Callable[[str], None]
STARTED = time.monotonic()


def log(message: str) -> None:
    print(f"[search {time.monotonic() - STARTED:6.1f}s] {message}", flush=True)


# --------------------------------------------------------------------------
# Results (what the JSON holds)
# --------------------------------------------------------------------------


@dataclass
class QueryResult:
    """One query of one language: its matches and its timings."""

    edition: str
    language: str
    kind: str
    query: str
    path: str = ""
    matches: int = 0
    inprocess_ms: list[float] = field(default_factory=list)
    http_ms: list[float] = field(default_factory=list)
    http_status: int = 0

    @property
    def inprocess_p50(self) -> float:
        return statistics.median(self.inprocess_ms) if self.inprocess_ms else 0.0

    @property
    def inprocess_p95(self) -> float:
        return percentile(self.inprocess_ms, 95)

    @property
    def http_p50(self) -> float:
        return statistics.median(self.http_ms) if self.http_ms else 0.0

    @property
    def http_p95(self) -> float:
        return percentile(self.http_ms, 95)


@dataclass
class IndexBuild:
    """The page index built from scratch."""

    pages: int = 0
    stories: int = 0
    seconds: float = 0.0
    clear_seconds: float = 0.0
    # VACUUM ANALYZE (PostgreSQL) or ANALYZE (SQLite) after it, not counted.
    analyze_seconds: float = 0.0

    @property
    def stories_per_second(self) -> float:
        return self.stories / self.seconds if self.seconds else 0.0


@dataclass
class EngineResult:
    """Everything measured on one database."""

    engine: str
    database: str = ""
    per_edition: dict[str, int] = field(default_factory=dict)
    seed: dict[str, Any] = field(default_factory=dict)
    build: IndexBuild = field(default_factory=IndexBuild)
    queries: list[QueryResult] = field(default_factory=list)
    results_per_page: int = 0
    # The calls timed in-process (measured_calls()).
    measured: str = ""
    notes: list[str] = field(default_factory=list)
    error: str = ""
    seconds: float = 0.0

    def of_language(self, language: str) -> list[QueryResult]:
        return [q for q in self.queries if q.language == language]

    @property
    def languages(self) -> list[str]:
        return list(dict.fromkeys(q.language for q in self.queries))


def save(result: EngineResult, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(result), indent=1, ensure_ascii=False))


def load(path: Path) -> EngineResult:
    data = json.loads(path.read_text())
    data["build"] = IndexBuild(**data.get("build", {}))
    data["queries"] = [QueryResult(**q) for q in data.get("queries", [])]
    return EngineResult(**data)


# --------------------------------------------------------------------------
# Index build
# --------------------------------------------------------------------------


def build_index(log: Log) -> IndexBuild:
    """Empty the page index, then rebuild it as ``manage.py update_index`` does.

    Only the page index (our :class:`~newsroom.search.index.PageIndex`):
    images, documents and snippets stay in Wagtail's own index, which this
    bench does not measure. The steps are the command's
    (``modelsearch.management.commands.rebuild_modelsearch_index``): the
    backend's rebuilder, ``add_model`` per page type, then each type's
    ``get_indexed_objects()`` by primary key, a chunk at a time, in one
    transaction, and the rebuilder's ``finish``.
    """
    from modelsearch.index import get_indexed_models
    from modelsearch.management.commands.rebuild_modelsearch_index import (
        Command,
        group_models_by_index,
    )
    from wagtail.search.backends import get_search_backend

    from newsroom.news.models import ArticlePage
    from newsroom.search import index as page_index

    build = IndexBuild()
    backend = get_search_backend("default")
    groups = [
        (index, models)
        for index, models in group_models_by_index(
            backend, get_indexed_models()
        ).items()
        if isinstance(index, page_index.PageIndex)
    ]
    if not groups:
        raise RuntimeError("the search backend has no PageIndex: is it Newsroom's?")
    command = Command()
    started = time.monotonic()
    page_index.clear()
    build.clear_seconds = time.monotonic() - started
    for index, models in groups:
        rebuilder = backend.rebuilder_class(index)
        target = rebuilder.start()
        for model in models:
            target.add_model(model)
        for model in models:
            done = 0
            for chunk in command.queryset_chunks(
                model.get_indexed_objects().order_by("pk"), BUILD_CHUNK
            ):
                target.add_items(model, chunk)
                done += len(chunk)
                if model is ArticlePage and done % (BUILD_CHUNK * 10) == 0:
                    rate = done / (time.monotonic() - started)
                    log(f"  {done:>7,} stories indexed ({rate:,.0f}/s)")
            build.pages += done
            if model is ArticlePage:
                build.stories += done
        rebuilder.finish()
    build.seconds = time.monotonic() - started
    started = time.monotonic()
    settle()
    build.analyze_seconds = time.monotonic() - started
    return build


def settle() -> None:
    """The database as it is a few minutes after a rebuild, not during it.

    PostgreSQL: ``VACUUM ANALYZE``, as autovacuum soon does: the rebuild
    deleted and rewrote every document, and until a vacuum the dead rows
    double the table every search scans (and the bulk-inserted pages have
    no visibility map for index-only scans). SQLite: ``ANALYZE``, as the
    site runs after migrate.
    """
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    else:
        bench_seed._analyze()


# --------------------------------------------------------------------------
# Queries
# --------------------------------------------------------------------------


def search_path(code: str, query: str) -> str:
    from newsroom.core import editions

    return f"{editions.prefix(code)}search/?q={quote(query)}"


def plan_queries() -> list[QueryResult]:
    """:data:`QUERIES` for every edition whose language has them."""
    from newsroom.core import editions
    from newsroom.search import analysis

    planned = []
    for code in editions.codes():
        language = analysis.language_of(code)
        for kind, query in QUERIES.get(language, []):
            planned.append(
                QueryResult(
                    edition=code,
                    language=language,
                    kind=kind,
                    query=query,
                    path=search_path(code, query),
                )
            )
    return planned


def count_limit() -> int | None:
    """What the search page passes ``PageSearch.count()`` as ``limit``: the
    ranking window (``newsroom.search.query.RANK_WINDOW``) when the code has
    one and ``count`` takes it, else None (every match counted)."""
    import inspect

    from newsroom.search import query as ranking

    window = getattr(ranking, "RANK_WINDOW", None)
    if window and "limit" in inspect.signature(ranking.PageSearch.count).parameters:
        return int(window)
    return None


def measured_calls(per_page: int) -> str:
    """The calls timed per query, for the report."""
    limit = count_limit()
    count = "count()" if limit is None else f"count(limit={limit:,})"
    return f"`PageSearch.{count}` then `ranked_pages(0, {per_page})`"


def make_search(code: str, language: str, query: str) -> Any:
    from newsroom.core import editions
    from newsroom.news import selectors as news
    from newsroom.search.query import PageSearch, parse

    locale = editions.locale_id(code)
    if locale is None:
        raise RuntimeError(f"edition {code} has no locale")
    return PageSearch(
        news.articles_in_edition(locale_id=locale),
        parse(query),
        [language],
        live_only=True,
    )


def run_query(code: str, language: str, query: str, per_page: int) -> int:
    """What the search page asks the database: the count, then the first page.

    As ``newsroom.search.views`` does: the count up to the ranking window
    when there is one (:func:`count_limit`), then the first page's stories.
    """
    search = make_search(code, language, query)
    if search.empty:
        return 0
    limit = count_limit()
    count = search.count() if limit is None else search.count(limit=limit)
    if count:
        search.ranked_pages(0, per_page)
    return count


def exact_count(code: str, language: str, query: str) -> int:
    """Every story the query finds (not timed: for the report)."""
    search = make_search(code, language, query)
    return 0 if search.empty else search.count()


def time_inprocess(queries: list[QueryResult], per_page: int, log: Log) -> None:
    for q in queries:
        q.matches = exact_count(q.edition, q.language, q.query)
        for _ in range(WARMUP):
            run_query(q.edition, q.language, q.query, per_page)
        for _ in range(REPEAT):
            started = time.perf_counter()
            run_query(q.edition, q.language, q.query, per_page)
            q.inprocess_ms.append((time.perf_counter() - started) * 1000)
        log(
            f"  {q.edition} {q.query!r}: {q.matches:,} stories, "
            f"p50 {q.inprocess_p50:.1f} ms, p95 {q.inprocess_p95:.1f} ms"
        )


def explain_slow(queries: list[QueryResult], per_page: int, out: Path) -> list[str]:
    """The plans of the statements of queries over the target, into ``out``.

    ``EXPLAIN QUERY PLAN`` on SQLite, ``EXPLAIN (ANALYZE, BUFFERS)`` on
    PostgreSQL, of every statement ``count()`` and ``ranked_pages()`` ran.
    Returns the report's notes on them.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    slow = [q for q in queries if q.inprocess_p95 >= TARGET_P95_MS]
    if not slow:
        out.unlink(missing_ok=True)
        return []
    explain = (
        "EXPLAIN (ANALYZE, BUFFERS) "
        if connection.vendor == "postgresql"
        else "EXPLAIN QUERY PLAN "
    )
    lines = []
    for q in slow:
        with CaptureQueriesContext(connection) as captured:
            run_query(q.edition, q.language, q.query, per_page)
        lines.append(f"### {q.edition} {q.query!r} ({q.matches:,} stories)\n")
        for statement in captured.captured_queries:
            sql = statement["sql"]
            lines.append(f"-- {float(statement['time'] or 0) * 1000:.1f} ms\n{sql}\n")
            try:
                with connection.cursor() as cursor:
                    cursor.execute(explain + sql)
                    rows = cursor.fetchall()
            except Exception as error:  # noqa: BLE001 - a plan is a bonus
                lines.append(f"(no plan: {error})\n")
                continue
            lines.append("\n".join(" | ".join(map(str, row)) for row in rows) + "\n")
        lines.append("\n")
    out.write_text("".join(lines))
    return [
        f"{len(slow)} {'query' if len(slow) == 1 else 'queries'} over "
        f"{TARGET_P95_MS:.0f} ms at p95; their SQL and plans are in "
        f"`{out.relative_to(BASE_DIR)}`."
    ]


# --------------------------------------------------------------------------
# Through the web server
# --------------------------------------------------------------------------


def time_http(queries: list[QueryResult], env: dict[str, str], log: Log) -> None:
    """GET each query's search page from granian, one request at a time."""
    import bench

    port = bench.free_port()
    server_env = {**env, "PAGE_CACHE_SECONDS": "0"}
    name = f"granian-search-{engine_of(env['DATABASE_URL'])}"
    log(f"Starting granian on 127.0.0.1:{port} ...")
    with bench.child_server(
        name,
        bench.granian_command(port),
        server_env,
        port,
        "/__bench__/trivial/?size=1",
    ):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=HTTP_TIMEOUT)
        try:
            for q in queries:
                for number in range(HTTP_WARMUP + HTTP_REPEAT):
                    started = time.perf_counter()
                    connection.request("GET", q.path)
                    response = connection.getresponse()
                    response.read()
                    elapsed = (time.perf_counter() - started) * 1000
                    q.http_status = response.status
                    if response.status != 200:
                        raise RuntimeError(f"{q.path} answered {response.status}")
                    if number >= HTTP_WARMUP:
                        q.http_ms.append(elapsed)
                log(f"  GET {q.path}: p50 {q.http_p50:.1f} ms, p95 {q.http_p95:.1f} ms")
        finally:
            connection.close()


# --------------------------------------------------------------------------
# The child process
# --------------------------------------------------------------------------


def engine_of(database_url: str) -> str:
    scheme = urlsplit(database_url).scheme
    if scheme.startswith("postgres") or scheme == "pgsql":
        return "postgresql"
    return scheme or "sqlite"


def describe_database(database_url: str) -> str:
    from django.db import connection

    if connection.vendor == "sqlite":
        import sqlite3

        name = Path(connection.settings_dict["NAME"])
        with contextlib.suppress(ValueError):
            name = name.relative_to(BASE_DIR)
        return f"SQLite {sqlite3.sqlite_version} ({name})"
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            version = cursor.fetchone()[0].split()[0]
        parts = urlsplit(database_url)
        where = f"{parts.hostname}:{parts.port or 5432}{parts.path}"
        return f"PostgreSQL {version} ({where})"
    return connection.vendor


def child_env(database_url: str) -> dict[str, str]:
    """The environment the bench gives its servers, with ``database_url``."""
    import bench

    if os.environ.get("BENCH_SEARCH_CHILD") == "1":
        env = dict(os.environ)  # made by bench.py: keep its secret and prefixes
    else:
        env, _ = bench.bench_env()
    env.update(
        {
            "DATABASE_URL": database_url,
            "PAGE_CACHE_SECONDS": "0",
            "BENCH_SEARCH_CHILD": "1",
        }
    )
    return env


def sqlite_file_of(database_url: str) -> Path | None:
    """The bench's own SQLite file when ``database_url`` names it (deletable)."""
    import dj_database_url

    if urlsplit(database_url).scheme != "sqlite":
        return None
    path = Path(dj_database_url.parse(database_url)["NAME"])
    return SQLITE_FILE if path.resolve() == SQLITE_FILE.resolve() else None


def run(args: argparse.Namespace) -> EngineResult:
    env = child_env(args.database_url)
    result = EngineResult(engine=engine_of(args.database_url))
    os.environ.clear()
    os.environ.update(env)
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    if not args.no_collectstatic:
        log("Collecting static files ...")
        bench_seed.manage(
            "collectstatic",
            "--no-input",
            env=env,
            timeout=300,
            log_path=LOG_DIR / "manage.log",
        )
    import django

    django.setup()
    from django.db import connections

    from newsroom.news import selectors as news

    log(f"Seeding {args.articles:,} stories ({result.engine}) ...")
    seed = bench_seed.prepare(
        args.articles,
        reseed=args.reseed,
        env=env,
        sqlite_file=sqlite_file_of(args.database_url),
        log_path=LOG_DIR / f"manage-search-{result.engine}.log",
        log=log,
        other=args.other_articles,
    )
    result.database = describe_database(args.database_url)
    result.per_edition = dict(seed.per_edition)
    result.seed = {
        "reused": seed.reused,
        "inserted": seed.inserted,
        "insert_seconds": round(seed.insert_seconds, 2),
        "indexed": seed.indexed,
        "index_seconds": round(seed.index_seconds, 2),
        "checks": seed.checks,
    }
    for check in seed.checks:
        log(f"  ok: {check}")
    log("Building the page index from scratch (clear, then update_index) ...")
    result.build = build_index(log)
    log(
        f"  {result.build.pages:,} pages ({result.build.stories:,} stories) in "
        f"{result.build.seconds:.1f} s = {result.build.stories_per_second:,.0f} "
        "stories/s"
    )
    if bench_seed.unindexed_articles().exists():
        raise RuntimeError("live articles missing from the rebuilt index")
    result.results_per_page = news.page_size()
    result.measured = measured_calls(result.results_per_page)
    result.queries = plan_queries()
    log(f"In-process: {WARMUP} warm-ups and {REPEAT} timed runs per query ...")
    time_inprocess(result.queries, result.results_per_page, log)
    result.notes += explain_slow(
        result.queries,
        result.results_per_page,
        VAR_DIR / f"search-explain-{result.engine}.txt",
    )
    connections.close_all()
    log("Through the web server ...")
    try:
        time_http(result.queries, env, log)
    except (RuntimeError, OSError) as error:
        result.notes.append(f"through the server: {str(error)[:500]}")
        log(f"through the server failed: {error}")
    return result


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument(
        "--other-articles",
        type=int,
        default=None,
        help="stories in each other edition (default 10%% of --articles)",
    )
    parser.add_argument("--reseed", action="store_true")
    parser.add_argument(
        "--no-collectstatic",
        action="store_true",
        help="the static files are collected already (bench.py did it)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    # bench.py stops this process with SIGTERM (on its timeout, or when it is
    # interrupted): leave through the context managers, which stop granian.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.monotonic()
    try:
        result = run(args)
    except Exception as error:  # noqa: BLE001 - the parent reports it
        traceback.print_exc()
        result = EngineResult(
            engine=engine_of(args.database_url),
            error=f"{type(error).__name__}: {error}",
        )
        result.seconds = time.monotonic() - started
        save(result, args.out)
        return 1
    result.seconds = time.monotonic() - started
    save(result, args.out)
    log(f"Written to {args.out}.")
    return 0


# --------------------------------------------------------------------------
# The report (used by bench.py)
# --------------------------------------------------------------------------


def _ms(value: float) -> str:
    return f"{value:,.1f}"


def _met(ok: bool | None) -> str:
    return "n/a" if ok is None else ("yes" if ok else "**no**")


def language_met(queries: Sequence[QueryResult]) -> bool | None:
    timed = [q for q in queries if q.inprocess_ms]
    if not timed:
        return None
    return all(q.inprocess_p95 < TARGET_P95_MS for q in timed)


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def report_section(results: Sequence[EngineResult], notes: Sequence[str]) -> list[str]:
    """The report's *Search* section: one row per engine and language, then
    one per query."""
    rows: list[tuple[object, ...]] = []
    query_rows: list[tuple[object, ...]] = []
    per_page = next((r.results_per_page for r in results if r.results_per_page), 0)
    measured = next(
        (r.measured for r in results if r.measured),
        f"`PageSearch.count()` then `ranked_pages(0, {per_page})`",
    )
    for result in results:
        if result.error:
            rows.append((result.engine, "-", "-", "-", "-", "-", "-", "-", "-", "n/a"))
            continue
        build = (
            f"{result.build.seconds:,.1f} s ({result.build.stories_per_second:,.0f} "
            "stories/s)"
        )
        for language in result.languages:
            queries = result.of_language(language)
            edition = queries[0].edition
            inprocess = [ms for q in queries for ms in q.inprocess_ms]
            over_http = [ms for q in queries for ms in q.http_ms]
            worst = max(queries, key=lambda q: q.inprocess_p95)
            rows.append(
                (
                    result.engine,
                    language if language == edition else f"{language} (`{edition}`)",
                    f"{result.per_edition.get(edition, 0):,}",
                    _ms(statistics.median(inprocess)) if inprocess else "-",
                    _ms(percentile(inprocess, 95)) if inprocess else "-",
                    f"{_ms(worst.inprocess_p95)} ({worst.kind})",
                    _ms(statistics.median(over_http)) if over_http else "-",
                    _ms(percentile(over_http, 95)) if over_http else "-",
                    build,
                    _met(language_met(queries)),
                )
            )
            for q in queries:
                query_rows.append(
                    (
                        result.engine,
                        language,
                        q.kind,
                        f"`{q.query}`",
                        f"{q.matches:,}",
                        _ms(q.inprocess_p50) if q.inprocess_ms else "-",
                        _ms(q.inprocess_p95) if q.inprocess_ms else "-",
                        _ms(q.http_p50) if q.http_ms else "-",
                        _ms(q.http_p95) if q.http_ms else "-",
                    )
                )
    databases = "; ".join(
        f"{r.engine}: {r.database or 'not measured'}"
        + (f", {sum(r.per_edition.values()):,} stories" if r.per_edition else "")
        for r in results
    )
    lines = [
        "### Search",
        f"`scripts/bench_search.py`, one child process per engine ({databases}). "
        "*Index build*: the page index emptied (`newsroom.search.index.clear()`), "
        "then rebuilt as `manage.py update_index` does, 1,000 pages at a time; "
        "stories/s counts the stories (all pages are indexed). After it, and "
        "not counted, `VACUUM ANALYZE` on PostgreSQL (as autovacuum soon "
        "would: the rebuild leaves a dead row per document) and `ANALYZE` on "
        "SQLite. "
        f"*In-process*: {measured} "
        "(the count and first page of results, as `/search/` asks), over the edition's "
        f"live stories, {WARMUP} warm-ups then {REPEAT} timed runs per query; "
        "p50/p95 of all the language's runs, and the worst query's p95. "
        "*Through the server*: `GET /search/?q=...` (`/ru/search/`, ...) "
        "from granian (2 workers, production settings; search pages are never "
        f"cached), one request at a time, {HTTP_WARMUP} warm-up and "
        f"{HTTP_REPEAT} timed per query: the whole page, with highlighting and, "
        "for a query that finds nothing, the spelling suggestion. "
        f"*Met*: every query's in-process p95 under {TARGET_P95_MS:.0f} ms.",
    ]
    if rows:
        lines.append(
            _table(
                (
                    "Engine",
                    "Language",
                    "stories",
                    "in-process p50 ms",
                    "in-process p95 ms",
                    "worst query p95 ms",
                    "server p50 ms",
                    "server p95 ms",
                    "index build",
                    f"p95 < {TARGET_P95_MS:.0f} ms met",
                ),
                rows,
            )
        )
    else:
        lines.append("Not run.")
    if query_rows:
        lines += [
            "Per query (*stories*: how many the query finds):",
            _table(
                (
                    "Engine",
                    "Language",
                    "Query",
                    "q",
                    "stories",
                    "in-process p50 ms",
                    "in-process p95 ms",
                    "server p50 ms",
                    "server p95 ms",
                ),
                query_rows,
            ),
        ]
    all_notes = list(notes)
    for result in results:
        if result.error:
            all_notes.append(f"{result.engine}: failed: {result.error[:500]}")
        all_notes += [f"{result.engine}: {note}" for note in result.notes]
    if all_notes:
        lines.append("\n".join(f"- {note}" for note in all_notes))
    return lines


def target_rows(results: Sequence[EngineResult]) -> list[tuple[str, str, str]]:
    """The search target per engine, for the report's *Targets* table."""
    rows = []
    for result in results:
        timed = [q for q in result.queries if q.inprocess_ms]
        stories = sum(result.per_edition.values())
        if result.error or not timed:
            continue
        worst = max(timed, key=lambda q: q.inprocess_p95)
        rows.append(
            (
                f"Search, {result.engine}: every query's in-process p95 < "
                f"{TARGET_P95_MS:.0f} ms ({stories:,} stories across editions)",
                f"worst {worst.inprocess_p95:,.1f} ms ({worst.language} "
                f"`{worst.query}`); index built in {result.build.seconds:,.0f} s",
                _met(all(q.inprocess_p95 < TARGET_P95_MS for q in timed)),
            )
        )
    return rows


if __name__ == "__main__":
    sys.exit(main())
