"""The admin as an editor meets it, timed for ``make bench``.

An :class:`AdminSession` logs a person in through ``/admin/login/`` with
their password (the form's CSRF token posted back, the cookies kept) and then
asks for admin pages one after another, as one person clicking does, on a
kept-alive connection. Every request says ``X-Forwarded-Proto: https``, as
the production front end that terminates TLS says it, so Django treats the
session as the secure one it is in production (secure cookies, the HTTPS
CSRF checks).

:func:`time_page` makes warm-up requests, then timed ones, and keeps each
one's time; the report shows their median and 95th percentile. The query
counts come from :func:`count_queries`, in-process with Django's test client
(production settings give no debug header to read them from).

:func:`pick_pages` chooses what to time from the seeded database: the big
section's explorer (its first and second page, and sorted by title), the
admin search for a headline word many stories share, the dashboard with the
desk's panels, and the translation desk, next to a yardstick: the smallest
admin page with the whole admin frame (menu, header, scripts) and nothing
that grows with the content.
"""

from __future__ import annotations

import http.client
import math
import re
import statistics
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import TextIO
from urllib.parse import quote, urlencode, urlsplit

# The target for every page it names.
TARGET_MS = 1000.0
WARMUP = 3
REPEAT = 20
# A page whose first request takes longer than SLOW_MS is not warmed up
# further (that request is its first sample: caches are not what makes it
# slow) and is timed until PAGE_BUDGET_S have gone, at least MIN_REPEAT
# times: twenty requests of a page that takes a minute would hold up the run
# for twenty minutes and say nothing more.
SLOW_MS = 5000.0
PAGE_BUDGET_S = 60.0
MIN_REPEAT = 2
# Long enough for the slowest page measured (the SQLite page search at
# 100,000 stories took over a minute; see docs/performance.md).
TIMEOUT = 600

_CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_WORD = re.compile(r"[^\W\d_]{6,}")


class AdminLoginFailed(RuntimeError):
    """The person could not log in; the message says what the server answered."""


@dataclass(frozen=True)
class AdminPage:
    """One admin page to time, and whose session asks for it."""

    label: str
    path: str
    username: str
    # Held to the 1 s target.
    target: bool = True
    # The page the others are compared with (the whole admin frame, no content).
    yardstick: bool = False
    note: str = ""


@dataclass
class AdminTiming:
    """The timed requests of one admin page."""

    page: AdminPage
    status: int = 0
    samples_ms: list[float] = field(default_factory=list)
    bytes: int = 0
    # Requests made in all (warm-up included), for per-request figures.
    requests: int = 0
    # The server's CPU time per request (its workers' user and system time
    # over all ``requests``): what a request costs without waiting for a CPU,
    # so less skewed than the times when other processes share the machine.
    cpu_ms: float | None = None
    # Share of the machine's CPU other processes took while it was timed.
    other_cpu: float | None = None
    # In-process, from :func:`count_queries`.
    queries: int | None = None
    sql_ms: float = 0.0
    slowest_ms: float = 0.0
    # The queries are the first request's (the page was too slow for two).
    queries_cold: bool = False
    skipped: str = ""

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples_ms) if self.samples_ms else 0.0

    @property
    def p95_ms(self) -> float:
        return percentile(self.samples_ms, 95)

    @property
    def meets_target(self) -> bool | None:
        """Whether the median is under the target; None when not timed."""
        if not self.samples_ms or self.status != 200:
            return None
        return self.median_ms < TARGET_MS


def percentile(samples: Sequence[float], percent: float) -> float:
    """The nearest-rank percentile (an observed value, never interpolated)."""
    if not samples:
        return 0.0
    ordered = sorted(samples)
    rank = max(1, math.ceil(percent / 100 * len(ordered)))
    return ordered[rank - 1]


class AdminSession:
    """One person's browser, reduced to what the admin needs: cookies and CSRF."""

    def __init__(self, host: str, port: int, *, timeout: float = TIMEOUT) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout
        self.cookies: dict[str, str] = {}
        self._connection: http.client.HTTPConnection | None = None

    @property
    def origin(self) -> str:
        return f"https://{self.host}:{self.port}"

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def request(
        self, method: str, path: str, *, form: dict[str, str] | None = None
    ) -> tuple[int, http.client.HTTPMessage, bytes]:
        """One request on the kept-alive connection (opened again if it dropped)."""
        headers = {
            "X-Forwarded-Proto": "https",
            "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0 newsroom-bench",
            "Accept": "text/html",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            # Django's CSRF check of a secure request wants a same-origin Referer.
            headers["Referer"] = self.origin + path
        for attempt in range(2):
            if self._connection is None:
                self._connection = http.client.HTTPConnection(
                    self.host, self.port, timeout=self.timeout
                )
            try:
                self._connection.request(method, path, body=body, headers=headers)
                response = self._connection.getresponse()
                content = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionError):
                self.close()
                if attempt:
                    raise
        self._keep_cookies(response.headers)
        if response.will_close:
            self.close()
        return response.status, response.headers, content

    def _keep_cookies(self, headers: http.client.HTTPMessage) -> None:
        for line in headers.get_all("Set-Cookie") or []:
            jar: SimpleCookie = SimpleCookie()
            jar.load(line)
            for name, morsel in jar.items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value

    def login(self, username: str, password: str) -> None:
        """Log in through the admin's login form, as a person does.

        Raises :class:`AdminLoginFailed` unless the form accepts the password
        and the dashboard then answers 200 (not the login page again).
        """
        status, _, body = self.request("GET", "/admin/login/")
        token = _CSRF_FIELD.search(body.decode("utf-8", "replace"))
        if status != 200 or token is None:
            raise AdminLoginFailed(
                f"GET /admin/login/ answered {status} without a login form"
            )
        status, headers, _ = self.request(
            "POST",
            "/admin/login/",
            form={
                "csrfmiddlewaretoken": token.group(1),
                "username": username,
                "password": password,
                "next": "/admin/",
            },
        )
        if status != 302 or "sessionid" not in self.cookies:
            raise AdminLoginFailed(
                f"{username}: the login form answered {status} "
                f"(Location {headers.get('Location', '-')}); wrong password, "
                "a locked account, or CSRF refused"
            )
        status, headers, _ = self.request("GET", "/admin/")
        if status != 200:
            raise AdminLoginFailed(
                f"{username}: /admin/ answered {status} after logging in "
                f"(Location {headers.get('Location', '-')})"
            )


def time_page(
    session: AdminSession,
    timing: AdminTiming,
    *,
    warmup: int = WARMUP,
    repeat: int = REPEAT,
) -> None:
    """``warmup`` untimed requests for the timing's page, then ``repeat`` timed ones.

    Fills ``timing`` (status, times, size, requests made). A page that does
    not answer 200 is not timed further (its status is kept). Each time runs
    from sending the request to reading the whole response. A page slower
    than :data:`SLOW_MS` is timed within :data:`PAGE_BUDGET_S` instead (see
    there).
    """
    path = timing.page.path
    timing.samples_ms = []
    timing.requests = 0

    def get() -> tuple[float, bytes]:
        started = time.perf_counter()
        timing.status, _, body = session.request("GET", path)
        timing.requests += 1
        timing.bytes = len(body)
        return (time.perf_counter() - started) * 1000, body

    for _ in range(max(1, warmup)):
        elapsed, _ = get()
        if timing.status != 200:
            return
        if elapsed > SLOW_MS:
            timing.samples_ms.append(elapsed)
            break
    slow = bool(timing.samples_ms)
    budget_ends = time.monotonic() + PAGE_BUDGET_S
    while len(timing.samples_ms) < repeat:
        if slow and len(timing.samples_ms) >= MIN_REPEAT:
            if time.monotonic() > budget_ends:
                break
        elapsed, _ = get()
        timing.samples_ms.append(elapsed)
        if timing.status != 200:
            break


def count_queries(timings: Sequence[AdminTiming], *, log: TextIO | None = None) -> None:
    """Fill each timing's query count, SQL time and slowest query, in-process.

    Django's test client, logged in as the page's person (``force_login``:
    the HTTP run tests the real login), one warm-up request, then one
    counted; a page slower than :data:`SLOW_MS` is counted on its first
    request (``queries_cold``). Needs Django set up on the same database as
    the server. Every query goes to ``log`` when given.
    """
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    User = get_user_model()
    clients: dict[str, Client] = {}
    for timing in timings:
        if timing.skipped:
            continue
        page = timing.page
        client = clients.get(page.username)
        if client is None:
            client = clients[page.username] = Client(HTTP_HOST="127.0.0.1")
            client.force_login(User.objects.get(username=page.username))
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as captured:
            client.get(page.path, secure=True)
        timing.queries_cold = (time.perf_counter() - started) * 1000 > SLOW_MS
        if not timing.queries_cold:
            with CaptureQueriesContext(connection) as captured:
                client.get(page.path, secure=True)
        times = [float(q.get("time") or 0) * 1000 for q in captured.captured_queries]
        timing.queries = len(captured)
        timing.sql_ms = sum(times)
        timing.slowest_ms = max(times, default=0.0)
        if log is not None:
            log.write(f"### Admin: {page.label} {page.path}: {len(times)} queries\n")
            for query, ms in zip(captured.captured_queries, times, strict=True):
                log.write(f"{ms:8.2f} ms  {query['sql']}\n")
            log.write("\n")


# --------------------------------------------------------------------------
# What to time
# --------------------------------------------------------------------------


@dataclass
class Picked:
    """The admin pages to time, and the people who ask for them."""

    pages: list[AdminPage]
    usernames: list[str]
    skipped: list[AdminTiming]
    notes: list[str]


def pick_pages(*, code: str, section_slug: str = "politics") -> Picked:
    """The admin pages to time in edition ``code`` (the one with the stories).

    Its editor asks for everything but the translation desk, which lists
    stories of other editions to translate into one the person writes in:
    the editor of the next edition asks for it, translating from ``code``.
    The desk's URL name is looked up here; a build without it gets a
    skipped row instead of a failed run.
    """
    from django.urls import NoReverseMatch, reverse
    from wagtail.models import Page

    from newsroom.core import editions
    from newsroom.desk import roles
    from newsroom.news.models import ArticlePage, SectionPage

    editor = username_in(roles.EDITOR.group_name(code))
    sections = SectionPage.objects.filter(locale_id=editions.locale_id(code))
    section = (
        sections.filter(slug=section_slug).first()
        or sections.order_by("-numchild").first()
    )
    if section is None:
        raise RuntimeError(f"edition {code} has no section to explore")
    word, hits = headline_word(code)
    explore = reverse("wagtailadmin_explore", args=[section.pk])
    search = reverse("wagtailadmin_pages:search")
    stories = ArticlePage.objects.live().child_of(section).count()
    try:
        # The desk's "Translate a story" screen: the admin frame and one small
        # form, nothing that grows with the content.
        yardstick = AdminPage(
            "Translate a story form (the yardstick)",
            reverse("desk_translate"),
            editor,
            target=False,
            yardstick=True,
            note="the admin frame and a two-field form",
        )
    except NoReverseMatch:
        yardstick = AdminPage(
            "Account (the yardstick)",
            reverse("wagtailadmin_account"),
            editor,
            target=False,
            yardstick=True,
            note="the admin frame and the account settings",
        )
    pages = [
        yardstick,
        AdminPage(
            "Dashboard",
            reverse("wagtailadmin_home"),
            editor,
            note="with Waiting for my approval, My drafts, Scheduled",
        ),
        AdminPage(
            "Explorer of a section",
            explore,
            editor,
            note=f"{stories:,} live stories in {section.url_path}",
        ),
        AdminPage("Explorer, page 2", f"{explore}?p=2", editor),
        AdminPage("Explorer, sorted by title", f"{explore}?ordering=title", editor),
        AdminPage(
            "Page search",
            f"{search}?q={quote(word)}",
            editor,
            note=f"`{word}` begins a word in {hits:,} headlines; by relevance",
        ),
        # The same search sorted by a column (the editor's click on "Updated"):
        # ranking is left out, which tells its cost from the rest.
        AdminPage(
            "Page search, newest first",
            f"{search}?q={quote(word)}&ordering=-latest_revision_created_at",
            editor,
            target=False,
            note="sorted by the Updated column: no ranking",
        ),
    ]
    usernames = [editor]
    skipped: list[AdminTiming] = []
    notes: list[str] = []
    into = next((e for e in editions.listed() if e.code != code), None)
    if into is not None:
        translator = username_in(roles.EDITOR.group_name(into.code))
        try:
            desk = reverse("desk_translations")
        except NoReverseMatch:
            desk = ""
        page = AdminPage(
            "Translation desk",
            f"{desk or '(desk_translations)'}?into={into.code}",
            translator,
            note=f"stories of the other editions to translate into {into.code}",
        )
        if desk:
            pages.append(page)
            usernames.append(translator)
        else:
            skipped.append(
                AdminTiming(
                    page=page,
                    skipped="skipped: this build has no URL named desk_translations",
                )
            )
            notes.append(
                "Translation desk not timed: the URL name `desk_translations` "
                "does not resolve in this build."
            )
    # The page tree's own count, to say how big the edition is.
    notes.append(
        f"Edition {code} holds {Page.objects.filter(locale_id=editions.locale_id(code)).count():,} "
        "pages (live stories, drafts and the section and home pages)."
    )
    return Picked(pages=pages, usernames=usernames, skipped=skipped, notes=notes)


def username_in(group_name: str) -> str:
    """The first person of group ``group_name`` (the demo makes one per role)."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    user = User.objects.filter(groups__name=group_name).order_by("pk").first()
    if user is None:
        raise RuntimeError(
            f"nobody is in the group {group_name!r}: did `manage.py seed_demo` run?"
        )
    return user.get_username()


def headline_word(code: str, *, sample: int = 2000) -> tuple[str, int]:
    """A word many headlines of edition ``code`` share, and how many the admin
    search finds for it.

    The most common word of six letters or more among the ``sample`` newest
    headlines; the count is Wagtail's own autocomplete search over the pages
    (what the admin search runs), so it says what the timed search sifts.
    """
    from wagtail.models import Page

    from newsroom.core import editions

    titles = (
        Page.objects.filter(locale_id=editions.locale_id(code), depth__gt=3)
        .order_by("-first_published_at")
        .values_list("title", flat=True)[:sample]
    )
    words = Counter(
        word.lower() for title in titles for word in set(_WORD.findall(title))
    )
    if not words:
        raise RuntimeError(f"edition {code} has no headlines to search for")
    word = words.most_common(1)[0][0]
    hits = Page.objects.filter(locale_id=editions.locale_id(code)).autocomplete(word)
    return word, hits.count()


def short(path: str, width: int = 60) -> str:
    """``path`` for a table cell: the query string kept, the middle cut."""
    if len(path) <= width:
        return path
    parts = urlsplit(path)
    tail = f"?{parts.query}" if parts.query else ""
    return path[: width - len(tail) - 3] + "..." + tail
