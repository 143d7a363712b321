"""Editors get the language-aware search in the admin: word forms in every edition."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from wagtail.models import Page

from newsroom.news.models import ArticlePage

pytestmark = pytest.mark.django_db


def add_story(section, title, slug, lead="x"):
    return section.add_child(
        instance=ArticlePage(
            title=title, slug=slug, lead=lead, locale=section.locale, live=True
        )
    )


@pytest.fixture
def stories(sections):
    return {
        "ru": add_story(
            sections["ru"], "Делегация прибыла в Ереван", "delegaciya", "О визите."
        ),
        "hy": add_story(
            sections["hy"],
            "Պատվիրակությունը ժամանեց Գյումրի",
            "patvirakutyun",
            "Այցի մասին։",
        ),
        "en": add_story(sections["en"], "Delegations arrive", "delegations"),
    }


@pytest.mark.parametrize(
    ("username", "query", "code"),
    [
        ("editor-ru", "Ереване", "ru"),  # the story says "Ереван"
        ("editor-ru", "делегации", "ru"),
        ("chief", "Գյումրիում", "hy"),  # the story says "Գյումրի"
        ("chief", "պատվիրակության", "hy"),
        ("chief", "delegation", "en"),
    ],
)
def test_admin_page_search_finds_other_forms(login, stories, username, query, code):
    client = login(username)
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": query})
    assert response.status_code == 200
    assert stories[code].title in response.text


def test_admin_search_as_you_type_finds_a_word_by_its_start(login, stories):
    client = login("chief")
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "делегац"})
    assert stories["ru"].title in response.text


def test_page_chooser_search_is_language_aware(login, stories):
    client = login("chief")
    response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Ереване"})
    assert response.status_code == 200
    assert stories["ru"].title in response.text


@given(
    query=st.one_of(
        st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=400),
        st.sampled_from(
            ['"', "«", "NEAR(", "a AND", "x:*", "' OR 1=1", "((", "*", "\u200f"]
        ),
    )
)
@hsettings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_any_query_searches_pages_without_error(db, query):
    """The backend answers any text, for both search and as-you-type, on this engine."""
    pages = Page.objects.all()
    assert isinstance(list(pages.search(query)[:5]), list)
    assert pages.search(query).count() >= 0
    assert isinstance(list(pages.autocomplete(query)[:5]), list)
    assert isinstance(
        list(ArticlePage.objects.live().search(query, operator="and")[:5]), list
    )


def test_admin_search_counts_results_by_page_type(login, stories):
    client = login("chief")
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "делегации"})
    assert "content_type=news.articlepage" in response.text
    filtered = client.get(
        reverse("wagtailadmin_pages:search"),
        {"q": "делегации", "content_type": "news.sectionpage"},
    )
    assert stories["ru"].title not in filtered.text
