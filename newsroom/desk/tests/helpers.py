"""Driving the admin's page forms the way a browser does."""

from __future__ import annotations

import pytest
from django.http import HttpResponse, QueryDict
from django.urls import reverse
from django.utils.text import slugify
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import querydict_from_html

from newsroom.core import editions
from newsroom.news.models import ArticlePage, SectionPage


def other_edition(code: str) -> str:
    """A configured edition other than ``code`` (the next one, round the list)."""
    codes = editions.codes()
    if len(codes) < 2:
        pytest.skip("needs two editions in EDITIONS")
    return codes[(codes.index(code) + 1) % len(codes)]


def refused(response: HttpResponse) -> bool:
    """The admin's "no": a 403, or Wagtail's redirect to the dashboard with a message."""
    return response.status_code == 403 or (
        response.status_code == 302
        and response["Location"] == reverse("wagtailadmin_home")
    )


def add_url(section: SectionPage) -> str:
    return reverse("wagtailadmin_pages:add", args=("news", "articlepage", section.pk))


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def page_form(response: HttpResponse, **changes: str) -> QueryDict:
    """What the browser posts from the page form in ``response``, with ``changes``.

    The body's stream editor and the authors list are filled in by scripts;
    left alone, they post an empty body and no authors.
    """
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data.pop("authors", None)
    data.setdefault("body-count", "0")
    data.update(changes)
    return data


def file_story(client, section: SectionPage, title: str, **action: str) -> ArticlePage:
    """Fill in and send the add-story form under ``section``; the story made."""
    url = add_url(section)
    slug = slugify(title)
    response = client.post(
        url,
        page_form(client.get(url), title=title, slug=slug, lead="A lead.", **action),
    )
    assert response.status_code == 302, response.context["form"].errors
    return ArticlePage.objects.child_of(section).get(slug=slug)


def post_edit(client, page, **action: str) -> HttpResponse:
    """Send the edit form of ``page`` unchanged, with a button's ``action``."""
    return client.post(edit_url(page), page_form(client.get(edit_url(page)), **action))


def add_story(section: SectionPage, *, title: str, live: bool = True) -> ArticlePage:
    """A story made in code under ``section``, published or a draft."""
    story = ArticlePage(title=title, lead="A lead.", live=False)
    section.add_child(instance=story)
    revision = story.save_revision()
    if live:
        revision.publish()
        story.refresh_from_db()
    return story


def add_written_story(
    section: SectionPage,
    *,
    title: str,
    lead: str = "A lead.",
    paragraphs: tuple[str, ...] = (),
    caption: str = "",
    source: str = "",
    authors=(),
    tags=(),
    live: bool = True,
) -> ArticlePage:
    """A story with words in every place a translator translates, made in code."""
    story = ArticlePage(
        title=title,
        lead=lead,
        hero_caption=caption,
        source_name=source,
        body=[("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs],
        live=False,
    )
    section.add_child(instance=story)
    story.authors.set(list(authors))
    story.tags.set(list(tags))
    revision = story.save_revision()
    if live:
        revision.publish()
    return ArticlePage.objects.get(pk=story.pk)


def version_in(story, code: str):
    """``story``'s page (of its type) in edition ``code``, in any state, or None."""
    return (
        type(story)
        .objects.filter(
            translation_key=story.translation_key, locale__language_code=code
        )
        .first()
    )
