"""Every page type answers in every edition, with the parts a reader expects."""

import math
import re
from datetime import UTC, timedelta
from html.parser import HTMLParser

import pytest
from django.utils import timezone
from django.utils.http import urlencode

from newsroom.core import editions
from newsroom.news.models import (
    ArticleNote,
    ArticlePage,
    HomePage,
    HomeTopStory,
    SectionPage,
)

pytestmark = pytest.mark.django_db


def card_urls(html):
    """The addresses of the story cards on a page, in order."""
    return re.findall(r'class="card__title[^"]*"><a href="([^"]+)"', html)


def current_page_numbers(html):
    return re.findall(r'<span aria-current="page">(\d+)</span>', html)


def breaking_links(html):
    strip = re.search(r'<ul class="breaking__list">(.*?)</ul>', html, re.S)
    return re.findall(r'href="([^"]+)"', strip.group(1)) if strip else []


def newest_first(queryset):
    return list(queryset.live().order_by("-first_published_at"))


@pytest.mark.parametrize("code", editions.codes())
def test_home_section_and_article_pages_render_in_every_edition(client, edition, code):
    """Each edition's home, sections and stories are served under its own prefix."""
    home = edition[code]
    response = client.get(editions.prefix(code))
    assert response.status_code == 200
    assert f'<html lang="{code}"' in response.text
    section = SectionPage.objects.child_of(home).first()
    assert section.url.startswith(editions.prefix(code))
    response = client.get(section.url)
    assert response.status_code == 200
    assert section.blurb in response.text
    article = ArticlePage.objects.child_of(section).live().first()
    response = client.get(article.url)
    assert response.status_code == 200
    assert article.title in response.text
    assert article.lead in response.text


@pytest.mark.parametrize(
    ("code", "path", "heading"),
    [
        ("en", "no-such-page/", "Page not found"),
        ("ru", "no-such-page/", "Страница не найдена"),
        ("hy", "politics/no-such-story/", "Էջը չի գտնվել"),
        ("en", "tags/no-such-tag/", "Page not found"),
        ("en", "authors/nobody/", "Page not found"),
    ],
)
def test_unknown_paths_are_404(client, code, path, heading):
    """Unknown addresses answer 404 with the not-found page of their edition."""
    response = client.get(editions.prefix(code) + path)
    assert response.status_code == 404
    assert f'<html lang="{code}"' in response.text
    assert f"<h1>{heading}</h1>" in response.text


def test_draft_article_is_not_reachable(client, article):
    """Unpublished stories 404 and vanish from lists, search and archives they were in."""
    url = article.url
    word = max(article.title.split(), key=len)
    lists = [
        article.get_parent().url,
        f"/tags/{article.tags.first().slug}/",
        f"/authors/{article.authors.first().slug}/",
        "/search/?" + urlencode({"q": word}),
    ]
    assert client.get(url).status_code == 200
    for listing in lists:
        assert url in card_urls(client.get(listing).text), listing
    article.unpublish()
    assert client.get(url).status_code == 404
    for listing in lists:
        assert url not in card_urls(client.get(listing).text), listing
        assert f'href="{url}"' not in client.get(listing).text, listing


def test_article_shows_section_date_source_authors_and_tags(client, article):
    """A story shows its section, local publication and update times, source, bylines and tags.

    The update time is its latest correction or update's."""
    article.source_name = "Telegram channel of the city administration"
    article.source_url = ""
    article.first_published_at = timezone.make_aware(
        timezone.datetime(2025, 1, 14, 7, 12), UTC
    )
    article.notes.add(
        ArticleNote(
            kind=ArticleNote.UPDATE,
            text="Casualty figures revised.",
            noted_at=article.first_published_at + timedelta(hours=3),
        )
    )
    article.save()
    html = client.get(article.url).text
    section = article.get_parent()
    assert (
        f'<a class="article__section" href="{section.url}">{section.title}</a>' in html
    )
    # Outlet time zone is Asia/Baku (UTC+4).
    assert (
        '<time datetime="2025-01-14T11:12:00+04:00">14 January 2025, 11:12</time>'
        in html
    )
    assert (
        '<span class="article__updated">Updated '
        '<time datetime="2025-01-14T14:12:00+04:00">14 January 2025, 14:12</time></span>'
    ) in html
    assert (
        '<p class="article__source">Source: '
        "Telegram channel of the city administration</p>"
    ) in html
    authors = list(article.authors.all())
    assert authors
    for author in authors:
        assert re.search(
            rf'<a href="/authors/{author.slug}/"[^>]*>{re.escape(author.name)}</a>',
            html,
        )
    tags = list(article.tags.all())
    assert tags
    for tag in tags:
        assert f'<a href="/tags/{tag.slug}/">#{tag.name}</a>' in html


def test_russian_article_dates_are_written_the_russian_way(client, edition):
    """Russian stories give the day, the month in the genitive, and no update line."""
    article = ArticlePage.objects.descendant_of(edition["ru"]).live().first()
    article.first_published_at = timezone.make_aware(
        timezone.datetime(2025, 1, 14, 7, 12), UTC
    )
    article.last_published_at = article.first_published_at
    article.save()
    html = client.get(article.url).text
    assert (
        '<time datetime="2025-01-14T11:12:00+04:00">14 января 2025, 11:12</time>'
        in html
    )
    assert "article__updated" not in html
    assert "Обновлено" not in html


def test_republishing_without_a_note_is_not_an_update(client, article):
    """Fixing a typo, however long after publishing, does not mark the story as updated."""
    article.last_published_at = article.first_published_at + timedelta(days=3)
    article.save()
    assert "article__updated" not in client.get(article.url).text


def test_language_switch_goes_to_translation_or_edition_home(client, edition):
    """A translated story links to its translations; others link to the edition homes."""
    first, other = editions.codes()[:2]
    stories = ArticlePage.objects.descendant_of(edition[first]).live()
    translated = next(
        a
        for a in stories
        if a.get_translations().live().filter(locale__language_code=other).exists()
    )
    version = translated.get_translations().live().get(locale__language_code=other)
    html = client.get(translated.url).text
    assert f'href="{version.url}" lang="{other}"' in html
    assert (
        f'<link rel="alternate" hreflang="{other}"'
        f' href="http://testserver{version.url}">' in html
    )
    assert f'hreflang="x-default" href="http://testserver{translated.url}">' in html
    own = next(a for a in stories if not a.get_translations().exists())
    html = client.get(own.url).text
    assert f'href="{editions.prefix(other)}" lang="{other}"' in html
    assert f'hreflang="{other}"' in html  # the switch link itself
    assert f'<link rel="alternate" hreflang="{other}"' not in html


def test_head_has_title_description_canonical_and_social_tags(client, article):
    """A story's head has its title, lead as description, canonical address and social tags."""
    html = client.get(article.url).text
    assert f"<title>{article.title} | Newsroom</title>" in html
    assert f'<meta name="description" content="{article.lead}">' in html
    assert f'<link rel="canonical" href="http://testserver{article.url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert re.search(
        r'<meta property="og:image" content="http://testserver/[^"]+\.jpg">', html
    )
    assert '<meta name="twitter:card" content="summary_large_image">' in html


class MetaProperties(HTMLParser):
    """Every ``<meta property=... content=...>`` of a page, values in page order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and attrs.get("property"):
            self.found.setdefault(attrs["property"], []).append(attrs.get("content"))


def meta_properties(html: str) -> dict[str, list[str]]:
    parser = MetaProperties()
    parser.feed(html)
    parser.close()
    return parser.found


def home_and_story_urls(home: HomePage) -> list[str]:
    story = ArticlePage.objects.descendant_of(home).live().order_by("pk").first()
    return [home.url, story.url]


@pytest.mark.parametrize("code", editions.codes())
def test_open_graph_locale_is_the_editions(client, edition, code):
    """Shared on a social network, a home or story page says its edition's locale."""
    wanted = editions.find(code).territory_locale
    for url in home_and_story_urls(edition[code]):
        assert meta_properties(client.get(url).text)["og:locale"] == [wanted], url


# As the outlet ships: Open Graph's own spelling of each edition's locale.
SHIPPED_OG_LOCALES = {"en": "en_US", "ru": "ru_RU", "hy": "hy_AM"}


@pytest.mark.parametrize(("code", "og_locale"), SHIPPED_OG_LOCALES.items())
def test_shipped_editions_have_their_open_graph_locales(
    client, edition, code, og_locale
):
    """English pages say en_US, Russian ones ru_RU, Armenian ones hy_AM."""
    if editions.find(code) is None:
        pytest.skip(f"EDITIONS does not configure {code!r}")
    assert editions.find(code).territory_locale == og_locale
    for url in home_and_story_urls(edition[code]):
        assert meta_properties(client.get(url).text)["og:locale"] == [og_locale], url


def test_open_graph_alternates_are_the_locales_of_the_translations(
    client, edition, locales
):
    """og:locale:alternate names each live translation's locale, and no other edition's."""
    first, *others = editions.listed()
    untranslated = [
        story
        for story in ArticlePage.objects.descendant_of(edition[first.code]).live()
        if not story.get_translations().exists()
    ]
    assert untranslated, "the demo has stories in one edition only"
    story = untranslated[0]
    assert "og:locale:alternate" not in meta_properties(client.get(story.url).text)
    translated_into = others[:1]  # with three editions, one stays untranslated
    for other in translated_into:
        version = story.copy_for_translation(locales[other.code], copy_parents=False)
        version.slug = f"{story.slug}-{other.code}"
        version.save_revision().publish()
    meta = meta_properties(client.get(story.url).text)
    assert meta["og:locale"] == [first.territory_locale]
    alternates = meta.get("og:locale:alternate", [])
    assert alternates == [e.territory_locale for e in translated_into]
    for version in story.get_translations().live().specific():
        meta = meta_properties(client.get(version.url).text)
        assert meta["og:locale"] == [editions.of_page(version).territory_locale]
        assert meta["og:locale:alternate"] == [first.territory_locale]


def test_section_page_paginates_with_plain_links(client, section, settings):
    """Page 1 shows the newest stories with a plain link to page 2; a bad number gets page 1."""
    settings.NEWSROOM_PAGE_SIZE = 2
    stories = newest_first(ArticlePage.objects.child_of(section))
    html = client.get(section.url).text
    assert 'href="?page=2"' in html and "data-load-more" in html
    assert 'href="?page=2" rel="next"' in html
    assert current_page_numbers(html) == ["1"]
    assert card_urls(html) == [s.url for s in stories[:2]]
    second = client.get(section.url, {"page": 2}).text
    assert current_page_numbers(second) == ["2"]
    assert card_urls(second) == [s.url for s in stories[2:4]]
    not_a_number = client.get(section.url, {"page": "abc"})
    assert not_a_number.status_code == 200
    assert current_page_numbers(not_a_number.text) == ["1"]
    assert card_urls(not_a_number.text) == card_urls(html)


def test_out_of_range_page_shows_the_last_page(client, section, settings):
    """?page=999 is the last page: its number is current and its stories are listed."""
    settings.NEWSROOM_PAGE_SIZE = 2
    stories = newest_first(ArticlePage.objects.child_of(section))
    last = math.ceil(len(stories) / 2)
    assert last >= 3
    html = client.get(section.url, {"page": 999}).text
    assert current_page_numbers(html) == [str(last)]
    assert card_urls(html) == [s.url for s in stories[(last - 1) * 2 :]]
    assert card_urls(html) == card_urls(client.get(section.url, {"page": last}).text)
    assert 'rel="next"' not in html and "data-load-more" not in html
    assert f'href="?page={last - 1}" rel="prev"' in html


@pytest.mark.parametrize("number", ["0", "-1"])
def test_page_numbers_below_one_show_the_first_page(client, section, settings, number):
    """?page=0 and ?page=-1 are nearest to the first page, not the last."""
    settings.NEWSROOM_PAGE_SIZE = 2
    html = client.get(section.url, {"page": number}).text
    assert current_page_numbers(html) == ["1"]
    assert card_urls(html) == card_urls(client.get(section.url).text)


def test_home_shows_editor_picks_first_then_latest(client, home):
    """An editor's pick leads the home page; the latest other stories fill the top list."""
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
    assert card_urls(lead_block) == [pick.url]
    top_block = html.split('class="home-top__more"')[1].split("</section>")[0]
    latest = newest_first(ArticlePage.objects.descendant_of(home).exclude(pk=pick.pk))
    count = HomePage.top_story_count - 1
    assert card_urls(top_block) == [s.url for s in latest[:count]]


def test_breaking_strip_shows_flagged_stories_only(client, home):
    """No flagged story, no strip; one flagged story, a strip with just that story."""
    ArticlePage.objects.descendant_of(home).update(is_breaking=False)
    assert 'class="breaking"' not in client.get("/").text
    story = newest_first(ArticlePage.objects.descendant_of(home))[0]
    ArticlePage.objects.filter(pk=story.pk).update(is_breaking=True)
    html = client.get("/").text
    assert 'class="breaking"' in html
    assert breaking_links(html) == [story.url]


def test_breaking_strip_drops_stories_older_than_48_hours(client, home):
    """A story flagged breaking leaves the strip 48 hours after it was published."""
    ArticlePage.objects.descendant_of(home).update(is_breaking=False)
    fresh, recent, stale = newest_first(ArticlePage.objects.descendant_of(home))[:3]
    now = timezone.now()
    for story, age in ((fresh, 1), (recent, 47), (stale, 49)):
        ArticlePage.objects.filter(pk=story.pk).update(
            is_breaking=True, first_published_at=now - timedelta(hours=age)
        )
    assert breaking_links(client.get("/").text) == [fresh.url, recent.url]
    ArticlePage.objects.filter(pk__in=[fresh.pk, recent.pk]).update(is_breaking=False)
    html = client.get("/").text
    assert breaking_links(html) == []
    assert 'class="breaking"' not in html


@pytest.mark.parametrize("code", editions.codes())
def test_tag_and_author_archives_list_the_editions_stories(
    client, edition, code, settings
):
    """A tag's and an author's archive list exactly the edition's stories with them, newest first."""
    article = ArticlePage.objects.descendant_of(edition[code]).live().first()
    in_edition = ArticlePage.objects.descendant_of(edition[code])
    prefix = editions.prefix(code)
    tag = article.tags.first()
    html = client.get(f"{prefix}tags/{tag.slug}/").text
    assert f'<html lang="{code}"' in html
    assert f"<h1>{tag.name}</h1>" in html
    tagged = newest_first(in_edition.filter(tagged_items__tag=tag))
    assert card_urls(html) == [s.url for s in tagged][: settings.NEWSROOM_PAGE_SIZE]
    assert article.url in card_urls(html)
    author = article.authors.first()
    html = client.get(f"{prefix}authors/{author.slug}/").text
    assert f"<h1>{author.name}</h1>" in html
    by_author = newest_first(in_edition.filter(authors=author))
    assert card_urls(html) == [s.url for s in by_author][: settings.NEWSROOM_PAGE_SIZE]
    assert article.url in card_urls(html)


@pytest.mark.parametrize("code", editions.codes())
def test_search_page_in_every_edition(client, edition, code):
    """Each edition's search page speaks its language and lists its own stories only."""
    article = ArticlePage.objects.descendant_of(edition[code]).live().first()
    word = max(article.title.split(), key=len)
    html = client.get(f"{editions.prefix(code)}search/", {"q": word}).text
    assert f'<html lang="{code}"' in html
    found = card_urls(html)
    assert article.url in found
    own = {s.url for s in ArticlePage.objects.descendant_of(edition[code]).live()}
    assert set(found) <= own


def test_public_pages_are_cacheable_by_shared_caches(client, article, admin_client):
    """Readers' pages may be kept by shared caches; editors' pages are private."""

    def directives(response):
        return {d.strip() for d in response["Cache-Control"].split(",")}

    public = directives(client.get(article.url))
    assert {"public", "max-age=0", f"s-maxage={article.cache_max_age}"} <= public
    assert "private" not in public
    private = directives(admin_client.get(article.url))
    assert {"private", "no-cache"} <= private
    assert "public" not in private and not any(
        d.startswith("s-maxage") for d in private
    )


def test_footer_shows_attribution_notice_and_copyright(client):
    """The footer carries the attribution notice and this year's copyright."""
    html = client.get("/").text
    year = timezone.localdate().year
    assert "Any use of materials is allowed only with a hyperlink to" in html
    assert f"© {year} Newsroom" in html


def test_empty_social_links_are_hidden(client):
    """A social network without an address gets no icon; the others keep theirs."""
    from newsroom.core.models import SiteSettings

    settings_obj = SiteSettings.load()
    settings_obj.instagram_url = ""
    settings_obj.save()
    html = client.get("/").text
    assert "#icon-instagram" not in html
    assert "#icon-telegram" in html


def test_not_found_page_speaks_the_editions_language(client):
    """A missing page of the Russian edition answers in Russian, search form included."""
    response = client.get(f"{editions.prefix('ru')}no-such-story/")
    assert response.status_code == 404
    assert '<html lang="ru"' in response.text
    assert "Страница не найдена" in response.text
    assert 'placeholder="Что вы ищете?"' in response.text
