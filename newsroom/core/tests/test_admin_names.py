"""Our models' names read as whole sentences in the admin, in every language."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from newsroom.core import editions
from newsroom.core.models import EditionSettings


@pytest.fixture
def admin_in(db):
    """``admin_in("ru")``: a superuser's client whose admin speaks that language."""

    def client_for(language: str) -> Client:
        user = get_user_model().objects.create_superuser(
            f"admin-{language}", f"admin-{language}@example.com", "x"
        )
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client = Client()
        client.force_login(user)
        return client

    return client_for


def text_of(response) -> str:
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def heading(response) -> str:
    match = re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S)
    assert match, "no heading"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match[1])).strip()


def test_the_edition_settings_screens_speak_whole_russian_sentences(admin_in):
    client = admin_in("ru")
    EditionSettings.objects.all().delete()
    index = reverse("wagtailsnippets_core_editionsettings:list")

    listing = text_of(client.get(index))
    assert "Добавить настройки издания" in listing
    assert "Настроек изданий пока нет." in listing

    add = reverse("wagtailsnippets_core_editionsettings:add")
    assert "Новые настройки издания" in text_of(client.get(add))
    locale_id = editions.locale_id(editions.default().code)
    response = client.post(
        add,
        {"locale": locale_id, "tagline": "News", "attribution_notice": ""},
        follow=True,
    )
    created = EditionSettings.objects.get(locale_id=locale_id)
    with translation.override("ru"):
        name = str(created)
    assert name.startswith("Настройки издания")
    assert f"«{name}» созданы." in text_of(response)

    delete = reverse("wagtailsnippets_core_editionsettings:delete", args=(created.pk,))
    assert "Удалить эти настройки издания?" in text_of(client.get(delete))


def test_english_keeps_its_own_sentences(admin_in):
    client = admin_in("en")
    listing = text_of(client.get(reverse("wagtailsnippets_core_editionsettings:list")))
    assert "Add edition settings" in listing


@pytest.mark.parametrize(
    ("language", "title", "delete"),
    [("ru", "Издания", "Удалить издание"), ("en", "Editions", "Delete edition")],
)
def test_the_locale_screens_are_about_editions(admin_in, language, title, delete):
    client = admin_in(language)
    response = client.get(reverse("wagtaillocales:index"))
    assert heading(response) == title
    locale_id = editions.locale_id(editions.default().code)
    confirm = client.get(reverse("wagtaillocales:delete", args=(locale_id,)))
    assert heading(confirm).startswith(delete)
    # The sidebar (Settings > Editions) is drawn from JSON the page carries.
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    props = re.search(
        r'<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', home, re.S
    )
    assert props, "no sidebar"
    labels = re.findall(
        r'"label": "([^"]*)"', json.dumps(json.loads(props[1]), ensure_ascii=False)
    )
    assert title in labels


def test_listings_count_in_the_admins_language(admin_in):
    client = admin_in("ru")
    listing = text_of(client.get(reverse("wagtaillocales:index")))
    count = len(editions.codes())
    # "3 издания", "5 изданий": the number picks the noun's form.
    assert re.search(rf"\b{count} издани[яей]\b", listing), listing[-300:]
    assert not re.search(r"\d+ locales", listing)
