"""Seeding the demo: full editions, nothing twice, each edition's ads in its language."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils.html import strip_tags
from django_tasks import default_task_backend
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from newsroom.ads.models import AdSlot
from newsroom.core import editions
from newsroom.demo import plan, services
from newsroom.demo.content import EDITION_TEXTS
from newsroom.desk import roles
from newsroom.news.models import ArticlePage, Author, HomePage, SectionPage

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            HomePage,
            SectionPage,
            ArticlePage,
            Author,
            AdSlot,
            Locale,
            get_image_model(),
        )
    }


def test_every_edition_has_sections_stories_and_translations(edition):
    for code, home in edition.items():
        sections = SectionPage.objects.child_of(home)
        assert sections.count() >= 6, code
        assert ArticlePage.objects.descendant_of(home).live().exists(), code
    english = ArticlePage.objects.descendant_of(edition["en"])
    linked = [
        a
        for a in english
        if a.get_translations().filter(locale__language_code="ru").exists()
    ]
    assert linked and len(linked) < english.count()  # some, not all


def test_seeding_again_loads_no_duplicates(capsys):
    before = counts()
    call_command("seed_demo", "--per-section", "2")
    assert counts() == before
    assert "edition exists" in capsys.readouterr().out


def test_an_edition_the_demo_has_no_texts_for_is_left_to_the_operator(add_edition):
    """A fourth configured edition (German) gets a log line, no pages and no crash."""
    add_edition("de")
    before = counts()
    lines = []
    created = services.seed(per_section=2, log=lines.append)
    assert created == 0
    assert counts() == before
    assert not Locale.objects.filter(language_code="de").exists()
    assert any(line.startswith("de: the demo has no texts") for line in lines)


def test_each_editions_ads_speak_its_language(edition):
    """Every demo ad an edition shows carries its own words and no other edition's."""
    for code in edition:
        own = {EDITION_TEXTS[code][name] for name in ("ad", "ad_widget_title")}
        others = {
            EDITION_TEXTS[other][name]
            for other in edition
            if other != code
            for name in ("ad", "ad_widget_title", "ad_widget_text")
        }
        ads = list(AdSlot.objects.showing(language_code=code))
        assert len(ads) == 2, code
        for ad in ads:
            words = ad.alt_text or strip_tags(ad.html)
            assert any(text in words for text in own), (code, ad.name, words)
            assert not any(text in words for text in others), (code, ad.name)


def test_a_translated_story_names_the_same_people_in_every_edition(edition):
    """/politics/<story>/, /ru/politics/<story>/ and /hy/politics/<story>/ have
    one byline: each edition's entry for the same people."""
    default = editions.default().code
    checked = 0
    for story in ArticlePage.objects.descendant_of(edition[default]):
        people = {a.translation_key for a in story.authors.all()}
        for translation in story.get_translations():
            translated = {a.translation_key for a in translation.specific.authors.all()}
            assert translated == people, (story.url_path, translation.url_path)
            checked += 1
    assert checked >= plan.TRANSLATED_STORIES * (len(edition) - 1)


def test_seeded_stories_are_found_by_search_without_a_worker(settings):
    """Right after seed_demo, a bare runserver's search finds the demo stories:
    the seeder fills the index itself instead of leaving it to queued tasks."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}
    }
    code = [c for c in editions.codes() if plan.has_texts(c)][-1]
    assert code != editions.default().code  # its home is not the site's root
    home = HomePage.objects.get(locale__language_code=code)
    Author.objects.filter(locale_id=home.locale_id).delete()
    home.delete()
    services.seed(per_section=1, log=lambda line: None)
    # The index tasks were queued and never ran.
    assert default_task_backend.results
    stories = list(ArticlePage.objects.filter(locale__language_code=code))
    assert len(stories) == len(plan.content.SECTIONS)
    for story in stories:
        word = max(re.findall(r"[^\W\d_]+", story.title), key=len)
        found = ArticlePage.objects.live().search(word)
        assert story.pk in {hit.pk for hit in found}, (code, word)
    author = Author.objects.filter(locale_id=home.locale_id).first()
    assert author in get_search_backend().search(author.name, Author)


def test_a_demo_storys_main_picture_is_decoration_without_a_photo_credit(
    client, article
):
    """The drawn main picture gets an empty alt and no caption or credit: no
    "Illustration Photo: Newsroom" under it, no "Illustration" read aloud."""
    response = client.get(article.url)
    assert response.status_code == 200
    (figure,) = re.findall(
        r'<figure class="article__hero">(.*?)</figure>', response.text, re.S
    )
    assert 'alt=""' in figure
    assert "<figcaption" not in figure


def test_demo_people_one_per_role_and_edition(db):
    """seed_demo made each demo person, in their role's group; a changed password is kept."""
    people = services.ensure_demo_people(
        password=services.DEMO_PASSWORD, log=lambda line: None
    )
    expected = {
        f"{role.key}-{code}"
        for code in editions.codes()
        for role in roles.EDITION_ROLES
    } | {role.key for role in roles.GLOBAL_ROLES}
    assert {username for username, _ in people} == expected
    User = get_user_model()
    for username, group in people:
        user = User.objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert user.check_password(services.DEMO_PASSWORD)

    chief = User.objects.get(username="chief")
    chief.set_password("changed by the chief")
    chief.save()
    chief.groups.clear()
    services.ensure_demo_people(password=services.DEMO_PASSWORD, log=lambda line: None)
    chief.refresh_from_db()
    assert chief.check_password("changed by the chief")
    assert chief.groups.filter(name="Chief editor").exists()


def test_updated_demo_stories_carry_an_update_note_in_their_language(client, edition):
    """A demo story that shows "Updated" has the dated note behind it."""
    for code, home in edition.items():
        story = (
            ArticlePage.objects.descendant_of(home)
            .live()
            .filter(notes__isnull=False)
            .first()
        )
        assert story is not None, code
        note = story.notes.get()
        assert note.text == EDITION_TEXTS[code]["update_note"]
        html = client.get(story.url).text
        assert 'class="article__updated"' in html
        assert note.text in html
