"""Any form of a word finds the other forms of it a native reader expects.

Each table pairs a word exactly as a demo story in the test database has it
with another correct form of the same word that a reader might type instead:
an oblique case of a noun or a name and its nominative, plural and singular,
one verb form and another, "ё" and "е", "և" and "եւ". The reader's search page
must list a story holding the first form, and not also the second (a story
holding both would prove nothing), when the second is searched for. A few
look-alike words that mean something else must not find the story. Run on
SQLite and on PostgreSQL alike (``DATABASE_URL``).

The stories' texts are read from the search index's document parts, once per
edition, so a table word missing from the demo fails its test with a message
saying so instead of passing unnoticed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import astuple, dataclass

import pytest
from django.db import transaction
from django.test import Client, override_settings

from newsroom.core import editions
from newsroom.news.models import ArticlePage, transliterate
from newsroom.news.selectors import articles_in_edition
from newsroom.search import analysis, index
from newsroom.search.documents import parts
from newsroom.search.query import MAX_TERMS

pytestmark = pytest.mark.django_db

# (word in a story, another form of it a reader types)
ENGLISH = [
    ("committee", "committees"),
    ("approved", "approves"),
    ("candidates", "candidate"),
    ("registers", "registering"),
    ("nominated", "nominate"),
    ("delegations", "delegation"),
    ("instructed", "instructs"),
    ("discussed", "discussing"),
    ("tariffs", "tariff"),
    ("universities", "university"),
    ("villages", "village"),
    ("hearings", "hearing"),
    ("internships", "internship"),
    ("employers", "employer"),
    ("driving", "drive"),
    ("fines", "fined"),
    ("driver's", "drivers"),
    ("Parliament", "parliament's"),
    ("station's", "stations"),
    ("households", "household"),
    ("tested", "testing"),
    ("begins", "beginning"),
    ("lorries", "lorry"),
    ("women's", "women"),
    ("women's", "woman"),
    ("companies", "company"),
    ("clinics", "clinic"),
    ("Volunteers", "volunteer"),
    ("marathon", "marathons"),
    ("Wrestlers", "wrestler"),
    ("Hotels", "hotel"),
    ("glaciers", "glacier"),
    ("opens", "opened"),
    ("launched", "launching"),
    ("drops", "dropped"),
    ("warn", "warned"),
]

RUSSIAN = [
    # places in oblique cases, typed in the nominative (or another case)
    ("Еревана", "Ереван"),
    ("Еревана", "Ереване"),
    ("Ленкорани", "Ленкорань"),
    ("Ленкоранью", "Ленкорань"),
    ("Сумгайыте", "Сумгайыт"),
    ("Гяндже", "Гянджа"),
    ("Астане", "Астана"),
    ("Ташкенте", "Ташкент"),
    ("Стамбуле", "Стамбул"),
    ("Каспия", "Каспий"),
    # surnames: the story's nominative, typed in an oblique case
    ("Насиров", "Насирова"),
    ("Мирзаев", "Мирзаеву"),
    ("Кулиева", "Кулиевой"),
    ("Аббасова", "Аббасовой"),
    # nouns: case and number
    ("парламента", "парламент"),
    ("законопроект", "законопроекты"),
    ("депутатов", "депутат"),
    ("выборах", "выборов"),
    ("кандидатов", "кандидат"),
    ("регистрацию", "регистрация"),
    ("гостиницы", "гостиница"),
    ("Фермеры", "фермер"),
    ("урожая", "урожай"),
    ("стажировки", "стажировка"),
    ("штрафы", "штраф"),
    ("телефоном", "телефона"),
    ("станции", "станция"),
    ("женщины", "женщина"),
    ("выпускники", "выпускник"),
    ("Туристы", "турист"),
    ("электробусы", "электробус"),
    ("пенсионеров", "пенсионер"),
    ("бегунов", "бегуны"),
    ("шахматист", "шахматиста"),
    ("поездов", "поезд"),
    ("ледниками", "ледник"),
    ("засухам", "засуха"),
    ("музей", "музее"),
    ("режиме", "режим"),
    ("кредита", "кредит"),
    ("визита", "визит"),
    ("ковры", "ковёр"),
    # "ё" typed as "е"
    ("Учётная", "учетная"),
    ("учётную", "учетная"),
    ("волонтёры", "волонтер"),
    ("сёлах", "село"),
    ("Учёные", "ученый"),
    # verb forms
    ("одобрил", "одобрили"),
    ("обсудили", "обсудил"),
    ("завершилась", "завершится"),
    ("приняли", "принял"),
    ("вступят", "вступит"),
    ("выиграл", "выиграла"),
]

ARMENIAN = [
    # places and names with case endings and the article
    ("Գյանջայում", "Գյանջա"),
    ("Աստանայում", "Աստանա"),
    ("Սումգայիթում", "Սումգայիթ"),
    ("Սումգայիթի", "Սումգայիթում"),
    ("Բաքվում", "Բաքու"),
    ("Բաքվի", "Բաքու"),
    ("Շաքիի", "Շաքի"),
    ("Լենքորանի", "Լենքորան"),
    ("Լենքորանում", "Լենքորան"),
    ("Նասիրով", "Նասիրովի"),
    # "և" in the story, "եւ" typed
    ("Երևանի", "Երեւան"),
    ("Երևանի", "Երեւանում"),
    ("Գուլիևա", "Գուլիեւայի"),
    ("առևտրում", "առեւտրի"),
    ("ուղևորատար", "ուղեւորատար"),
    ("հարևան", "հարեւան"),
    ("Օդերևութաբանները", "օդերեւութաբան"),
    ("երթևեկության", "երթեւեկություն"),
    # nouns: case, article, plural
    ("Խորհրդարանի", "խորհրդարան"),
    ("Խորհրդարանում", "խորհրդարանը"),
    ("հանձնաժողովը", "հանձնաժողով"),
    ("պատգամավորները", "պատգամավոր"),
    ("թեկնածուների", "թեկնածու"),
    ("օրինագծին", "օրինագիծ"),
    ("նախարարները", "նախարար"),
    ("ուսանողները", "ուսանող"),
    ("դպրոցներ", "դպրոց"),
    ("դպրոցները", "դպրոցներում"),
    ("ճանապարհների", "ճանապարհ"),
    ("գյուղերում", "գյուղ"),
    ("հեռախոսը", "հեռախոսով"),
    ("տույժերը", "տույժ"),
    ("ամսով", "ամիս"),
    ("հյուրանոցները", "հյուրանոց"),
    ("Ֆերմերները", "ֆերմեր"),
    ("ավտոբուսներ", "ավտոբուս"),
    ("կլինիկաները", "կլինիկաներում"),
    ("կամավորները", "կամավոր"),
    ("գնացքների", "գնացք"),
    ("Գիտնականները", "գիտնական"),
    ("թանգարանը", "թանգարան"),
    ("գորգեր", "գորգ"),
    ("փառատոնում", "փառատոն"),
    ("թատրոնը", "թատրոնում"),
    # -ություն / -ության
    ("ընտրությունների", "ընտրություն"),
    ("կառավարությանը", "կառավարություն"),
    ("քաղաքականության", "քաղաքականություն"),
    ("բանակցությունները", "բանակցություն"),
    # verb forms
    ("քննարկել", "քննարկեցին"),
    ("հաստատել", "հաստատեց"),
    ("ավարտվել", "ավարտվեց"),
    ("հաղթել", "հաղթեց"),
    ("բացվել", "բացվեց"),
]

# (word in a story, an unrelated word that must not find that story)
UNRELATED = [
    ("en", "police", "policy"),
    ("en", "fines", "finance"),
    # Not ("international", "interns"): PostgreSQL's older English Snowball
    # stems both "intern" (docs/search.md, "Known differences").
    ("ru", "стажировки", "стаж"),
    ("ru", "станции", "стан"),
    ("hy", "բանկը", "բանակ"),
    ("hy", "հեռախոսը", "հեռու"),
]

TABLES = {"en": ENGLISH, "ru": RUSSIAN, "hy": ARMENIAN}
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_RESULT = re.compile(r'class="card__title[^"]*"><a href="([^"]+)"')


@dataclass(frozen=True)
class Story:
    url: str
    section: str  # slug, for the search page's section filter
    headline: str
    words: frozenset[str]  # as written, lowercased


# language -> its edition's stories; read once, the demo does not change
_STORIES: dict[str, list[Story]] = {}


def stories(language: str) -> list[Story]:
    """The edition's stories a reader can find, as the search index reads them."""
    if language not in _STORIES:
        prefix = editions.prefix(language)
        locale_id = editions.locale_id(language)
        assert locale_id is not None, f"no locale for the {language} edition"
        readers_see = articles_in_edition(locale_id=locale_id)
        _STORIES[language] = [
            Story(
                url=page.url,
                section=page.url.removeprefix(prefix).split("/")[0],
                headline=page.title,
                words=frozenset(
                    word.lower()
                    for word in _TOKEN.findall("\n".join(astuple(parts(page))))
                ),
            )
            for page in ArticlePage.objects.filter(
                pk__in=readers_see.values("pk")
            ).prefetch_related("tags", "authors")
        ]
    return _STORIES[language]


def stories_with(language: str, word: str) -> list[Story]:
    """The stories that have ``word`` as it is written (in any letter case)."""
    assert analysis.words(word), word
    holding = [story for story in stories(language) if word.lower() in story.words]
    assert holding, (
        f"The table is wrong: no {language} story in the test database has the word "
        f"{word!r} (which stories it holds: newsroom/demo/plan.py and PER_SECTION "
        "in newsroom/conftest.py)"
    )
    return holding


@pytest.fixture(scope="module", autouse=True)
def _pictures_made_once(django_db_setup, django_db_blocker):
    """Result cards' picture renditions, made once for the whole module.

    Every test's changes are rolled back, the renditions a results page makes
    too, so each search would make them again (most of its time). Here they
    are made once, in a transaction around all the module's tests (theirs are
    savepoints in it), by searching for words that list every story; it is
    rolled back after the last test.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        client = Client(headers={"user-agent": "Mozilla/5.0 (X11; Linux x86_64)"})
        with override_settings(NEWSROOM_PAGE_SIZE=200):
            for language in TABLES:
                search(client, language, " ".join(_covering_words(language)))
        yield
        transaction.set_rollback(True)


def _covering_words(language: str) -> list[str]:
    """A few words, one or another of which every story of the edition has."""
    left = stories(language)
    chosen: list[str] = []
    while left and len(chosen) < MAX_TERMS:
        counts = Counter(
            word
            for story in left
            for word in story.words
            if len(word) > 3 and analysis.stem(language, word)
        )
        if not counts:
            break
        word = counts.most_common(1)[0][0]
        chosen.append(word)
        left = [story for story in left if word not in story.words]
    return chosen


def search(client, language: str, query: str, **filters: str) -> list[str]:
    """The story addresses the reader's search page lists for ``query``."""
    response = client.get(
        f"{editions.prefix(language)}search/", {"q": query, **filters}
    )
    assert response.status_code == 200
    return _RESULT.findall(response.text)


def _analysed(language: str, word: str) -> str:
    """``word`` normalised, prepared, and stemmed: by PyStemmer (SQLite's index)
    and, on PostgreSQL, by the edition's text search configuration."""
    prepared = analysis.prepare(language, word)
    steps = f"{word} -> {prepared} -> {analysis.stem(language, word)}"
    if prepared and index.vendor() == "postgresql":
        with index.connection().cursor() as cursor:
            cursor.execute(
                "SELECT to_tsvector(%s::regconfig, %s)::text",
                [index.postgres_config(language), prepared],
            )
            steps += f" (PostgreSQL: {cursor.fetchone()[0]})"
    return steps


def explain(language: str, story_word: str, typed: str) -> str:
    """What the analysis makes of each side, for failure messages."""
    return "; ".join(
        f"{side}: " + ", ".join(_analysed(language, w) for w in analysis.words(text))
        for side, text in (("story", story_word), ("typed", typed))
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", transliterate(text).lower()) or "x"


def _params(rows) -> list:
    """One test per row, named by language, number in its table and both words."""
    params, numbers = [], dict.fromkeys(TABLES, 0)
    for language, story_word, typed in rows:
        numbers[language] += 1
        name = f"{language}{numbers[language]:02d}-{_slug(story_word)}-{_slug(typed)}"
        params.append(pytest.param(language, story_word, typed, id=name))
    return params


@pytest.mark.parametrize(
    ("language", "story_word", "typed"),
    _params(
        (language, story_word, typed)
        for language, table in TABLES.items()
        for story_word, typed in table
    ),
)
def test_another_form_of_a_story_word_finds_the_story(
    client, language, story_word, typed
):
    """Searching the typed form lists a story that has only the story's form."""
    targets = [
        story
        for story in stories_with(language, story_word)
        if typed.lower() not in story.words
    ]
    assert targets, (
        f"The pair proves nothing: every {language} story with {story_word!r} "
        f"also has {typed!r} as written"
    )
    # Within the section of one such story: a short list, one page.
    section = targets[0].section
    expected = {
        story.url: story.headline for story in targets if story.section == section
    }
    listed = search(client, language, typed, section=section)
    assert set(expected) & set(listed), (
        f"{language}: searching {typed!r} does not list {sorted(expected.values())}, "
        f"which say {story_word!r} ({explain(language, story_word, typed)})"
    )


@pytest.mark.parametrize(("language", "story_word", "typed"), _params(UNRELATED))
def test_an_unrelated_word_does_not_find_the_story(client, language, story_word, typed):
    """The analysis does not merge words that only look alike."""
    holding = [
        story
        for story in stories_with(language, story_word)
        if typed.lower() not in story.words
    ]
    assert holding, (story_word, typed)
    for story in holding:
        listed = search(client, language, typed, section=story.section)
        assert story.url not in listed, (
            f"{language}: searching {typed!r} lists {story.headline!r}, which only "
            f"says {story_word!r} ({explain(language, story_word, typed)})"
        )


def test_each_language_has_enough_pairs():
    """At least 22 pairs per language, none twice, every side a single word."""
    for language, table in TABLES.items():
        assert len(table) >= 22, language
        assert len(set(table)) == len(table), language
        for pair in table:
            assert all(len(analysis.words(side)) == 1 for side in pair), pair
