"""`make bench`: how fast the reader site and the admin are with a large newsroom.

Seeds ``var/bench/`` with the demo plus bulk-inserted articles in one edition
(100,000 by default), serves it with granian the way production does, loads it
with wrk (uncached and with the app page cache), compares it with the same
server's trivial view and with nginx serving the page as a file, counts SQL
queries per page type, samples the workers' memory, runs Lighthouse, and times
the admin pages an editor lives in, logged in through the login form, and
benchmarks the search (``scripts/bench_search.py``: index build and query
latency per language, on SQLite and on PostgreSQL). The results go to
``var/bench/latest.md`` and ``docs/performance.md``.

Everything runs on 127.0.0.1, every child process is stopped on the way out,
and every wait is bounded. Run it with the project's virtualenv::

    .venv/bin/python scripts/bench.py [--articles N] [--other-articles M]
                                      [--duration S] [--reseed]
                                      [--skip-lighthouse] [--skip-search]
                                      [--search-only]

See docs/performance.md for what each row means and the targets.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import importlib.util
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

SCRIPTS_DIR = Path(__file__).resolve().parent
BASE_DIR = SCRIPTS_DIR.parent
sys.path.insert(0, str(BASE_DIR))
sys.path.insert(0, str(SCRIPTS_DIR))

import bench_search  # noqa: E402
import bench_seed  # noqa: E402

from newsroom.testing import bench_admin  # noqa: E402
from newsroom.testing import varnish as shipped_varnish  # noqa: E402

VAR_DIR = BASE_DIR / "var" / "bench"
LOG_DIR = VAR_DIR / "logs"
LATEST = VAR_DIR / "latest.md"
DOCS = BASE_DIR / "docs" / "performance.md"
SQLITE_FILE = VAR_DIR / "db.sqlite3"

WRK_THREADS = 1
WRK_CONNECTIONS = 32
WARMUP_SECONDS = 2
DRAIN_TIMEOUT = 30
# wrk's default 2 s timeout would drop the slowest uncached responses from the
# latency figures and count them as errors instead.
WRK_TIMEOUT = 10
ADMIN_RUN = "granian, admin"
# A page slower than this (on its second request) is not loaded with wrk:
# its connections would queue more than wrk's timeout of work in two workers.
SLOW_PAGE_SECONDS = 1.0
SERVER_START_TIMEOUT = 60
SERVER_STOP_TIMEOUT = 15
HTTP_TIMEOUT = 30
COLLECTSTATIC_TIMEOUT = 300
MEMORY_SAMPLE_INTERVAL = 0.2

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
LIGHTHOUSE_VERSION = "12.2.3"
LIGHTHOUSE_DIR = VAR_DIR / "node_modules" / "lighthouse"
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LIGHTHOUSE_TIMEOUT = 120
NPM_TIMEOUT = 300
NGINX = Path("/usr/sbin/nginx")
# The search bench's PostgreSQL database (created when missing); SQLite's is
# the bench's own file.
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/newsroom_bench"
POSTGRES_CONNECT_TIMEOUT = 5
# Seeding 100,000 stories and indexing them twice, on a slow machine.
SEARCH_CHILD_TIMEOUT = 4 * 3600
SEARCH_REPORT = VAR_DIR / "search.md"

# The targets from the performance issue (docs/performance.md explains them).
TARGET_CACHED_VS_TRIVIAL = 0.90
TARGET_UNCACHED_ARTICLE_RPS = 400.0
TARGET_WORKER_MB = 150.0
TARGET_LIGHTHOUSE = {
    "performance": 95,
    "accessibility": 100,
    "best-practices": 100,
    "seo": 100,
}

# wrk's text output rounds the bytes read ("12.34MB"); this prints exact totals.
WRK_REPORT_LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH_SUMMARY requests=%d bytes=%d duration_us=%d status_errors=%d "
    .. "socket_errors=%d\\n",
    summary.requests, summary.bytes, summary.duration, e.status,
    e.connect + e.read + e.write + e.timeout))
end
"""

# The view beacon: a reader's browser POSTs the page id once per article.
BEACON_LUA = (
    """
wrk.method = "POST"
wrk.body = "page={page_id}"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"
"""
    + WRK_REPORT_LUA
)

VARNISHD = Path(shipped_varnish.VARNISHD)

# nginx runs as an unprivileged child here: its temporary files go under {dir}.
NGINX_TEMP_PATHS = """\
    client_body_temp_path {dir}/tmp/client;
    proxy_temp_path {dir}/tmp/proxy;
    fastcgi_temp_path {dir}/tmp/fastcgi;
    uwsgi_temp_path {dir}/tmp/uwsgi;
    scgi_temp_path {dir}/tmp/scgi;
"""

NGINX_CONF = """\
worker_processes 2;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    types {{ text/html html; }}
    default_type text/html;
{temp_paths}    server {{
        listen 127.0.0.1:{port};
        root {dir}/html;
    }}
}}
"""

# Lighthouse goes through this front end: /media/ from disk, as nginx or S3
# would serve it in production (Django serves no media without DEBUG), the
# rest passed to the cached granian server.
NGINX_FRONT_CONF = """\
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    include /etc/nginx/mime.types;
{temp_paths}    server {{
        listen 127.0.0.1:{port};
        location /media/ {{
            alias {media}/;
            add_header Cache-Control "public, max-age=31536000, immutable";
        }}
        location / {{
            proxy_pass http://127.0.0.1:{upstream};
            proxy_set_header Host $http_host;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }}
    }}
}}
"""

# Before each load run, wait (within a budget for the whole bench) until
# other processes leave the CPUs mostly idle: on a shared machine a test run
# next door would otherwise decide the numbers.
QUIET_SHARE = 0.15
QUIET_BUDGET_SECONDS = 150.0
QUIET_WAIT_SECONDS = 45.0

STARTED = time.monotonic()


def log(message: str) -> None:
    """Progress on stdout, with the seconds since the start."""
    print(f"[{time.monotonic() - STARTED:6.1f}s] {message}", flush=True)


# --------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------


@dataclass
class WrkResult:
    """One wrk run against one URL."""

    label: str
    server: str
    url: str
    rps: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    requests: int = 0
    bytes_per_request: float = 0.0
    errors: str = ""
    measured: bool = False
    # The X-Page-Cache header of a request made right after the run.
    cache: str = ""
    # Share of the machine's CPU used by processes other than the bench's
    # (another test run on a shared machine skews every number).
    other_cpu: float | None = None


@dataclass
class MemoryPeak:
    """The largest resident set seen for one worker process."""

    pid: int
    sampled_rss_mb: float = 0.0
    hwm_mb: float = 0.0

    @property
    def peak_mb(self) -> float:
        return max(self.sampled_rss_mb, self.hwm_mb)


@dataclass
class ServerRun:
    """Everything measured while one server process was up."""

    name: str
    results: list[WrkResult] = field(default_factory=list)
    memory: list[MemoryPeak] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class QueryCount:
    """SQL queries for one in-process request after a warm-up request."""

    label: str
    url: str
    status: int = 0
    queries: int = 0
    sql_ms: float = 0.0
    slowest_ms: float = 0.0
    request_ms: float = 0.0


@dataclass
class LighthouseResult:
    label: str
    url: str
    scores: dict[str, int] = field(default_factory=dict)
    failing: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class Pages:
    """The URLs measured, chosen from the seeded database."""

    article: str
    article_demo: str
    home: str
    section: str
    section_deep: str
    tag: str
    author: str
    search: str
    search_word: str


@dataclass
class Bench:
    """The whole run, for the report."""

    args: argparse.Namespace
    seed: bench_seed.SeedReport | None = None
    pages: Pages | None = None
    article_bytes: int = 0
    queries: list[QueryCount] = field(default_factory=list)
    runs: list[ServerRun] = field(default_factory=list)
    lighthouse: list[LighthouseResult] = field(default_factory=list)
    # Admin pages, timed over HTTP as a logged-in editor (bench_admin).
    admin: list[bench_admin.AdminTiming] = field(default_factory=list)
    admin_users: list[str] = field(default_factory=list)
    admin_notes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    database: str = ""
    database_bytes: int = 0
    # The search bench, one result per engine (scripts/bench_search.py).
    search: list[bench_search.EngineResult] = field(default_factory=list)
    search_notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------
# Environment and child processes
# --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bench_env() -> tuple[dict[str, str], Path | None]:
    """The production-style environment, and the SQLite file when it is ours.

    ``DATABASE_URL`` and ``REDIS_URL`` are passed through when set; storage
    settings that would send files elsewhere (S3, another media folder) are
    dropped so everything stays in ``var/bench``.
    """
    env = dict(os.environ)
    for name in (
        "DEBUG",
        "STATIC_ROOT",
        "MEDIA_ROOT",
        "MEDIA_URL",
        "AWS_STORAGE_BUCKET_NAME",
        "PAGE_CACHE_SECONDS",
    ):
        env.pop(name, None)
    database_url = os.environ.get("DATABASE_URL", "")
    sqlite_file = None if database_url else SQLITE_FILE
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "BENCH_VIEW": "1",
            "NEWSROOM_VAR_DIR": str(VAR_DIR),
            "DATABASE_URL": database_url or f"sqlite:///{SQLITE_FILE}",
            # A fresh prefix: a shared Redis never serves pages of an older run.
            "CACHE_KEY_PREFIX": f"bench-{secrets.token_hex(4)}",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env, sqlite_file


def stop_process(process: subprocess.Popen[bytes], name: str) -> None:
    """Stop a child started in its own session, with its workers (by its id)."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=SERVER_STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        log(f"{name} did not stop in {SERVER_STOP_TIMEOUT}s; killing it")
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=SERVER_STOP_TIMEOUT)


def http_get(port: int, path: str) -> tuple[int, bytes, http.client.HTTPMessage]:
    """GET ``path`` from 127.0.0.1 without following redirects."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=HTTP_TIMEOUT)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read(), response.headers
    finally:
        connection.close()


@contextlib.contextmanager
def child_server(
    name: str, command: Sequence[str], env: dict[str, str], port: int, probe: str
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``command`` until the block ends; it is up when ``probe`` answers 200."""
    log_path = LOG_DIR / f"{name}.log"
    with open(log_path, "wb") as out:
        process = subprocess.Popen(
            list(command),
            cwd=BASE_DIR,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while True:
            if process.poll() is not None:
                raise RuntimeError(
                    f"{name} exited ({process.returncode}):\n"
                    + log_path.read_text(errors="replace")[-3000:]
                )
            try:
                status, _, _ = http_get(port, probe)
                if status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"{name} did not answer {probe} within {SERVER_START_TIMEOUT}s; "
                    f"see {log_path}"
                )
            time.sleep(0.2)
        yield process
    finally:
        stop_process(process, name)


# --------------------------------------------------------------------------
# Memory
# --------------------------------------------------------------------------


def _status_kb(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def child_pids(pid: int) -> list[int]:
    """Direct children of ``pid`` that are app workers (not resource trackers)."""
    pids: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError, ValueError):
            pids.update(int(p) for p in (task / "children").read_text().split())
    workers = []
    for child in sorted(pids):
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"resource_tracker" in cmdline or b"semaphore_tracker" in cmdline:
            continue
        workers.append(child)
    return workers


class MemorySampler:
    """Samples the RSS of a server's worker processes in a background thread."""

    def __init__(self, parent_pid: int) -> None:
        self.parent_pid = parent_pid
        self.peaks: dict[int, MemoryPeak] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        for pid in child_pids(self.parent_pid):
            peak = self.peaks.setdefault(pid, MemoryPeak(pid))
            peak.sampled_rss_mb = max(
                peak.sampled_rss_mb, _status_kb(pid, "VmRSS") / 1024
            )
            peak.hwm_mb = max(peak.hwm_mb, _status_kb(pid, "VmHWM") / 1024)

    def _run(self) -> None:
        while not self._stop.wait(MEMORY_SAMPLE_INTERVAL):
            self._sample()

    def __enter__(self) -> MemorySampler:
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sample()  # VmHWM after the last load


def _tree_cpu_seconds(pid: int) -> float:
    """CPU seconds used so far by ``pid`` and its direct children."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for member in (pid, *child_pids(pid)):
        with contextlib.suppress(OSError, ValueError, IndexError):
            stat = Path(f"/proc/{member}/stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def _machine_busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy (all CPUs, from /proc/stat)."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        values = [int(v) for v in Path("/proc/stat").read_text().split()[1:9]]
        idle = values[3] + values[4]
        return (sum(values) - idle) / os.sysconf("SC_CLK_TCK")
    return 0.0


class CpuMeter:
    """How much CPU other processes took while a load run was going.

    Busy time of the whole machine minus the server's processes, wrk (a
    waited-for child of this process) and this process itself.
    """

    def __init__(self, server_pid: int) -> None:
        self.server_pid = server_pid

    def _ours(self) -> float:
        mine = os.times()
        return (
            _tree_cpu_seconds(self.server_pid)
            + mine.user
            + mine.system
            + mine.children_user
            + mine.children_system
        )

    def __enter__(self) -> CpuMeter:
        self.started = time.monotonic()
        self.busy = _machine_busy_seconds()
        self.ours = self._ours()
        return self

    def __exit__(self, *exc: object) -> None:
        wall = time.monotonic() - self.started
        busy = _machine_busy_seconds() - self.busy
        ours = self._ours() - self.ours
        capacity = wall * (os.cpu_count() or 1)
        self.other_share = max(0.0, busy - ours) / capacity if capacity else 0.0


def wait_idle(server_pid: int, timeout: float = DRAIN_TIMEOUT) -> None:
    """Wait until the server has worked off requests wrk left behind.

    wrk closes its connections when a run ends, but requests already queued
    in the workers are still processed; with slow pages that backlog would be
    served during the next run and slow it down.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        before = _tree_cpu_seconds(server_pid)
        time.sleep(0.5)
        if _tree_cpu_seconds(server_pid) - before < 0.05:
            return
    log(f"  the server was still busy {timeout:.0f}s after the run")


class QuietGate:
    """Waits for other processes to quieten down, within one shared budget."""

    def __init__(self, budget: float = QUIET_BUDGET_SECONDS) -> None:
        self.remaining = budget

    def wait(self, server_pid: int) -> None:
        announced = False
        deadline = time.monotonic() + QUIET_WAIT_SECONDS
        while self.remaining > 0 and time.monotonic() < deadline:
            started = time.monotonic()
            with CpuMeter(server_pid) as meter:
                time.sleep(1.0)
            self.remaining -= time.monotonic() - started
            if meter.other_share < QUIET_SHARE:
                return
            if not announced:
                wait = min(self.remaining, QUIET_WAIT_SECONDS)
                log(
                    f"  other processes are using {meter.other_share:.0%} of the "
                    f"CPUs; waiting up to {wait:.0f}s for them ..."
                )
                announced = True
        if announced:
            log("  still busy; measuring anyway (see the other CPU column)")


QUIET = QuietGate()


# --------------------------------------------------------------------------
# wrk
# --------------------------------------------------------------------------


def _to_ms(value: str, unit: str) -> float:
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
    return float(value) * scale[unit]


def parse_wrk(output: str, result: WrkResult) -> WrkResult:
    """Fill ``result`` from wrk's ``--latency`` output and our Lua summary line."""
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.M)
    if not rps:
        raise RuntimeError(f"wrk printed no Requests/sec:\n{output}")
    result.rps = float(rps.group(1))
    for percent, attr in (("50", "p50_ms"), ("99", "p99_ms")):
        match = re.search(
            rf"^\s+{percent}(?:\.0+)?%\s+([\d.]+)(us|ms|s|m|h)\s*$", output, re.M
        )
        if match:
            setattr(result, attr, _to_ms(*match.groups()))
    summary = re.search(
        r"BENCH_SUMMARY requests=(\d+) bytes=(\d+) duration_us=\d+ "
        r"status_errors=(\d+) socket_errors=(\d+)",
        output,
    )
    if summary:
        requests, total_bytes, status_errors, socket_errors = map(int, summary.groups())
        result.requests = requests
        result.bytes_per_request = total_bytes / requests if requests else 0.0
        problems = []
        if status_errors:
            problems.append(f"{status_errors} HTTP errors")
        if socket_errors:
            problems.append(f"{socket_errors} socket errors")
        result.errors = ", ".join(problems)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx and not result.errors:
        result.errors = f"{non_2xx.group(1)} non-2xx responses"
    if not result.requests:
        result.errors = result.errors or "no response in time"
    result.measured = True
    return result


def run_wrk(
    url: str, seconds: float, lua: Path, connections: int = WRK_CONNECTIONS
) -> str:
    command = [
        "wrk",
        f"-t{WRK_THREADS}",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        f"--timeout={WRK_TIMEOUT}s",
        "--latency",
        "-s",
        str(lua),
        url,
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=seconds + 60, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def measure(
    label: str,
    server: str,
    port: int,
    path: str,
    *,
    duration: float,
    lua: Path,
    server_pid: int,
) -> WrkResult:
    """Check ``path`` answers 200, warm it up, then load it for ``duration``.

    A page that takes longer than SLOW_PAGE_SECONDS on a second request is
    not loaded: wrk's connections would queue minutes of work in the server,
    which would still be doing it during the next rows. The row says how
    long the request took instead.
    """
    url = f"http://127.0.0.1:{port}{path}"
    result = WrkResult(label=label, server=server, url=path)
    took = 0.0
    for _ in range(2):  # the first request may pay for cold caches
        started = time.monotonic()
        try:
            status, _, _ = http_get(port, path)
        except TimeoutError:
            result.errors = f"no answer within {HTTP_TIMEOUT} s; not loaded with wrk"
            log(f"  {label}: {path} {result.errors}")
            wait_idle(server_pid, timeout=HTTP_TIMEOUT * 4)
            return result
        took = time.monotonic() - started
        if status != 200 or took <= SLOW_PAGE_SECONDS:
            break
    if status != 200:
        result.errors = f"HTTP {status} before the run; not measured"
        log(f"  {label}: {path} answered {status}; skipped")
        return result
    if took > SLOW_PAGE_SECONDS:
        result.errors = (
            f"one request took {took:.1f} s: not loaded with wrk "
            f"({WRK_CONNECTIONS} connections would queue minutes of work)"
        )
        log(f"  {label}: {path}: {result.errors}")
        return result
    # Two connections: enough to load both workers' code and caches without
    # queueing a backlog of slow requests.
    run_wrk(url, min(WARMUP_SECONDS, duration), lua, connections=2)
    wait_idle(server_pid)
    QUIET.wait(server_pid)
    with CpuMeter(server_pid) as meter:
        output = run_wrk(url, duration, lua)
    wait_idle(server_pid)
    parse_wrk(output, result)
    result.other_cpu = meter.other_share
    try:
        _, _, headers = http_get(port, path)
        result.cache = headers.get("X-Page-Cache", "")
    except TimeoutError:
        # Still working off what wrk queued: the row stands, without the header.
        result.cache = "no answer"
    log(
        f"  {label} [{server}]: {result.rps:,.0f} req/s, p50 {result.p50_ms:.1f} ms, "
        f"p99 {result.p99_ms:.1f} ms, {result.bytes_per_request:,.0f} B/req"
        + (f", page cache {result.cache}" if result.cache else "")
        + f", other processes {result.other_cpu:.0%} CPU"
        + (f"  ({result.errors})" if result.errors else "")
    )
    return result


# --------------------------------------------------------------------------
# Steps
# --------------------------------------------------------------------------


def pick_pages() -> Pages:
    """The measured URLs: a bulk article of the default edition, the home, ..."""
    from newsroom.core import editions
    from newsroom.news.models import ArticlePage, SectionPage

    sections = SectionPage.objects.live().filter(
        locale__language_code=editions.default().code
    )
    section = sections.filter(slug="politics").first() or sections.order_by("path")[0]
    in_section = ArticlePage.objects.live().child_of(section)
    demo_article = in_section.order_by("pk").first()
    if demo_article is None:
        raise RuntimeError(f"no articles in {section.url_path}")
    # The newest bulk-inserted article whose body has the same kinds of blocks
    # as the demo article, so their query counts are comparable.
    blocks = {block.block_type for block in demo_article.body}
    candidates = in_section.filter(tagged_items__isnull=False).order_by("-pk")[:100]
    article = next(
        (a for a in candidates if {b.block_type for b in a.body} == blocks),
        candidates[0] if candidates else demo_article,
    )
    tag = article.tags.order_by("pk").first()
    author = article.authors.order_by("pk").first()
    # A word of the demo article's headline: seed_demo indexed it for search.
    words = [w for w in re.findall(r"[^\W\d_]+", demo_article.title) if len(w) >= 5]
    word = max(words, key=len).lower() if words else "news"
    deep_page = max(1, section.numchild // 12 // 2)

    def path_of(page: Any) -> str:
        return urlsplit(page.get_url()).path

    section_path = path_of(section)
    return Pages(
        article=path_of(article),
        article_demo=path_of(demo_article),
        home="/",
        section=section_path,
        section_deep=f"{section_path}?page={deep_page}",
        tag=f"/tags/{tag.slug}/" if tag else "/tags/none/",
        author=f"/authors/{author.slug}/" if author else "/authors/none/",
        search=f"/search/?q={quote(word)}",
        search_word=word,
    )


def count_queries(pages: Pages) -> list[QueryCount]:
    """Queries per page type with Django's test client, after one warm-up request.

    Runs in this process against the bench database with the page cache off
    (``PAGE_CACHE_SECONDS=0``); every query is written to var/bench/queries.log.
    """
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    rows = [
        ("Home", pages.home),
        ("Section", pages.section),
        ("Section, deep page", pages.section_deep),
        ("Article (bulk-inserted)", pages.article),
        ("Article (demo, tags and authors)", pages.article_demo),
        ("Tag archive", pages.tag),
        ("Author archive", pages.author),
        ("Search", pages.search),
    ]
    results = []
    with open(VAR_DIR / "queries.log", "w") as out:
        for label, url in rows:
            client.get(url)  # renditions, caches and template loading
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
            times = [
                float(q.get("time") or 0) * 1000 for q in captured.captured_queries
            ]
            result = QueryCount(
                label=label,
                url=url,
                status=response.status_code,
                queries=len(captured),
                sql_ms=sum(times),
                slowest_ms=max(times, default=0.0),
                request_ms=elapsed,
            )
            results.append(result)
            out.write(f"### {label} {url}: {result.queries} queries\n")
            for q, ms in zip(captured.captured_queries, times, strict=True):
                out.write(f"{ms:8.2f} ms  {q['sql']}\n")
            out.write("\n")
            log(
                f"  {label} {url}: {response.status_code}, {result.queries} queries, "
                f"SQL {result.sql_ms:.1f} ms (slowest {result.slowest_ms:.1f} ms), "
                f"request {elapsed:.0f} ms"
            )
    connection.close()
    return results


def collectstatic(env: dict[str, str]) -> None:
    bench_seed.manage(
        "collectstatic",
        "--no-input",
        env=env,
        timeout=COLLECTSTATIC_TIMEOUT,
        log_path=LOG_DIR / "manage.log",
    )


def granian_command(port: int) -> list[str]:
    granian = Path(sys.executable).parent / "granian"
    executable = str(granian) if granian.exists() else (shutil.which("granian") or "")
    if not executable:
        raise RuntimeError("granian is not installed in this Python environment")
    return [
        executable,
        "--interface",
        "wsgi",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        "2",
        "--blocking-threads",
        "1",
        "newsroom.wsgi:application",
    ]


def bench_granian(
    bench: Bench,
    env: dict[str, str],
    *,
    cached: bool,
    lua: Path,
    after: Callable[[int], None] | None = None,
) -> ServerRun:
    """Serve with granian (page cache on or off) and load each page type."""
    assert bench.pages is not None
    name = "granian, cached" if cached else "granian, uncached"
    server = "cached" if cached else "uncached"
    run = ServerRun(name)
    port = free_port()
    server_env = {**env, "PAGE_CACHE_SECONDS": "300" if cached else "0"}
    log(f"Starting {name} on 127.0.0.1:{port} ...")
    probe = "/__bench__/trivial/?size=1"
    with (
        child_server(
            name.replace(", ", "-"), granian_command(port), server_env, port, probe
        ) as process,
        MemorySampler(process.pid) as memory,
    ):
        status, body, _ = http_get(port, bench.pages.article)
        if status != 200:
            raise RuntimeError(f"{bench.pages.article} answered {status} on {name}")
        if not bench.article_bytes:
            bench.article_bytes = len(body)
            html = VAR_DIR / "nginx" / "html"
            html.mkdir(parents=True, exist_ok=True)
            (html / "article.html").write_bytes(body)
            assert bench.seed is not None
            bench.seed.checks.append(
                f"bulk-inserted article {bench.pages.article} answered HTTP 200 "
                f"({len(body):,} bytes) from granian"
            )
        duration = bench.args.duration
        for label, path in (
            ("Article", bench.pages.article),
            ("Home", bench.pages.home),
            ("Section", bench.pages.section),
            # Search pages are never kept by the page cache (results change).
            ("Search", bench.pages.search),
            ("Trivial view", f"/__bench__/trivial/?size={bench.article_bytes}"),
        ):
            run.results.append(
                measure(
                    label,
                    server,
                    port,
                    path,
                    duration=duration,
                    lua=lua,
                    server_pid=process.pid,
                )
            )
        if not cached:
            run.results.append(measure_beacon(bench, port, process.pid))
        if after:
            after(port)
    run.memory = sorted(memory.peaks.values(), key=lambda p: p.pid)
    for peak in run.memory:
        log(f"  worker {peak.pid}: peak {peak.peak_mb:.1f} MB")
    return run


def measure_beacon(bench: Bench, port: int, server_pid: int) -> WrkResult:
    """POST /analytics/hit/ as readers' browsers do: one counted view per request."""
    assert bench.pages is not None
    from newsroom.news.models import ArticlePage

    page_id = ArticlePage.objects.live().order_by("-pk").values_list("pk", flat=True)[0]
    lua = VAR_DIR / "wrk_beacon.lua"
    lua.write_text(BEACON_LUA.replace("{page_id}", str(page_id)))
    result = WrkResult(
        label="View beacon (POST)", server="uncached", url="/analytics/hit/"
    )
    url = f"http://127.0.0.1:{port}/analytics/hit/"
    run_wrk(url, min(WARMUP_SECONDS, bench.args.duration), lua, connections=2)
    wait_idle(server_pid)
    QUIET.wait(server_pid)
    with CpuMeter(server_pid) as meter:
        output = run_wrk(url, bench.args.duration, lua)
    wait_idle(server_pid)
    parse_wrk(output, result)
    result.other_cpu = meter.other_share
    log(f"  beacon: {result.rps:,.0f} req/s, p50 {result.p50_ms:.1f} ms")
    return result


def bench_varnish(bench: Bench, env: dict[str, str], lua: Path) -> ServerRun | None:
    """The article through the shipped deploy/varnish/newsroom.vcl, in front of granian."""
    assert bench.pages is not None
    if not VARNISHD.exists():
        bench.notes.append(
            "Varnish is not installed (`apt-get install -y varnish`): no Varnish row."
        )
        return None
    upstream = free_port()
    port = free_port()
    run = ServerRun("Varnish in front of granian")
    server_env = {**env, "PAGE_CACHE_SECONDS": "300"}
    log(f"Starting granian on {upstream} and Varnish on 127.0.0.1:{port} ...")
    command = shipped_varnish.command(
        backend_port=upstream, port=port, workdir=VAR_DIR / "varnish", memory="256m"
    )
    with (
        child_server(
            "granian-behind-varnish",
            granian_command(upstream),
            server_env,
            upstream,
            "/__bench__/trivial/?size=1",
        ),
        child_server(
            "varnish", command, os.environ.copy(), port, bench.pages.article
        ) as varnish,
    ):
        run.results.append(
            measure(
                "Article",
                "varnish",
                port,
                bench.pages.article,
                duration=bench.args.duration,
                lua=lua,
                server_pid=varnish.pid,
            )
        )
    return run


def bench_gunicorn(bench: Bench, env: dict[str, str], lua: Path) -> ServerRun | None:
    """The trivial view on gunicorn with 2 sync workers, when gunicorn is importable."""
    if importlib.util.find_spec("gunicorn") is None:
        bench.notes.append(
            "gunicorn is not installed (it is not a project dependency): "
            "no gunicorn row. `pip install gunicorn` in the venv to add it."
        )
        return None
    run = ServerRun("gunicorn, uncached")
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--workers",
        "2",
        "--worker-class",
        "sync",
        "--bind",
        f"127.0.0.1:{port}",
        "newsroom.wsgi:application",
    ]
    log(f"Starting gunicorn (2 sync workers) on 127.0.0.1:{port} ...")
    probe = "/__bench__/trivial/?size=1"
    with (
        child_server(
            "gunicorn", command, {**env, "PAGE_CACHE_SECONDS": "0"}, port, probe
        ) as process,
        MemorySampler(process.pid) as memory,
    ):
        path = f"/__bench__/trivial/?size={bench.article_bytes}"
        run.results.append(
            measure(
                "Trivial view",
                "gunicorn",
                port,
                path,
                duration=bench.args.duration,
                lua=lua,
                server_pid=process.pid,
            )
        )
    run.memory = sorted(memory.peaks.values(), key=lambda p: p.pid)
    return run


def nginx_command(directory: Path, conf: str) -> list[str]:
    """Write ``conf`` into ``directory``; return the command running nginx."""
    (directory / "tmp").mkdir(parents=True, exist_ok=True)
    path = directory / "nginx.conf"
    path.write_text(conf)
    return [
        str(NGINX),
        "-p",
        str(directory),
        "-c",
        str(path),
        "-e",
        str(directory / "error.log"),
        "-g",
        "daemon off;",
    ]


def pick_admin_pages(bench: Bench) -> None:
    """The admin pages to time, with their queries counted in-process.

    Appends every counted query to var/bench/queries.log, after the reader's.
    """
    assert bench.seed is not None
    picked = bench_admin.pick_pages(code=bench.seed.edition)
    bench.admin = [bench_admin.AdminTiming(page=page) for page in picked.pages]
    bench.admin += picked.skipped
    bench.admin_users = picked.usernames
    bench.admin_notes = picked.notes
    with open(VAR_DIR / "queries.log", "a") as out:
        bench_admin.count_queries(bench.admin, log=out)
    for timing in bench.admin:
        if timing.skipped:
            log(f"  {timing.page.label}: {timing.skipped}")
            continue
        log(
            f"  {timing.page.label} {timing.page.path} [{timing.page.username}]: "
            f"{timing.queries} queries, SQL {timing.sql_ms:.1f} ms "
            f"(slowest {timing.slowest_ms:.1f} ms)"
        )


def bench_admin_pages(bench: Bench, env: dict[str, str]) -> ServerRun | None:
    """Time the admin pages over HTTP as logged-in people, one request at a time.

    Its own granian, as the Procfile runs it; each person logs in through
    the login form with the demo password (bench_admin.AdminSession).
    """
    from newsroom.demo.services import DEMO_PASSWORD

    timed = [timing for timing in bench.admin if not timing.skipped]
    if not timed:
        return None
    run = ServerRun(ADMIN_RUN)
    port = free_port()
    log(f"Starting granian for the admin on 127.0.0.1:{port} ...")
    sessions: dict[str, bench_admin.AdminSession] = {}
    with (
        child_server(
            "granian-admin",
            granian_command(port),
            {**env, "PAGE_CACHE_SECONDS": "0"},
            port,
            "/__bench__/trivial/?size=1",
        ) as process,
        MemorySampler(process.pid) as memory,
    ):
        try:
            for username in bench.admin_users:
                session = bench_admin.AdminSession("127.0.0.1", port)
                session.login(username, DEMO_PASSWORD)
                sessions[username] = session
                log(f"  logged in as {username} through /admin/login/")
            for timing in timed:
                QUIET.wait(process.pid)
                server_cpu = _tree_cpu_seconds(process.pid)
                with CpuMeter(process.pid) as meter:
                    bench_admin.time_page(sessions[timing.page.username], timing)
                server_cpu = _tree_cpu_seconds(process.pid) - server_cpu
                timing.other_cpu = meter.other_share
                if timing.requests:
                    timing.cpu_ms = server_cpu * 1000 / timing.requests
                log(
                    f"  {timing.page.label}: HTTP {timing.status}, median "
                    f"{timing.median_ms:.0f} ms, p95 {timing.p95_ms:.0f} ms over "
                    f"{len(timing.samples_ms)} requests, server CPU "
                    f"{timing.cpu_ms or 0:.0f} ms/request, {timing.bytes:,} B, "
                    f"other processes {meter.other_share:.0%} CPU"
                )
        finally:
            for session in sessions.values():
                session.close()
    run.memory = sorted(memory.peaks.values(), key=lambda p: p.pid)
    return run


def bench_nginx(bench: Bench, lua: Path) -> ServerRun | None:
    """nginx serving the article's HTML as a file: the machine's ceiling."""
    if not NGINX.exists():
        bench.notes.append(
            "nginx is not installed (`apt-get install -y nginx`): no nginx row."
        )
        return None
    directory = VAR_DIR / "nginx"
    for sub in ("html", "tmp"):
        (directory / sub).mkdir(parents=True, exist_ok=True)
    port = free_port()
    conf = NGINX_CONF.format(
        dir=directory, port=port, temp_paths=NGINX_TEMP_PATHS.format(dir=directory)
    )
    command = nginx_command(directory, conf)
    run = ServerRun("nginx, static file")
    log(f"Starting nginx on 127.0.0.1:{port} ...")
    with child_server(
        "nginx", command, os.environ.copy(), port, "/article.html"
    ) as process:
        run.results.append(
            measure(
                "Article as a static file",
                "nginx",
                port,
                "/article.html",
                duration=bench.args.duration,
                lua=lua,
                server_pid=process.pid,
            )
        )
    return run


def ensure_lighthouse(bench: Bench) -> Path | None:
    """Lighthouse's CLI in var/bench/node_modules, installed once with npm."""
    cli = LIGHTHOUSE_DIR / "cli" / "index.js"
    package = LIGHTHOUSE_DIR / "package.json"
    with contextlib.suppress(OSError, ValueError):
        if json.loads(package.read_text())["version"] == LIGHTHOUSE_VERSION:
            return cli
    if not (shutil.which("npx") and shutil.which("npm") and shutil.which("node")):
        bench.notes.append("Lighthouse skipped: node, npm or npx is not installed.")
        return None
    try:
        subprocess.run(
            ["npx", "--version"], capture_output=True, timeout=60, check=True
        )
        log(f"Installing lighthouse@{LIGHTHOUSE_VERSION} into {VAR_DIR} ...")
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(VAR_DIR),
                "--no-audit",
                "--no-fund",
                f"lighthouse@{LIGHTHOUSE_VERSION}",
            ],
            capture_output=True,
            timeout=NPM_TIMEOUT,
            check=True,
        )
    except (subprocess.SubprocessError, OSError) as error:
        bench.notes.append(f"Lighthouse skipped: npm install failed ({error}).")
        return None
    return cli if cli.exists() else None


def run_lighthouse(label: str, url: str, cli: Path) -> LighthouseResult:
    """One Lighthouse run (mobile, simulated throttling) with a time limit."""
    result = LighthouseResult(label=label, url=url)
    name = re.sub(r"\W+", "-", label.lower()).strip("-")
    output = VAR_DIR / f"lighthouse-{name}.json"
    output.unlink(missing_ok=True)
    command = [
        "node",
        str(cli),
        url,
        f"--chrome-flags={CHROME_FLAGS}",
        "--only-categories=" + ",".join(LIGHTHOUSE_CATEGORIES),
        "--output=json",
        f"--output-path={output}",
        "--quiet",
    ]
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    with open(LOG_DIR / f"lighthouse-{name}.log", "wb") as out:
        process = subprocess.Popen(
            command,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            process.wait(timeout=LIGHTHOUSE_TIMEOUT)
        except subprocess.TimeoutExpired:
            result.note = f"timed out after {LIGHTHOUSE_TIMEOUT}s"
        finally:
            stop_process(process, "lighthouse")
    if result.note:
        return result
    try:
        report = json.loads(output.read_text())
    except (OSError, ValueError):
        result.note = f"no report (exit {process.returncode}); see var/bench/logs/"
        return result
    error = report.get("runtimeError") or {}
    if error.get("code"):
        result.note = f"Lighthouse error {error['code']}"
    for category in LIGHTHOUSE_CATEGORIES:
        score = report["categories"].get(category, {}).get("score")
        if score is not None:
            result.scores[category] = round(score * 100)
        if category == "performance":
            continue
        for ref in report["categories"].get(category, {}).get("auditRefs", []):
            audit = report["audits"].get(ref["id"], {})
            if ref.get("weight") and audit.get("score") is not None:
                if audit["score"] < 1:
                    result.failing.append(f"{category}: {ref['id']}")
    return result


def lighthouse_step(bench: Bench, cli: Path | None) -> Callable[[int], None]:
    """Runs Lighthouse against the cached server once it is up."""

    def audit(port: int) -> None:
        assert bench.pages is not None and cli is not None
        for label, path in (("Article", bench.pages.article), ("Home", "/")):
            url = f"http://127.0.0.1:{port}{path}"
            log(f"  Lighthouse: {label} ...")
            result = run_lighthouse(label, url, cli)
            if result.note or len(result.scores) < len(LIGHTHOUSE_CATEGORIES):
                # Trace recording fails now and then (NO_NAVSTART); once more.
                log(f"  Lighthouse {label}: {result.note or 'incomplete'}; retrying")
                result = run_lighthouse(label, url, cli)
                result.note = result.note or "second attempt"
            bench.lighthouse.append(result)
            log(f"  Lighthouse {label}: {result.scores or result.note}")

    def run(port: int) -> None:
        if cli is None:
            return
        if not NGINX.exists():
            bench.notes.append(
                "Lighthouse ran against granian directly: without nginx nothing "
                "serves /media/ (production settings), so every image is a 404."
            )
            audit(port)
            return
        directory = VAR_DIR / "nginx-front"
        front = free_port()
        conf = NGINX_FRONT_CONF.format(
            dir=directory,
            port=front,
            upstream=port,
            media=VAR_DIR / "media",
            temp_paths=NGINX_TEMP_PATHS.format(dir=directory),
        )
        command = nginx_command(directory, conf)
        log(f"  nginx front end on 127.0.0.1:{front} (media from disk) ...")
        with child_server("nginx-front", command, os.environ.copy(), front, "/"):
            audit(front)

    return run


# --------------------------------------------------------------------------
# Search (scripts/bench_search.py, one child process per engine)
# --------------------------------------------------------------------------


def postgres_url() -> str:
    return os.environ.get("BENCH_POSTGRES_URL") or DEFAULT_POSTGRES_URL


def _safe_url(url: str) -> str:
    """``url`` without its password, for the report."""
    parts = urlsplit(url)
    if parts.password:
        netloc = f"{parts.username}:***@{parts.hostname}"
        netloc += f":{parts.port}" if parts.port else ""
        return parts._replace(netloc=netloc).geturl()
    return url


def ensure_postgres_database(url: str) -> str | None:
    """Create the database at ``url`` when the server lacks it.

    Returns None when it is there, or why it cannot be used (psycopg missing,
    server unreachable, no right to create it).
    """
    try:
        import psycopg
        from psycopg import sql
        from psycopg.conninfo import conninfo_to_dict, make_conninfo
    except ImportError:
        return "psycopg is not installed"
    try:
        name = str(conninfo_to_dict(url).get("dbname") or "")
    except psycopg.Error as error:
        return f"{_safe_url(url)} is not a PostgreSQL URL: {error}"
    try:
        with psycopg.connect(url, connect_timeout=POSTGRES_CONNECT_TIMEOUT):
            return None
    except psycopg.OperationalError as error:
        if not name or f'database "{name}" does not exist' not in str(error):
            reason = " ".join(str(error).split())
            return f"PostgreSQL at {_safe_url(url)} is unreachable: {reason}"
    log(f"Creating the PostgreSQL database {name} ...")
    try:
        with psycopg.connect(
            make_conninfo(url, dbname="postgres"),
            connect_timeout=POSTGRES_CONNECT_TIMEOUT,
            autocommit=True,
        ) as connection:
            connection.execute(
                sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            )
    except psycopg.Error as error:
        createdb = shutil.which("createdb")
        if not createdb:
            return f"could not create database {name}: {error}".strip()
        parts = urlsplit(url)
        command = [createdb, "-h", parts.hostname or "127.0.0.1"]
        command += ["-p", str(parts.port or 5432)]
        command += ["-U", parts.username or "postgres", name]
        env = {**os.environ, "PGPASSWORD": parts.password or ""}
        result = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=60, check=False
        )
        if result.returncode != 0:
            return (
                f"could not create database {name}: {' '.join(result.stderr.split())}"
            )
    return None


def run_search_child(
    engine: str, url: str, args: argparse.Namespace, env: dict[str, str], reseed: bool
) -> bench_search.EngineResult:
    """``scripts/bench_search.py`` on ``url`` in a child process; its results."""
    out = VAR_DIR / f"search-{engine}.json"
    out.unlink(missing_ok=True)
    command = [
        sys.executable,
        str(SCRIPTS_DIR / "bench_search.py"),
        "--database-url",
        url,
        "--out",
        str(out),
        "--articles",
        str(args.articles),
        "--no-collectstatic",
    ]
    if args.other_articles is not None:
        command += ["--other-articles", str(args.other_articles)]
    if reseed:
        command.append("--reseed")
    log(f"Search bench on {engine} ({_safe_url(url)}) ...")
    started = time.monotonic()
    process = subprocess.Popen(
        command,
        cwd=BASE_DIR,
        env={**env, "DATABASE_URL": url, "BENCH_SEARCH_CHILD": "1"},
        start_new_session=True,
    )
    error = ""
    try:
        process.wait(timeout=SEARCH_CHILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        error = f"stopped after {SEARCH_CHILD_TIMEOUT / 3600:.0f} hours"
    finally:
        stop_process(process, f"search bench ({engine})")
    if out.exists():
        result = bench_search.load(out)
    else:
        result = bench_search.EngineResult(
            engine=engine,
            error=error or f"exited with {process.returncode} and no results",
        )
    log(f"Search bench on {engine} done in {time.monotonic() - started:.0f} s.")
    return result


def bench_searches(bench: Bench, env: dict[str, str]) -> None:
    """The search bench on the bench's SQLite file and on PostgreSQL."""
    args = bench.args
    main_url = env.get("DATABASE_URL", "")
    engines = [("sqlite", f"sqlite:///{SQLITE_FILE}")]
    postgres = postgres_url()
    problem = ensure_postgres_database(postgres)
    if problem:
        bench.search_notes.append(
            f"PostgreSQL not measured: {problem}. Set BENCH_POSTGRES_URL to a "
            "server this user may create a database on."
        )
        log(f"Search bench: PostgreSQL skipped ({problem})")
    else:
        engines.append(("postgresql", postgres))
    for engine, url in engines:
        # The database the rest of the bench seeded (and reseeded) is reused.
        reseed = args.reseed and (args.search_only or url != main_url)
        result = run_search_child(engine, url, args, env, reseed)
        if result.error:
            log(f"Search bench on {engine} failed: {result.error}")
        bench.search.append(result)


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------


def machine() -> str:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram_gb = _meminfo_kb("MemTotal") / 1024 / 1024
    commit = ""
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        commit = subprocess.run(
            ["git", "-C", str(BASE_DIR), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    date = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"{os.cpu_count()} CPUs ({cpu}), {ram_gb:.0f} GB RAM, "
        f"Python {platform.python_version()}, {platform.system()} "
        f"{platform.release()}, {date}" + (f", commit {commit}" if commit else "")
    )


def _meminfo_kb(key: str) -> int:
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def ratio(value: float, base: float | None) -> str:
    if not base:
        return "n/a"
    share = value / base
    return f"{share:.1%}" if share < 0.1 else f"{share:.0%}"


def find(bench: Bench, server: str, label: str) -> WrkResult | None:
    for run in bench.runs:
        for result in run.results:
            if result.server == server and result.label == label and result.measured:
                return result
    return None


SEED_FILE = VAR_DIR / "seed.json"
SEED_TIMINGS = (
    "migrate_seconds",
    "demo_seconds",
    "insert_seconds",
    "inserted",
    "index_seconds",
    "indexed",
    "desk_seconds",
    "articles",
    "wiped",
)


def save_seed_timings(seed: bench_seed.SeedReport) -> None:
    """Keep how long seeding took, for the runs that reuse the database."""
    data: dict[str, Any] = {name: getattr(seed, name) for name in SEED_TIMINGS}
    data["date"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    SEED_FILE.write_text(json.dumps(data, indent=2))


def load_seed_timings(articles: int) -> dict[str, Any] | None:
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(SEED_FILE.read_text())
        if data.get("articles") == articles:
            return data
    return None


def seeding_rows(bench: Bench) -> list[tuple[object, ...]]:
    """Rows of the seeding table; a reused database shows its seeding run."""
    seed = bench.seed
    assert seed is not None
    others = {c: n for c, n in seed.per_edition.items() if c != seed.edition}
    rows: list[tuple[object, ...]] = [
        (
            "Articles",
            f"{seed.articles:,} live in edition {seed.edition}"
            + (
                ", " + ", ".join(f"{n:,} in {c}" for c, n in others.items())
                if others
                else ""
            )
            + f" ({seed.articles + seed.other_articles:,} in all)",
        ),
        ("Sections", f"{seed.sections} in edition {seed.edition}"),
    ]
    timings = seed
    when = ""
    if seed.reused:
        earlier = load_seed_timings(seed.articles)
        when = f" (seeded {earlier['date']})" if earlier else ""
        rows.append(("This run", "reused the seeded database" + when))
        timings = bench_seed.SeedReport(
            **{k: v for k, v in (earlier or {}).items() if k in SEED_TIMINGS}
        )
    if timings.inserted:
        rows += [
            ("Migrate" + when, f"{timings.migrate_seconds:.1f} s"),
            ("`seed_demo --per-section 2`" + when, f"{timings.demo_seconds:.1f} s"),
            (
                "Bulk insert" + when,
                f"{timings.inserted:,} articles in {timings.insert_seconds:.1f} s "
                f"= {timings.articles_per_second:,.0f} articles/s",
            ),
        ]
        if timings.indexed:
            rows.append(
                (
                    "Search index" + when,
                    f"{timings.indexed:,} articles in {timings.index_seconds:.1f} s "
                    f"= {timings.indexed / timings.index_seconds:,.0f} articles/s "
                    "(through the search backend, 1,000 at a time)",
                )
            )
        if timings.desk_seconds:
            rows.append(
                (
                    "Desk drafts" + when,
                    f"{timings.desk_seconds:.1f} s (made, submitted and scheduled "
                    "through Wagtail's page API)",
                )
            )
        if timings.wiped:
            rows.append(("Before seeding" + when, timings.wiped))
    if seed.reused and (seed.indexed or seed.drafts_made):
        # Indexing and the desk's drafts are topped up on every run.
        rows.append(
            (
                "Topped up (this run)",
                f"{seed.indexed:,} articles indexed in {seed.index_seconds:.1f} s, "
                f"{seed.drafts_made:,} desk drafts in {seed.desk_seconds:.1f} s",
            )
        )
    if bench.database_bytes:
        rows.append(("Database size", f"{bench.database_bytes / 1e6:,.0f} MB"))
    rows.append(
        (
            "Search index",
            "every live article, in Newsroom's page index (`newsroom.search`), "
            "written through the search backend (reader and admin searches look "
            "through all of them)",
        )
    )
    rows.append(
        (
            "Desk",
            "drafts in review: "
            + ", ".join(f"{n:,} in {code}" for code, n in seed.waiting.items())
            + f"; {seed.scheduled:,} scheduled in {seed.edition}",
        )
    )
    rows += [("Check", check) for check in seed.checks]
    return rows


def render(bench: Bench, elapsed: float, machine_line: str) -> str:
    """The markdown report: seeding, throughput, queries, memory, Lighthouse."""
    parts = [f"Machine: {machine_line}. Database: {bench.database}."]
    if bench.seed:
        parts += ["### Seeding", table(("", ""), seeding_rows(bench))]

    trivial = {
        server: find(bench, server, "Trivial view") for server in ("uncached", "cached")
    }
    nginx = find(bench, "nginx", "Article as a static file")
    rows: list[tuple[object, ...]] = []
    # gunicorn's trivial view is compared with granian's.
    trivial["gunicorn"] = trivial["uncached"]
    for run in bench.runs:
        for r in run.results:
            base = trivial.get(r.server)
            rows.append(
                (
                    r.label,
                    run.name,
                    f"`{r.url}`" if len(r.url) < 60 else f"`{r.url[:57]}...`",
                    f"{r.rps:,.0f}" if r.measured else "-",
                    f"{r.p50_ms:.1f}" if r.requests else "-",
                    f"{r.p99_ms:.1f}" if r.requests else "-",
                    f"{r.bytes_per_request:,.0f}" if r.requests else "-",
                    ratio(r.rps, base.rps if base else None)
                    if r.measured and base and base is not r
                    else "",
                    ratio(r.rps, nginx.rps if nginx else None) if r.measured else "",
                    r.cache or "-",
                    f"{r.other_cpu:.0%}" if r.other_cpu is not None else "-",
                    r.errors,
                )
            )
    parts += [
        "### Throughput (wrk)",
        f"`wrk -t{WRK_THREADS} -c{WRK_CONNECTIONS} -d{bench.args.duration}s "
        f"--timeout={WRK_TIMEOUT}s --latency`, after a {WARMUP_SECONDS} s warm-up "
        "with 2 connections; "
        "granian with 2 workers "
        "and 1 blocking thread each, production settings; bytes/page include "
        "headers; *page cache* is the `X-Page-Cache` header right after the run; "
        "*other CPU* is the share of the machine's CPU taken by processes outside "
        "the bench during the run (anything above a few percent skews the row).",
        table(
            (
                "Page",
                "Server",
                "URL",
                "req/s",
                "p50 ms",
                "p99 ms",
                "bytes/page",
                "vs trivial",
                "vs nginx",
                "page cache",
                "other CPU",
                "errors",
            ),
            rows,
        ),
    ]

    rows = [
        (
            q.label,
            f"`{q.url}`",
            q.status,
            q.queries,
            f"{q.sql_ms:.1f}",
            f"{q.slowest_ms:.1f}",
            f"{q.request_ms:.0f}",
        )
        for q in bench.queries
    ]
    parts += [
        "### Queries per page",
        "Django test client in-process, production settings, page cache off, "
        "after one warm-up request; all queries are in `var/bench/queries.log`.",
        table(
            (
                "Page",
                "URL",
                "status",
                "queries",
                "SQL ms",
                "slowest query ms",
                "request ms",
            ),
            rows,
        ),
    ]

    parts += admin_section(bench)

    rows = []
    for run in bench.runs:
        if not run.memory:
            continue
        for index, peak in enumerate(run.memory, 1):
            rows.append(
                (
                    run.name,
                    f"worker {index} (pid {peak.pid})",
                    f"{peak.peak_mb:.1f}",
                    f"{peak.sampled_rss_mb:.1f}",
                )
            )
    parts += [
        "### Memory",
        f"RSS of each worker process, sampled every {MEMORY_SAMPLE_INTERVAL}s "
        "during and after the load; peak is the larger of the samples and the "
        "kernel's VmHWM.",
        table(("Server", "Process", "peak MB", "max sampled VmRSS MB"), rows)
        if rows
        else "No workers were sampled.",
    ]

    if bench.lighthouse:
        rows = []
        for result in bench.lighthouse:
            rows.append(
                (
                    result.label,
                    f"`{urlsplit(result.url).path}`",
                    *(result.scores.get(c, "-") for c in LIGHTHOUSE_CATEGORIES),
                    "; ".join(filter(None, [result.note, *result.failing])),
                )
            )
        lighthouse = table(
            ("Page", "URL", "Performance", "Accessibility", "Best practices", "SEO")
            + ("Notes (failing audits)",),
            rows,
        )
    else:
        lighthouse = "Not run (--skip-lighthouse, or see the notes)."
    parts += [
        "### Lighthouse",
        f"Lighthouse {LIGHTHOUSE_VERSION} (mobile, simulated throttling, Debian's "
        "Chromium) against the cached granian server behind a minimal nginx that "
        "serves `/media/` from disk, as a production front end would.",
        lighthouse,
    ]

    parts += search_section(bench)
    parts += ["### Targets", table(("Target", "Measured", "Met"), targets(bench))]
    notes = [*bench.notes]
    for run in bench.runs:
        notes += run.notes
    notes.append(f"The whole run took {elapsed / 60:.1f} minutes.")
    parts += ["### Notes", "\n".join(f"- {note}" for note in notes)]
    return "\n\n".join(parts) + "\n"


def search_section(bench: Bench) -> list[str]:
    """The *Search* section, or a line saying why there is none."""
    if bench.search or bench.search_notes:
        return bench_search.report_section(bench.search, bench.search_notes)
    return ["### Search", "Not run (--skip-search)."]


def admin_section(bench: Bench) -> list[str]:
    """The admin table: each page's median and p95 over HTTP, and its queries."""
    if not bench.admin:
        return []
    yardstick = next((t for t in bench.admin if t.page.yardstick), None)
    rows = []
    for timing in bench.admin:
        page = timing.page
        timed = bool(timing.samples_ms)
        rows.append(
            (
                page.label,
                f"`{bench_admin.short(page.path)}`",
                page.username,
                timing.skipped or (timing.status if timing.status else "not timed"),
                len(timing.samples_ms) if timed else "-",
                f"{timing.median_ms:,.0f}" if timed else "-",
                f"{timing.p95_ms:,.0f}" if timed else "-",
                f"{timing.median_ms / yardstick.median_ms:,.1f}x"
                if timed
                and yardstick
                and yardstick.samples_ms
                and yardstick is not timing
                else "",
                f"{timing.cpu_ms:,.0f}" if timing.cpu_ms is not None else "-",
                "-"
                if timing.queries is None
                else f"{timing.queries} (first request)"
                if timing.queries_cold
                else timing.queries,
                f"{timing.slowest_ms:.1f}" if timing.queries is not None else "-",
                f"{timing.bytes:,}" if timing.bytes else "-",
                f"{timing.other_cpu:.0%}" if timing.other_cpu is not None else "-",
                page.note,
            )
        )
    users = ", ".join(f"`{name}`" for name in bench.admin_users)
    notes = "".join(f" {note}" for note in bench.admin_notes)
    return [
        "### Admin pages",
        f"Logged in as {users} through `/admin/login/` (demo password, cookies "
        "kept, `X-Forwarded-Proto: https` as the production front end sends), "
        "granian with 2 workers as above, one request at a time on a kept-alive "
        f"connection: {bench_admin.WARMUP} warm-up requests, then "
        f"{bench_admin.REPEAT} timed ones per page (a page slower than "
        f"{bench_admin.SLOW_MS / 1000:.0f} s on its first request is timed from "
        f"that one on, for {bench_admin.PAGE_BUDGET_S:.0f} s and at least "
        f"{bench_admin.MIN_REPEAT} times), from sending the request to reading "
        "the whole response. "
        "*median*/*p95* are over the timed *requests* (p95 by nearest rank), "
        "*vs yardstick* is the median as a multiple of the yardstick's (the "
        "smallest page with the whole admin frame). *server CPU* is the "
        "workers' CPU time per request (warm-up included): what a request "
        "costs without waiting for a CPU, the figure to trust when *other CPU* "
        "is high. "
        "*queries* and *slowest query* come from one in-process request with "
        "Django's test client after a warm-up (every query is in "
        f"`var/bench/queries.log`).{notes}",
        table(
            (
                "Page",
                "URL",
                "as",
                "status",
                "requests",
                "median ms",
                "p95 ms",
                "vs yardstick",
                "server CPU ms",
                "queries",
                "slowest query ms",
                "bytes",
                "other CPU",
                "what it shows",
            ),
            rows,
        ),
    ]


def targets(bench: Bench) -> list[tuple[str, str, str]]:
    """The issue's targets against this run's numbers."""

    def met(ok: bool | None) -> str:
        return "n/a" if ok is None else ("yes" if ok else "**no**")

    rows = []
    cached = find(bench, "cached", "Article")
    trivial = find(bench, "cached", "Trivial view")
    if cached and trivial:
        share = cached.rps / trivial.rps
        rows.append(
            (
                f"Cached article >= {TARGET_CACHED_VS_TRIVIAL:.0%} of the trivial view",
                f"{share:.0%} ({cached.rps:,.0f} / {trivial.rps:,.0f} req/s)",
                met(share >= TARGET_CACHED_VS_TRIVIAL),
            )
        )
    uncached = find(bench, "uncached", "Article")
    if uncached:
        rows.append(
            (
                f"Uncached article >= {TARGET_UNCACHED_ARTICLE_RPS:.0f} req/s",
                f"{uncached.rps:,.0f} req/s",
                met(uncached.rps >= TARGET_UNCACHED_ARTICLE_RPS),
            )
        )
    through_varnish = find(bench, "varnish", "Article")
    nginx = find(bench, "nginx", "Article as a static file")
    if through_varnish and nginx and nginx.rps:
        share = through_varnish.rps / nginx.rps
        rows.append(
            (
                "Article through Varnish >= 80% of nginx serving it as a file",
                f"{share:.0%} ({through_varnish.rps:,.0f} / {nginx.rps:,.0f} req/s)",
                met(share >= 0.8),
            )
        )
    articles = [q for q in bench.queries if q.label.startswith("Article")]
    sections = [q for q in bench.queries if q.label.startswith("Section")]
    if articles:
        same = len({q.queries for q in articles}) == 1 and (
            not sections or len({q.queries for q in sections}) == 1
        )
        rows.append(
            (
                "Constant query count (articles alike, section pages alike)",
                ", ".join(f"{q.label}: {q.queries}" for q in articles + sections),
                met(same),
            )
        )
    for timing in bench.admin:
        if not timing.page.target:
            continue
        stories = f"{bench.seed.articles:,}" if bench.seed else "the"
        rows.append(
            (
                f"Admin {timing.page.label.lower()} < "
                f"{bench_admin.TARGET_MS / 1000:.0f} s (median) with {stories} "
                "stories in one edition",
                f"{timing.median_ms:,.0f} ms (p95 {timing.p95_ms:,.0f} ms; "
                f"server CPU {timing.cpu_ms or 0:,.0f} ms/request)"
                if timing.samples_ms
                else timing.skipped or f"HTTP {timing.status or '-'}",
                met(timing.meets_target),
            )
        )
    # The reader's servers: the admin's (one editor's requests, some of them
    # loading thousands of rows) is in the memory table, not in this target.
    peaks = [
        p.peak_mb
        for run in bench.runs
        if "granian" in run.name and run.name != ADMIN_RUN
        for p in run.memory
    ]
    if peaks:
        rows.append(
            (
                f"Peak memory per worker < {TARGET_WORKER_MB:.0f} MB",
                f"{max(peaks):.1f} MB",
                met(max(peaks) < TARGET_WORKER_MB),
            )
        )
    rows += bench_search.target_rows(bench.search)
    for result in bench.lighthouse:
        if not result.scores:
            continue
        ok = all(
            result.scores.get(c, 0) >= minimum
            for c, minimum in TARGET_LIGHTHOUSE.items()
        )
        rows.append(
            (
                f"Lighthouse {result.label}: performance >= 95, others 100",
                " / ".join(
                    str(result.scores.get(c, "-")) for c in LIGHTHOUSE_CATEGORIES
                ),
                met(ok),
            )
        )
    return rows


DOC_TEMPLATE = """\
# Performance

`make bench` measures the reader site and the admin with a large newsroom on
this machine and writes the tables below (also to `var/bench/latest.md`). It runs
`scripts/bench.py` with the project's virtualenv; the Makefile installs `wrk`
first (the script stops with a clear message when it is missing). Options:
`--articles N` (default 100,000), `--other-articles M` (stories in each other
edition, default 10% of N), `--duration S` seconds per wrk run (default
10), `--reseed` (rebuild the databases), `--skip-lighthouse`, `--skip-search`
and `--search-only` (only the search bench, whose section then replaces the
one below). A run takes a
quarter of an hour, and the search bench as long again (it rebuilds the
search index on both engines); seeding a new database takes longer still
(most of it the search index), and the next run reuses it. Everything runs
on 127.0.0.1 and every child process (granian, gunicorn, nginx, Varnish,
Lighthouse, the search bench) is stopped when the script ends.

## What each row means

1. **Seeding.** A database in `var/bench/` (SQLite; set `DATABASE_URL` to use
   another database; it is reseeded when its article count differs, or with
   `--reseed`): `migrate`, `manage.py seed_demo --per-section 2` (editions,
   sections, authors, images, settings, one login per role), then articles
   bulk-inserted in raw `executemany` batches of 5,000 (`scripts/bench_seed.py`)
   until the default edition holds N live `ArticlePage` rows, spread evenly
   over its sections{spread}, and each other edition the demo has texts for
   holds M (10% of N by default, written from the same recipe in its
   language), so that every language's search has real data. The default
   edition is the big one, as in a newsroom whose main edition it is (the
   admin's targets are for N stories in one edition). They are complete
   Wagtail pages (tree paths, `numchild`, `url_path`, locale, owner, dates,
   tags, authors, demo texts and images; bodies from the demo's own recipe,
   `newsroom/demo/bodies.py`) without revisions, and every one is put in the
   page search index (`newsroom.search`: a `SearchDocument` row each, with
   SQLite's FTS5 table or PostgreSQL's `tsvector` column) through the search
   backend, 1,000 at a time, so the reader's and the editors' searches look
   through all of them. Then the desk
   gets its work, made through Wagtail's page API as the admin makes it:
   {waiting} drafts submitted for review in the default edition
   ({waiting_other} in each other one) by the edition's reporter, and
   {scheduled} drafts its editor scheduled a month ahead. A reused database
   is topped up (index entries, drafts) when something is missing. The
   checks confirm the live count, the tree, the index, the desk and that a
   bulk-inserted article answers HTTP 200.
2. **Throughput (wrk).** granian as in the `Procfile` (2 workers, 1 blocking
   thread each), production settings, `wrk -t1 -c32 --latency` on 127.0.0.1
   (wrk shares the CPUs with the server). Each page type is measured with the
   app page cache off (`PAGE_CACHE_SECONDS=0`, *uncached*: every request renders
   the page) and on (`PAGE_CACHE_SECONDS=300`, *cached*), using the app cache
   the settings configure (Redis when `REDIS_URL` is set, passed through).
   *req/s* is wrk's requests per second, *p50*/*p99* the latency percentiles,
   *bytes/page* the bytes read per response, headers included. *page cache* is
   the `X-Page-Cache` header of a request right after the run (`hit` means the
   cached run was served from the cache). *other CPU* is how much of the
   machine other processes used during the run: on a shared machine the script
   first waits (up to 45 s per run, 150 s in all) for them to quieten down, and
   a row with more than a few percent is skewed. Between runs the script waits
   for the server to finish the requests wrk left queued. A page that takes
   more than {slow_page} s on its second request is not loaded with wrk (its
   connections would queue minutes of work that later rows would pay for):
   its row says how long that request took.
   - *Trivial view* is `/__bench__/trivial/?size=N` (enabled by `BENCH_VIEW=1`):
     N bytes, N being the article's size, through the whole middleware stack
     without database or templates; the app server's ceiling for a page of that
     size. *vs trivial* is a page's req/s as a share of it on the same server
     (page cache hits return before most of the middleware, so they can exceed
     100%).
   - *nginx* serves the same article HTML as a static file with 2 workers: this
     machine's ceiling. *vs nginx* is the share of that.
   - *gunicorn* (2 sync workers) serves the trivial view when gunicorn is
     installed (it is not a project dependency), to compare the app servers.
3. **Queries per page.** Django's test client in-process, page cache off, after
   one warm-up request: the SQL queries of each page type, their total and
   slowest time, and the request's time (every query is in
   `var/bench/queries.log`). *Deep page* is the section's list half way down.
   The bulk-inserted article is one with the same kinds of body blocks as the
   demo article, so their counts should match.
4. **Memory.** The resident memory of each worker process, sampled every 0.2 s
   during and after the load (the larger of the samples and the kernel's
   `VmHWM`).
5. **Lighthouse** 12.2.3 (installed once into `var/bench/node_modules`) with
   Debian's Chromium, against the cached server for an article and the home
   page: the four category scores (mobile, simulated throttling). It goes
   through a minimal nginx that serves `/media/` from disk, as the production
   front end would; production settings make Django serve no media.
6. **Admin pages.** The pages an editor works in, timed as that editor: the
   default edition's editor (`editor-en` in the demo) and, for the
   translation desk, the next edition's editor, each logged in through
   `/admin/login/` with the demo password (`newsroom/testing/bench_admin.py`).
   A granian of its own as in the `Procfile`; one request at a time on a
   kept-alive connection, as one person clicks, marked
   `X-Forwarded-Proto: https` as the production front end marks it. Each page
   gets {warmup} warm-up requests and {repeat} timed ones (a page slower than
   {slow_admin} s is timed from its first request on, for a minute and at
   least twice); the table shows the median and the 95th percentile, the
   median against the yardstick's (the desk's *Translate a story* form, or
   the account page without it: the whole admin frame, nothing that grows
   with content) and the server's CPU time per request, the figure to read
   when other processes share the machine. The pages: the dashboard (with
   the desk's *Waiting for my approval*, *My drafts* and *Scheduled*), the
   explorer of the Politics section (its first
   and second page of 50, and sorted by title), the admin page search for the
   commonest long word of recent headlines, and the translation desk
   (`?into=` the next edition; when the build has no URL named
   `desk_translations` the row says it was skipped). *queries* and *slowest
   query* come from one in-process request with Django's test client.
7. **Search** (`scripts/bench_search.py`, a child process per engine): on the
   bench's SQLite file and on PostgreSQL (`BENCH_POSTGRES_URL`, by default
   `{postgres_url}`, created when missing; when the server cannot be
   reached the notes say so), each seeded as above. The page index is
   emptied and rebuilt from scratch as `manage.py update_index` does (its
   time, and stories per second). Then a fixed set of queries per language
   (a rare word, other forms of words, a very common word, a city, two and
   three words, a quoted phrase, a word found nowhere, a misspelt word) is
   run in-process as `/search/` runs it (the count, then the first page of
   results), {search_repeat} times each after {search_warmup} warm-ups, and
   through granian with production settings, one request at a time. Plans
   of the statements of any query over the target go to
   `var/bench/search-explain-<engine>.txt`.

## Targets

- A cached article page serves at least **90%** of the trivial view's
  throughput on the same server.
- An uncached article page serves at least **400 req/s**, with a query count
  that does not depend on the content (articles alike, section pages alike).
- Peak memory per worker stays under **150 MB**.
- Lighthouse: **95+** performance and **100** accessibility, best practices and
  SEO.
- With 100,000 stories in one edition, the admin's explorer of a section, its
  page search for a headline word, the dashboard with *Waiting for my
  approval* and the translation desk each answer in under **1 second**
  (median, as a logged-in editor).
- With the bench's stories across editions (100,000 in the default one and
  10,000 in each other), every search query's p95 in-process is under
  **{search_target} ms**, on SQLite and on PostgreSQL.

## What makes the admin slow at 100,000 stories

Found with `EXPLAIN QUERY PLAN` (SQLite 3.40) and `EXPLAIN ANALYZE`
(PostgreSQL 15) on the bench's data (100,369 pages in the default edition);
every admin query of a run is in `var/bench/queries.log`.

- **Page search ordered by relevance, on SQLite.** Wagtail's database search
  backend for SQLite (`modelsearch`'s `SQLiteSearchQueryCompiler.search`)
  sorts by a correlated subquery that computes `bm25()` for each matching page
  by running the full-text `MATCH` again (`CORRELATED SCALAR SUBQUERY` over
  `VIRTUAL TABLE INDEX 0:M3`): a word that begins 4,778 headlines costs 4,778
  full-text searches, over a minute per request. No index helps; ranking in
  one pass does (the matches with their scores sorted once, as the
  PostgreSQL backend does with a join): a prototype took the ranking query to
  about 0.17 s of CPU on the same data. Sorted by a column instead (*Page
  search, newest first*: the editor clicks *Updated*), nothing is ranked.
  On PostgreSQL the search ranks in one pass (a GIN index scan joined to the
  pages); each of its queries (results, count, page-type facet) costs about
  0.1-0.2 s, most of it the permission filter below. (Pages are now searched
  in Newsroom's own index, `newsroom.search`, for readers and editors alike:
  see *What makes search slow* below.)
- **The permission filter.** For anyone but a superuser, Wagtail's explorer,
  page search and their counts keep only the pages the person may explore:
  `id IN (every page of their edition)`, a list of 100,000 ids made again for
  each query (a table scan on SQLite, a parallel sequential scan and hash join
  on PostgreSQL). It is most of the explorer's SQL (about 0.1 s of CPU per
  query on SQLite, for the count and for the page of rows) and grows with
  the edition. An index cannot remove it; leaving the filter out where the
  person may explore everything under the page being listed can.
- **The dashboard**, on SQLite: Wagtail's *Your locked pages* and the desk's
  *My drafts* each scan the page table (about 30 ms of CPU each), because
  SQLite's statistics make the index on `locked_by_id` (almost all NULL) and
  the one on `owner_id` (two owners per edition here) look useless; partial
  indexes (`(locked_by_id, locked_at) WHERE locked`,
  `(owner_id, latest_revision_created_at) WHERE NOT live`) make both free.
  Wagtail's site summary counts the edition's pages (about 40 ms).
- **The explorer's rows.** Besides its two queries under the permission
  filter, most of an explorer page's time is Wagtail rendering 50 rows, each
  with its action menu (about 280 KB of HTML): a page of 25 rows would take
  about half.

With all 100,000 stories in one edition, a section holds 14,286 of them and
each of the edition's authors signs some 25,000: the reader's queries that
sort a section's or an author's stories by date (*More from this section*
under an article, a section's deep pages, an author's archive) read and sort
all of them, which costs several times what it did when the stories were
spread over three editions; the *Queries per page* table shows it.

## What makes search slow at 100,000 stories

Found with `EXPLAIN QUERY PLAN` (SQLite 3.40) and `EXPLAIN (ANALYZE, BUFFERS)`
(PostgreSQL 15) on the bench's data; each run writes the statements and plans
of every query over the target to `var/bench/search-explain-<engine>.txt`.

- **Counting, scoring and sorting every match** (the first version of
  `newsroom.search.query`): `count()` and the ranking each joined the index
  to the edition's live stories and did work in proportion to the stories
  that match, and a common word matches a large share of a big edition
  (*year* 52,000 of the 100,000, *new school year* 72,000). On SQLite:
  `SCAN newsroom_search_fts VIRTUAL TABLE INDEX 0:M4`, two primary-key
  lookups per match and `bm25()` of every match before `USE TEMP B-TREE FOR
  ORDER BY` (for *year* 110-160 ms to count, 180-280 ms to rank; the
  full-text count alone takes 2 ms). On PostgreSQL: a parallel sequential
  scan testing `vector @@` on every document, hash-joined to sequential
  scans of the page tables (about 200 ms to count), and `ts_rank` of every
  match sorted on disk (about 180 ms). Ranking only the newest 2,000 matches
  by page id (`RANK_WINDOW`, what the code does now: FTS5 walks a word's
  matches in rowid order and stops) and counting from that window brought
  every SQLite query under the target.
- **PostgreSQL, the window in the 10,000-story editions.** The window
  statement joins the documents to the edition's stories and asks for the
  newest 2,001 (`ORDER BY d.page_id DESC LIMIT 2001`). The planner takes a
  Russian or Armenian stem to be as frequent among that edition's stories as
  in the whole index, where it is 12-14 times rarer (those words occur only
  in that language's documents, 8% of the index): it expects about 400
  matches, fewer than the limit, so it does not walk newest first and stop,
  but drives from every story of the edition (a bitmap scan on `locale_id`),
  fetches each one's document by primary key and tests `@@`, then sorts:
  10,000 documents for *года*, 100-130 ms. Taking the window from
  `newsroom_search_searchdocument` alone, in a subquery the planner cannot
  merge (`WHERE d.language = ANY(languages) AND vector @@ query ORDER BY
  page_id DESC LIMIT 2001`, the GIN index's bitmap of that word), and only
  then joining the 2,001 rows to the caller's queryset took that statement
  to about 25-40 ms; that is what the code does now (a tenth more documents
  are taken, as drafts and other pages drop out in the join, and a window
  that still thins, under a section filter say, falls back to the join the
  other way round).
- **PostgreSQL, queries of several words.** After the window, one statement
  per word (`vector @@ word AND page_id >= <the window's lowest id>`) tests
  every document of every language from that id up again, about 3,700 for
  2,000 English stories (5-13 ms each). The window statement already reads
  each window row's `tsvector` for `ts_rank`: `(vector @@ word)` columns
  there give the same flags without the extra statements, as the code now
  does.

## Latest run

{report}"""


def counted(number: int, noun: str) -> str:
    """ "1 edition", "3 editions"."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def spread_over(seed: bench_seed.SeedReport | None) -> str:
    """How many sections the run's articles went to, for the docs."""
    if seed is None or not seed.sections:
        return ""
    return f" ({counted(seed.sections, 'section')} in the run below)"


def write_report(bench: Bench, elapsed: float) -> str:
    report = render(bench, elapsed, machine())
    LATEST.write_text("## Newsroom benchmark\n\n" + report)
    DOCS.write_text(
        DOC_TEMPLATE.format(
            report=report,
            spread=spread_over(bench.seed),
            waiting=bench_seed.WAITING_IN_BENCH_EDITION,
            waiting_other=bench_seed.WAITING_IN_OTHER_EDITIONS,
            scheduled=bench_seed.SCHEDULED_IN_BENCH_EDITION,
            warmup=bench_admin.WARMUP,
            repeat=bench_admin.REPEAT,
            slow_page=f"{SLOW_PAGE_SECONDS:g}",
            slow_admin=f"{bench_admin.SLOW_MS / 1000:g}",
            postgres_url=DEFAULT_POSTGRES_URL,
            search_repeat=bench_search.REPEAT,
            search_warmup=bench_search.WARMUP,
            search_target=f"{bench_search.TARGET_P95_MS:g}",
        )
    )
    return report


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Seed a large newsroom and benchmark the reader site."
    )
    parser.add_argument(
        "--articles",
        type=int,
        default=100_000,
        help="ArticlePage rows to seed (default %(default)s)",
    )
    parser.add_argument(
        "--duration",
        type=int,
        default=10,
        help="seconds per wrk run (default %(default)s)",
    )
    parser.add_argument(
        "--reseed", action="store_true", help="rebuild the bench database"
    )
    parser.add_argument(
        "--other-articles",
        type=int,
        default=None,
        help="ArticlePage rows in each other edition (default 10%% of --articles)",
    )
    parser.add_argument(
        "--skip-lighthouse", action="store_true", help="do not run Lighthouse"
    )
    parser.add_argument(
        "--skip-search",
        action="store_true",
        help="do not run the search bench (scripts/bench_search.py)",
    )
    parser.add_argument(
        "--search-only",
        action="store_true",
        help="run only the search bench, on SQLite and PostgreSQL",
    )
    args = parser.parse_args(argv)
    if args.skip_search and args.search_only:
        parser.error("--skip-search and --search-only exclude each other")
    if args.other_articles is not None and args.other_articles < 0:
        parser.error("--other-articles must not be negative")
    if args.duration < 1 or args.duration > 120:
        parser.error("--duration must be between 1 and 120 seconds")
    if args.articles < 1:
        parser.error("--articles must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.search_only:
        return search_only(args)
    if not shutil.which("wrk"):
        print(
            "error: wrk is not installed, so nothing can be load-tested.\n"
            "Install it with `apt-get install -y wrk` (`make bench` does this).",
            file=sys.stderr,
        )
        return 2
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    # A file-based app cache left by an earlier run would serve its pages.
    shutil.rmtree(VAR_DIR / "cache", ignore_errors=True)
    lua = VAR_DIR / "wrk_report.lua"
    lua.write_text(WRK_REPORT_LUA)
    env, sqlite_file = bench_env()
    # This process seeds and counts queries, with the page cache off.
    os.environ.clear()
    os.environ.update({**env, "PAGE_CACHE_SECONDS": "0"})
    # Before django.setup(): setting up apps may already open the static files
    # storage, which reads the manifest once; on a fresh clone there is none
    # yet, and every page would then fail on its first static URL.
    log("Collecting static files ...")
    collectstatic(env)
    import django

    django.setup()
    from django.db import connection, connections

    bench = Bench(args=args)
    bench.database = (
        f"SQLite {sqlite3.sqlite_version} ({SQLITE_FILE.relative_to(BASE_DIR)})"
        if connection.vendor == "sqlite" and sqlite_file
        else f"{connection.vendor} from DATABASE_URL"
    )
    log(f"Seeding {args.articles:,} articles into {bench.database} ...")
    try:
        bench.seed = bench_seed.prepare(
            args.articles,
            reseed=args.reseed,
            env={**env, "PAGE_CACHE_SECONDS": "0"},
            sqlite_file=sqlite_file,
            log_path=LOG_DIR / "manage.log",
            log=log,
            other=args.other_articles,
        )
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for check in bench.seed.checks:
        log(f"  ok: {check}")
    if not bench.seed.reused:
        save_seed_timings(bench.seed)
    if sqlite_file:
        bench.database_bytes = sum(
            Path(f"{sqlite_file}{suffix}").stat().st_size
            for suffix in ("", "-wal")
            if Path(f"{sqlite_file}{suffix}").exists()
        )
    bench.pages = pick_pages()
    log("Counting queries per page ...")
    bench.queries = count_queries(bench.pages)
    log("Counting queries per admin page ...")
    pick_admin_pages(bench)
    connections.close_all()
    lighthouse_cli = None if args.skip_lighthouse else ensure_lighthouse(bench)
    if args.skip_lighthouse:
        bench.notes.append("Lighthouse skipped (--skip-lighthouse).")
    phases: list[tuple[str, Callable[[], ServerRun | None]]] = [
        ("granian, uncached", lambda: bench_granian(bench, env, cached=False, lua=lua)),
        (
            "granian, cached",
            lambda: bench_granian(
                bench,
                env,
                cached=True,
                lua=lua,
                after=lighthouse_step(bench, lighthouse_cli),
            ),
        ),
        ("gunicorn", lambda: bench_gunicorn(bench, env, lua)),
        ("varnish", lambda: bench_varnish(bench, env, lua)),
        ("nginx", lambda: bench_nginx(bench, lua)),
        ("admin", lambda: bench_admin_pages(bench, env)),
    ]
    if not args.skip_search:
        phases.append(("search", lambda: bench_searches(bench, env)))
    for name, phase in phases:
        try:
            run = phase()
        except (RuntimeError, OSError, subprocess.SubprocessError) as error:
            # The server was stopped on the way out; report what failed.
            log(f"{name} failed: {error}")
            bench.notes.append(f"{name} failed: {str(error)[:500]}")
            continue
        if run:
            bench.runs.append(run)
    uncached = find(bench, "uncached", "Article")
    cached = find(bench, "cached", "Article")
    if cached and cached.cache != "hit":
        bench.notes.append(
            f"The cached article run ended with X-Page-Cache {cached.cache or 'absent'}"
            ": the app page cache (PAGE_CACHE_SECONDS) is not serving it."
        )
    if uncached and cached and abs(cached.rps - uncached.rps) < 0.1 * uncached.rps:
        bench.notes.append(
            "Cached and uncached article throughput are within 10% of each other: "
            "the app page cache does not seem to be serving these pages."
        )
    elapsed = time.monotonic() - STARTED
    report = write_report(bench, elapsed)
    print()
    print(report)
    print(
        f"Written to {LATEST.relative_to(BASE_DIR)} and {DOCS.relative_to(BASE_DIR)}."
    )
    return 0


def search_only(args: argparse.Namespace) -> int:
    """``--search-only``: the search bench alone, its section put into the report.

    The *Search* section (and the search rows of *Targets*) of
    ``docs/performance.md`` are replaced; the rest of it stays from the last
    full run. The section alone also goes to ``var/bench/search.md``.
    """
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    env, _ = bench_env()
    log("Collecting static files ...")
    collectstatic(env)
    bench = Bench(args=args)
    bench_searches(bench, env)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    section = bench_search.report_section(bench.search, bench.search_notes)
    section.insert(1, f"From a `--search-only` run on {machine()}.")
    text = "\n\n".join(section) + "\n"
    SEARCH_REPORT.write_text(text)
    if DOCS.exists():
        DOCS.write_text(
            splice_search(
                DOCS.read_text(), text, bench_search.target_rows(bench.search)
            )
        )
    print()
    print(text)
    written = [SEARCH_REPORT, *([DOCS] if DOCS.exists() else [])]
    print(
        "Written to "
        + " and ".join(str(p.relative_to(BASE_DIR)) for p in written)
        + f" ({when})."
    )
    return 0 if all(not r.error for r in bench.search) else 1


def splice_search(
    doc: str, section: str, target_rows: Sequence[tuple[str, str, str]]
) -> str:
    """``doc`` with its latest run's *Search* section and search targets replaced.

    The section goes where a full run puts it (before *Targets*); target rows
    starting with "Search," are replaced by ``target_rows``.
    """
    start = doc.find("### Search\n")
    if start >= 0:
        end = doc.find("\n### ", start + 1)
        end = len(doc) if end < 0 else end + 1
        doc = doc[:start] + section + "\n" + doc[end:]
    else:
        targets_at = doc.find("### Targets\n")
        if targets_at < 0:
            return doc.rstrip("\n") + "\n\n" + section
        doc = doc[:targets_at] + section + "\n" + doc[targets_at:]
    lines = [line for line in doc.split("\n") if not line.startswith("| Search, ")]
    rows = ["| " + " | ".join(row) + " |" for row in target_rows]
    header = lines.index("### Targets") if "### Targets" in lines else -1
    if header >= 0 and rows:
        # After the table's header and separator lines.
        at = header + 1
        while at < len(lines) and not lines[at].startswith("|---"):
            at += 1
        lines[at + 1 : at + 1] = rows
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
