"""Readers search their own edition: ranking, phrases, filters, highlights, suggestions."""

import re
from datetime import timedelta
from urllib.parse import quote_from_bytes

import pytest
from django.db import connection
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from newsroom.core import editions
from newsroom.news.models import ArticlePage, SectionPage
from newsroom.search.models import SearchDocument

pytestmark = pytest.mark.django_db


def add_story(section, title, slug, lead="x", **fields):
    return section.add_child(
        instance=ArticlePage(
            title=title,
            slug=slug,
            lead=lead,
            locale=section.locale,
            live=True,
            **fields,
        )
    )


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def result_urls(html):
    """The story addresses listed as search results, in order."""
    return re.findall(r'class="card__title[^"]*"><a href="([^"]+)"', html)


def search(client, q, code="en", **params):
    return client.get(f"{editions.prefix(code)}search/", {"q": q, **params}).text


def test_search_finds_stories_of_the_readers_edition_only(client, edition):
    """The same word finds only the English story in English search and only the Russian one in Russian."""
    en_section = SectionPage.objects.child_of(edition["en"]).first()
    ru_section = SectionPage.objects.child_of(edition["ru"]).first()
    en_story = add_story(en_section, "Zanzibarite found in the hills", "zanz-en")
    ru_story = add_story(ru_section, "В горах нашли zanzibarite", "zanz-ru")
    html = search(client, "zanzibarite")
    assert result_urls(html) == [en_story.url]
    assert "1 story found for “zanzibarite”." in html
    assert '<meta name="robots" content="noindex, follow">' in html
    ru_html = search(client, "zanzibarite", "ru")
    assert result_urls(ru_html) == [ru_story.url]
    assert "найден 1 материал" in ru_html


def test_search_results_are_paginated_keeping_the_query(client, settings, section):
    """Three hits at two per page: page links keep the query; the pages share out the hits."""
    settings.NEWSROOM_PAGE_SIZE = 2
    stories = [
        add_story(section, f"Quarantine of zanzibarite {i}", f"zanzibarite-{i}")
        for i in range(3)
    ]
    first = search(client, "zanzibarite")
    assert "3 stories found for “zanzibarite”." in first
    assert 'href="?q=zanzibarite&amp;page=2" rel="next"' in first
    assert '<span aria-current="page">1</span>' in first
    second = client.get("/search/", {"q": "zanzibarite", "page": 2}).text
    assert 'href="?q=zanzibarite&amp;page=1" rel="prev"' in second
    assert '<span aria-current="page">2</span>' in second
    first_urls, second_urls = result_urls(first), result_urls(second)
    assert len(first_urls) == 2 and len(second_urls) == 1
    assert sorted(first_urls + second_urls) == sorted(s.url for s in stories)


def test_stories_with_all_the_words_come_first_then_most(client, section):
    """ "a b c": stories with all three words before those with two, before one."""
    one = add_story(section, "Vexilla report", "one-word", body=paragraph("nothing"))
    three = add_story(
        section, "Plain title", "three-words", body=paragraph("vexilla brontes quillon")
    )
    two = add_story(section, "Brontes review", "two-words", lead="On vexilla.")
    urls = result_urls(search(client, "vexilla brontes quillon"))
    assert urls == [three.url, two.url, one.url]


def test_headline_weighs_most_then_lead_then_body(client, section):
    """The same word in the headline, the lead, the body, a tag: ranked in that order."""
    now = timezone.now()
    body = add_story(
        section,
        "Second item",
        "in-body",
        body=paragraph("Something about zephyrite happened."),
        first_published_at=now,
    )
    lead = add_story(
        section,
        "Third item",
        "in-lead",
        lead="Something about zephyrite happened.",
        first_published_at=now - timedelta(hours=1),
    )
    headline = add_story(
        section,
        "Zephyrite happened",
        "in-headline",
        first_published_at=now - timedelta(hours=2),
    )
    tagged = add_story(
        section, "Fourth item", "in-tag", first_published_at=now - timedelta(days=1)
    )
    tagged.tags.add("zephyrite")
    tagged.save_revision().publish()
    urls = result_urls(search(client, "zephyrite"))
    assert urls == [headline.url, lead.url, body.url, tagged.url]


def test_newer_stories_win_ties(client, section):
    now = timezone.now()
    old = add_story(
        section,
        "Quillwort bramblefen",
        "old-tie",
        first_published_at=now - timedelta(days=3),
    )
    new = add_story(section, "Quillwort bramblefen", "new-tie", first_published_at=now)
    assert result_urls(search(client, "quillwort bramblefen")) == [new.url, old.url]


@pytest.mark.parametrize("quotes", ['"{}"', "«{}»", "„{}“"])
def test_a_quoted_phrase_matches_the_phrase_only(client, section, quotes):
    together = add_story(
        section, "Talks", "together", body=paragraph("the amber lantern festival")
    )
    apart = add_story(
        section, "Other", "apart", body=paragraph("the lantern of amber festival")
    )
    assert set(result_urls(search(client, "amber lantern"))) == {
        together.url,
        apart.url,
    }
    assert result_urls(search(client, quotes.format("amber lantern"))) == [together.url]


def test_matched_words_are_marked_in_headline_and_snippet(client, section):
    add_story(
        section,
        "Glimmerfish counts rise",
        "marked",
        body=paragraph(
            "Opening words of a long story. " * 20
            + "Scientists counted the glimmerfish twice this year."
        ),
    )
    html = search(client, "glimmerfish counted")
    assert "<mark>Glimmerfish</mark> <mark>counts</mark> rise" in html
    snippet = re.search(r'<p class="result__snippet">(.*?)</p>', html, re.S).group(1)
    assert "Scientists <mark>counted</mark> the <mark>glimmerfish</mark>" in snippet
    assert snippet.startswith("… ")


def test_marks_never_let_story_html_through(client, section):
    add_story(section, "Fenwick <script>alert(1)</script> note", "hostile-title")
    html = search(client, "fenwick")
    assert "<mark>Fenwick</mark> &lt;script&gt;alert(1)&lt;/script&gt; note" in html
    assert "<script>alert(1)" not in html


def test_a_misspelt_query_gets_a_suggestion_that_finds_stories(client, section):
    story = add_story(section, "Marmoset census", "marmoset")
    html = search(client, "marmoest")
    assert "Nothing found for “marmoest”." in html
    link = re.search(r'<a href="([^"]+)">Did you mean “([^<]+)”\?</a>', html)
    assert link and link.group(2) == "marmoset"
    assert result_urls(client.get("/search/" + link.group(1)).text) == [story.url]
    # Sections are offered to browse instead.
    assert 'id="search-sections-title"' in html
    assert f'href="{section.url}"' in html


def test_a_suggestion_is_in_the_editions_language(client, edition):
    ru_section = SectionPage.objects.child_of(edition["ru"]).first()
    add_story(ru_section, "Перепись сурикатов", "surikaty")
    html = search(client, "сурикатво", "ru")
    assert re.search(
        r'<a href="\?q=[^"]+">Возможно, вы имели в виду «сурикатов»\?</a>', html
    )
    # The English edition has no such word: no Russian suggestion there.
    assert "сурикатов" not in search(client, "сурикатво")


def test_filters_by_section_and_dates_and_newest_first(client, home, section):
    other = SectionPage.objects.child_of(home).exclude(pk=section.pk).first()
    now = timezone.now()
    older = add_story(
        section,
        "Cobalt mine cobalt cobalt",
        "cobalt-old",
        first_published_at=now - timedelta(days=40),
    )
    newer = add_story(section, "Cobalt prices", "cobalt-new", first_published_at=now)
    elsewhere = add_story(
        other, "Cobalt elsewhere", "cobalt-other", first_published_at=now
    )
    assert set(result_urls(search(client, "cobalt"))) == {
        older.url,
        newer.url,
        elsewhere.url,
    }
    in_section = search(client, "cobalt", section=section.slug)
    assert set(result_urls(in_section)) == {older.url, newer.url}
    assert f'<option value="{section.slug}" selected>' in in_section
    recent = search(
        client,
        "cobalt",
        section=section.slug,
        **{"from": (now - timedelta(days=7)).date().isoformat()},
    )
    assert result_urls(recent) == [newer.url]
    newest = search(client, "cobalt", section=section.slug, sort="newest")
    assert result_urls(newest) == [newer.url, older.url]
    best = search(client, "cobalt", section=section.slug)
    assert result_urls(best) == [older.url, newer.url]  # three times in its headline
    nothing = search(
        client, "cobalt", to=(now - timedelta(days=100)).date().isoformat()
    )
    assert result_urls(nothing) == []
    assert "Search all sections and dates" in nothing


def test_the_index_follows_publishing(client, section):
    """Published: found. New headline: found by it, not by the old one. Unpublished or deleted: gone."""
    story = add_story(section, "Periwinkle festival", "periwinkle")
    assert result_urls(search(client, "periwinkle")) == [story.url]
    story.title = "Marigold festival"
    story.save_revision().publish()
    assert result_urls(search(client, "marigold")) == [story.url]
    assert result_urls(search(client, "periwinkle")) == []
    # A draft's new headline is not searchable until it is published.
    story.title = "Hollyhock festival"
    story.save_revision()
    assert result_urls(search(client, "hollyhock")) == []
    story.refresh_from_db()
    story.unpublish()
    assert result_urls(search(client, "marigold")) == []
    story.delete()
    assert not SearchDocument.objects.filter(page_id=story.pk).exists()


def test_newer_drafts_never_hide_live_stories(client, section, monkeypatch):
    """The desk's intake makes an edition's newest pages drafts: readers
    still get every live story, also one published from a draft, and a
    story unpublished later is gone."""
    from newsroom.search import query

    monkeypatch.setattr(query, "RANK_WINDOW", 3)
    now = timezone.now()
    live = [
        add_story(
            section,
            f"Saffron harvest {i}",
            f"saffron-{i}",
            first_published_at=now - timedelta(days=10 - i),
        )
        for i in range(2)
    ]
    first_draft = section.add_child(
        instance=ArticlePage(
            title="Saffron prices", slug="saffron-prices", lead="x", live=False
        )
    )
    for i in range(6):
        section.add_child(
            instance=ArticlePage(
                title=f"Saffron draft {i}", slug=f"saffron-draft-{i}", live=False
            )
        )
    html = search(client, "saffron")
    assert "2 stories found" in html
    assert sorted(result_urls(html)) == sorted(story.url for story in live)
    first_draft.save_revision().publish()
    first_draft.refresh_from_db()
    html = search(client, "saffron")
    assert "3 stories found" in html
    assert first_draft.url in result_urls(html)
    live[0].unpublish()
    urls = result_urls(search(client, "saffron"))
    assert sorted(urls) == sorted([first_draft.url, live[1].url])


def test_private_stories_are_not_found(client, section):
    from wagtail.models import PageViewRestriction

    story = add_story(section, "Secret gooseberry memo", "gooseberry")
    PageViewRestriction.objects.create(
        page=story, restriction_type="password", password="x"
    )
    assert result_urls(search(client, "gooseberry")) == []


HOSTILE = [
    "",
    "+++",
    '"',
    '"""',
    "*",
    "\x00\x01",
    "AND OR NOT",
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "a" * 10_000,
    "word " * 3_000,
    "NEAR(",
    "NEAR(a b, 2)",
    "title:foo",
    "col : x",
    "(((",
    ")))",
    "foo*",
    "^foo",
    "a & b | !c <-> d",
    "'single' \"double\" «guillemets» „low“",
    "«unbalanced",
    "😀🔥 parliament 🇦🇿",
    "\u200fparliament\u200e \u202eevil",
    "\ufeff\u00ad",
    "%00%ZZ",
    "\\x00\\",
]


@pytest.mark.parametrize("query", HOSTILE)
@pytest.mark.parametrize("code", ["en", "ru", "hy"])
def test_hostile_or_empty_queries_get_a_page(client, query, code):
    """Odd queries get the search page with the query kept in the box, never an error."""
    response = client.get(f"{editions.prefix(code)}search/", {"q": query})
    assert response.status_code == 200
    html = response.text
    assert re.search(r'<p class="search-note">[^<]+', html)
    assert '<input id="page-search" type="search" name="q" value="' in html
    assert "<script>alert(1)" not in html


@pytest.mark.parametrize(
    "query_string",
    ["q=%ED%A0%80", "q=%FF%FE", "q=%E0%A4%A", "q=%", "page=x", "q=a&q=zzqx&page=-1"],
)
def test_broken_escapes_get_a_page(client, query_string):
    response = client.get("/search/?" + query_string)
    assert response.status_code == 200
    assert "\ufffd" not in response.text.split('name="q" value="')[1][:20]


@given(
    query=st.one_of(
        st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=300),
        st.text(alphabet="\"«»„“*():^-+&|!<>~'\\ ", max_size=40),
        st.sampled_from(HOSTILE),
    ),
    raw=st.binary(max_size=30),
)
@hsettings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_any_query_string_answers_with_a_page(client, query, raw):
    """Any text, and any bytes percent-encoded into the query string, gets a page."""
    assert client.get("/ru/search/", {"q": query}).status_code == 200
    assert client.get("/hy/search/?q=" + quote_from_bytes(raw)).status_code == 200


def test_migrate_builds_an_empty_index_of_an_upgraded_site(client, section):
    """A site upgraded from Wagtail's own index gets its pages indexed by migrate."""
    from newsroom.search import index
    from newsroom.search.signal_handlers import build_missing_index

    story = add_story(section, "Saxifrage meadow survey", "saxifrage")
    index.clear()
    assert result_urls(search(client, "saxifrage")) == []
    build_missing_index(sender=None, verbosity=0)
    assert result_urls(search(client, "saxifrage")) == [story.url]
    assert SearchDocument.objects.count() > 100  # every page, not just this one


def test_update_index_rebuilds_the_page_index(client, section):
    from django.core.management import call_command

    story = add_story(section, "Edelweiss census", "edelweiss")
    before = SearchDocument.objects.get(page_id=story.pk).indexed_at
    call_command("update_index", verbosity=0)
    assert SearchDocument.objects.get(page_id=story.pk).indexed_at > before
    assert result_urls(search(client, "edelweiss")) == [story.url]


def test_a_word_in_very_many_stories_ranks_the_newest_of_them(
    client, section, monkeypatch
):
    """Past the ranking window the page says so; the newest matches are ranked."""
    from newsroom.search import query

    monkeypatch.setattr(query, "RANK_WINDOW", 3)
    now = timezone.now()
    stories = [
        add_story(
            section,
            "Tamarisk" + " tamarisk" * (4 - i),  # the oldest say it most
            f"tamarisk-{i}",
            first_published_at=now - timedelta(days=5 - i),
        )
        for i in range(5)
    ]
    html = search(client, "tamarisk")
    assert "More than 3 stories found for “tamarisk”" in html
    urls = result_urls(html)
    # The newest three, best first: the two oldest are past the window.
    assert urls == [stories[2].url, stories[3].url, stories[4].url]
    newest = result_urls(search(client, "tamarisk", sort="newest"))
    assert newest == [stories[4].url, stories[3].url, stories[2].url]


def test_a_story_with_every_word_ranks_first_even_past_the_window(
    client, section, monkeypatch
):
    from newsroom.search import query

    monkeypatch.setattr(query, "RANK_WINDOW", 3)
    now = timezone.now()
    both = add_story(
        section,
        "Juniper and quince",
        "juniper-quince",
        first_published_at=now - timedelta(days=30),
    )
    for i in range(5):
        add_story(section, f"Juniper news {i}", f"juniper-{i}", first_published_at=now)
    assert result_urls(search(client, "quince juniper"))[0] == both.url


postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's plan choice"
)


def lavender_stories(section, count):
    now = timezone.now()
    return [
        add_story(
            section,
            f"Lavender fields {i}",
            f"lavender-{i}",
            first_published_at=now - timedelta(hours=count - i),
        )
        for i in range(count)
    ]


@postgres_only
def test_a_word_in_most_stories_walks_the_newest(client, section, monkeypatch):
    """A word in most documents: the newest are walked and tested, not every
    match read; the reader sees the same newest stories, best first."""
    from django.test.utils import CaptureQueriesContext

    from newsroom.search import query

    monkeypatch.setattr(query, "RANK_WINDOW", 3)
    monkeypatch.setattr(query, "_documents", {})
    stories = lavender_stories(section, 80)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE newsroom_search_searchdocument")
    with CaptureQueriesContext(connection) as statements:
        html = search(client, "lavender")
    assert any("ORDER BY page_id DESC LIMIT" in s["sql"] for s in statements)
    assert "More than 3 stories found" in html
    assert result_urls(html) == [story.url for story in stories[:-4:-1]]


@postgres_only
@pytest.mark.parametrize("plan", ["walk", "span", "span holding the window"])
def test_the_newest_matches_whichever_way_they_are_read(
    client, section, monkeypatch, plan
):
    """However the newest matching documents are read (a walk or a span of
    ids too short for the window, or a span holding it), readers get the
    same newest stories."""
    from newsroom.search import query

    monkeypatch.setattr(query, "RANK_WINDOW", 3)
    # More than the documents a window takes (3 + 1 + 20): no fallback then.
    stories = lavender_stories(section, 30 if plan.endswith("window") else 5)
    for i in range(3):
        add_story(section, f"Rosemary news {i}", f"rosemary-{i}")
    chosen = {
        "walk": query.Plan(walk=2),  # the newest two documents
        "span": query.Plan(lowest=stories[-1].pk + 1),  # past the last match
        "span holding the window": query.Plan(lowest=stories[0].pk),
    }[plan]
    monkeypatch.setattr(query, "_plan", lambda *args: chosen)
    html = search(client, "lavender")
    assert "More than 3 stories found" in html
    assert result_urls(html) == [story.url for story in stories[:-4:-1]]
