"""The words a story is indexed by and a reader searches with (no database).

Each test states what a reader would notice: two spellings of one word give
the same index term (so either finds the story), marks and punctuation do not
get in the way, words too common to search by are dropped, and highlighting
points at the word the reader sees.
"""

from __future__ import annotations

import pytest

from newsroom.search import analysis


def terms(language: str, text: str) -> list[str]:
    """The index terms of ``text``: what SQLite stores and a query looks up."""
    return analysis.stemmed_text(language, text).split()


def same_terms(language: str, *spellings: str) -> None:
    first = terms(language, spellings[0])
    assert first, spellings[0]
    for spelling in spellings[1:]:
        assert terms(language, spelling) == first, (spellings[0], spelling)


# -- normalisation ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "spellings"),
    [
        ("ru", ("учётная ставка", "учетная ставка", "УЧЁТНАЯ СТАВКА")),
        ("ru", ("Пётр Алёшин", "Петр Алешин")),
        ("ru", ("ёлка", "Елка")),
    ],
    ids=["rate", "names", "capital"],
)
def test_yo_and_ye_are_one_letter(language, spellings):
    """Russian is written with and without "ё": either spelling finds the other."""
    same_terms(language, *spellings)
    assert analysis.normalise("Ё ё") == "е е"


@pytest.mark.parametrize(
    "spellings",
    [
        ("Երևան", "Երեւան", "ԵՐԵՒԱՆ"),
        ("Երևանում", "Երեւանում"),
        ("առևտուր", "առեւտուր"),
        ("Օդերևութաբանները", "օդերեւութաբանները"),
        ("հետևել", "հետեւել"),
    ],
    ids=["yerevan", "locative", "trade", "plural", "verb"],
)
def test_armenian_ligature_ev_is_the_two_letters_it_stands_for(spellings):
    """Armenian "և" (one character) and "եւ" (two) are the same spelling."""
    same_terms("hy", *spellings)
    assert analysis.normalise(spellings[0]) == analysis.normalise(spellings[1])


def test_the_word_and_is_a_stop_word_however_it_is_spelt():
    """Armenian "and", as "և" or as "եւ", is dropped, not searched for."""
    assert terms("hy", "և") == terms("hy", "եւ") == terms("hy", "Եւ") == []


@pytest.mark.parametrize(
    "spellings",
    [
        ("Երևան", "ԵՐԵՎԱՆ"),
        ("և", "ԵՎ"),
        ("Եվրոպա", "Եւրոպա"),
    ],
    ids=["capitals", "capital-and", "europe"],
)
def test_ev_written_with_vyun_is_the_same_spelling(spellings):
    """A capital "և" does not exist: text in capitals writes "ԵՎ" ("ԵՐԵՎԱՆ"),
    and the reformed spelling has "Եվրոպա" where the classical has "Եւրոպա".
    A reader typing either finds the other."""
    assert terms("hy", spellings[0]) == terms("hy", spellings[1])


@pytest.mark.parametrize(
    ("language", "spellings"),
    [
        ("en", ("PARLIAMENT", "Parliament", "parliament")),
        ("ru", ("ПАРЛАМЕНТ", "Парламент", "парламент")),
        ("hy", ("ԽՈՐՀՐԴԱՐԱՆ", "Խորհրդարան", "խորհրդարան")),
        ("hy", ("ԳՅՈՒՄՐԻ", "Գյումրի", "գյումրի")),
    ],
    ids=["latin", "cyrillic", "armenian", "armenian-digraph"],
)
def test_letter_case_does_not_matter_in_any_script(language, spellings):
    """A headline in capitals is found by the word typed in small letters."""
    same_terms(language, *spellings)
    assert analysis.words(spellings[0]) == [spellings[-1]]


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("ինչո՞ւ", "ինչու"),  # question mark on the stressed vowel
        ("Այո՛", "այո"),  # emphasis mark
        ("Ա՜խ", "ախ"),  # exclamation mark
        ("Ե՞րբ", "երբ"),
        ("Երևա՞ն", "Երևան"),
        ("մ՚ը", "մը"),  # apostrophe
    ],
)
def test_armenian_marks_inside_a_word_are_not_part_of_it(marked, plain):
    """A question, stress or emphasis mark sits on a vowel: "ինչո՞ւ" is "ինչու"."""
    assert analysis.words(marked) == analysis.words(plain)
    same_terms("hy", marked, plain)


@pytest.mark.parametrize(
    ("language", "hidden", "plain"),
    [
        ("en", "par\u00adlia\u00adment", "parliament"),  # soft hyphens
        ("ru", "пар\u00adла\u00adмент", "парламент"),
        ("hy", "խորհր\u00adդա\u00adրան", "խորհրդարան"),
        ("en", "parlia\u200bment", "parliament"),  # zero-width space
        ("ru", "пар\u200cламент", "парламент"),  # zero-width non-joiner
        ("hy", "Երև\u200dան", "Երևան"),  # zero-width joiner
        # right-to-left and left-to-right marks
        ("en", "\u200fparliament\u200e", "parliament"),
        ("ru", "\u202bпарламент\u202c", "парламент"),  # embedding
        ("hy", "\u2067Երևան\u2069", "Երևան"),  # isolates
        ("en", "\ufeffparliament", "parliament"),  # byte order mark
        ("en", "parlia\u2060ment", "parliament"),  # word joiner
    ],
)
def test_invisible_characters_inside_a_word_do_not_split_it(language, hidden, plain):
    """Text pasted from a layout program or a right-to-left page reads as typed."""
    assert analysis.words(hidden) == analysis.words(plain) != []
    same_terms(language, hidden, plain)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "«Учётная ставка»", ["учетная", "ставка"]),
        ("ru", "„Газпром“, (ЕС) — «Роснефть»!", ["газпром", "ес", "роснефть"]),
        ("en", "“Parliament”, ‘budget’; (vote)?", ["parliament", "budget", "vote"]),
        ("en", '"fines"... [phone]', ["fines", "phone"]),
        ("hy", "«Երևան»։ «Գյումրի»՝ Վանաձոր…", ["երեւան", "գյումրի", "վանաձոր"]),
        ("hy", "համաձայն՝տեղեկանքների", ["համաձայն", "տեղեկանքների"]),
    ],
)
def test_quotes_and_punctuation_are_not_part_of_words(language, text, expected):
    """«Ереван», „Ереван“, "Ереван" and Ереван, are all the word Ереван."""
    assert analysis.words(text) == expected
    bare = " ".join(expected)
    assert terms(language, text) == terms(language, bare)


@pytest.mark.parametrize(
    ("accented", "plain"),
    [
        ("café", "cafe"),
        ("Müller", "muller"),
        ("São Paulo", "sao paulo"),
        ("ÅNGSTRÖM", "angstrom"),
        ("naïve façade", "naive facade"),
        ("Zürich", "zurich"),
    ],
)
def test_latin_accents_are_folded(accented, plain):
    """A reader without the accent on the keyboard finds "café" by "cafe"."""
    assert analysis.words(accented) == plain.split()
    same_terms("en", accented, plain)


def test_cyrillic_and_armenian_letters_keep_their_identity():
    """Folding accents is for Latin letters: "й" stays "й", not "и"."""
    assert analysis.words("край Йошкар-Ола") == ["край", "йошкар", "ола"]
    assert analysis.normalise("й Й") == "й й"
    assert analysis.words("Ճ Ջ Ռ Օ") == ["ճ", "ջ", "ռ", "օ"]


def test_full_width_letters_and_digits_read_as_plain_ones():
    """Text typed with an East Asian keyboard layout finds the plain words."""
    assert analysis.words("ＢＡＫＵ ２０２６") == ["baku", "2026"]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_english_possessive_finds_the_plain_word(apostrophe):
    """A story's "driver's hand" is found by "driver" and by "drivers"."""
    assert analysis.words(f"driver{apostrophe}s") == ["driver"]
    same_terms("en", f"driver{apostrophe}s", "driver", "drivers")


def test_an_overlong_run_of_letters_is_not_a_word():
    """A pasted hash or address is not indexed; the words around it are."""
    noise = "a" * (analysis.MAX_WORD + 1)
    assert analysis.words(f"budget {noise} vote") == ["budget", "vote"]
    assert analysis.words("a" * analysis.MAX_WORD) == ["a" * analysis.MAX_WORD]


# -- stemming -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("en", "committee committees committee's"),
        ("en", "approve approves approved approving"),
        ("en", "village villages"),
        ("en", "university universities"),
        ("en", "discuss discussed discussing discusses"),
        ("ru", "Ереван Еревана Еревану Ереваном Ереване"),
        ("ru", "Гянджа Гянджи Гяндже Гянджу Гянджой"),
        ("ru", "Ленкорань Ленкорани Ленкоранью"),
        ("ru", "Стамбул Стамбула Стамбуле Стамбулом"),
        ("ru", "Алиев Алиева Алиеву Алиевым Алиеве"),
        ("ru", "Алиева Алиевой"),
        ("ru", "Насиров Насирова Насирову Насировым"),
        ("ru", "парламент парламента парламенту парламентом парламенте"),
        ("ru", "выборы выборов выборах выборам"),
        ("ru", "станция станции станцию станцией"),
        ("ru", "одобрил одобрила одобрили"),
        ("hy", "Երևան Երևանը Երևանի Երևանում Երևանից Երևանով"),
        ("hy", "Գյումրի Գյումրին Գյումրիի Գյումրիում Գյումրիից"),
        ("hy", "Սումգայիթ Սումգայիթի Սումգայիթում Սումգայիթից"),
        ("hy", "խորհրդարան խորհրդարանը խորհրդարանի խորհրդարանում"),
        ("hy", "պատգամավոր պատգամավորներ պատգամավորները պատգամավորների"),
        ("hy", "գյուղ գյուղեր գյուղերում գյուղերի"),
        ("hy", "կառավարություն կառավարությունը կառավարության կառավարությանը"),
        ("hy", "կառավարությամբ կառավարություն"),
        ("hy", "օրինագիծ օրինագծի օրինագծին օրինագծով"),
        ("hy", "ամիս ամսվա"),
        ("hy", "քննարկել քննարկեց քննարկեցին"),
        ("hy", "ավարտվել ավարտվեց"),
    ],
)
def test_forms_of_a_word_share_one_index_term(language, forms):
    """Cases, numbers, articles and tenses of a word all index as one term."""
    found = {word: analysis.stem(language, word) for word in analysis.words(forms)}
    assert None not in found.values(), found
    assert len(set(found.values())) == 1, found


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        ("en", "police", "policy"),
        ("en", "fine", "finance"),
        ("ru", "стаж", "стажировка"),
        ("ru", "станция", "стан"),
        ("hy", "բանկ", "բանակ"),
        ("hy", "գյուղ", "գյուղատնտեսություն"),
    ],
)
def test_words_that_only_look_alike_keep_their_own_terms(language, one, other):
    """Searching "policy" does not bring up stories about the police."""
    assert analysis.stem(language, one) != analysis.stem(language, other)


def test_latin_words_in_a_russian_story_are_stemmed_as_english():
    """A Russian story's "markets" is found by "market", as on PostgreSQL."""
    assert (
        analysis.stem("ru", "markets") == analysis.stem("en", "market") == ("market",)
    )


def test_a_language_without_a_stemmer_is_searched_by_whole_words():
    """An edition in a language Snowball lacks still folds case and accents."""
    assert analysis.config_name("xx") == "simple"
    assert terms("xx", "Bücher") == terms("xx", "BUCHER") == ["bucher"]
    assert terms("xx", "Buch") != terms("xx", "Bücher")


def test_an_edition_with_a_territory_is_analysed_in_its_language():
    """Editions configured as "ru-RU" or "hy_AM" get Russian or Armenian search."""
    assert analysis.language_of("ru-RU") == "ru"
    assert analysis.language_of("hy_AM") == "hy"
    assert analysis.language_of("EN") == "en"
    assert analysis.language_of(None) == ""
    assert [analysis.config_name(code) for code in ("en", "ru", "hy")] == [
        "english",
        "russian",
        "armenian",
    ]


# -- stop words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "The committee and the bill", "committee bill"),
        ("en", "THE", ""),
        ("ru", "В парламенте и на улицах", "парламенте улицах"),
        ("ru", "что это", ""),
        ("hy", "Երևանում և Գյումրիում", "Երևանում Գյումրիում"),
        ("hy", "սա է այն, որ կա", "սա կա"),
    ],
)
def test_stop_words_are_dropped(language, text, kept):
    """Words too common to find anything by are neither indexed nor searched."""
    assert terms(language, text) == terms(language, kept)
    assert analysis.prepared_text(language, text) == analysis.prepared_text(
        language, kept
    )


def test_stop_words_have_no_term_however_written():
    """Capitals and the "և" ligature do not turn a stop word into a search term."""
    assert analysis.stem("en", "the") == ()
    assert analysis.prepare("ru", "и") == ()
    assert [analysis.stem("hy", w) for w in analysis.words("Եւ և եւ Է ԵՎ")] == [()] * 5


# -- highlighting offsets -----------------------------------------------------


def test_spans_point_at_the_words_in_the_original_text():
    """Highlighting marks exactly what the reader sees, quotes and marks aside."""
    text = "«Учётная» ставка — в Ереване! пар\u00adламент ինչո՞ւ Երևանում, „café“"
    found = list(analysis.spans(text))
    assert [word for _, _, word in found] == analysis.words(text)
    assert [text[start:end] for start, end, _ in found] == [
        "Учётная",
        "ставка",
        "в",
        "Ереване",
        "пар\u00adламент",
        "ինչո՞ւ",
        "Երևանում",
        "café",
    ]


def test_spans_of_a_word_hold_its_inner_marks():
    """The highlight covers the whole word, marks and joiners inside it too."""
    text = "Ինչո՞ւ Երև\u200dան"
    assert [(text[s:e], w) for s, e, w in analysis.spans(text)] == [
        ("Ինչո՞ւ", "ինչու"),
        ("Երև\u200dան", "երեւան"),
    ]
