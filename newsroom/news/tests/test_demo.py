"""The demo newsroom: three full editions, and loading it again adds nothing."""

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model

from newsroom.ads.models import AdSlot
from newsroom.news import demo
from newsroom.news.models import ArticlePage, Author, HomePage, SectionPage

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            HomePage,
            SectionPage,
            ArticlePage,
            Author,
            AdSlot,
            get_image_model(),
        )
    }


def test_every_edition_has_sections_stories_and_translations(edition):
    for code, home in edition.items():
        sections = SectionPage.objects.child_of(home)
        assert sections.count() >= 6, code
        assert ArticlePage.objects.descendant_of(home).live().exists(), code
    english = ArticlePage.objects.descendant_of(edition["en"])
    linked = [
        a
        for a in english
        if a.get_translations().filter(locale__language_code="ru").exists()
    ]
    assert linked and len(linked) < english.count()  # some, not all


def test_seeding_again_loads_no_duplicates(capsys):
    before = counts()
    call_command("seed_demo", "--per-section", "2")
    assert counts() == before
    assert "edition exists" in capsys.readouterr().out


def test_demo_texts_are_complete_in_every_language():
    for story_list in demo.content.STORIES.values():
        for story in story_list:
            for field in ("headline", "lead", "subheading"):
                assert set(story[field]) == {"en", "ru", "hy"}
                assert all(text.strip() for text in story[field].values())
