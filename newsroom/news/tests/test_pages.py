"""Every page type answers in every edition, with the parts a reader expects."""

from datetime import UTC, timedelta

import pytest
from django.utils import timezone

from newsroom.news.models import ArticlePage, HomeTopStory, SectionPage

pytestmark = pytest.mark.django_db

EDITION_PREFIX = {"en": "/", "ru": "/ru/", "hy": "/hy/"}


@pytest.mark.parametrize("code", ["en", "ru", "hy"])
def test_home_section_and_article_pages_render_in_every_edition(client, edition, code):
    """Each edition's home, sections and stories are served under its own prefix."""
    home = edition[code]
    response = client.get(EDITION_PREFIX[code])
    assert response.status_code == 200
    assert f'<html lang="{code}"' in response.text
    section = SectionPage.objects.child_of(home).first()
    assert section.url.startswith(EDITION_PREFIX[code])
    response = client.get(section.url)
    assert response.status_code == 200
    assert section.blurb in response.text
    article = ArticlePage.objects.child_of(section).live().first()
    response = client.get(article.url)
    assert response.status_code == 200
    assert article.title in response.text
    assert article.lead in response.text


@pytest.mark.parametrize(
    "path",
    [
        "/no-such-page/",
        "/ru/no-such-page/",
        "/hy/politics/no-such-story/",
        "/tags/no-such-tag/",
        "/authors/nobody/",
    ],
)
def test_unknown_paths_are_404(client, path):
    assert client.get(path).status_code == 404


def test_draft_article_is_not_reachable(client, article):
    """Unpublished stories 404 and vanish from lists, search and archives."""
    url = article.url
    title = article.title
    article.unpublish()
    assert client.get(url).status_code == 404
    section_html = client.get(article.get_parent().url).text
    assert url not in section_html
    assert f'href="{url}"' not in client.get("/search/", {"q": title}).text


def test_article_shows_section_date_source_authors_and_tags(client, article):
    article.source_name = "Telegram channel of the city administration"
    article.first_published_at = timezone.make_aware(
        timezone.datetime(2025, 1, 14, 7, 12), UTC
    )
    article.last_published_at = article.first_published_at + timedelta(hours=3)
    article.save()
    html = client.get(article.url).text
    section = article.get_parent()
    assert f'class="article__section" href="{section.url}"' in html
    # Outlet time zone is Asia/Baku (UTC+4).
    assert "14 January 2025 11:12" in html
    assert "Updated" in html and "14 January 2025 14:12" in html
    assert "Telegram channel of the city administration" in html
    for author in article.authors.all():
        assert author.name in html
        assert f"/authors/{author.slug}/" in html
    for tag in article.tags.all():
        assert f"/tags/{tag.slug}/" in html


def test_russian_article_dates_are_written_the_russian_way(client, edition):
    article = ArticlePage.objects.descendant_of(edition["ru"]).live().first()
    article.first_published_at = timezone.make_aware(
        timezone.datetime(2025, 1, 14, 7, 12), UTC
    )
    article.last_published_at = article.first_published_at
    article.save()
    html = client.get(article.url).text
    assert "14 января 2025 11:12" in html
    assert "Updated" not in html


def test_republishing_soon_after_publishing_is_not_an_update(client, article):
    article.last_published_at = article.first_published_at + timedelta(minutes=3)
    article.save()
    assert "article__updated" not in client.get(article.url).text


def test_language_switch_goes_to_translation_or_edition_home(client, edition):
    """A translated story links to its translations; others link to the edition homes."""
    en = ArticlePage.objects.descendant_of(edition["en"]).live()
    translated = next(a for a in en if a.get_translations().live().exists())
    ru_version = translated.get_translations().live().get(locale__language_code="ru")
    html = client.get(translated.url).text
    assert f'href="{ru_version.url}" lang="ru"' in html
    assert (
        f'<link rel="alternate" hreflang="ru" href="http://testserver{ru_version.url}">'
        in html
    )
    assert f'hreflang="x-default" href="http://testserver{translated.url}">' in html
    own = next(a for a in en if not a.get_translations().exists())
    html = client.get(own.url).text
    assert 'href="/ru/" lang="ru"' in html
    assert 'hreflang="ru"' in html  # the switch link itself
    assert '<link rel="alternate" hreflang="ru"' not in html


def test_head_has_title_description_canonical_and_social_tags(client, article):
    html = client.get(article.url).text
    assert f"<title>{article.title} | Newsroom</title>" in html
    assert f'<meta name="description" content="{article.lead}">' in html
    assert f'<link rel="canonical" href="http://testserver{article.url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert 'property="og:image"' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_section_page_paginates_with_plain_links(client, section, settings):
    settings.NEWSROOM_PAGE_SIZE = 2
    html = client.get(section.url).text
    assert 'href="?page=2"' in html and "data-load-more" in html
    last = client.get(section.url, {"page": 999}).text  # out of range: last page
    assert 'aria-current="page"' in last
    assert client.get(section.url, {"page": "abc"}).status_code == 200


def test_home_shows_editor_picks_first_then_latest(client, home):
    pick = (
        ArticlePage.objects.descendant_of(home)
        .live()
        .order_by("first_published_at")
        .first()
    )
    HomeTopStory.objects.filter(home=home).delete()
    HomeTopStory.objects.create(home=home, article=pick, sort_order=0)
    html = client.get("/").text
    lead_block = html.split('class="home-top__lead"')[1].split("</section>")[0]
    assert pick.title in lead_block


def test_breaking_strip_shows_flagged_stories_only(client, home):
    ArticlePage.objects.descendant_of(home).update(is_breaking=False)
    assert 'class="breaking"' not in client.get("/").text
    story = ArticlePage.objects.descendant_of(home).live().first()
    ArticlePage.objects.filter(pk=story.pk).update(is_breaking=True)
    html = client.get("/").text
    assert 'class="breaking"' in html
    assert story.title in html.split('class="breaking"')[1].split("</div>")[0]


@pytest.mark.parametrize("code", ["en", "ru", "hy"])
def test_tag_and_author_archives_list_the_editions_stories(client, edition, code):
    article = ArticlePage.objects.descendant_of(edition[code]).live().first()
    prefix = EDITION_PREFIX[code]
    tag = article.tags.first()
    html = client.get(f"{prefix}tags/{tag.slug}/").text
    assert f'<html lang="{code}"' in html
    assert tag.name in html and article.title in html
    author = article.authors.first()
    html = client.get(f"{prefix}authors/{author.slug}/").text
    assert author.name in html and article.title in html
    other = next(c for c in EDITION_PREFIX if c != code)
    other_story = ArticlePage.objects.descendant_of(edition[other]).live().first()
    assert other_story.url not in html


@pytest.mark.parametrize("code", ["en", "ru", "hy"])
def test_search_page_in_every_edition(client, edition, code):
    article = ArticlePage.objects.descendant_of(edition[code]).live().first()
    word = max(article.title.split(), key=len)
    html = client.get(f"{EDITION_PREFIX[code]}search/", {"q": word}).text
    assert f'<html lang="{code}"' in html
    assert article.url in html


def test_public_pages_are_cacheable_by_shared_caches(client, article, admin_client):
    response = client.get(article.url)
    assert (
        "s-maxage" in response["Cache-Control"]
        and "public" in response["Cache-Control"]
    )
    assert "private" in admin_client.get(article.url)["Cache-Control"]


def test_footer_shows_attribution_notice_and_copyright(client):
    html = client.get("/").text
    year = timezone.localdate().year
    assert "Any use of materials is allowed only with a hyperlink to" in html
    assert f"© {year} Newsroom" in html


def test_empty_social_links_are_hidden(client):
    from newsroom.core.models import SiteSettings

    settings_obj = SiteSettings.load()
    settings_obj.instagram_url = ""
    settings_obj.save()
    html = client.get("/").text
    assert "#icon-instagram" not in html
    assert "#icon-telegram" in html


def test_not_found_page_speaks_the_editions_language(client):
    response = client.get("/ru/no-such-story/")
    assert response.status_code == 404
    assert '<html lang="ru"' in response.text
    assert "Страница не найдена" in response.text
    assert 'placeholder="Что вы ищете?"' in response.text
