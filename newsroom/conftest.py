"""Shared fixtures: the demo newsroom, built once per test session.

Every test runs inside a transaction on top of it and rolls back, so tests may
add or change pages freely. Browser tests do not use this database: they run a
real server on a seeded database of their own (see tests/browser fixtures).
"""

import pytest
from django.core.cache import cache
from django.test import Client
from wagtail.models import Locale

from newsroom.news import demo
from newsroom.news.models import ArticlePage, HomePage, SectionPage

PER_SECTION = 6


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        demo.seed(per_section=PER_SECTION, log=lambda message: None)


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client():
    return Client(headers={"user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"})


@pytest.fixture
def home(db):
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def edition(db):
    """Homes by language code."""
    return {h.locale.language_code: h for h in HomePage.objects.select_related("locale")}


@pytest.fixture
def section(home):
    return SectionPage.objects.child_of(home).get(slug="politics")


@pytest.fixture
def article(section):
    return ArticlePage.objects.child_of(section).live().order_by("-first_published_at").first()


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}
