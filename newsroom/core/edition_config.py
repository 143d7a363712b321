"""The editions as configured: parsed from one line of settings, nothing else.

This module imports no models, so settings can use it. Everything else asks
:mod:`newsroom.core.editions`, which builds on it.
"""

from __future__ import annotations

import locale
from dataclasses import dataclass

from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Edition:
    """One edition of the outlet: a language with its own page tree.

    ``name`` is the language's name in itself ("Русский"), for the language
    switch; ``territory_locale`` is the ``ll_CC`` form Open Graph wants
    ("ru_RU").
    """

    code: str
    name: str
    territory_locale: str
    is_default: bool = False

    @property
    def prefix(self) -> str:
        """The path every page of the edition starts with: ``/`` or ``/ru/``."""
        return "/" if self.is_default else f"/{self.code}/"


def parse_editions(spec: str) -> list[Edition]:
    """Editions from ``"en:English:en_US,ru,hy:Հայերեն:hy_AM"``; the first is the default.

    Each item is ``code[:name[:territory locale]]``. A missing name is the
    language's own name as Django knows it; a missing territory locale comes
    from the C library's locale aliases (``ru`` gives ``ru_RU``).
    """
    editions: list[Edition] = []
    for position, item in enumerate(i.strip() for i in spec.split(",")):
        if not item:
            continue
        code, _, rest = item.partition(":")
        name, _, territory = rest.partition(":")
        code = code.strip().lower()
        if not code.replace("-", "").isalnum() or code in {e.code for e in editions}:
            raise ImproperlyConfigured(
                f"EDITIONS: {code!r} is not a language code or is listed twice; "
                "write the editions as 'en,ru,hy' or 'en:English:en_US,...'."
            )
        editions.append(
            Edition(
                code=code,
                name=name.strip() or _own_name(code),
                territory_locale=territory.strip() or _territory_locale(code),
                is_default=position == 0,
            )
        )
    if not editions:
        raise ImproperlyConfigured("EDITIONS lists no edition; set it to e.g. 'en'.")
    return editions


def language_settings(editions: list[Edition]) -> dict[str, object]:
    """The Django and Wagtail settings that follow from ``editions``.

    Settings and tests that configure other editions both take them from
    here, so the language lists never drift from the editions.
    """
    languages = [(e.code, e.name) for e in editions]
    return {
        "EDITIONS": editions,
        "LANGUAGE_CODE": editions[0].code,
        "LANGUAGES": languages,
        "WAGTAIL_CONTENT_LANGUAGES": languages,
    }


def _own_name(code: str) -> str:
    info = LANG_INFO.get(code)
    if info is None:
        raise ImproperlyConfigured(
            f"EDITIONS: Django does not know the language {code!r}; give its name "
            f"as '{code}:Name'."
        )
    name = info["name_local"]
    return name[:1].upper() + name[1:]


def _territory_locale(code: str) -> str:
    normalised = locale.normalize(code).split(".")[0]
    return normalised if "_" in normalised else f"{code}_{code.upper()}"
