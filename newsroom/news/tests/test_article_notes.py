"""Editors add dated corrections and updates to a story; readers see them at its end,
the story's "Updated" time is the latest of them, and the feed carries them."""

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import pgettext

from newsroom.core import editions
from newsroom.news.models import ArticleNote, ArticlePage, SectionPage
from newsroom.news.templatetags.news_tags import isodate, newsdate

pytestmark = pytest.mark.django_db

PUBLISHED = datetime(2025, 1, 14, 7, 12, tzinfo=UTC)
CORRECTED = PUBLISHED + timedelta(hours=2)
UPDATED = PUBLISHED + timedelta(hours=5)


def story_in(code: str) -> ArticlePage:
    section = SectionPage.objects.child_of(editions.home(code)).live().first()
    return ArticlePage.objects.child_of(section).live().order_by("pk").first()


def add_notes(story: ArticlePage) -> ArticlePage:
    """A correction, then a later update, published as an editor would."""
    story.first_published_at = PUBLISHED
    story.save()
    # Entered in the other order: the page orders by date, not by panel order.
    story.notes.add(
        ArticleNote(kind=ArticleNote.UPDATE, text="Update text.", noted_at=UPDATED),
        ArticleNote(
            kind=ArticleNote.CORRECTION, text="Correction text.", noted_at=CORRECTED
        ),
    )
    story.save_revision().publish()
    return ArticlePage.objects.get(pk=story.pk)


def labels(code: str) -> tuple[str, str]:
    with translation.override(code):
        return pgettext("story note", "Correction"), pgettext("story note", "Update")


def notes_shown(html: str) -> list[tuple[str, str, str]]:
    """(label, time, text) of each note on a story page, in page order."""
    return re.findall(
        r'<li class="article-note article-note--\w+">'
        r'<strong class="article-note__kind">([^<]+)</strong> '
        r'<time datetime="[^"]+">([^<]+)</time>'
        r'<p class="article-note__text">([^<]+)</p>',
        html,
    )


@pytest.mark.parametrize("code", editions.codes())
def test_story_shows_its_notes_newest_first_in_the_editions_language(client, code):
    """A correction and a later update both show, the update first, labelled and
    dated the edition's way."""
    story = add_notes(story_in(code))
    html = client.get(story.url).text
    correction, update = labels(code)
    with translation.override(code):
        assert notes_shown(html) == [
            (update, newsdate(UPDATED), "Update text."),
            (correction, newsdate(CORRECTED), "Correction text."),
        ]


@pytest.mark.parametrize("code", editions.codes())
def test_note_labels_are_translated(code):
    """Readers of every edition read the labels in its language, not in English."""
    if code == editions.default().code:
        assert labels(code) == ("Correction", "Update")
    else:
        assert not {"Correction", "Update"} & set(labels(code))


@pytest.mark.parametrize("code", editions.codes())
def test_updated_time_is_the_latest_note(client, code):
    """The story's "Updated" time is the latest note's, not its last publication."""
    story = add_notes(story_in(code))
    assert story.last_published_at > UPDATED
    assert story.updated_at == UPDATED
    html = client.get(story.url).text
    with translation.override(code):
        assert re.search(
            r'<span class="article__updated">[^<]+<time datetime="'
            + re.escape(isodate(UPDATED))
            + r'">'
            + re.escape(newsdate(UPDATED))
            + "</time></span>",
            html,
        )
    assert f'content="{isodate(UPDATED)}"' in html  # article:modified_time


def test_republishing_without_a_note_keeps_the_updated_time(client):
    """Fixing a typo and republishing does not move the "Updated" time."""
    story = add_notes(story_in(editions.default().code))
    story.lead = story.lead + " Typo fixed."
    story.save_revision().publish()
    story = ArticlePage.objects.get(pk=story.pk)
    assert story.updated_at == UPDATED
    assert isodate(UPDATED) in client.get(story.url).text


def test_story_without_notes_shows_no_updated_time(client):
    """Republishing a story that has no note never shows it as updated."""
    story = story_in(editions.default().code)
    story.first_published_at = PUBLISHED
    story.save()
    story.save_revision().publish()
    html = client.get(story.url).text
    assert "article__updated" not in html
    assert "article__notes" not in html


@pytest.mark.parametrize("code", editions.codes())
def test_feed_item_carries_the_notes(client, code):
    """The story's feed item gives its lead, then its notes newest first."""
    # Its section's feed: the story is dated back, out of the edition's latest.
    story = add_notes(story_in(code))
    response = client.get(story.get_parent().url + "rss/")
    items = ET.fromstring(response.content).find("channel").findall("item")
    item = next(i for i in items if i.findtext("link").endswith(story.url))
    correction, update = labels(code)
    with translation.override(code):
        assert item.findtext("description") == "\n\n".join(
            [
                story.lead,
                f"{update} ({newsdate(UPDATED)}): Update text.",
                f"{correction} ({newsdate(CORRECTED)}): Correction text.",
            ]
        )


def test_feed_query_count_does_not_grow_with_notes(client, django_assert_num_queries):
    """Notes on many stories cost the feed no query per story."""
    code = editions.default().code
    url = editions.prefix(code) + "rss/"
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    section = SectionPage.objects.child_of(editions.home(code)).live().first()
    for story in ArticlePage.objects.child_of(section).live():
        add_notes(story)
    with django_assert_num_queries(len(before)):
        client.get(url)
