"""`make bench`'s admin timings: people log in through the login form, and every
page the bench times answers them, on a site of its own served for real."""

import json
from urllib.parse import urlsplit

import pytest

from newsroom.core import editions
from newsroom.demo.services import DEMO_PASSWORD
from newsroom.desk import roles
from newsroom.testing import sites
from newsroom.testing.bench_admin import (
    AdminLoginFailed,
    AdminPage,
    AdminSession,
    AdminTiming,
    percentile,
    time_page,
)

# Run in the site's own process: what the bench picks there, with the queries
# of each page counted in-process, as JSON on the last line.
PICK = """
import json
from newsroom.core import editions
from newsroom.testing import bench_admin
picked = bench_admin.pick_pages(code=editions.default().code)
timings = [bench_admin.AdminTiming(page=page) for page in picked.pages]
bench_admin.count_queries(timings)
print(json.dumps({
    "pages": [[t.page.label, t.page.path, t.page.username, t.queries] for t in timings],
    "users": picked.usernames,
    "skipped": [t.page.label for t in picked.skipped],
}))
"""


@pytest.fixture(scope="module")
def admin_site(tmp_path_factory, site_template):
    """A demo site served by a real server; yields its port and environment."""
    env = sites.site_env(tmp_path_factory.mktemp("bench-admin"), template=site_template)
    with sites.serve(env) as base_url:
        yield urlsplit(base_url).port, env


def test_every_admin_page_the_bench_times_answers_its_person(admin_site):
    """Each person logs in through /admin/login/ with the demo password, and each
    picked page (dashboard, explorer, search, ...) answers them 200 on every
    timed request, with its queries counted."""
    port, env = admin_site
    picked = json.loads(sites.shell(PICK, env).strip().splitlines()[-1])
    labels = {label for label, *_ in picked["pages"]}
    assert any(label.endswith("(the yardstick)") for label in labels)
    assert {
        "Dashboard",
        "Explorer of a section",
        "Explorer, page 2",
        "Page search",
    } <= labels
    # The desk is timed when the build routes it, and reported skipped if not.
    assert ("Translation desk" in labels) != ("Translation desk" in picked["skipped"])
    sessions = {}
    for username in picked["users"]:
        sessions[username] = AdminSession("127.0.0.1", port)
        sessions[username].login(username, DEMO_PASSWORD)
    try:
        for label, path, username, queries in picked["pages"]:
            timing = AdminTiming(page=AdminPage(label, path, username))
            time_page(sessions[username], timing, warmup=1, repeat=2)
            assert timing.status == 200, f"{label} {path} as {username}"
            assert len(timing.samples_ms) == 2
            assert timing.bytes > 1000
            assert queries, f"no queries counted for {label}"
    finally:
        for session in sessions.values():
            session.close()


def test_a_wrong_password_stops_the_bench_with_the_reason(admin_site):
    port, _ = admin_site
    session = AdminSession("127.0.0.1", port)
    with pytest.raises(AdminLoginFailed, match="the login form answered 200"):
        # The demo's login for the role (newsroom.demo.services.ensure_demo_people).
        session.login(f"{roles.EDITOR.key}-{editions.default().code}", "wrong")
    session.close()


def test_the_95th_percentile_is_a_measured_time():
    """Nearest rank: with 20 samples the 19th smallest, never an interpolation."""
    samples = [float(n) for n in range(20, 0, -1)]
    assert percentile(samples, 95) == 19.0
    assert percentile(samples, 50) == 10.0
    assert percentile([], 95) == 0.0
