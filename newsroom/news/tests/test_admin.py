"""Editors can open and preview every page type and the snippets in the Wagtail admin."""

import pytest

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
