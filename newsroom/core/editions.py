"""What an edition is, for every part of the site: ask here, derive nowhere else.

The editions are the ``EDITIONS`` setting (parsed by
:mod:`newsroom.core.edition_config`); the first is served without a prefix,
the others under ``/<code>/``. This module answers, for any request, page or
path, which edition it belongs to, and gives an edition's home page, prefix,
language name and Wagtail locale. Its lookups are cached: the locale table per
process (dropped when a locale changes), the home pages per request.

A request's edition is fixed once: by the page being served when there is one
(a story is in the edition of its locale, whatever the path), else by the
path. The page, the header and footer, ads and search all read it from here,
so they cannot disagree.
"""

from __future__ import annotations

import re

from django.apps import apps
from django.conf import settings
from django.core.signals import setting_changed
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest
from django.utils import translation
from wagtail.models import Locale, Page, TranslatableMixin

from .edition_config import Edition

__all__ = [
    "Edition",
    "activate",
    "code_of_path",
    "codes",
    "default",
    "find",
    "home",
    "homes",
    "language_links",
    "listed",
    "locale_id",
    "of_page",
    "of_path",
    "of_request",
    "path_pattern",
    "prefix",
    "unprefixed",
]

_REQUEST_ATTRIBUTE = "_newsroom_edition"
_HOMES_ATTRIBUTE = "_newsroom_edition_homes"
_locale_codes: dict[int, str] | None = None


def listed() -> list[Edition]:
    """Every edition, in the order of ``EDITIONS`` (the language switch's order)."""
    return list(settings.EDITIONS)


def codes() -> list[str]:
    """Language codes of every edition, in the order of ``EDITIONS``."""
    return [edition.code for edition in settings.EDITIONS]


def default() -> Edition:
    """The edition served without a prefix."""
    return settings.EDITIONS[0]


def find(code: str | None) -> Edition | None:
    """The edition whose language is ``code``, or None."""
    for edition in settings.EDITIONS:
        if edition.code == code:
            return edition
    return None


def prefix(code: str) -> str:
    """The path every page of edition ``code`` starts with: ``/`` or ``/ru/``."""
    edition = find(code)
    return edition.prefix if edition else f"/{code}/"


def of_path(path: str) -> Edition:
    """The edition a site path belongs to (the default edition when unprefixed)."""
    first = path.lstrip("/").split("/", 1)[0]
    edition = find(first)
    return edition if edition is not None and not edition.is_default else default()


def code_of_path(path: str) -> str:
    return of_path(path).code


def unprefixed(path: str) -> str:
    """``path`` without its edition's prefix: ``/ru/search/`` gives ``/search/``."""
    edition = of_path(path)
    if edition.is_default:
        return path
    return "/" + path[len(edition.prefix) :]


def path_pattern(code: str) -> str:
    """A regular expression matching the paths of edition ``code`` and no other.

    The default edition has no prefix, so its pattern excludes the others'.
    """
    edition = find(code)
    if edition is None or not edition.is_default:
        return f"^/{code}/"
    # Static and media files live outside every edition and are kept for long.
    outside = [c + "/" for c in codes() if c != code] + [
        re.escape(url.lstrip("/"))
        for url in (settings.STATIC_URL, settings.MEDIA_URL)
        if url and url.startswith("/") and url != "/"
    ]
    return f"^/(?!{'|'.join(outside)})" if outside else "^/"


def locale_id(code: str) -> int | None:
    """The id of the Wagtail locale of edition ``code`` (None before it exists)."""
    for attempt in range(2):
        for pk, language in _locales().items():
            if language == code:
                return pk
        if attempt == 0:  # a locale made by another process since we looked
            _forget_locales()
    return None


def of_page(page: Page | TranslatableMixin) -> Edition:
    """The edition a page (or a translatable snippet) belongs to: its locale's.

    Costs no query once warm.
    """
    code = _locales().get(page.locale_id)
    if code is None:  # a locale made by another process since we looked
        _forget_locales()
        code = _locales().get(page.locale_id)
    return find(code) or default()


def of_request(request: HttpRequest | None) -> Edition:
    """The edition a request is served in (see the module's docstring)."""
    if request is None:
        return find(translation.get_language()) or default()
    edition = getattr(request, _REQUEST_ATTRIBUTE, None)
    if edition is None:
        edition = of_path(request.path_info)
        setattr(request, _REQUEST_ATTRIBUTE, edition)
    return edition


def activate(request: HttpRequest, page: Page | None = None) -> Edition:
    """Serve ``request`` in ``page``'s edition (without a page: its path's).

    Sets the interface language and the edition every later lookup of the
    request gets.
    """
    edition = of_page(page) if page is not None else of_path(request.path_info)
    setattr(request, _REQUEST_ATTRIBUTE, edition)
    translation.activate(edition.code)
    request.LANGUAGE_CODE = edition.code
    return edition


def homes(request: HttpRequest | None = None) -> dict[str, Page]:
    """The live home page of every edition that has one, by code; one query per request.

    Home pages are of the ``NEWSROOM_EDITION_HOME_MODEL`` type, one per
    locale. When an edition has two (a copy left in the tree), the first in
    tree order is its home.
    """
    found = getattr(request, _HOMES_ATTRIBUTE, None) if request is not None else None
    if found is None:
        model = apps.get_model(settings.NEWSROOM_EDITION_HOME_MODEL)
        found = {}
        pages = model.objects.live().select_related("locale").order_by()
        for page in sorted(pages, key=lambda p: p.path):
            if find(page.locale.language_code):
                found.setdefault(page.locale.language_code, page)
        if request is not None:
            setattr(request, _HOMES_ATTRIBUTE, found)
    return found


def home(
    edition: Edition | str | None = None, request: HttpRequest | None = None
) -> Page | None:
    """The live home page of ``edition`` (default: the request's edition)."""
    if edition is None:
        edition = of_request(request)
    code = edition if isinstance(edition, str) else edition.code
    return homes(request).get(code)


def language_links(request: HttpRequest | None, page: Page | None) -> list[dict]:
    """The language switch and hreflang alternates, in edition order.

    Each edition links to the live translation of ``page`` when there is one
    (``is_translation``), otherwise to its home; an edition with neither is
    left out. ``page`` None (search, archives) links every edition's home.
    """
    translations: dict[str, Page] = {}
    if page is not None and getattr(page, "translation_key", None):
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
        }
    current = of_request(request)
    every_home = homes(request)
    links = []
    for edition in listed():
        target = translations.get(edition.code) or every_home.get(edition.code)
        if target is None:
            continue
        links.append(
            {
                "code": edition.code,
                "name": edition.name,
                "territory_locale": edition.territory_locale,
                "url": target.get_url(request),
                "is_translation": edition.code in translations,
                "is_current": edition == current,
                "is_default": edition.is_default,
            }
        )
    return links


def _locales() -> dict[int, str]:
    global _locale_codes
    if _locale_codes is None:
        _locale_codes = dict(Locale.objects.values_list("pk", "language_code"))
    return _locale_codes


def _forget_locales(**kwargs) -> None:
    global _locale_codes
    _locale_codes = None


def _on_setting_changed(setting: str, **kwargs) -> None:
    if setting in {"EDITIONS", "LANGUAGES", "LANGUAGE_CODE"}:
        _forget_locales()


post_save.connect(_forget_locales, sender=Locale, dispatch_uid="editions-locale-save")
post_delete.connect(
    _forget_locales, sender=Locale, dispatch_uid="editions-locale-delete"
)
setting_changed.connect(_on_setting_changed, dispatch_uid="editions-settings")
