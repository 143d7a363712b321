"""Any tag name an editor types gives a story a working tag link and tag archive.

Tags are shared by every edition. A name with nothing a URL can hold (">",
"!!!", an emoji) used to get an empty slug, and every story carrying it
answered 500 in every edition.
"""

import re
import string
from importlib import import_module
from urllib.parse import quote

import pytest
from django.apps import apps
from django.utils.html import escape
from hypothesis import HealthCheck, assume, example, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from taggit.models import Tag

from newsroom.core import editions
from newsroom.news.models import ArticlePage, ArticleTag, NewsTag, tag_slug

pytestmark = pytest.mark.django_db

EDITION_PREFIX = {"en": "/", "ru": "/ru/", "hy": "/hy/"}
# What our own slugs look like: lowercase Latin letters and digits in words
# joined by hyphens (or underscores: "🎊" is "confetti_ball"), so an address
# can be read, typed and shared.
READABLE_SLUG = re.compile(r"[a-z0-9]+(?:[-_]+[a-z0-9]+)*")


def stories(home, count=1):
    return list(ArticlePage.objects.descendant_of(home).live().order_by("path")[:count])


def archive_path(code, slug):
    return f"{EDITION_PREFIX[code]}tags/{quote(slug)}/"


def add_tag(story, name):
    """Tag a story the way the editor's form does, and return the tag."""
    story.tags.add(name)
    story.save()
    return NewsTag.objects.get(name=name)


def assert_linked_and_listed(client, story, code, tag):
    """The story links to the tag's archive, which answers and lists the story."""
    response = client.get(story.url)
    assert response.status_code == 200
    archive = archive_path(code, tag.slug)
    assert f'<a href="{archive}">#{escape(tag.name)}</a>' in response.text
    response = client.get(archive)
    assert response.status_code == 200
    assert f"<h1>{escape(tag.name)}</h1>" in response.text
    assert f'href="{story.url}"' in response.text


# 1. Readable slugs ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Парламент", "parlament"),
        ("учётная ставка", "uchetnaya-stavka"),
        ("Երևան", "erevan"),
        ("Ազգային ժողով", "azgayin-zhoghov"),
        ("Քաղաքականություն", "kaghakakanutyun"),
        ("ԳԻՏՈՒԹՅՈՒՆ", "gitutyun"),
        ("Առևտուր", "arrevtur"),
        ("Central Bank", "central-bank"),
    ],
)
def test_tag_names_in_any_script_give_latin_slugs(name, slug):
    """Russian and Armenian tag names are spelled out in Latin letters for the
    address: "Парламент" -> parlament, "учётная ставка" -> uchetnaya-stavka,
    and the Armenian "ու" is "u", never "ow" ("Քաղաքականություն" ->
    kaghakakanutyun)."""
    assert tag_slug(name) == slug


def test_russian_and_armenian_tags_link_to_latin_addresses(client, edition):
    """A story tagged in Russian or Armenian links to an archive at an address a
    reader can read and type (/ru/tags/parlament/), and the archive lists it."""
    ru_story = stories(edition["ru"])[0]
    hy_story = stories(edition["hy"])[0]
    parlament = add_tag(ru_story, "Парламент")
    rate = add_tag(ru_story, "учётная ставка")
    assembly = add_tag(hy_story, "Ազգային ժողով")
    assert (parlament.slug, rate.slug, assembly.slug) == (
        "parlament",
        "uchetnaya-stavka",
        "azgayin-zhoghov",
    )
    assert_linked_and_listed(client, ru_story, "ru", parlament)
    assert_linked_and_listed(client, ru_story, "ru", rate)
    assert_linked_and_listed(client, hy_story, "hy", assembly)


@pytest.mark.parametrize("name", [">", "!!!", "»", "…", "🔥", "❤️", "🎊"])
def test_punctuation_and_emoji_names_get_a_stable_slug(name):
    """A name of only punctuation or an emoji still gets a slug an address can be
    made of, the same one every time."""
    slug = tag_slug(name)
    assert READABLE_SLUG.fullmatch(slug)
    assert tag_slug(name) == slug


def test_punctuation_tag_address_does_not_change_between_releases():
    """Links to the ">" archive shared outside the site keep working: its address
    comes from the name alone, not from anything that changes between runs."""
    assert tag_slug(">") == "tag-091385be99"
    assert tag_slug("!!!") == "tag-9a7b006d20"
    assert tag_slug("🔥") == "fire"


def test_punctuation_and_emoji_tags_link_to_their_own_archives(client, edition):
    """Stories tagged ">", "!!!" or "🔥" open, with a link to the tag's archive;
    ">" and "!!!" are two tags with two archives, each listing its own story."""
    first, second = stories(edition["en"], 2)
    greater = add_tag(first, ">")
    fire = add_tag(first, "🔥")
    bangs = add_tag(second, "!!!")
    assert len({greater.slug, fire.slug, bangs.slug}) == 3
    assert_linked_and_listed(client, first, "en", greater)
    assert_linked_and_listed(client, first, "en", fire)
    assert_linked_and_listed(client, second, "en", bangs)
    greater_archive = client.get(archive_path("en", greater.slug)).text
    assert f'href="{second.url}"' not in greater_archive
    assert f'href="{first.url}"' not in client.get(archive_path("en", bangs.slug)).text


def test_tags_spelled_alike_in_latin_get_separate_archives(client, edition):
    """The tags "Ереван", "Երևան" and "Erevan" are all "erevan" in Latin letters,
    yet each has its own archive listing only its own story."""
    names = ["Ереван", "Երևան", "Erevan"]
    assert {tag_slug(name) for name in names} == {"erevan"}
    tagged = list(zip(stories(edition["ru"], 3), names, strict=True))
    tags = [add_tag(story, name) for story, name in tagged]
    assert [tag.slug for tag in tags] == ["erevan", "erevan-1", "erevan-2"]
    for (story, _name), tag in zip(tagged, tags, strict=True):
        assert_linked_and_listed(client, story, "ru", tag)
        archive = client.get(archive_path("ru", tag.slug)).text
        for other, _other_name in tagged:
            if other.pk != story.pk:
                assert f'href="{other.url}"' not in archive


def test_tag_made_outside_the_story_form_still_gets_a_slug():
    """A tag made through taggit's own model (as Wagtail's image and document tags
    are, or by a script) gets a usable slug too, and so does one whose slug is
    cleared later."""
    for name in ["🔥🔥", "!!!", ">"]:
        assert Tag.objects.create(name=name).slug == tag_slug(name)
    tag = Tag.objects.get(name=">")
    tag.slug = ""
    tag.save()
    tag.refresh_from_db()
    assert tag.slug == tag_slug(">")


# 2. Any name at all ---------------------------------------------------------

# Everything the database can store: no NUL, no lone surrogates (not UTF-8).
ANY_CHARACTER = st.characters(codec="utf-8", exclude_characters="\x00")
TAG_NAMES = st.one_of(
    st.text(ANY_CHARACTER, min_size=1, max_size=60),
    st.text(st.sampled_from(string.punctuation + " «»—…№·"), min_size=1, max_size=60),
    # Emoji, with the joiners and variation selectors they are typed with.
    st.text(
        st.one_of(
            st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),
            st.sampled_from("\u200d\ufe0f❤☕✨🇦🇲🇷🇺"),
        ),
        min_size=1,
        max_size=20,
    ),
    # Right-to-left text, with and without direction marks.
    st.text(
        st.one_of(
            st.characters(min_codepoint=0x0590, max_codepoint=0x06FF),
            st.sampled_from("\u200e\u200f\u202b\u202e "),
        ),
        min_size=1,
        max_size=60,
    ),
    # Combining marks, alone or on letters.
    st.text(
        st.one_of(st.characters(categories=("Mn", "Me")), st.sampled_from("aеա ")),
        min_size=1,
        max_size=30,
    ),
)


# About 30 generated names in all (15 per edition) plus the explicit examples:
# each one renders two pages, and the file should stay quick.
@pytest.mark.parametrize("code", editions.codes()[:2])
@given(name=TAG_NAMES)
@example(name=">")
@example(name="🔥")
@example(name=" ! ")
@example(name="\u0301")
@example(name="שלום")
@example(name="<script>&amp;")
@hsettings(
    max_examples=15,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_any_tag_name_gives_a_working_link_and_archive(client, edition, code, name):
    """Whatever an editor types as a tag (emoji, right-to-left text, punctuation
    only, combining marks), the story still opens in its edition with a link to the
    tag's archive, and the archive opens and lists the story."""
    # The editor's tag field (taggit's parser) drops names that are only whitespace.
    assume(name.strip())
    assume(not NewsTag.objects.filter(name=name).exists())
    story = stories(edition[code])[0]
    tag = add_tag(story, name)
    try:
        assert_linked_and_listed(client, story, code, tag)
        assert READABLE_SLUG.fullmatch(tag.slug), tag.slug
    finally:
        # Hypothesis runs every example in the same test transaction.
        story.tags.remove(name)
        story.save()
        tag.delete()


# 3. Tags saved before the fix ----------------------------------------------


def test_repair_gives_old_broken_tags_working_archives(client, edition):
    """After the data repair, stories carrying a tag saved with an empty or
    meaningless slug link to a working archive; every tag that already had a
    working address keeps it, so links shared before keep working."""
    repair = import_module("newsroom.news.migrations.0002_tag_slugs").repair_tag_slugs
    # As the old code saved them; bulk_create skips the save hook that now
    # prevents such slugs.
    Tag.objects.bulk_create(
        [
            Tag(name="fire", slug="fire"),
            Tag(name="🔥", slug=""),
            Tag(name="!!!", slug="_1"),
            Tag(name="Парламент", slug="парламент"),
        ]
    )
    tags = {tag.name: tag for tag in Tag.objects.filter(name__in=["🔥", "!!!"])}
    story = stories(edition["ru"])[0]
    for name in ["🔥", "!!!", "Парламент"]:
        ArticleTag.objects.create(
            tag_id=Tag.objects.get(name=name).pk, content_object=story
        )
    # Before the repair the story already opens (no 500), showing the tag that
    # has no address without a link.
    response = client.get(story.url)
    assert response.status_code == 200
    assert "<li>#🔥</li>" in response.text

    good = dict(
        Tag.objects.exclude(pk__in=[t.pk for t in tags.values()]).values_list(
            "pk", "slug"
        )
    )
    repair(apps, None)

    after = dict(Tag.objects.values_list("pk", "slug"))
    assert {pk: after[pk] for pk in good} == good
    assert Tag.objects.get(name="Парламент").slug == "парламент"
    assert Tag.objects.get(name="Energy").slug == "energy"
    assert after[tags["🔥"].pk] == "fire-1"
    assert after[tags["!!!"].pk] == tag_slug("!!!")
    assert len(set(after.values())) == len(after)
    for name in ["🔥", "!!!", "Парламент"]:
        assert_linked_and_listed(client, story, "ru", Tag.objects.get(name=name))

    # Running the repair again changes nothing.
    repair(apps, None)
    assert dict(Tag.objects.values_list("pk", "slug")) == after
