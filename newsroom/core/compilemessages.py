"""Finish and compile the .po catalogues under newsroom/locale, without GNU gettext.

``python -m newsroom.core.compilemessages`` -- run by ``make messages``. The
source language's catalogue (English) is filled with the source strings, so it
is complete by construction (except where it words a phrase on purpose, e.g.
Wagtail's "Locales" as "Editions": a translated entry is kept); the others
are translated by people. The compiled
.mo files are committed so a fresh install needs no gettext tools.
"""

from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
SOURCE_LANGUAGE = "en"


def fill_source_catalogue(po: polib.POFile) -> None:
    for entry in po:
        if entry.translated() and "fuzzy" not in entry.flags:
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.metadata_is_fuzzy = False
    po.metadata["Language"] = SOURCE_LANGUAGE
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"


def compile_all() -> list[Path]:
    written = []
    for po_path in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        po = polib.pofile(str(po_path))
        if po_path.parent.parent.name == SOURCE_LANGUAGE:
            fill_source_catalogue(po)
            po.save()
        mo_path = po_path.with_suffix(".mo")
        po.save_as_mofile(str(mo_path))
        written.append(mo_path)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(f"compiled {path.relative_to(LOCALE_DIR.parent.parent)}")
