"""The 500 page speaks every edition's language and is never itself an error."""

import re

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from newsroom.core import editions, views

pytestmark = pytest.mark.django_db


@pytest.fixture
def failing(settings, monkeypatch):
    """A client whose search view raises, as production runs it (DEBUG off)."""
    settings.DEBUG = False

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(editions, "home", broken)
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("code", editions.codes())
def test_server_error_page_is_in_every_editions_language(failing, code):
    """Title, heading and advice in each edition's language, marked with its lang, the reader's first."""
    response = failing.get(f"{editions.prefix(code)}search/", {"q": "x"})
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{code}">' in html
    title = re.search(r"<title>(.*?)</title>", html).group(1)
    headings = re.findall(r'<span lang="([^"]+)">([^<]+)</span>', html)
    advice = re.findall(r'<p lang="([^"]+)">([^<]+)</p>', html)
    assert [lang for lang, _ in headings][0] == code
    assert sorted(lang for lang, _ in headings) == sorted(editions.codes())
    assert sorted(lang for lang, _ in advice) == sorted(editions.codes())
    for edition in editions.listed():
        with translation.override(edition.code):
            assert gettext("Server error") in title
            assert (edition.code, gettext("Something went wrong")) in headings
            assert (edition.code, gettext("Please try again in a moment.")) in advice


def test_server_error_page_is_translated():
    """The 500 page's words are in the catalogues (not English on every edition)."""
    words = set()
    for code in editions.codes():
        with translation.override(code):
            words.add(gettext("Something went wrong"))
    assert len(words) == len(editions.codes())


@pytest.mark.parametrize("code", editions.codes())
def test_server_error_page_falls_back_to_plain_html(failing, monkeypatch, code):
    """When even the error page cannot be rendered, the reader still gets a 500 page."""

    def no_template(*args, **kwargs):
        raise OSError("templates unreadable")

    monkeypatch.setattr(views.loader, "get_template", no_template)
    response = failing.get(f"{editions.prefix(code)}search/", {"q": "x"})
    assert response.status_code == 500
    assert response.content.decode() == views.PLAIN_SERVER_ERROR
