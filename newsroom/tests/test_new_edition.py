"""A fourth edition is a setting and a catalogue: nothing else in the code changes.

The test configures German (``de``) beside the outlet's editions through
settings alone, with a small catalogue written here, gives it a home, a
section and a story (a translation of an English one), and reads it the way a
reader and a feed reader would. The editions already there stay as they were.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import polib
import pytest
from django.utils import translation
from wagtail.models import Locale, Page

from newsroom.core import editions
from newsroom.news.models import ArticlePage, HomePage, SectionPage

GERMAN_UI = {
    "Search": "Suche",
    "Latest stories": "Neueste Meldungen",
    "Skip to content": "Zum Inhalt springen",
    "Search: %(query)s": "Suche: %(query)s",
}


@pytest.fixture
def german_catalogue(tmp_path):
    folder = tmp_path / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for msgid, msgstr in GERMAN_UI.items():
        catalogue.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    catalogue.save_as_mofile(str(folder / "django.mo"))
    return tmp_path


@pytest.fixture
def german(
    db, settings, add_edition, german_catalogue, django_capture_on_commit_callbacks
):
    """German added to the configured editions; returns its home, section and story."""
    add_edition("de")
    settings.LOCALE_PATHS = [german_catalogue, *settings.LOCALE_PATHS]

    english_home = HomePage.objects.get(locale__language_code=editions.default().code)
    english_section = SectionPage.objects.child_of(english_home).first()
    english_story = (
        ArticlePage.objects.child_of(english_section).live().order_by("pk").first()
    )
    locale = Locale.objects.create(language_code="de")
    with django_capture_on_commit_callbacks(execute=True):
        home = HomePage(
            title="Startseite",
            slug="home-de",
            locale=locale,
            translation_key=english_home.translation_key,
        )
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
        section = SectionPage(
            title="Politik",
            slug="politik",
            blurb="Parlament, Regierung und Diplomatie.",
            show_in_menus=True,
            locale=locale,
            translation_key=english_section.translation_key,
        )
        home.add_child(instance=section)
        section.save_revision().publish()
        story = ArticlePage(
            title="Haushaltsdebatte im Parlament",
            slug="haushaltsdebatte",
            lead="Die Abgeordneten beraten den Haushaltsentwurf für das kommende Jahr.",
            locale=locale,
            translation_key=english_story.translation_key,
        )
        section.add_child(instance=story)
        story.save_revision().publish()
    return {
        "home": HomePage.objects.get(pk=home.pk),
        "section": SectionPage.objects.get(pk=section.pk),
        "story": ArticlePage.objects.get(pk=story.pk),
        "english_story": english_story,
    }


def alternates(html: str) -> dict[str, str]:
    """hreflang -> href of the page's <link rel="alternate" hreflang> elements."""
    found = {}
    for line in html.splitlines():
        line = line.strip()
        if line.startswith('<link rel="alternate" hreflang="'):
            hreflang = line.split('hreflang="', 1)[1].split('"', 1)[0]
            found[hreflang] = line.split('href="', 1)[1].split('"', 1)[0]
    return found


def test_the_new_edition_is_one_of_the_editions(german):
    """Its prefix, name in its own language and Open Graph locale come from settings."""
    edition = editions.find("de")
    assert edition is not None
    assert (edition.prefix, edition.name, edition.territory_locale) == (
        "/de/",
        "Deutsch",
        "de_DE",
    )
    assert editions.of_path("/de/politik/").code == "de"
    assert editions.of_page(german["story"]).code == "de"
    assert editions.home("de").pk == german["home"].pk


def test_home_section_and_story_of_the_new_edition(client, german):
    """Each page is in German: its language, its UI strings, its own lists."""
    home = client.get(german["home"].url)
    assert home.status_code == 200
    html = home.text
    assert '<html lang="de"' in html
    assert 'property="og:locale" content="de_DE"' in html
    assert "Suche" in html and "Поиск" not in html
    assert f'href="{german["section"].url}"' in html  # the section in the menu
    assert "Haushaltsdebatte im Parlament" in html

    section = client.get(german["section"].url)
    assert section.status_code == 200
    assert "Haushaltsdebatte im Parlament" in section.text

    story = client.get(german["story"].url)
    assert story.status_code == 200
    assert "Die Abgeordneten beraten" in story.text
    assert "Zum Inhalt springen" in story.text


def test_language_switch_and_hreflang_link_the_translations(client, german):
    """The German story and its English original point at each other; other editions
    without a translation get their home in the switch."""
    story_url = german["story"].url
    english_url = german["english_story"].url
    german_page = client.get(story_url).text
    links = alternates(german_page)
    assert links["de"].endswith(story_url)
    assert links[editions.default().code].endswith(english_url)
    assert links["x-default"].endswith(english_url)
    assert 'lang="de" hreflang="de" aria-current="true">Deutsch</a>' in german_page
    english_page = client.get(english_url).text
    assert alternates(english_page)["de"].endswith(story_url)
    assert f'href="{story_url}" lang="de"' in english_page
    for other in editions.codes():
        if other != "de":
            home = client.get(editions.prefix(other)).text
            assert f'href="{german["home"].url}" lang="de"' in home, other


def test_search_in_the_new_edition_finds_its_own_stories(client, german):
    response = client.get(f"{editions.prefix('de')}search/", {"q": "Haushaltsdebatte"})
    assert response.status_code == 200
    assert "<mark>Haushaltsdebatte</mark> im Parlament" in response.text
    assert "<title>Suche: Haushaltsdebatte |" in response.text
    # The English edition does not list the German story.
    english = client.get(
        f"{editions.prefix(editions.default().code)}search/", {"q": "Haushaltsdebatte"}
    )
    assert "Haushaltsdebatte im Parlament" not in english.text


def test_feed_and_sitemap_of_the_new_edition(client, german):
    feed = client.get(f"{german['home'].url}rss/")
    assert feed.status_code == 200
    channel = ET.fromstring(feed.content).find("channel")
    assert channel.findtext("language") == "de"
    titles = [item.findtext("title") for item in channel.iter("item")]
    assert titles == ["Haushaltsdebatte im Parlament"]
    assert channel.findtext("description") == "Neueste Meldungen"
    section_feed = ET.fromstring(client.get(f"{german['section'].url}rss/").content)
    assert [i.findtext("title") for i in section_feed.iter("item")] == titles

    sitemap = ET.fromstring(client.get("/sitemap.xml").content)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [loc.text for loc in sitemap.findall("s:url/s:loc", namespace)]
    assert any(loc.endswith(german["story"].url) for loc in locations)
    homes = {editions.home(code).full_url for code in editions.codes()}
    assert homes <= set(locations)  # every edition's home, German included


def test_the_other_editions_are_unchanged(client, german):
    """Russian pages stay Russian, and their lists do not show the German story."""
    response = client.get(editions.prefix("ru"))
    assert response.status_code == 200
    assert '<html lang="ru"' in response.text
    assert "Поиск" in response.text and "Suche" not in response.text
    assert "Haushaltsdebatte" not in response.text
    with translation.override(editions.default().code):
        english = client.get(editions.prefix(editions.default().code))
    assert "Haushaltsdebatte" not in english.text
    assert "Suche" not in english.text
