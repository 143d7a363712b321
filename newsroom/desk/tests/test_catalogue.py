"""The desk's screens speak every edition's language."""

from pathlib import Path

import polib
import pytest
from django.utils import translation
from django.utils.translation import gettext

from newsroom.core import editions

LOCALE = Path(__file__).resolve().parents[1] / "locale"


@pytest.mark.parametrize("code", editions.codes())
def test_desk_catalogue_is_complete_and_compiled(code):
    """Every desk string is translated, and Django reads that translation."""
    po = polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))
    assert [e.msgid for e in po if not e.translated() or "fuzzy" in e.flags] == []
    with translation.override(code):
        for entry in po:
            assert gettext(entry.msgid) == entry.msgstr, f"{code}: compile the .mo"
