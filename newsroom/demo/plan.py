"""What the demo puts where: every edition's sections and stories, as plain data.

Nothing here touches the database, so tests can check the whole demo (every
story of every section of every edition) without saving a page, and the
seeder (:mod:`.services`) only turns the plan into rows. It does need Django
set up: story slugs use the news app's transliteration. The plan is
deterministic: the same stories, cities, pictures, bylines and addresses every
run, with dates counted back from ``now``.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.utils.text import slugify

from newsroom.news.models import transliterate

from . import content
from .content import City

NAMESPACE = uuid.UUID("6f1c1b7e-3c1a-4c53-9a52-6b1f1c7d2e10")
ARTICLES_PER_SECTION = 30
# Stories with a position below this are published in every edition and
# linked as translations; the rest are each edition's own reporting.
TRANSLATED_STORIES = 4
# Stories of the edition's own reporting are set in other cities in each
# edition: the city pool is walked from this far on per edition.
CITY_SHIFT_PER_EDITION = 2
ILLUSTRATIONS = 14
# Minutes between two stories of one section's timeline.
STORY_SPACING_MINUTES = 47
# A story's address is its headline, cut at a word to at most this length.
SLUG_MAX_LENGTH = 80

Fill = Callable[[Mapping[str, str]], str]


def key(*parts: object) -> uuid.UUID:
    """A stable UUID for a demo object (translation keys, file names)."""
    return uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts))


def has_texts(language: str) -> bool:
    """Whether the demo is written in ``language`` (an edition's code)."""
    return language in content.LANGUAGES


def filler(language: str, *, city: City | None, year: int) -> Fill:
    """A function giving a text's words in ``language``, placeholders filled."""
    values: dict[str, object] = {"year": year, "next_year": year + 1}
    if city is not None:
        values.update(city.forms(language))

    def fill(text: Mapping[str, str]) -> str:
        return text[language].format(**values)

    return fill


def headline_slug(headline: str, *, max_length: int = SLUG_MAX_LENGTH) -> str:
    """A story's address from its headline, as a newsroom's CMS would make it.

    Latin letters whatever the language (the transliteration of tag slugs,
    :func:`newsroom.news.models.transliterate`), whole words, at most
    ``max_length`` characters; "story" for a headline with no letters. Not
    unique: the demo numbers repeats within a section (:func:`plan_edition`),
    the bench adds its serial. Lives here, not in ``news``: editors type
    their own slugs, only the demo and the bench make them from headlines.
    """
    slug = slugify(transliterate(headline))
    if len(slug) > max_length:
        head = slug[: max_length + 1]
        # Before the word that crosses the limit; a single over-long word is cut.
        slug = head.rsplit("-", 1)[0] if "-" in head else slug[:max_length]
    return slug.strip("-_") or "story"


def unique_slug(headline: str, taken: set[str]) -> str:
    """:func:`headline_slug`, numbered ``-2``, ``-3``... when taken; adds it to ``taken``."""
    slug, number = headline_slug(headline), 2
    while slug in taken:
        suffix = f"-{number}"
        slug = headline_slug(headline, max_length=SLUG_MAX_LENGTH - len(suffix))
        slug, number = slug + suffix, number + 1
    taken.add(slug)
    return slug


def city_for(section_index: int, position: int, *, shift: int = 0) -> City:
    """The city the story at ``position`` of a section is set in."""
    pool = content.SECTIONS[section_index]["cities"]
    return content.CITIES[pool[(section_index * 3 + position + shift) % len(pool)]]


@dataclass(frozen=True)
class StoryPlan:
    """One article of one edition, everything but its database ids."""

    language: str
    section: str
    position: int
    story: Mapping[str, Any]
    city: City
    published: datetime
    updated: datetime
    slug: str
    translation_key: uuid.UUID
    illustration: int
    inline_illustration: int
    author_picks: tuple[int, ...]
    is_breaking: bool
    is_top_story: bool

    @property
    def fill(self) -> Fill:
        return filler(self.language, city=self.city, year=self.published.year)

    @property
    def title(self) -> str:
        return self.fill(self.story["headline"])

    @property
    def lead(self) -> str:
        return self.fill(self.story["lead"])

    @property
    def source(self) -> str:
        return self.fill(self.story["source"]) if self.story.get("source") else ""

    @property
    def tags(self) -> list[str]:
        return [content.TAGS[index][self.language] for index in self.story["tags"]]

    @property
    def embed_url(self) -> str:
        return f"https://www.youtube.com/watch?v=demo{self.section}{self.position}"

    def texts(self) -> Iterator[str]:
        """Every text of the story a reader can see, filled in."""
        story, fill = self.story, self.fill
        yield self.title
        yield self.lead
        yield from (fill(text) for text in story["paragraphs"])
        for name in ("subheading", "facts_title", "source"):
            if story.get(name):
                yield fill(story[name])
        if story.get("quote"):
            yield fill(story["quote"]["text"])
            yield fill(story["quote"]["attribution"])
        yield from (fill(fact) for fact in story.get("facts", []))


@dataclass(frozen=True)
class SectionPlan:
    index: int
    slug: str
    data: Mapping[str, Any]
    stories: list[StoryPlan]


def stories_available(slug: str) -> int:
    return len(content.STORIES[slug])


def plan_edition(
    language: str,
    *,
    edition_index: int,
    per_section: int = ARTICLES_PER_SECTION,
    now: datetime,
) -> list[SectionPlan]:
    """Every section of edition ``language`` with up to ``per_section`` stories.

    A section never gets the same story twice: with ``per_section`` above the
    stories written for it, it gets each once. ``edition_index`` (the
    edition's place among the editions) varies the edition's own reporting.
    Precondition: ``has_texts(language)``.
    """
    sections = []
    for index, data in enumerate(content.SECTIONS):
        slugs: set[str] = set()
        sections.append(
            SectionPlan(
                index=index,
                slug=data["slug"],
                data=data,
                stories=[
                    _plan_story(
                        language,
                        index,
                        data["slug"],
                        position,
                        edition_index=edition_index,
                        now=now,
                        taken_slugs=slugs,
                    )
                    for position in range(
                        min(per_section, stories_available(data["slug"]))
                    )
                ],
            )
        )
    return sections


def _plan_story(
    language: str,
    section_index: int,
    slug: str,
    position: int,
    *,
    edition_index: int,
    now: datetime,
    taken_slugs: set[str],
) -> StoryPlan:
    shared = position < TRANSLATED_STORIES
    shift = 0 if shared else edition_index * CITY_SHIFT_PER_EDITION
    city = city_for(section_index, position, shift=shift)
    story = content.STORIES[slug][position]
    published = now - timedelta(
        minutes=STORY_SPACING_MINUTES
        * (position * len(content.SECTIONS) + section_index)
        + 5
        + 3 * edition_index
    )
    translation_key = (
        key("article", slug, position)
        if shared
        else key("article", slug, position, language)
    )
    headline = filler(language, city=city, year=published.year)(story["headline"])
    # Seeded by the translation key, so a story and its translations carry the
    # same people's bylines; an edition's own reporting gets its own.
    bylines = random.Random(str(translation_key))
    return StoryPlan(
        language=language,
        section=slug,
        position=position,
        story=story,
        city=city,
        published=published,
        updated=published + (timedelta(hours=2) if position % 5 == 2 else timedelta()),
        slug=unique_slug(headline, taken_slugs),
        translation_key=translation_key,
        illustration=(section_index * 2 + position) % ILLUSTRATIONS,
        inline_illustration=(section_index * 2 + position + 3) % ILLUSTRATIONS,
        author_picks=tuple(
            bylines.sample(range(len(content.AUTHORS)), 1 + position % 2)
        ),
        is_breaking=section_index == 0 and position == 0,
        is_top_story=position == 1
        and section_index in (1, 3, len(content.SECTIONS) - 1),
    )
