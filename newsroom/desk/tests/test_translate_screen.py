"""Translators copy a story of any edition into theirs, as a draft to translate and submit."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from newsroom.core import editions
from newsroom.desk import roles
from newsroom.news.models import ArticlePage, SectionPage

from .helpers import add_story, edit_url, other_edition, post_edit, refused

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
