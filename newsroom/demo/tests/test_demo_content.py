"""The demo reads like a newsroom wrote it, in every edition.

These tests check the whole plan of a full demo (every story of every section
of every edition) without saving a page.
"""

import re
from datetime import UTC, datetime
from difflib import SequenceMatcher
from itertools import combinations

import pytest
from django.conf import settings

from newsroom.demo import content, plan
from newsroom.demo.bodies import article_body

NOW = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)
# Above this, two headlines (or leads) of one section read as one story told
# twice; a template repeated with another city or number scores 0.85 to 0.99.
SIMILARITY_LIMIT = 0.8


@pytest.fixture(scope="module")
def full_demo():
    """The full demo's plan: sections by language, in edition order."""
    return {
        code: plan.plan_edition(code, edition_index=index, now=NOW)
        for index, code in enumerate(content.LANGUAGES)
    }


def without_digits(text):
    return re.sub(r"\d+", "", text).casefold()


def test_every_section_of_every_edition_has_at_least_30_stories(full_demo):
    """Enough stories for "load more" and page links on a section page."""
    assert plan.ARTICLES_PER_SECTION >= 30
    assert plan.ARTICLES_PER_SECTION > 2 * settings.NEWSROOM_PAGE_SIZE
    for code, sections in full_demo.items():
        for section in sections:
            assert len(section.stories) >= 30, (code, section.slug)


def test_no_section_tells_one_story_twice(full_demo):
    """No two headlines or leads of a section are the same text with other numbers."""
    for code, sections in full_demo.items():
        for section in sections:
            for field in ("title", "lead"):
                texts = [without_digits(getattr(s, field)) for s in section.stories]
                for a, b in combinations(texts, 2):
                    ratio = SequenceMatcher(None, a, b).ratio()
                    assert ratio <= SIMILARITY_LIMIT, (code, section.slug, a, b)


def test_headlines_carry_no_stacked_prefixes(full_demo):
    """No "City: Headline: detail" headlines; a colon at most once, never after a city."""
    city_names = {
        name
        for city in content.CITIES.values()
        for code in content.LANGUAGES
        for name in city.forms(code).values()
    }
    for code, sections in full_demo.items():
        for section in sections:
            for story in section.stories:
                title = story.title
                # "․" is the Armenian colon.
                assert title.count(":") + title.count("․") <= 1, (code, title)
                head = title.split(":")[0].strip()
                assert ":" not in title or head not in city_names, (code, title)
                assert title == title.strip() and not title.endswith("."), title


def test_russian_and_armenian_put_cities_in_the_right_case(full_demo):
    """ "в Ереване", "Երևանում": never "в городе Ереван" or "Երևան քաղաքում"."""
    names = "|".join(city.ru[""] for city in content.CITIES.values())
    in_the_city_of = re.compile(rf"\bгород(е|а|ом|у)? ({names})\b")
    used_in = {"ru": set(), "hy": set()}
    for code in used_in:
        for section in full_demo[code]:
            for story in section.stories:
                text = " ".join(story.texts())
                assert not in_the_city_of.search(text), (code, story.slug)
                for form in ("", "def", "gen"):
                    name = story.city.hy[form]
                    assert f"{name} քաղաք" not in text, (code, story.slug)
                if code == "ru" and f"в {story.city.ru['loc']} " in text:
                    used_in["ru"].add(story.city.slug)
                if code == "hy" and story.city.hy["loc"] in text:
                    used_in["hy"].add(story.city.slug)
    # The locative forms are what the stories use.
    assert {"ganja", "baku"} <= used_in["ru"]
    assert {"ganja", "baku"} <= used_in["hy"]


def test_every_city_form_a_story_asks_for_exists_in_its_language():
    """A template's {city_...} placeholders fill for every city of its section."""
    for section in content.SECTIONS:
        for story in content.STORIES[section["slug"]]:
            for slug in section["cities"]:
                city = content.CITIES[slug]
                for code in content.LANGUAGES:
                    fill = plan.filler(code, city=city, year=2026)
                    for text in _texts(story):
                        fill(text)  # a missing form raises KeyError


def test_demo_texts_are_complete_in_every_language():
    for story_list in content.STORIES.values():
        for story in story_list:
            for text in _texts(story):
                assert set(text) == set(content.LANGUAGES)
                assert all(words.strip() for words in text.values()), text["en"]
    for texts in content.EDITION_TEXTS.values():
        assert set(texts) == set(content.EDITION_TEXTS["en"])


def test_armenian_writes_the_conjunction_as_ev():
    """The Armenian "and" is the ligature "և", never "եվ" spelt out."""
    for story_list in content.STORIES.values():
        for story in story_list:
            for text in _texts(story):
                assert not re.search(r"(^|\s)[Եե]վ\s", text["hy"]), text["hy"]
                assert "նաեվ" not in text["hy"] and "ևվ" not in text["hy"]


def test_every_story_gets_a_body_with_each_kind_of_block_somewhere(full_demo):
    """Pictures, quotes, fact boxes and link cards all appear in every section."""
    for section in full_demo["en"]:
        kinds = set()
        for story in section.stories:
            body = article_body(
                story.story,
                story.fill,
                variant=story.position,
                image_id=1,
                embed_url=story.embed_url,
            )
            assert body[0]["type"] == "paragraph"
            assert body[-1]["type"] in ("paragraph", "embed")
            kinds |= {block["type"] for block in body}
        assert kinds >= {"paragraph", "image", "quote", "fact_box", "embed"}, (
            section.slug
        )


def _texts(story):
    yield story["headline"]
    yield story["lead"]
    yield from story["paragraphs"]
    for name in ("subheading", "facts_title", "source"):
        if story.get(name):
            yield story[name]
    if story.get("quote"):
        yield story["quote"]["text"]
        yield story["quote"]["attribution"]
    yield from story.get("facts", [])
