"""Editors can open and preview every page type and the snippets in the Wagtail admin,
and the admin's help says what the page adds by itself."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from newsroom.core import editions
from newsroom.news.models import ArticlePage

pytestmark = pytest.mark.django_db


def test_editor_opens_every_page_type_and_snippet(admin_client, home, section, article):
    for page in (home, section, article):
        assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    for path in (
        "/admin/snippets/news/author/",
        "/admin/snippets/ads/adslot/",
        "/admin/snippets/core/editionsettings/",
    ):
        assert admin_client.get(path).status_code == 200


def test_preview_renders_the_draft_not_the_live_story(admin_client, article):
    article.title = "Draft headline nobody has published"
    revision = article.save_revision()
    live = ArticlePage.objects.get(pk=article.pk)
    assert live.title != "Draft headline nobody has published"
    response = admin_client.get(
        f"/admin/pages/{article.pk}/revisions/{revision.pk}/view/"
    )
    assert response.status_code == 200
    assert b"Draft headline nobody has published" in response.content
    assert (
        b"Draft headline nobody has published"
        not in admin_client.get(article.url).content
    )


def credit_help_texts() -> list[str]:
    """The help text under a story's picture credit and under a body picture's."""
    hero = ArticlePage._meta.get_field("hero_credit").help_text
    body = ArticlePage._meta.get_field("body").stream_block
    block = body.child_blocks["image"].child_blocks["credit"]
    return [str(hero), str(block.field.help_text)]


@pytest.mark.parametrize("code", editions.codes())
def test_credit_help_text_says_the_page_adds_the_label(code):
    """Editors are told to type the name only: the page adds "Photo:" in its language."""
    with translation.override(code):
        label = gettext("Photo:")
        for help_text in credit_help_texts():
            assert label in help_text


@pytest.mark.parametrize(("code", "label"), [("en", "“Photo:”"), ("ru", "«Фото:»")])
def test_credit_help_text_in_english_and_russian(code, label):
    """The English and Russian admin quote the label as their readers see it."""
    with translation.override(code):
        for help_text in credit_help_texts():
            assert label in help_text
            assert "Reuters" in help_text
