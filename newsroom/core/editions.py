"""What an edition is, as far as paths and caches need to know.

The list of editions is the ``EDITIONS`` setting; the default language
(``LANGUAGE_CODE``) is served without a prefix, the others under ``/<code>/``.
Code that needs an edition's code or prefix asks here instead of reading
language codes from paths itself.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_language_from_path


def codes() -> list[str]:
    """Language codes of every edition, in the order of ``EDITIONS``."""
    return [code for code, _name in settings.EDITIONS]


def code_of_path(path: str) -> str:
    """The edition a site path belongs to (the default edition when unprefixed)."""
    return get_language_from_path(path) or settings.LANGUAGE_CODE


def prefix(code: str) -> str:
    """The path every page of edition ``code`` starts with: ``/`` or ``/ru/``."""
    return "/" if code == settings.LANGUAGE_CODE else f"/{code}/"


def path_pattern(code: str) -> str:
    """A regular expression matching the paths of edition ``code`` and no other.

    The default edition has no prefix, so its pattern excludes the others'.
    """
    if code != settings.LANGUAGE_CODE:
        return f"^/{code}/"
    others = "|".join(f"{c}/" for c in codes() if c != code)
    return f"^/(?!{others})" if others else "^/"
