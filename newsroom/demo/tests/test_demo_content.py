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
# Lowercase Latin words joined by hyphens: an address a reader can read and type.
READABLE_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
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


def body_of(story):
    """The StreamField body the demo builds for a planned story."""
    return article_body(
        story.story,
        story.fill,
        variant=story.position,
        image_id=1,
        embed_url=story.embed_url,
    )


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


def test_a_translated_story_has_the_same_bylines_in_every_edition(full_demo):
    """The Russian and Armenian versions of a story name the people who wrote
    the English one (each edition has its own entry for the same person)."""
    first, *others = content.LANGUAGES
    for index, section in enumerate(full_demo[first]):
        for story in section.stories[: plan.TRANSLATED_STORIES]:
            for code in others:
                translation = full_demo[code][index].stories[story.position]
                assert translation.translation_key == story.translation_key
                assert translation.author_picks == story.author_picks, (
                    code,
                    section.slug,
                    story.position,
                )


def test_story_addresses_read_as_their_headlines(full_demo):
    """/politics/parliamentary-committee-backs-bill-on-digital-public-services/:
    the headline in Latin letters, whole words, at most 80 characters, once per
    section, in every edition."""
    for code, sections in full_demo.items():
        for section in sections:
            slugs = [story.slug for story in section.stories]
            assert len(set(slugs)) == len(slugs), (code, section.slug)
            for story in section.stories:
                assert READABLE_SLUG.fullmatch(story.slug), (code, story.slug)
                assert len(story.slug) <= plan.SLUG_MAX_LENGTH, story.slug
                assert story.slug == plan.headline_slug(story.title), story.slug
    politics = {
        code: sections[0].stories[0].slug for code, sections in full_demo.items()
    }
    assert politics["en"] == (
        "parliamentary-committee-backs-bill-on-digital-public-services"
    )
    assert (
        politics["ru"]
        == "komitet-parlamenta-odobril-zakonoproekt-o-tsifrovykh-gosuslugakh"
    )


def test_armenian_addresses_spell_u_as_u():
    """ "ու" is one sound, "u": "Քաղաքականություն" is kaghakakanutyun, not
    kaghakakanowtyown, in story addresses as in tag addresses."""
    assert plan.headline_slug("Քաղաքականություն և գիտություն") == (
        "kaghakakanutyun-ev-gitutyun"
    )


def test_a_long_headline_is_cut_at_a_word_and_repeats_are_numbered():
    headline = "Parliament " + "debates " * 20 + "the budget"
    slug = plan.headline_slug(headline)
    assert len(slug) <= plan.SLUG_MAX_LENGTH
    assert slug.startswith("parliament-debates-") and slug.endswith("-debates")
    assert plan.headline_slug("«!!!»") == "story"
    taken = set()
    first, second = plan.unique_slug(headline, taken), plan.unique_slug(headline, taken)
    assert second != first and second.endswith("-2")
    assert len(second) <= plan.SLUG_MAX_LENGTH


def test_pictures_in_a_story_do_not_repeat_its_headline(full_demo):
    """The demo's pictures are abstract drawings: no caption (the headline was
    printed under them a second time) and no credit (the page labels it "Photo:")."""
    for code, sections in full_demo.items():
        for section in sections:
            for story in section.stories:
                body = body_of(story)
                for picture in (b for b in body if b["type"] == "image"):
                    assert picture["value"]["caption"] == "", (code, story.slug)
                    assert picture["value"]["credit"] == "", (code, story.slug)


def test_russian_fact_boxes_read_as_written_in_russian():
    """No "Охватываемых услуг: 48" (a participle calqued from "Services
    covered: 48"; Russian says "Видов услуг: 48", "Опрошено экономистов: 120"),
    no "Выборы коротко" or "Технопарк: факты" for "at a glance" and "facts"."""
    participle_first = re.compile(
        r"^[А-ЯЁ][а-яё]*(ющих|ущих|ащих|ящих|емых|имых|вшихся|вших|нных|тых)\b"
    )
    for story_list in content.STORIES.values():
        for story in story_list:
            for fact in story.get("facts", []):
                assert not participle_first.search(fact["ru"]), fact["ru"]
            if story.get("facts_title"):
                title = story["facts_title"]["ru"]
                assert not title.endswith("коротко"), title
                assert "факты" not in title.lower(), title


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
            body = body_of(story)
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
