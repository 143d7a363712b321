"""Shared fixtures: the demo newsroom, built once per test session.

Every test runs inside a transaction on top of it and rolls back, so tests may
add or change pages freely. Browser tests do not use this database: they run a
real server on a seeded database of their own (see the site fixtures below).
"""

import os
from pathlib import Path

import pytest
from django.core.cache import caches
from django.test import Client
from wagtail.models import Locale

from newsroom.core import editions
from newsroom.core.edition_config import language_settings, parse_editions
from newsroom.demo.services import seed as seed_demo
from newsroom.news.models import ArticlePage, HomePage, SectionPage
from newsroom.testing import chromium, sites

PER_SECTION = 6


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        seed_demo(per_section=PER_SECTION, log=lambda message: None)


@pytest.fixture(autouse=True)
def _clear_cache():
    for alias in ("default", "pages", "renditions"):
        caches[alias].clear()
    yield
    for alias in ("default", "pages", "renditions"):
        caches[alias].clear()


@pytest.fixture
def add_edition(settings):
    """Configure one more edition by settings alone, as an operator would.

    ``add_edition("de")`` appends German to the configured editions for the
    test; everything that follows from the setting follows.
    """

    def add(code: str) -> None:
        spec = ",".join(
            f"{e.code}:{e.name}:{e.territory_locale}" for e in editions.listed()
        )
        for name, value in language_settings(parse_editions(f"{spec},{code}")).items():
            setattr(settings, name, value)

    return add


@pytest.fixture
def client():
    return Client(
        headers={"user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"}
    )


@pytest.fixture
def home(db):
    return HomePage.objects.get(locale__language_code=editions.default().code)


@pytest.fixture
def edition(db):
    """Homes by language code."""
    return {
        h.locale.language_code: h for h in HomePage.objects.select_related("locale")
    }


@pytest.fixture
def section(home):
    return SectionPage.objects.child_of(home).get(slug="politics")


@pytest.fixture
def article(section):
    return (
        ArticlePage.objects.child_of(section)
        .live()
        .order_by("-first_published_at")
        .first()
    )


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


# Sites run for real (browser tests, Varnish, the worker, outages): each on a
# copy of one migrated and seeded template, built once per session in a
# temporary folder, so they never touch the transactional test database of
# the other tests, nor each other.

PAGE_SIZE = "6"
SITE_PER_SECTION = 8  # more than PAGE_SIZE, so sections have a second page


@pytest.fixture(scope="session")
def site_template(tmp_path_factory):
    """The template that ``sites.site_env(template=...)`` copies."""
    var_dir = Path(tmp_path_factory.mktemp("site-template"))
    return sites.build_template(var_dir, per_section=SITE_PER_SECTION)


@pytest.fixture(scope="session")
def site_env(tmp_path_factory, site_template):
    """The environment of the browser tests' site (for ``sites.shell``)."""
    var_dir = Path(tmp_path_factory.mktemp("browser-site"))
    return sites.site_env(
        var_dir, template=site_template, NEWSROOM_PAGE_SIZE=PAGE_SIZE, DEBUG="true"
    )


@pytest.fixture(scope="session")
def site_url(site_env):
    with sites.serve(site_env) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser():
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    if not Path(chromium.EXECUTABLE).exists():
        pytest.fail(
            f"Browser tests need Debian's chromium at {chromium.EXECUTABLE} (apt-get install chromium)"
        )
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium.EXECUTABLE, args=chromium.ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def context(browser, site_url):
    context = browser.new_context(
        base_url=site_url,
        user_agent=chromium.READER_USER_AGENT,
        viewport={"width": 1280, "height": 900},
        color_scheme="light",
    )
    yield context
    context.close()


@pytest.fixture
def page(context):
    """A browser tab that fails the test on script errors or CSP violations."""
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and errors.append(message.text)
        ),
    )
    yield page
    assert errors == [], f"Errors on the page: {errors}"
