"""Translators copy a story of any edition into theirs, as a draft to translate and submit."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from newsroom.core import editions
from newsroom.demo.services import DEMO_PASSWORD
from newsroom.desk import roles
from newsroom.news.models import ArticlePage, SectionPage

from .helpers import (
    add_story,
    add_written_story,
    edit_url,
    other_edition,
    post_edit,
    refused,
    version_in,
)

pytestmark = pytest.mark.django_db

CODES = editions.codes()
TRANSLATE = reverse("desk_translate")


def translations_of(story: ArticlePage, code: str):
    return ArticlePage.objects.filter(
        translation_key=story.translation_key, locale__language_code=code
    )


@pytest.mark.parametrize("code", CODES)
def test_translator_copies_another_editions_story_into_theirs(
    login, sections, people, code
):
    """The copy is a draft in the translator's edition, under the section's
    translation, theirs to edit and submit to their edition's review."""
    source_edition = other_edition(code)
    story = add_story(sections[source_edition], title="Story to translate")
    client = login(f"translator-{code}")
    assert client.get(TRANSLATE).status_code == 200

    response = client.post(TRANSLATE, {"page": story.pk, "edition": code})

    copy = translations_of(story, code).get()
    assert response.status_code == 302 and response["Location"] == edit_url(copy)
    assert not copy.live
    assert copy.owner == people[f"translator-{code}"]
    target = sections[source_edition].get_translation(
        Locale.objects.get(language_code=code)
    )
    assert copy.get_parent().pk == target.pk

    post_edit(client, copy, title="Translated story", **{"action-submit": "1"})
    copy = ArticlePage.objects.get(pk=copy.pk)
    assert copy.get_workflow().name == roles.review_workflow_name(code)
    assert copy.workflow_in_progress and not copy.live


@pytest.mark.parametrize("code", CODES)
def test_translator_cannot_translate_into_another_edition(login, sections, code):
    """Only editions the translator writes in are offered, or accepted."""
    elsewhere = other_edition(code)
    story = add_story(sections[code], title="Stays home")
    client = login(f"translator-{code}")
    form = client.get(TRANSLATE).context["form"]
    assert [value for value, _ in form.fields["edition"].choices] == [code]

    response = client.post(TRANSLATE, {"page": story.pk, "edition": elsewhere})
    assert response.status_code == 200
    assert not translations_of(story, elsewhere).exists()


@pytest.mark.parametrize("code", CODES)
def test_a_section_not_translated_yet_stops_the_translation(login, edition, code):
    """A story whose section has no translation in the edition is not copied."""
    source = edition[other_edition(code)]
    lonely = SectionPage(title="Only here", slug="only-here", locale=source.locale)
    source.add_child(instance=lonely)
    story = add_story(lonely, title="Nowhere to go")
    client = login(f"translator-{code}")
    response = client.post(TRANSLATE, {"page": story.pk, "edition": code})
    assert response.status_code == 200
    assert not translations_of(story, code).exists()


def test_the_screen_is_for_people_who_write_in_some_edition(login):
    """The ad manager gets neither the screen nor its menu item; a translator gets both."""
    assert refused(login("admanager").get(TRANSLATE))
    home = reverse("wagtailadmin_home")
    assert TRANSLATE not in login("admanager").get(home).content.decode()
    translator = f"translator-{editions.default().code}"
    assert TRANSLATE in login(translator).get(home).content.decode()


@pytest.mark.parametrize("code", CODES)
def test_wagtails_own_translate_screen_is_closed_to_editions_roles(
    login, sections, code
):
    """Wagtail's "Translate" copies into any locale unchecked, so no role has it."""
    story = add_story(sections[code], title="Own story")
    url = reverse("simple_translation:submit_page_translation", args=(story.pk,))
    for role in roles.EDITION_ROLES:
        assert refused(login(f"{role.key}-{code}").get(url))
    assert Page.objects.filter(translation_key=story.translation_key).count() == 1


# --- Translating is translating: the source beside the draft ----------------------

HEADLINE = "Правительство утвердило программу развития горных районов"
LEAD = "Программа рассчитана на пять лет."
PARAGRAPHS = ("Первый абзац о программе.", "Второй абзац о дорогах.")
CAPTION = "Дорога в горах"


def source_panel(client, page, **query) -> str:
    """The source panel's HTML on ``page``'s edit view ("" when it is not shown)."""
    html = client.get(edit_url(page), query).content.decode()
    start = html.find("data-desk-source")
    if start == -1:
        return ""
    return html[start : html.index("</dl>", start)]


def marked(panel: str, field: str) -> list[bool]:
    """For each text of ``field`` in the panel: is it marked "not translated yet"?"""
    return [
        flag == " data-untranslated"
        for flag in re.findall(rf'data-field="{field}"( data-untranslated)?>', panel)
    ]


@pytest.mark.parametrize("code", CODES)
def test_translation_shows_the_source_and_marks_what_is_not_translated(
    login, sections, code
):
    """The editor of a translation shows the source's headline, lead, caption,
    body and source line in the source's language, marks the texts the draft
    still has unchanged, and stops marking the lead once it is translated."""
    source = other_edition(code)
    story = add_written_story(
        sections[source],
        title=HEADLINE,
        lead=LEAD,
        paragraphs=PARAGRAPHS,
        caption=CAPTION,
        source="Министерство энергетики",
    )
    client = login(f"translator-{code}")
    client.post(TRANSLATE, {"page": story.pk, "edition": code})
    draft = version_in(story, code)

    panel = source_panel(client, draft)
    for text in (HEADLINE, LEAD, CAPTION, *PARAGRAPHS, "Министерство энергетики"):
        assert f'lang="{source}">{text}</dd>' in panel
    assert marked(panel, "title") == [True]
    assert marked(panel, "lead") == [True]
    assert marked(panel, "body") == [True, True]

    post_edit(client, draft, lead="The programme runs for five years.")

    panel = source_panel(client, draft)
    assert marked(panel, "lead") == [False]
    assert marked(panel, "title") == [True]


@pytest.mark.parametrize("code", CODES)
def test_an_original_story_shows_no_source_panel(login, sections, code):
    """A story that is nobody's translation, or the original of one, has no panel."""
    story = add_written_story(sections[code], title="Original")
    client = login(f"editor-{code}")
    assert source_panel(client, story) == ""
    login(f"translator-{other_edition(code)}").post(
        TRANSLATE, {"page": story.pk, "edition": other_edition(code)}
    )
    assert source_panel(client, story) == ""


def test_the_source_is_the_version_the_draft_was_copied_from(login, sections):
    """Translated from a story's later version, the draft shows that version (not
    the original); the other versions are a click away."""
    if len(CODES) < 3:
        pytest.skip("needs three editions")
    target, first, second = CODES[0], CODES[1], CODES[2]
    original = add_written_story(sections[first], title="Original", lead="First.")
    later = add_written_story(sections[second], title="Later", lead="Second.")
    Page.objects.filter(pk=later.pk).update(translation_key=original.translation_key)
    client = login(f"translator-{target}")
    client.post(TRANSLATE, {"page": later.pk, "edition": target})
    draft = version_in(original, target)

    assert f'lang="{second}">Second.</dd>' in source_panel(client, draft)
    other = source_panel(client, draft, translation_source=first)
    assert f'lang="{first}">First.</dd>' in other


def test_stories_linked_later_show_the_earlier_one_as_source(login, sections):
    """Linked stories written separately: the later one's editor shows the earlier."""
    first, second = CODES[0], other_edition(CODES[0])
    earlier = add_written_story(sections[first], title="Earlier", lead="Said first.")
    later = add_written_story(sections[second], title="Later", lead="Said first.")
    Page.objects.filter(pk=later.pk).update(translation_key=earlier.translation_key)
    panel = source_panel(login("chief"), later)
    assert f'lang="{first}">Said first.</dd>' in panel
    assert marked(panel, "lead") == [True] and marked(panel, "title") == [False]


@pytest.mark.browser
def test_translator_sees_the_source_beside_the_form_in_a_browser(
    page, site_env, tmp_path
):
    """From the desk, one click opens the new draft's editor with the source's
    texts beside the form, in the source's language, untouched ones marked."""
    code = CODES[-1]
    source = other_edition(code)
    page.goto("/admin/login/")
    page.fill("input[name=username]", f"translator-{code}")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.goto(f"{reverse('desk_translations')}?into={code}&from={source}")
    first_row = page.locator("tr[data-story]").first
    headline = first_row.locator("td.title a").first.inner_text()
    first_row.get_by_role("button").click()
    page.wait_for_url("**/edit/")

    panel = page.locator("[data-desk-source]")
    panel.scroll_into_view_if_needed()
    assert panel.is_visible()
    assert panel.locator(f'dd[lang="{source}"]').first.inner_text() == headline
    assert panel.locator("[data-untranslated]").count() >= 2  # headline, lead
    page.screenshot(path=str(tmp_path / "translation-source.png"), full_page=False)
