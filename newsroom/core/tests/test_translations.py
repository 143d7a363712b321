"""Every UI string is translated for every edition, and the catalogues are current."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

PROJECT = Path(__file__).resolve().parents[2]
LOCALE = PROJECT / "locale"
CODES = [code for code, _ in settings.EDITIONS]


def catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", CODES)
def test_catalogue_is_complete(code):
    """No string is left untranslated or fuzzy, so no reader sees another language."""
    po = catalogue(code)
    missing = [
        e.msgid
        for e in po
        if not e.obsolete and (not e.translated() or "fuzzy" in e.flags)
    ]
    assert missing == [], f"{code}: untranslated strings: {missing}"


@pytest.mark.parametrize("code", CODES)
def test_compiled_catalogue_matches_the_source(code):
    """The committed .mo (what Django reads) holds exactly the .po's translations."""
    po = catalogue(code)
    mo = polib.mofile(str(LOCALE / code / "LC_MESSAGES" / "django.mo"))
    compiled = {
        (e.msgctxt, e.msgid): (e.msgstr, tuple(sorted(e.msgstr_plural.items())))
        for e in mo
    }
    for entry in po.translated_entries():
        assert compiled.get((entry.msgctxt, entry.msgid)) == (
            entry.msgstr,
            tuple(sorted(entry.msgstr_plural.items())),
        ), f"{code}: run `make messages` ({entry.msgid!r} differs)"


@pytest.mark.skipif(
    shutil.which("xgettext") is None, reason="needs GNU gettext (installed by .ci/run)"
)
def test_catalogues_contain_every_string_of_templates_and_code(tmp_path):
    """A string added to a template, Python or JavaScript file without a catalogue entry fails here."""
    copy = tmp_path / "newsroom"
    shutil.copytree(PROJECT, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    subprocess.run(
        [
            sys.executable,
            str(PROJECT.parent / "manage.py"),
            "makemessages",
            "--no-location",
            "-l",
            "en",
            "-i",
            "*/tests/*",
            "-i",
            "conftest.py",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={
            **__import__("os").environ,
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.test",
        },
    )
    subprocess.run(
        [
            sys.executable,
            str(PROJECT.parent / "manage.py"),
            "makemessages",
            "--no-location",
            "-d",
            "djangojs",
            "-l",
            "en",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={
            **__import__("os").environ,
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.test",
        },
    )
    fresh = polib.pofile(str(copy / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    needed = {(e.msgctxt, e.msgid) for e in fresh if not e.obsolete}
    for code in CODES:
        have = {(e.msgctxt, e.msgid) for e in catalogue(code) if not e.obsolete}
        assert needed - have == set(), (
            f"{code}: strings missing from the catalogue; run `make messages`"
        )
    js = copy / "locale" / "en" / "LC_MESSAGES" / "djangojs.po"
    # JavaScript takes its words from data-* attributes rendered by templates;
    # a gettext() call in a script would need its own catalogue.
    assert not js.exists() or len([e for e in polib.pofile(str(js)) if e.msgid]) == 0
