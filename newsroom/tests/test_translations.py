"""Every UI string is translated for every edition, and the catalogues are current."""

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.utils import timezone

from newsroom.core import editions
from newsroom.news.models import ArticleNote, ArticlePage, HomePage, SectionPage

PROJECT = Path(__file__).resolve().parents[1]
LOCALE = PROJECT / "locale"
CODES = editions.codes()


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
    # makemessages lists the code's strings in a catalogue of some language;
    # which one does not matter, the msgids are the same.
    scratch = editions.default().code
    copy = tmp_path / "newsroom"
    shutil.copytree(PROJECT, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    subprocess.run(
        [
            sys.executable,
            str(PROJECT.parent / "manage.py"),
            "makemessages",
            "--no-location",
            "-l",
            scratch,
            "-i",
            "*/tests/*",
            "-i",
            "tests/*",
            "-i",
            "conftest.py",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={
            **os.environ,
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
            scratch,
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.test",
        },
    )
    fresh = polib.pofile(str(copy / "locale" / scratch / "LC_MESSAGES" / "django.po"))
    needed = {(e.msgctxt, e.msgid) for e in fresh if not e.obsolete}
    for code in CODES:
        have = {(e.msgctxt, e.msgid) for e in catalogue(code) if not e.obsolete}
        assert needed - have == set(), (
            f"{code}: strings missing from the catalogue; run `make messages`"
        )
    js = copy / "locale" / scratch / "LC_MESSAGES" / "djangojs.po"
    # JavaScript takes its words from data-* attributes rendered by templates;
    # a gettext() call in a script would need its own catalogue.
    assert not js.exists() or len([e for e in polib.pofile(str(js)) if e.msgid]) == 0


# --- What readers see: no UI label of another language on a page ---------

# Attributes whose value a reader sees or hears (screen readers read labels
# and titles; placeholders and alt texts are shown; data-*-label attributes
# are the words scripts put on the page).
SHOWN_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt"}
SHOWN_META = {"description", "og:description", "twitter:description"}
# Labels are often joined to content: "Page not found | Newsroom",
# "Newsroom — home", "Open the original →".
SEGMENT_SEPARATORS = re.compile(r"\s+[|—→·]\s*|\s*[|—→·]\s+")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%[sd]|\{\w+\}")


class ShownStrings(HTMLParser):
    """Every text node and shown attribute value of a page, stripped, without scripts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.strings: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._hidden += 1
        attrs = dict(attrs)
        for name, value in attrs.items():
            if value and (
                name in SHOWN_ATTRIBUTES
                or (name.startswith("data-") and name.endswith("-label"))
                or name.startswith("data-label-")
            ):
                self._add(value)
        if tag == "meta" and (
            attrs.get("name") in SHOWN_META or attrs.get("property") in SHOWN_META
        ):
            self._add(attrs.get("content") or "")

    def handle_startendtag(self, tag, attrs):
        if tag not in ("script", "style"):
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self._add(data)

    def _add(self, value: str) -> None:
        value = " ".join(value.split())
        if not value:
            return
        self.strings.append(value)
        segments = [s.strip() for s in SEGMENT_SEPARATORS.split(value)]
        self.strings.extend(s for s in segments if s and s != value)


def shown_strings(html: str) -> list[str]:
    parser = ShownStrings()
    parser.feed(html)
    parser.close()
    return parser.strings


def ui_strings(code: str) -> dict[tuple, set[str]]:
    """What each catalogue entry reads as in edition ``code``.

    Every edition has a complete catalogue (see above), the source language's
    too, so its translations are what its pages show.
    """
    strings = {}
    for entry in catalogue(code):
        if entry.obsolete or not entry.msgid:
            continue
        if entry.msgid_plural:
            words = set(entry.msgstr_plural.values())
        else:
            words = {entry.msgstr}
        strings[(entry.msgctxt, entry.msgid)] = words
    return strings


def matcher(label: str):
    """A label as a whole-string pattern; its placeholders stand for any text."""
    parts = PLACEHOLDER.split(label)
    # split() keeps the placeholder's name group: literal text is every other part.
    literal = [re.escape(part.replace("%%", "%")) for part in parts[::2]]
    return re.compile(".+?".join(literal))


def foreign_labels(code: str) -> dict[str, re.Pattern]:
    """UI labels of the other editions that edition ``code`` words differently."""
    own_by_entry = ui_strings(code)
    own = set().union(*own_by_entry.values())
    foreign = {}
    for other in CODES:
        if other == code:
            continue
        for key, words in ui_strings(other).items():
            if key not in own_by_entry:
                continue
            for word in words - own_by_entry[key] - own:
                # A format such as "{day} {month} {year}, {time}" is no label.
                if re.search(r"[^\W\d_]", PLACEHOLDER.sub("", word)):
                    foreign[word] = matcher(word)
    return foreign


def test_foreign_labels_cover_every_translated_string_both_ways():
    """The check below knows English labels on Russian pages and Russian ones on English pages."""
    assert "Print" in foreign_labels("ru") and "Print" in foreign_labels("hy")
    assert "Распечатать" in foreign_labels("en")
    assert "Распечатать" in foreign_labels("hy")
    assert "Telegram" not in foreign_labels("ru")  # a name, the same everywhere
    assert "{day} {month} {year}, {time}" not in foreign_labels("en")  # no words
    assert matcher("Tag: %(tag)s").fullmatch("Tag: economy")
    assert not matcher("Tag: %(tag)s").fullmatch("Тег: экономика")


def test_shown_strings_are_text_and_labels_but_not_scripts():
    """The page reading used below sees what a reader sees or hears, and nothing else."""
    html = (
        "<html><head><title>Page not found | Newsroom</title>"
        '<meta name="description" content="Search the stories.">'
        '<meta property="og:description" content="Latest stories">'
        '<meta name="viewport" content="width=device-width">'
        "<script>const label = 'Print';</script><style>.a{}</style></head>"
        '<body><div aria-label="Text size" data-copied-label="Link copied"'
        ' data-label-dark="Night theme" class="Print">'
        '<input placeholder="What are you looking for?"><img alt="Photo" src="x.png">'
        '<a title="Home" href="/Print">  Load\n  more </a><br/>Open the original →'
        "</div></body></html>"
    )
    assert sorted(shown_strings(html)) == sorted(
        [
            "Page not found | Newsroom",
            "Page not found",
            "Newsroom",
            "Search the stories.",
            "Latest stories",
            "Text size",
            "Link copied",
            "Night theme",
            "What are you looking for?",
            "Photo",
            "Home",
            "Load more",
            "Open the original →",
            "Open the original",
        ]
    )


def edition_pages(client, code, settings):
    """The HTML of every kind of public page of edition ``code``, by name."""
    settings.NEWSROOM_PAGE_SIZE = 2  # so page links, "Newer" and "Older" show
    home = HomePage.objects.get(locale__language_code=code)
    prefix = editions.prefix(code)
    section = SectionPage.objects.child_of(home).first()
    article = (
        ArticlePage.objects.child_of(section).live().order_by("first_published_at")
    ).first()
    # Every optional label of a story: updated, source, photo credit, breaking.
    now = timezone.now()
    ArticlePage.objects.filter(pk=article.pk).update(
        first_published_at=now - timezone.timedelta(hours=3),
        last_published_at=now,
        source_name="Caliber.Az",
        hero_credit="Newsroom",
        is_breaking=True,
    )
    article.refresh_from_db()
    article.notes.add(
        ArticleNote(kind=ArticleNote.CORRECTION, text="Correction."),
        ArticleNote(kind=ArticleNote.UPDATE, text="Update."),
    )
    article.save()
    author = article.authors.first()
    author.role = ""  # shows the "Author" label instead
    author.save()
    tag = article.tags.first()
    pages = {
        "home": client.get(prefix),
        "section": client.get(section.url, {"page": 2}),
        "article": client.get(article.url),
        "tag": client.get(f"{prefix}tags/{tag.slug}/"),
        "author": client.get(f"{prefix}authors/{author.slug}/"),
        # The headline as a phrase: this story first, on either engine.
        "search": client.get(f"{prefix}search/", {"q": f"“{article.title}”"}),
        "search, nothing found": client.get(f"{prefix}search/", {"q": "qqqzzzxx"}),
        "search, empty": client.get(f"{prefix}search/"),
        "not found": client.get(f"{prefix}no-such-page/"),
    }
    expected_status = {"not found": 404}
    for name, response in pages.items():
        assert response.status_code == expected_status.get(name, 200), name
        assert f'<html lang="{code}"' in response.text, name
    # The optional parts whose labels are checked are on the pages.
    must_show = {
        "home": ['class="breaking"', 'class="ad__label"', 'class="ad__frame"'],
        "section": ['rel="prev"', 'rel="next"', "data-load-more"],
        "article": [
            'class="article__updated"',
            'class="article__notes"',
            'class="article__source"',
            'class="credit"',
            'class="article__authors"',
            'class="tags"',
            'class="link-card__cta"',
            'class="share__label"',
            'id="related-heading"',
            'id="more-heading"',
        ],
        "author": ['class="listing-header__kicker"'],
        "search": [f'class="card__title result__title"><a href="{article.url}"'],
        "search, nothing found": ['class="search-note"'],
        "search, empty": ['class="search-note"'],
    }
    for name, parts in must_show.items():
        for part in parts:
            assert part in pages[name].text, (name, part)
    return {name: response.text for name, response in pages.items()}


@pytest.mark.django_db
@pytest.mark.parametrize("code", CODES)
def test_pages_show_no_ui_label_of_another_language(client, settings, code):
    """Every label on a page is in the page's language: no "Print" on a Russian page,
    no "Печать" on an English one, as text or as a label, title, placeholder or alt text."""
    foreign = foreign_labels(code)
    seen = {}
    for name, html in edition_pages(client, code, settings).items():
        for shown in shown_strings(html):
            for word, pattern in foreign.items():
                if pattern.fullmatch(shown):
                    seen.setdefault(name, []).append(f"{shown!r} ({word!r})")
    assert seen == {}, f"{code} pages show labels of another language: {seen}"
