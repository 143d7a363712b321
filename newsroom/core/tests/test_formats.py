"""Dates and numbers are written each edition's way, by Django's filters and ours alike."""

import importlib
from datetime import UTC, datetime

import pytest
from django.template import Context, Template
from django.utils import formats, translation

from newsroom.core import editions

MOMENT = datetime(2025, 1, 14, 7, 12, tzinfo=UTC)  # 11:12 in the outlet's Baku
# Every format module of ours sets these: what the site and the admin show.
SHOWN_FORMATS = [
    "DATE_FORMAT",
    "TIME_FORMAT",
    "DATETIME_FORMAT",
    "YEAR_MONTH_FORMAT",
    "MONTH_DAY_FORMAT",
    "SHORT_DATE_FORMAT",
    "SHORT_DATETIME_FORMAT",
    "FIRST_DAY_OF_WEEK",
    "DECIMAL_SEPARATOR",
    "THOUSAND_SEPARATOR",
    "NUMBER_GROUPING",
]
# How native readers write them; an edition in another language falls back
# to Django's formats (tested below).
NATIVE = {
    "en": {
        "newsdate": "14 January 2025, 11:12",
        "date": "14 January 2025",
        "month_day": "14 January",
        "short": "14/01/2025",
        "count": "12,345",
        "decimal": "1,234.5",
    },
    "ru": {
        "newsdate": "14 января 2025, 11:12",
        "date": "14 января 2025",
        "month_day": "14 января",
        "short": "14.01.2025",
        "count": "12\xa0345",
        "decimal": "1\xa0234,5",
    },
    "hy": {
        "newsdate": "2025 թ. հունվարի 14, 11:12",
        "date": "2025 թ. հունվարի 14",
        "month_day": "հունվարի 14",
        "short": "14.01.2025",
        "count": "12\xa0345",
        "decimal": "1\xa0234,5",
    },
}


def render(source: str, **context) -> str:
    template = Template("{% load news_tags formatting l10n %}" + source)
    return template.render(Context(context))


@pytest.mark.parametrize("code", editions.codes())
def test_edition_has_a_format_module_or_djangos(code):
    """Each edition's formats come from newsroom.core.formats, else from Django's own."""
    try:
        module = importlib.import_module(f"newsroom.core.formats.{code}.formats")
    except ImportError:
        module = importlib.import_module(f"django.conf.locale.{code}.formats")
    missing = [name for name in SHOWN_FORMATS if not hasattr(module, name)]
    assert missing == [] or module.__name__.startswith("django."), missing


@pytest.mark.parametrize("code", editions.codes())
def test_newsdate_and_the_date_filter_agree_with_the_native_way(settings, code):
    """The story date, Django's ``date`` filter and counts read as native readers write."""
    settings.TIME_ZONE = "Asia/Baku"
    native = NATIVE.get(code)
    with translation.override(code):
        shown = {
            "newsdate": render("{{ moment|newsdate }}", moment=MOMENT),
            "date": render("{{ day|date }}", day=MOMENT.date()),
            "month_day": render('{{ day|date:"MONTH_DAY_FORMAT" }}', day=MOMENT.date()),
            "short": render('{{ day|date:"SHORT_DATE_FORMAT" }}', day=MOMENT.date()),
            "count": render("{{ count|thousands }}", count=12345),
            "decimal": formats.number_format(1234.5, 1, force_grouping=True),
        }
        # One source: the story date is the edition's DATETIME_FORMAT.
        assert shown["newsdate"] == render(
            '{{ moment|date:"DATETIME_FORMAT" }}', moment=MOMENT
        )
    if native is not None:
        assert shown == native


def test_an_edition_without_a_format_module_of_ours_gets_djangos():
    """A German edition (no newsroom.core.formats.de) is dated the way Django dates German."""
    with translation.override("de"):
        assert render("{{ moment|newsdate }}", moment=MOMENT) == "14. Januar 2025 11:12"
        assert render("{{ count|thousands }}", count=12345) == "12.345"


def test_a_language_django_has_no_formats_for_gets_the_defaults():
    """Even a language Django does not know renders dates and counts, never an error."""
    with translation.override("xx"):
        assert render("{{ moment|newsdate }}", moment=MOMENT)
        # Django's global defaults group no digits (NUMBER_GROUPING = 0).
        assert render("{{ count|thousands }}", count=12345) == "12345"


def test_ids_and_other_numbers_are_not_grouped():
    """Only counts are grouped: an id in a data attribute stays a plain number."""
    with translation.override("ru"):
        assert render("{{ pk }}", pk=12345) == "12345"
        assert render("{{ count|thousands }}", count="not a number") == "not a number"
        assert render("{{ count|thousands }}", count=None) == ""
