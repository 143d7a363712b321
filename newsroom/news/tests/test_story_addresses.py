"""Stories get readable Latin addresses from their headlines, whatever the script,
and a story whose address changes keeps answering at the old one."""

import re

import pytest
from django.http import QueryDict
from django.urls import reverse
from django.utils.text import slugify
from wagtail.test.utils.form_data import querydict_from_html

from newsroom.core import editions
from newsroom.news.models import (
    STORY_SLUG_LENGTH,
    ArticlePage,
    SectionPage,
    story_slug,
    transliterate,
)

pytestmark = pytest.mark.django_db

# Long enough that the slug must be cut, with a long word across the limit.
HEADLINES = [
    "Правительство утвердило программу модернизации региональной транспортной "
    "инфраструктуры и строительства новых автомобильных дорог до две тысячи "
    "тридцатого года",
    "Կառավարությունը հաստատեց տարածաշրջանային տրանսպորտային ենթակառուցվածքների "
    "արդիականացման և նոր ավտոճանապարհների կառուցման ծրագիրը մինչև երկու հազար "
    "երեսուն թվականը",
]


def section_of(code: str) -> SectionPage:
    return SectionPage.objects.child_of(editions.home(code)).live().first()


def add_url(section: SectionPage) -> str:
    return reverse("wagtailadmin_pages:add", args=("news", "articlepage", section.pk))


def add_form(admin_client, section: SectionPage, **fields: str) -> QueryDict:
    """The add-story form as the browser posts it, with ``fields`` typed in.

    The body and authors widgets are filled in by scripts; here they are left
    empty.
    """
    html = admin_client.get(add_url(section)).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    data.pop("authors", None)
    data.setdefault("body-count", "0")
    data.update(fields)
    return data


def is_readable(slug: str) -> bool:
    return bool(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug))


@pytest.mark.parametrize("headline", HEADLINES)
def test_story_slug_is_latin_and_cut_at_a_word(headline):
    """A long headline in any script gives a Latin slug of whole words, at most 80
    characters."""
    slug = story_slug(headline)
    whole = slugify(transliterate(headline))
    assert is_readable(slug)
    assert len(slug) <= STORY_SLUG_LENGTH < len(whole)
    assert whole.startswith(slug + "-")


@pytest.mark.parametrize("code", editions.codes())
@pytest.mark.parametrize("headline", HEADLINES)
def test_admin_gives_a_new_story_a_readable_unique_address(
    admin_client, code, headline
):
    """A story added in the admin, with the Unicode slug the admin's script makes
    from its headline, is saved with a Latin slug, unique in its section."""
    section = section_of(code)
    # A story already at the address the headline would get.
    taken = ArticlePage(title="Taken", slug=story_slug(headline), lead="A lead.")
    section.add_child(instance=taken)
    unicode_slug = slugify(headline, allow_unicode=True)
    assert not unicode_slug.isascii()
    response = admin_client.post(
        add_url(section),
        add_form(
            admin_client,
            section,
            title=headline,
            slug=unicode_slug,
            lead="A lead.",
            **{"action-publish": "action-publish"},
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    story = ArticlePage.objects.child_of(section).get(title=headline)
    assert story.live
    assert is_readable(story.slug)
    assert len(story.slug) <= STORY_SLUG_LENGTH
    assert story.slug != taken.slug
    assert story.slug.startswith(story_slug(headline)[:60])
    assert story.url.isascii()


@pytest.mark.parametrize("code", editions.codes())
def test_empty_slug_is_made_from_the_headline(code):
    """A story saved without a slug gets the Latin one of its headline."""
    section = section_of(code)
    story = ArticlePage(title=HEADLINES[0], lead="A lead.")
    section.add_child(instance=story)
    assert story.slug == story_slug(HEADLINES[0])


def test_published_story_keeps_its_slug(article):
    """A published story's address is never rewritten behind the editor's back."""
    ArticlePage.objects.filter(pk=article.pk).update(slug="старый-адрес")
    article.refresh_from_db()
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.slug == "старый-адрес"


@pytest.mark.parametrize("code", editions.codes())
def test_renamed_story_redirects_from_its_old_address(
    client, code, django_capture_on_commit_callbacks
):
    """After an editor changes a published story's slug, its old address answers
    with a permanent redirect to the new one."""
    story = ArticlePage.objects.child_of(section_of(code)).live().first()
    old_url = story.url
    assert client.get(old_url).status_code == 200
    story.slug = "renamed-story"
    # Wagtail tells of the new slug once the change is committed.
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    story.refresh_from_db()
    assert story.url != old_url
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith(story.url)
    assert client.get(story.url).status_code == 200
