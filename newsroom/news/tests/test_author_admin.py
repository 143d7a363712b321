"""The authors' screens in the Russian admin read as a Russian newsroom writes."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.users.models import UserProfile

from newsroom.core import editions
from newsroom.news.models import Author


@pytest.fixture
def russian_admin(db):
    user = get_user_model().objects.create_superuser("glavred", "g@example.com", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def text_of(response) -> str:
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_authors_are_declined_and_counted(russian_admin):
    listing = text_of(russian_admin.get(reverse("wagtailsnippets_news_author:list")))
    assert "Добавить автора" in listing
    count = Author.objects.count()
    assert count > 4  # the demo's bylines: a count that needs the genitive plural
    forms = {1: "автор", 2: "автора", 3: "автора", 4: "автора"}
    noun = forms.get(count % 10) if count % 100 not in range(11, 15) else None
    assert f"{count} {noun or 'авторов'}" in listing


def test_a_new_author_is_announced_in_the_masculine(russian_admin):
    code = editions.default().code
    response = russian_admin.post(
        reverse("wagtailsnippets_news_author:add"),
        {
            "name": "Тамерлан Алиев",
            "slug": "tamerlan-aliev",
            "role": "",
            "bio": "",
            "locale": editions.locale_id(code),
        },
        follow=True,
    )
    assert "Автор «Тамерлан Алиев» создан." in text_of(response)
