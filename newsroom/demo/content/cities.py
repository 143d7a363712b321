"""Cities the stories are set in, with the forms each language needs.

Story templates never put a bare name into a sentence: they ask for the case
the sentence needs. ``{city}`` is the nominative, ``{city_loc}`` the form after
"in" (Russian "в Ереване", Armenian "Երևանում"), and so on; see ``FORMS``.
English has one form, so every placeholder gives the name.
"""

from __future__ import annotations

from dataclasses import dataclass

# Placeholder suffix -> the case it stands for, per language. Russian "loc" is
# the prepositional case without its preposition ("в {city_loc}"); Armenian
# "loc" is the locative ending in -ում and stands alone ("{city_loc}").
FORMS = {
    "en": {"": "name"},
    "ru": {
        "": "nominative (Гянджа)",
        "gen": "genitive (жители Гянджи)",
        "dat": "dative (по Гяндже)",
        "acc": "accusative (в Гянджу, связать Гянджу)",
        "ins": "instrumental (под Гянджой, рядом с Гянджой)",
        "loc": "prepositional (в Гяндже)",
    },
    "hy": {
        "": "nominative (Գյանջա)",
        "def": "nominative with the definite article (Գյանջան)",
        "gen": "genitive and dative (Գյանջայի)",
        "loc": "locative (Գյանջայում)",
        "abl": "ablative (Գյանջայից)",
        "ins": "instrumental (Գյանջայով)",
    },
}


@dataclass(frozen=True)
class City:
    slug: str
    en: str
    ru: dict[str, str]
    hy: dict[str, str]

    def forms(self, language: str) -> dict[str, str]:
        """Placeholder values (``city``, ``city_loc``, ...) for ``language``."""
        if language == "en":
            names = dict.fromkeys(
                {suffix for forms in FORMS.values() for suffix in forms}, self.en
            )
        else:
            names = getattr(self, language)
        return {
            ("city_" + suffix if suffix else "city"): name
            for suffix, name in names.items()
        }


def _ru(nom: str, gen: str, dat: str, acc: str, ins: str, loc: str) -> dict[str, str]:
    return {"": nom, "gen": gen, "dat": dat, "acc": acc, "ins": ins, "loc": loc}


def _ru_fixed(name: str) -> dict[str, str]:
    """A name Russian does not decline (Баку, Тбилиси, Шеки)."""
    return _ru(name, name, name, name, name, name)


def _hy(nom: str, stem: str, article: str = "ը") -> dict[str, str]:
    """Armenian forms from the stem the case endings attach to (Բաքու: Բաքվ-)."""
    return {
        "": nom,
        "def": nom + article,
        "gen": stem + "ի",
        "loc": stem + "ում",
        "abl": stem + "ից",
        "ins": stem + "ով",
    }


CITIES = {
    city.slug: city
    for city in [
        City("baku", "Baku", _ru_fixed("Баку"), _hy("Բաքու", "Բաքվ", "ն")),
        City(
            "ganja",
            "Ganja",
            _ru("Гянджа", "Гянджи", "Гяндже", "Гянджу", "Гянджой", "Гяндже"),
            _hy("Գյանջա", "Գյանջայ", "ն"),
        ),
        City(
            "sumgait",
            "Sumgait",
            _ru(
                "Сумгайыт",
                "Сумгайыта",
                "Сумгайыту",
                "Сумгайыт",
                "Сумгайытом",
                "Сумгайыте",
            ),
            _hy("Սումգայիթ", "Սումգայիթ"),
        ),
        City("shaki", "Shaki", _ru_fixed("Шеки"), _hy("Շաքի", "Շաքի", "ն")),
        City(
            "lankaran",
            "Lankaran",
            _ru(
                "Ленкорань",
                "Ленкорани",
                "Ленкорани",
                "Ленкорань",
                "Ленкоранью",
                "Ленкорани",
            ),
            _hy("Լենքորան", "Լենքորան"),
        ),
        City(
            "tbilisi", "Tbilisi", _ru_fixed("Тбилиси"), _hy("Թբիլիսի", "Թբիլիսի", "ն")
        ),
        City(
            "yerevan",
            "Yerevan",
            _ru("Ереван", "Еревана", "Еревану", "Ереван", "Ереваном", "Ереване"),
            _hy("Երևան", "Երևան"),
        ),
        City(
            "istanbul",
            "Istanbul",
            _ru("Стамбул", "Стамбула", "Стамбулу", "Стамбул", "Стамбулом", "Стамбуле"),
            _hy("Ստամբուլ", "Ստամբուլ"),
        ),
        City(
            "astana",
            "Astana",
            _ru("Астана", "Астаны", "Астане", "Астану", "Астаной", "Астане"),
            _hy("Աստանա", "Աստանայ", "ն"),
        ),
        City(
            "tashkent",
            "Tashkent",
            _ru("Ташкент", "Ташкента", "Ташкенту", "Ташкент", "Ташкентом", "Ташкенте"),
            _hy("Տաշքենդ", "Տաշքենդ"),
        ),
        City(
            "berlin",
            "Berlin",
            _ru("Берлин", "Берлина", "Берлину", "Берлин", "Берлином", "Берлине"),
            _hy("Բեռլին", "Բեռլին"),
        ),
        City(
            "dubai",
            "Dubai",
            _ru("Дубай", "Дубая", "Дубаю", "Дубай", "Дубаем", "Дубае"),
            _hy("Դուբայ", "Դուբայ"),
        ),
    ]
}
