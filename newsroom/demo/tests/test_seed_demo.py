"""Seeding the demo: full editions, nothing twice, each edition's ads in its language."""

import pytest
from django.core.management import call_command
from django.utils.html import strip_tags
from wagtail.images import get_image_model
from wagtail.models import Locale

from newsroom.ads.models import AdSlot
from newsroom.demo import services
from newsroom.demo.content import EDITION_TEXTS
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
            Locale,
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


def test_an_edition_the_demo_has_no_texts_for_is_left_to_the_operator(add_edition):
    """A fourth configured edition (German) gets a log line, no pages and no crash."""
    add_edition("de")
    before = counts()
    lines = []
    created = services.seed(per_section=2, log=lines.append)
    assert created == 0
    assert counts() == before
    assert not Locale.objects.filter(language_code="de").exists()
    assert any(line.startswith("de: the demo has no texts") for line in lines)


def test_each_editions_ads_speak_its_language(edition):
    """Every demo ad an edition shows carries its own words and no other edition's."""
    for code in edition:
        own = {EDITION_TEXTS[code][name] for name in ("ad", "ad_widget_title")}
        others = {
            EDITION_TEXTS[other][name]
            for other in edition
            if other != code
            for name in ("ad", "ad_widget_title", "ad_widget_text")
        }
        ads = list(AdSlot.objects.showing(language_code=code))
        assert len(ads) == 2, code
        for ad in ads:
            words = ad.alt_text or strip_tags(ad.html)
            assert any(text in words for text in own), (code, ad.name, words)
            assert not any(text in words for text in others), (code, ad.name)
