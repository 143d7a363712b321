"""Text analysis for search: the same words out of a story and out of a query.

Every edition's text is analysed in its own language, at index time and at
query time, in three steps:

1. :func:`normalise`: Unicode NFKC (the ligature "և" becomes "եւ", full-width
   letters plain ones), case folding, "ё" = "е", Latin accents dropped
   ("café" = "cafe"), marks that sit inside words removed (Armenian stress,
   emphasis and question marks "՛ ՜ ՞", the soft hyphen, zero-width and
   direction marks), quotes and other punctuation turned into spaces.
2. :func:`prepare`: stop words dropped, then the language's own fixes for
   what Snowball stems inconsistently (Armenian case endings, plurals,
   articles and verb endings; Russian names in "-ан"/"-ян", "-ев"/"-ов"/"-ин").
   Both forms of a word come out of this step as the same string.
3. Snowball stemming of that string: on PostgreSQL by the edition's text
   search configuration (``russian``, ``english``, ``armenian``), elsewhere by
   PyStemmer with the same Snowball algorithm (:func:`stem`).

Step 2 runs before PostgreSQL's stemmer and PyStemmer alike, so what it makes
equal stays equal on both engines. ``docs/search.md`` explains the rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

import Stemmer

# ISO 639-1 code of an edition's language -> the Snowball algorithm and the
# PostgreSQL text search configuration of the same name. A language without
# one is searched by exact (normalised) words: PostgreSQL's "simple".
SNOWBALL = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}

# Words too common to find anything by. PostgreSQL's english and russian
# configurations drop their own (longer) lists too; its armenian one has none.
STOP_WORDS = {
    "en": frozenset(
        "a an and are as at be been but by for from had has have he her his i if "
        "in into is it its of on or our she so than that the their them then "
        "there these they this those to was we were which who will with you".split()
    ),
    "ru": frozenset(
        "а без бы в во вот да для до же за и из или к ко ли на над не ни но о об "
        "от по под при с со то у что чтобы это как так его ее их он она они оно "
        "мы вы я".split()
    ),
    "hy": frozenset(
        "եւ ու է են էր էին եմ ես ենք եք ի այս այդ այն որ թե կամ բայց նաեւ մի "
        "հետ համար մասին վրա մեջ ըստ առանց դեպի".split()
    ),
}

# Characters removed without splitting the word they sit in.
_INSIDE_WORDS = dict.fromkeys(
    map(
        ord,
        "\u055b\u055c\u055e\u055a\u00ad\u200b\u200c\u200d\u2060\ufeff"
        "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    )
)
_WORD = re.compile(r"[^\W_]+")
_LATIN_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s\b")
# A word in the original text, with the marks that may sit inside it.
_SPAN = re.compile(r"[^\W_]+(?:[\u055a-\u055e\u00ad\u200b-\u200f\u2060\ufeff][^\W_]+)*")
MAX_WORD = 60  # longer "words" are noise (a pasted address, a hash)


def language_of(code: str | None) -> str:
    """The two-letter analysis language of a locale code ("ru-RU" -> "ru")."""
    return (code or "").split("-")[0].split("_")[0].lower()


def config_name(language: str) -> str:
    """PostgreSQL's text search configuration for ``language``."""
    return SNOWBALL.get(language, "simple")


def _fold_latin_accents(text: str) -> str:
    if text.isascii():
        return text
    out: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char) and out and out[-1] < "\u0250":
            continue  # an accent on a Latin letter ("é" -> "e"); "й" keeps its own
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def normalise(text: str) -> str:
    """Text folded for matching: case, "ё", "և", Latin accents, inner marks."""
    text = unicodedata.normalize("NFKC", text.translate(_INSIDE_WORDS)).casefold()
    # "ԵՎ" is how capitals write "և": "ԵՐԵՎԱՆ" = "Երևան" = "Երեւան".
    return _fold_latin_accents(text.replace("ё", "е").replace("եվ", "եւ"))


def spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, normalised word)`` of each word of ``text``, in order.

    ``start``/``end`` index ``text`` itself, for highlighting. Marks inside a
    word are kept in its span but not in the word.
    """
    for match in _SPAN.finditer(text):
        for part in words(match.group()):
            yield match.start(), match.end(), part


def words(text: str) -> list[str]:
    """The normalised words of ``text``."""
    return [
        word
        for word in _WORD.findall(_LATIN_POSSESSIVE.sub("", normalise(text)))
        if len(word) <= MAX_WORD
    ]


# Armenian: endings stripped again and again (longest first) while at least
# two letters remain, so "Երևանում" -> "երեւան" -> "երեւա" and "Երևան" ->
# "երեւա" meet. Case endings, the plural, the articles "ը"/"ն", and verb
# endings (infinitive, past, passive, participles).
_HY_REPLACE = (
    # -ություն: "կառավարության", "-ությամբ", "-ությանը" -> "-ություն"
    ("ությանը", "ություն"),
    ("ության", "ություն"),
    ("ությամբ", "ություն"),
)
_HY_ENDINGS = tuple(
    sorted(
        (
            "ները ներն ների ներին ներից ներով ներում ներ "
            "երը երն երի երին երից երով երում եր "
            "ում ից ով ին ի ը վա "
            "վեցին վեցինք վեց վել վեն վող ված վում "
            "եցին եցինք եցի եց ացին աց ելու ալու ել ալ ած ող"
        ).split(),
        key=len,
        reverse=True,
    )
)
_HY_VOWELS = frozenset("աեէըիոօու")
_HY_MIN = 2
_HY_LINKED = re.compile(r"^(.{3,}[աո])յ(?:ի|ում|ից|ով)$")


def _armenian(word: str) -> str:
    # A linking "յ" between a final vowel and the ending: "Գյանջայում".
    linked = _HY_LINKED.match(word)
    if linked:
        word = linked.group(1)
    for ending, replacement in _HY_REPLACE:
        if word.endswith(ending) and len(word) - len(ending) >= _HY_MIN:
            word = word[: -len(ending)] + replacement
            break
    changed = True
    while changed:
        changed = False
        if word.endswith(("ություն", "ությունը", "ությունն")):
            return word[: word.rindex("ություն") + len("ություն")]
        for ending in _HY_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= _HY_MIN:
                word = word[: -len(ending)]
                changed = True
                break
        else:
            # The article "ն" after a vowel: "Գյումրին", and so "Երևան" too.
            if len(word) > _HY_MIN + 1 and word[-1] == "ն" and word[-2] in _HY_VOWELS:
                word = word[:-1]
                changed = True
    # The "ի" of a closed last syllable drops before an ending: "օրինագիծ",
    # "օրինագծի"; "ամիս", "ամսվա".
    if (
        len(word) >= 4
        and word[-2] == "ի"
        and word[-1] not in _HY_VOWELS
        and word[-3] not in _HY_VOWELS
    ):
        word = word[:-2] + word[-1]
    # A last "ու" becomes "վ" before an ending: "Բաքու", "Բաքվի"; "լեզու",
    # "լեզվով". Both meet at the consonant before.
    if len(word) >= 5 and word.endswith("ու") and word[-3] not in _HY_VOWELS:
        word = word[:-2]
    elif len(word) >= 4 and word[-1] == "վ" and word[-2] not in _HY_VOWELS:
        word = word[:-1]
    return word


# Russian: Snowball reads many nouns as verb forms ("кредит" -> "кред" but
# "кредита" -> "кредит"; "режим", "визит", "Ереван") and misses vowels that
# drop ("ковёр", "ковры"). A word OpenCorpora's dictionary knows (pymorphy3)
# goes to the stemmer as its dictionary form; an ambiguous one ("стали":
# "сталь" or "стать") as each of its forms. An unknown word, usually a
# name, loses a case ending after "-ан/-ян", "-ыт/-ит" or a surname's
# "-ев/-ов/-ин/-ын" ("Пашиняна", "Сумгайыте", "Алиевым").
_RU_NAME = re.compile(r"^(.{2,}[ая]н)(?:а|у|ом|е|ы|ов|ам|ами|ах)$")
_RU_PLACE = re.compile(r"^(.{3,}[ыи]т)(?:а|у|ом|е)$")
_RU_SURNAME = re.compile(r"^(.{2,}(?:[её]в|ов|[иы]н))(?:а|у|ом|ым|е|ой|ых|ыми)$")


@cache
def _morph():  # pymorphy3 reads its dictionary once per process (about 30 MB)
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _russian(word: str) -> tuple[str, ...]:
    if not word.isascii() and len(word) > 2:
        morph = _morph()
        if morph.word_is_known(word):
            forms = {
                parse.normal_form.replace("ё", "е")
                for parse in morph.parse(word)
                if parse.score > 0 and "UNKN" not in parse.tag
            }
            if forms:
                return tuple(sorted(forms))
    match = _RU_NAME.match(word) or _RU_PLACE.match(word) or _RU_SURNAME.match(word)
    return (match.group(1) if match else word,)


# English: Snowball leaves irregular plurals alone.
_EN_IRREGULAR = {
    "women": "woman",
    "men": "man",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
}


def _english(word: str) -> tuple[str, ...]:
    return (_EN_IRREGULAR.get(word, word),)


def _armenian_forms(word: str) -> tuple[str, ...]:
    return (_armenian(word),)


_FIXES = {"hy": _armenian_forms, "ru": _russian, "en": _english}


@lru_cache(maxsize=200_000)
def prepare(language: str, word: str) -> tuple[str, ...]:
    """``word`` (normalised) as the stemmer gets it: usually one form, several
    for an ambiguous word, none for a stop word."""
    if word in STOP_WORDS.get(language, ()):
        return ()
    fix = _FIXES.get(language)
    return fix(word) if fix else (word,)


@cache
def _stemmer(language: str) -> Stemmer.Stemmer | None:
    name = SNOWBALL.get(language)
    return Stemmer.Stemmer(name) if name else None


def _stem_one(language: str, prepared: str) -> str:
    # Latin words in Russian text are English ones ("NATO", "Apple"), as
    # PostgreSQL's russian configuration treats them.
    stemmer = _stemmer("en" if language == "ru" and prepared.isascii() else language)
    return stemmer.stemWord(prepared) if stemmer else prepared


@lru_cache(maxsize=200_000)
def stem(language: str, word: str) -> tuple[str, ...]:
    """The index terms of a normalised ``word``: prepared, then Snowball-stemmed.

    What PostgreSQL's configuration makes of :func:`prepare`'s output, made in
    Python for SQLite and for highlighting. Empty for a stop word.
    """
    return tuple(
        dict.fromkeys(_stem_one(language, form) for form in prepare(language, word))
    )


def prepared_text(language: str, text: str) -> str:
    """``text`` as PostgreSQL's ``to_tsvector`` gets it: prepared words, spaced."""
    return " ".join(form for word in words(text) for form in prepare(language, word))


def stemmed_text(language: str, text: str) -> str:
    """``text`` as SQLite's full-text table stores it: stems, spaced."""
    return " ".join(term for word in words(text) for term in stem(language, word))
