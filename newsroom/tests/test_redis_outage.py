"""With Redis unreachable the site keeps serving, and recovers by itself when it returns.

One site of its own (a copy of the session's seeded site) is served with
``REDIS_URL`` pointing at a loopback port where nothing listens: caches, the
task queue (RQ) and the view counter are all configured for Redis, which is not
there. Readers, view beacons, editors' logins and publishing (which enqueues
tasks) must all work. Then a real
``redis-server`` is started on that port and the running site, without a
restart, caches pages again, counts views in Redis and applies the purges it
had to postpone.
"""

from __future__ import annotations

import http.cookiejar
import json
import re
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import redis

from newsroom.core import editions
from newsroom.testing import chromium, sites

REDIS_SERVER = "redis-server"
RECOVERY_SECONDS = 20  # REDIS_RETRY_AFTER is 5 s; every wait below is bounded.

# Pages of each edition to read, and an editor account to log in with.
SETUP = """
import json
from django.contrib.auth import get_user_model
from newsroom.news.models import ArticlePage, HomePage
get_user_model().objects.create_superuser("{username}", "editor@example.com", "{password}")
out = {{}}
for home in HomePage.objects.select_related("locale"):
    article = (
        ArticlePage.objects.live()
        .filter(locale=home.locale, tagged_items__isnull=False, authors__isnull=False)
        .distinct()
        .order_by("pk")
        .first()
    )
    out[home.locale.language_code] = {{
        "home": home.url,
        "section": article.get_parent().url,
        "article": article.url,
        "article_id": article.pk,
        "tag": article.tags.order_by("pk").first().slug,
        "author": article.authors.order_by("pk").first().slug,
    }}
print(json.dumps(out))
"""

VIEWS_IN_DATABASE = """
from django.db.models import Sum
from newsroom.analytics.models import PageViewBucket
print(PageViewBucket.objects.filter(page_id={pk}).aggregate(total=Sum("views"))["total"] or 0)
"""

# Publishes a new title; prints the purges left for later and the page's
# views in the database.
PUBLISH = """
from django.db.models import Sum
from newsroom.analytics.models import PageViewBucket
from newsroom.core.models import PendingPurge
from newsroom.news.models import ArticlePage
page = ArticlePage.objects.get(pk={pk})
page.title = {title!r}
page.save_revision().publish()
views = PageViewBucket.objects.filter(page_id={pk}).aggregate(total=Sum("views"))["total"]
print(PendingPurge.objects.count(), views or 0)
"""

# Prints the views of a page in the database; then, as the clock does every
# minute, enqueues the purge retry (on the Redis queue, which is back), lets
# the worker run what is queued, and prints the purges still pending.
STORED_VIEWS_THEN_RETRY_PURGES = """
from django.core.management import call_command
from django.db.models import Sum
from newsroom.analytics.models import PageViewBucket
from newsroom.core.models import PendingPurge
from newsroom.core.tasks import retry_pending_purges
stored = PageViewBucket.objects.filter(page_id={pk}).aggregate(total=Sum("views"))["total"]
retry_pending_purges.enqueue()
call_command("worker", batch=True)
print("RESULT", stored or 0, PendingPurge.objects.count())
"""

EDITOR = "outage-editor"
EDITOR_PASSWORD = "Outage-Pa55word-for-tests"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def get(url: str, *, opener=None) -> tuple[int, dict[str, str], str]:
    """Status, headers and body of a GET; errors are answers too, not exceptions."""
    open_ = (opener or urllib.request.build_opener(_NoRedirect)).open
    # Stories of the Russian and Armenian editions have addresses in their letters.
    url = urllib.parse.quote(url, safe=":/?&=%")
    try:
        with open_(url, timeout=15) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode(errors="replace")


def beacon(base_url: str, page_id: int) -> int:
    request = urllib.request.Request(
        base_url + "/analytics/hit/",
        data=urllib.parse.urlencode({"page": str(page_id)}).encode(),
        headers={"User-Agent": chromium.READER_USER_AGENT},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def shown_count(base_url: str, page_id: int) -> int:
    status, _, body = get(f"{base_url}/analytics/counts/?ids={page_id}")
    assert status == 200, body[:500]
    return json.loads(body)["views"][str(page_id)]


def publish(env: dict[str, str], page_id: int, title: str) -> tuple[int, int]:
    """Publish ``title`` for the article.

    Returns the purges pending afterwards and the article's views in the database.
    """
    output = sites.shell(PUBLISH.format(pk=page_id, title=title), env)
    pending, views = output.splitlines()[-1].split()
    return int(pending), int(views)


def title_on_page(html: str) -> str:
    match = re.search(r"<h1 class=\"article__title\">(.*?)</h1>", html, re.S)
    assert match, "the page has no headline"
    return match.group(1)


@pytest.fixture(scope="module")
def site(tmp_path_factory, site_template):
    """A seeded site served with REDIS_URL on a port where nothing listens.

    Yields (base URL, environment, the Redis port, pages of each edition).
    """
    var_dir = Path(tmp_path_factory.mktemp("redis-outage-site"))
    redis_port = sites.free_port()
    env = sites.site_env(
        var_dir,
        template=site_template,
        REDIS_URL=f"redis://127.0.0.1:{redis_port}/0",
        PAGE_CACHE_SECONDS="300",
        # site_env picks the database queue; this site uses the Redis queue.
        TASKS_BACKEND="newsroom.core.task_backends.ResilientRQBackend",
        REDIS_RETRY_AFTER="5",
    )
    # The view counter is whatever REDIS_URL makes the default: Redis.
    env.pop("ANALYTICS_BACKEND", None)
    pages = json.loads(
        sites.shell(SETUP.format(username=EDITOR, password=EDITOR_PASSWORD), env)
    )
    assert sorted(pages) == sorted(editions.codes())
    with sites.serve(env) as base_url:
        yield base_url, env, redis_port, pages


def public_paths(pages: dict) -> list[tuple[str, int]]:
    """(path, expected status) for the public pages of every edition."""
    paths = [("/sitemap.xml", 200)]
    for code, edition in pages.items():
        home = edition["home"]
        search = f"{editions.prefix(code)}search/"
        paths += [
            (home, 200),
            (edition["section"], 200),
            (edition["article"], 200),
            (f"{home}tags/{edition['tag']}/", 200),
            (f"{home}authors/{edition['author']}/", 200),
            (search + "?q=news", 200),
            (search, 200),
            (f"{home}rss/", 200),
            (f"{edition['section']}rss/", 200),
            (f"{home}no-such-page-at-all/", 404),
        ]
    return paths


def test_public_pages_are_served_in_every_edition_without_redis(site):
    """No 5xx: every public page answers as usual, only not from the cache."""
    base_url, _, _, pages = site
    answers = []
    for _ in range(2):
        for path, _expected in public_paths(pages):
            status, headers, _ = get(base_url + path)
            answers.append((path, status, headers.get("X-Page-Cache")))
    assert [a for a in answers if a[1] >= 500] == []
    expected = dict(public_paths(pages))
    assert [(p, s) for p, s, _ in answers if s != expected[p]] == []
    # Nothing can be cached while Redis is away.
    assert [(p, c) for p, _, c in answers if c == "hit"] == []


def test_view_beacons_are_stored_in_the_database_without_redis(site):
    """Each beacon answers 204 and its view is written to the hourly buckets."""
    base_url, env, _, pages = site
    page_id = pages[editions.default().code]["article_id"]
    # While Redis is away the total shown is the database's.
    before = shown_count(base_url, page_id)
    statuses = [beacon(base_url, page_id) for _ in range(20)]
    assert statuses == [204] * 20
    assert int(sites.shell(VIEWS_IN_DATABASE.format(pk=page_id), env)) == before + 20
    assert shown_count(base_url, page_id) == before + 20


def test_editors_can_log_in_without_redis(site):
    """The login form, its rate limit and the session do not need Redis."""
    base_url, _, _, _ = site
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(jar), _NoRedirect
    )
    status, _, html = get(base_url + "/admin/login/", opener=opener)
    assert status == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    assert any(cookie.name == "csrftoken" for cookie in jar)
    form = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "username": EDITOR,
            "password": EDITOR_PASSWORD,
            "next": "/admin/",
        }
    ).encode()
    request = urllib.request.Request(
        base_url + "/admin/login/",
        data=form,
        headers={"Referer": base_url + "/admin/login/"},
        method="POST",
    )
    try:
        opener.open(request, timeout=15)
        pytest.fail("the login did not redirect")
    except urllib.error.HTTPError as answer:
        assert answer.code == 302, answer.read().decode(errors="replace")[-2000:]
        assert urllib.parse.urlsplit(answer.headers["Location"]).path == "/admin/"
    assert any(cookie.name == "sessionid" for cookie in jar)
    status, _, html = get(base_url + "/admin/", opener=opener)
    assert status == 200
    assert 'name="password"' not in html  # the dashboard, not the login form again


def test_publishing_works_without_redis_and_the_purge_is_kept_for_later(site):
    """Publish commits without an error and shows at once; its purge waits in the database."""
    base_url, env, _, pages = site
    article = pages[editions.default().code]
    title = "Ferry service resumes while the cache is down"
    pending, _ = publish(env, article["article_id"], title)
    status, _, html = get(base_url + article["article"])
    assert status == 200
    assert title_on_page(html) == title
    assert pending >= 1


def _start_redis(port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    client = redis.Redis(port=port, socket_connect_timeout=0.5)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            return process
        except redis.RedisError:
            if process.poll() is not None or time.monotonic() > deadline:
                sites.stop(process)
                raise RuntimeError(
                    f"redis-server did not start: {process.communicate()[1].decode()[-1500:]}"
                ) from None
            time.sleep(0.1)


def test_site_recovers_by_itself_when_redis_returns(site):
    """Without a restart: pages are cached again, views go to Redis, postponed purges apply."""
    base_url, env, redis_port, pages = site
    article = pages["ru"]
    # A change published while Redis is away leaves its purge for later.
    title = "Паромное сообщение восстановлено"
    page_id = article["article_id"]
    pending, stored_before = publish(env, page_id, title)
    assert pending >= 1
    shown_before = shown_count(base_url, page_id)

    redis_server = _start_redis(redis_port)
    try:
        # Pages are cached again within the retry interval.
        deadline = time.monotonic() + RECOVERY_SECONDS
        states = []
        while True:
            status, headers, html = get(base_url + article["article"])
            assert status == 200
            states.append(headers.get("X-Page-Cache"))
            if states[-1] == "hit":
                break
            assert time.monotonic() < deadline, f"never a cache hit: {states}"
            time.sleep(0.25)
        assert title_on_page(html) == title

        # Views land in Redis again once the counter's own retry interval
        # (REDIS_RETRY_AFTER after its last failure) has passed; until then
        # they go to the database. None is lost either way.
        client = redis.Redis(port=redis_port)
        deadline = time.monotonic() + RECOVERY_SECONDS
        beacons = 0
        while True:
            assert beacon(base_url, page_id) == 204
            beacons += 1
            if client.hget("newsroom:views:pending-total", page_id):
                break
            assert time.monotonic() < deadline, "views never reached Redis again"
            time.sleep(0.5)
        assert int(client.hget("newsroom:views:pending-total", page_id)) == 1
        assert shown_count(base_url, page_id) == shown_before + beacons

        # The clock's task applies the postponed purges, which reach Redis:
        # the cached article (one of the purged paths) is rendered afresh.
        output = sites.shell(STORED_VIEWS_THEN_RETRY_PURGES.format(pk=page_id), env)
        stored, pending = re.search(r"^RESULT (\d+) (\d+)$", output, re.M).groups()
        assert int(stored) == stored_before + beacons - 1
        assert int(pending) == 0
        assert get(base_url + article["article"])[1].get("X-Page-Cache") == "miss"
        assert get(base_url + article["article"])[1].get("X-Page-Cache") == "hit"
    finally:
        sites.stop(redis_server)
