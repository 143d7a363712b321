"""The translation desk: what each edition still lacks, translated in one click;
stories written separately linked (and unlinked) as translations; topics."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from newsroom.core import editions
from newsroom.desk.models import Topic, TopicTag
from newsroom.news.models import Author, NewsTag, story_slug

from .helpers import add_written_story, edit_url, other_edition, refused, version_in

pytestmark = pytest.mark.django_db

CODES = editions.codes()
DESK = reverse("desk_translations")
TRANSLATE = reverse("desk_translations_translate")
HEADLINE = "Правительство утвердило программу развития горных районов"


def story_translations(page) -> str:
    return reverse("desk_story_translations", args=(page.pk,))


def desk_rows(client, **query) -> list:
    response = client.get(DESK, query)
    assert response.status_code == 200
    return response.context["rows"]


def row_of(rows, story):
    return next((row for row in rows if row.page.pk == story.pk), None)


def mapped_byline(locales, source: str, target: str):
    """An author of ``source`` with an entry in ``target``, and that entry."""
    author = Author.objects.filter(locale=locales[source]).order_by("slug")[0]
    return author, Author.objects.get(
        translation_key=author.translation_key, locale=locales[target]
    )


def mapped_topic(locales, source: str, target: str):
    """A tag of ``source`` whose topic has a tag in ``target``, and that tag."""
    row = (
        TopicTag.objects.filter(locale=locales[source])
        .filter(topic__tags__locale=locales[target])
        .select_related("tag")
        .order_by("tag__name")
        .first()
    )
    assert row is not None, "the demo seeds topics for its tags"
    return row.tag, row.topic.tags.get(locale=locales[target]).tag


@pytest.mark.parametrize("code", CODES)
def test_translator_translates_a_missing_story_in_one_click(
    login, sections, people, locales, code
):
    """A story of another edition with no version in the translator's is listed;
    "Translate" makes their draft with a Latin address from the headline, the
    same people on the byline and the same topics' tags in their edition,
    names what had no counterpart, and opens it; the row then shows the draft."""
    source = other_edition(code)
    author, author_there = mapped_byline(locales, source, code)
    nobody_there = Author.objects.create(
        name="Only Here", slug="only-here", locale=locales[source]
    )
    tag, tag_there = mapped_topic(locales, source, code)
    lonely_tag = NewsTag.objects.create(name="Tag without a topic")
    story = add_written_story(
        sections[source],
        title=HEADLINE,
        authors=[author, nobody_there],
        tags=[tag, lonely_tag],
    )
    Page.objects.filter(pk=story.pk).update(slug="source-address")
    translator = people[f"translator-{code}"]
    client = login(f"translator-{code}")

    row = row_of(desk_rows(client, into=code), story)
    assert row is not None and row.draft is None
    assert row.edition.code == source
    assert sorted(row.authors) == sorted([author.name, nobody_there.name])

    response = client.post(
        TRANSLATE, {"page": story.pk, "into": code, "next": DESK}, follow=True
    )

    draft = version_in(story, code)
    assert response.redirect_chain[-1][0] == edit_url(draft)
    assert not draft.live and draft.owner == translator
    assert draft.slug == story_slug(HEADLINE) and draft.slug != "source-address"
    assert draft.slug.isascii()
    editing = draft.get_latest_revision_as_object()
    assert list(editing.authors.all()) == [author_there]
    assert [t.name for t in editing.tags.all()] == [tag_there.name]
    message = " ".join(str(m) for m in response.context["messages"])
    assert nobody_there.name in message and lonely_tag.name in message
    assert author.name not in message and tag.name not in message

    row = row_of(desk_rows(client, into=code), story)
    assert row.draft.pk == draft.pk and row.draft.owner == translator
    html = client.get(DESK, {"into": code}).content.decode()
    assert edit_url(draft) in html and translator.get_full_name() in html


@pytest.mark.parametrize("code", CODES)
def test_a_translation_slug_is_unique_in_its_section(login, sections, code):
    """A second story with the same headline gets "-2" in the target section."""
    source = other_edition(code)
    target_section = version_in(sections[source], code)
    add_written_story(target_section, title="Same words")
    Page.objects.filter(depth=target_section.depth + 1, title="Same words").update(
        slug=story_slug(HEADLINE)
    )
    story = add_written_story(sections[source], title=HEADLINE)
    login(f"translator-{code}").post(TRANSLATE, {"page": story.pk, "into": code})
    assert version_in(story, code).slug == f"{story_slug(HEADLINE)}-2"


@pytest.mark.parametrize("code", CODES)
def test_people_translate_only_into_editions_they_write_in(login, sections, code):
    """An editor of one edition sees their own edition's desk only, and a forged
    "Translate" into another edition is refused."""
    target = other_edition(code)
    story = add_written_story(sections[code], title=HEADLINE)
    client = login(f"editor-{code}")
    response = client.get(DESK)
    assert response.context["into"].code == code
    assert refused(client.get(DESK, {"into": target}))
    assert refused(client.post(TRANSLATE, {"page": story.pk, "into": target}))
    assert version_in(story, target) is None


def test_the_desk_is_for_people_who_write_in_some_edition(login):
    """The ad manager gets neither the desk nor its menu item; writers get both."""
    home = reverse("wagtailadmin_home")
    assert refused(login("admanager").get(DESK))
    assert refused(login("admanager").post(TRANSLATE, {"page": 1, "into": CODES[0]}))
    assert DESK not in login("admanager").get(home).content.decode()
    for username in (f"translator-{CODES[0]}", f"reporter-{CODES[0]}", "chief"):
        assert DESK in login(username).get(home).content.decode()


@pytest.mark.parametrize("code", CODES)
def test_translated_old_and_other_target_stories_are_not_listed(login, sections, code):
    """Listed: stories of the period without a live version in the target, newest
    first. Not listed: translated ones, older ones, the target's own."""
    source = other_edition(code)
    older = add_written_story(sections[source], title="Published last month")
    Page.objects.filter(pk=older.pk).update(
        first_published_at=timezone.now() - timedelta(days=30)
    )
    done = add_written_story(sections[source], title="Already translated")
    done_there = add_written_story(version_in(sections[source], code), title="Done")
    Page.objects.filter(pk=done_there.pk).update(translation_key=done.translation_key)
    own = add_written_story(sections[code], title="Written here")
    newest = add_written_story(sections[source], title="Just in")
    client = login(f"translator-{code}")

    only = {"into": code, "from": source}
    rows = desk_rows(client, **only)
    listed = [row.page.pk for row in rows]
    assert listed[0] == newest.pk
    assert older.pk not in listed and done.pk not in listed and own.pk not in listed
    times = [row.page.first_published_at for row in rows]
    assert times == sorted(times, reverse=True)
    assert older.pk in [row.page.pk for row in desk_rows(client, **only, days=31)]
    # Out-of-range periods are brought back in bounds, not refused.
    assert client.get(DESK, {"into": code, "days": "100000"}).context["days"] == 60
    assert client.get(DESK, {"into": code, "days": "-3"}).context["days"] == 7


def test_a_story_live_in_two_other_editions_is_listed_once(login, sections):
    """Without a source edition chosen, a story and its translation in a third
    edition are one row: the earlier version, "also in" the other."""
    if len(CODES) < 3:
        pytest.skip("needs three editions")
    target, first, second = CODES[0], CODES[1], CODES[2]
    original = add_written_story(sections[first], title="The original")
    later = add_written_story(sections[second], title="Its translation")
    Page.objects.filter(pk=later.pk).update(
        translation_key=original.translation_key,
        first_published_at=original.first_published_at + timedelta(minutes=5),
    )
    client = login("chief")
    rows = desk_rows(client, into=target)
    assert row_of(rows, later) is None
    assert [e.code for e in row_of(rows, original).also_in] == [second]
    assert row_of(desk_rows(client, into=target, **{"from": second}), later)


@pytest.mark.parametrize("code", CODES)
def test_the_desk_costs_the_same_queries_for_more_rows(login, sections, code):
    """Sections, bylines and drafts come in a fixed number of queries."""
    source = other_edition(code)
    client = login(f"translator-{code}")
    authors = list(Author.objects.filter(locale__language_code=source)[:2])

    def count() -> tuple[int, int]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(DESK, {"into": code, "from": source})
        assert response.status_code == 200
        return len(queries), len(response.context["rows"])

    first = add_written_story(sections[source], title="One", authors=authors)
    client.post(TRANSLATE, {"page": first.pk, "into": code})
    few = count()
    for n in range(8):
        add_written_story(sections[source], title=f"More {n}", authors=authors)
    many = count()
    assert many[1] > few[1]
    assert many[0] == few[0], (
        f"{few[0]} queries for {few[1]} rows, {many[0]} for {many[1]}"
    )


# --- Linking stories written separately ---------------------------------------


def alternates(client, page) -> dict[str, str]:
    """The reader page's hreflang links: edition code to address."""
    html = client.get(page.url).content.decode()
    links = {}
    for code in CODES:
        marker = f'<link rel="alternate" hreflang="{code}" href="'
        if marker in html:
            start = html.index(marker) + len(marker)
            links[code] = html[start : html.index('"', start)]
    return links


def test_chief_editor_links_and_unlinks_stories_written_separately(
    login, sections, client, settings, django_capture_on_commit_callbacks
):
    """Linked, each reader page's language switch leads to the other (cached
    pages included); unlinked, neither does."""
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 300
    first, second = CODES[0], other_edition(CODES[0])
    ours = add_written_story(sections[first], title="Written here")
    theirs = add_written_story(sections[second], title="Written there")
    assert second not in alternates(client, ours)
    assert client.get(ours.url)["X-Page-Cache"] == "hit"
    chief = login("chief")
    # The screen is reached from the story's header and its explorer row.
    assert story_translations(ours) in chief.get(edit_url(ours)).content.decode()
    explorer = reverse("wagtailadmin_explore", args=(sections[first].pk,))
    assert story_translations(ours) in chief.get(explorer).content.decode()

    page = chief.get(story_translations(ours))
    assert page.status_code == 200 and page.context["can_relink"]
    with django_capture_on_commit_callbacks(execute=True):
        response = chief.post(
            story_translations(ours), {"action": "link", "other": theirs.pk}
        )
    assert response.status_code == 302
    ours.refresh_from_db()
    theirs.refresh_from_db()
    assert ours.translation_key == theirs.translation_key
    assert alternates(client, ours)[second] == f"http://testserver{theirs.url}"
    assert alternates(client, theirs)[first] == f"http://testserver{ours.url}"
    history = chief.get(reverse("wagtailadmin_pages:history", args=(ours.pk,)))
    assert "Written there" in history.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        chief.post(story_translations(theirs), {"action": "unlink"})
    theirs.refresh_from_db()
    assert ours.translation_key != theirs.translation_key
    assert second not in alternates(client, ours)
    assert first not in alternates(client, theirs)


@pytest.mark.parametrize("code", CODES)
def test_linking_is_refused_when_it_cannot_be_right(login, sections, code):
    """Refused: a story of the same edition, an edition the group already has,
    and anyone who cannot publish in both editions."""
    elsewhere = other_edition(code)
    ours = add_written_story(sections[code], title="Ours")
    same_edition = add_written_story(sections[code], title="Also ours")
    theirs = add_written_story(sections[elsewhere], title="Theirs")
    taken = add_written_story(sections[elsewhere], title="Taken")
    taken_there = add_written_story(sections[code], title="Taken's version here")
    Page.objects.filter(pk=taken_there.pk).update(translation_key=taken.translation_key)

    def link(username, page, other):
        response = login(username).post(
            story_translations(page), {"action": "link", "other": other.pk}, follow=True
        )
        page.refresh_from_db()
        other.refresh_from_db()
        return response, page.translation_key == other.translation_key

    response, linked = link("chief", ours, same_edition)
    assert not linked and "same edition" in response.content.decode()
    response, linked = link("chief", ours, taken)
    assert not linked and "Taken&#x27;s version here" in response.content.decode()
    for username in (f"editor-{code}", f"editor-{elsewhere}", f"reporter-{code}"):
        response, linked = link(username, ours, theirs)
        assert not linked
    assert login(f"editor-{code}").get(story_translations(ours)).context["can_relink"]
    assert (
        not login(f"reporter-{code}")
        .get(story_translations(ours))
        .context["can_relink"]
    )
    assert refused(login("admanager").get(story_translations(ours)))


@pytest.mark.parametrize("code", CODES)
def test_editor_of_one_edition_cannot_unlink_a_story(login, sections, code):
    """Unlinking needs the right to publish the story."""
    elsewhere = other_edition(code)
    ours = add_written_story(sections[code], title="Ours")
    theirs = add_written_story(sections[elsewhere], title="Theirs")
    Page.objects.filter(pk=theirs.pk).update(translation_key=ours.translation_key)
    login(f"editor-{code}").post(story_translations(theirs), {"action": "unlink"})
    login(f"translator-{code}").post(story_translations(ours), {"action": "unlink"})
    theirs.refresh_from_db()
    ours.refresh_from_db()
    assert ours.translation_key == theirs.translation_key
    login(f"editor-{code}").post(story_translations(ours), {"action": "unlink"})
    ours.refresh_from_db()
    assert ours.translation_key != theirs.translation_key


# --- Topics ---------------------------------------------------------------------


TOPICS = reverse("wagtailsnippets_desk_topic:list")
ADD_TOPIC = reverse("wagtailsnippets_desk_topic:add")


def topic_form(name: str, rows: list[tuple[int, int]]) -> dict:
    data = {
        "name": name,
        "tags-TOTAL_FORMS": str(len(rows)),
        "tags-INITIAL_FORMS": "0",
        "tags-MIN_NUM_FORMS": "0",
        "tags-MAX_NUM_FORMS": "1000",
    }
    for n, (locale_id, tag_id) in enumerate(rows):
        data |= {
            f"tags-{n}-locale": str(locale_id),
            f"tags-{n}-tag": str(tag_id),
            f"tags-{n}-ORDER": str(n + 1),
            f"tags-{n}-id": "",
        }
    return data


def test_editors_link_tags_of_one_topic_and_translations_follow(
    login, sections, locales
):
    """An editor links two editions' tags as one topic; a translation then gets
    the other edition's tag. A tag names one topic per edition, and a topic
    has one tag per edition."""
    first, second = CODES[0], other_edition(CODES[0])
    here = NewsTag.objects.create(name="Desalination")
    there = NewsTag.objects.create(name="Опреснение")
    editor = login(f"editor-{first}")
    assert editor.get(TOPICS).status_code == 200
    response = editor.post(
        ADD_TOPIC,
        topic_form(
            "Desalination",
            [(locales[first].pk, here.pk), (locales[second].pk, there.pk)],
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    topic = Topic.objects.get(name="Desalination")
    assert {(r.locale_id, r.tag_id) for r in topic.tags.all()} == {
        (locales[first].pk, here.pk),
        (locales[second].pk, there.pk),
    }

    story = add_written_story(sections[first], title="Water", tags=[here])
    login(f"translator-{second}").post(TRANSLATE, {"page": story.pk, "into": second})
    draft = version_in(story, second).get_latest_revision_as_object()
    assert [t.name for t in draft.tags.all()] == ["Опреснение"]

    again = editor.post(ADD_TOPIC, topic_form("Water", [(locales[first].pk, here.pk)]))
    assert again.status_code == 200 and not Topic.objects.filter(name="Water")
    twice = editor.post(
        ADD_TOPIC,
        topic_form(
            "Twice",
            [(locales[first].pk, there.pk), (locales[first].pk, here.pk)],
        ),
    )
    assert twice.status_code == 200 and not Topic.objects.filter(name="Twice")

    chooser = editor.get(reverse("desk_tag_chooser:choose"), {"q": "Desal"})
    assert chooser.status_code == 200 and "Desalination" in chooser.content.decode()


def test_topics_are_kept_by_editors_and_the_chief_editor(login):
    """Reporters, translators and the ad manager do not change topics."""
    assert login("chief").get(TOPICS).status_code == 200
    for username in (f"reporter-{CODES[0]}", f"translator-{CODES[0]}", "admanager"):
        assert refused(login(username).get(ADD_TOPIC))
