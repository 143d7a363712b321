"""Fixtures for browser tests: a real server on its own seeded database, and Chromium.

The server runs in a child process, as readers reach it; its database is seeded
once per test session in a temporary folder, so these tests never touch the
test database of the other tests.
"""

import os
from pathlib import Path

import pytest

from newsroom.core import testing

PAGE_SIZE = "6"


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    var_dir = tmp_path_factory.mktemp("browser-site")
    env = testing.site_env(Path(var_dir), NEWSROOM_PAGE_SIZE=PAGE_SIZE, DEBUG="true")
    testing.manage("migrate", "--no-input", env=env)
    testing.manage("seed_demo", "--per-section", "8", env=env)
    with testing.serve(env) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser():
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    if not Path(testing.CHROMIUM).exists():
        pytest.fail(f"Browser tests need Debian's chromium at {testing.CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=testing.CHROMIUM, args=testing.CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser, site_url):
    context = browser.new_context(
        base_url=site_url,
        user_agent=testing.READER_USER_AGENT,
        viewport={"width": 1280, "height": 900},
        color_scheme="light",
    )
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert errors == [], f"JavaScript errors on the page: {errors}"
