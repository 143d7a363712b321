"""The newsroom's people, logged in to the admin, on the seeded demo editions."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from newsroom.demo.services import ensure_demo_people
from newsroom.desk import services
from newsroom.news.models import SectionPage

PASSWORD = "desk-test-password"


@pytest.fixture
def people(db):
    """Username to user, one person per role and edition ("editor-ru", "chief")."""
    services.sync_roles()
    people = ensure_demo_people(password=PASSWORD, log=lambda line: None)
    names = [username for username, _ in people]
    return get_user_model().objects.in_bulk(names, field_name="username")


@pytest.fixture
def login(people):
    """``login("editor-ru")``: an admin client logged in as that person."""

    def log_in(username: str) -> Client:
        client = Client()
        client.force_login(people[username])
        return client

    return log_in


@pytest.fixture
def sections(edition):
    """A section of each edition, by code."""
    return {
        code: SectionPage.objects.child_of(home).first()
        for code, home in edition.items()
    }
