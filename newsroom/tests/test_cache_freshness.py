"""Nothing stale after privacy, unpublishing, headline, snippet or settings changes.

Each test warms the page cache first, makes the change the way the admin does
(so the same signals fire), and then reads the cached pages as a reader.
"""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from newsroom.ads.models import AdSlot, Placement
from newsroom.core import editions
from newsroom.core.models import EditionSettings, SiteSettings
from newsroom.news.models import ArticlePage, Author

pytestmark = pytest.mark.django_db

# Every edition's home page, the default edition's first.
HOMES = [edition.prefix for edition in editions.listed()]


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 300


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run the purges a committed change would run."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def read(client, path):
    response = client.get(path)
    return response.text, response.get("X-Page-Cache")


def warm(client, paths):
    for path in paths:
        read(client, path)
        assert read(client, path)[1] == "hit", path


@pytest.fixture
def newest(article, commit):
    """The section's newest story: on the home page, its lists and feeds."""
    with commit():
        article.first_published_at = timezone.now() + timedelta(days=365)
        article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


@pytest.fixture
def neighbour(newest):
    """Another story of the same section, whose "More from" list shows ``newest``."""
    return (
        ArticlePage.objects.sibling_of(newest, inclusive=False)
        .live()
        .order_by("-first_published_at")
        .first()
    )


def listings(story):
    section = story.get_parent()
    tag = story.tags.first()
    author = story.authors.first()
    return [
        "/",
        section.url,
        f"/tags/{tag.slug}/",
        f"/authors/{author.slug}/",
        "/rss/",
        section.url + "rss/",
        "/sitemap.xml",
    ]


@pytest.mark.parametrize("kind", ["password", "login"])
def test_a_story_made_private_leaves_its_page_and_every_list_at_once(
    client, newest, neighbour, commit, kind
):
    secret = newest.lead
    paths = [newest.url, neighbour.url, *listings(newest)]
    warm(client, paths)
    assert newest.url in read(client, neighbour.url)[0]
    with commit():
        PageViewRestriction.objects.create(
            page=newest,
            restriction_type=kind,
            password="s3cret" if kind == "password" else "",
        )
    page = client.get(newest.url)
    assert secret not in page.text
    assert page.get("X-Page-Cache") is None  # never stored
    for path in paths[1:]:
        html, state = read(client, path)
        assert state == "miss", path
        assert newest.url not in html, path
    assert newest.url not in client.get("/search/", {"q": newest.title}).text


def test_lifting_a_restriction_brings_the_story_back(client, newest, commit):
    with commit():
        restriction = PageViewRestriction.objects.create(
            page=newest, restriction_type="login"
        )
    warm(client, ["/", newest.get_parent().url])
    assert newest.url not in read(client, "/")[0]
    with commit():
        restriction.delete()
    assert newest.url in read(client, "/")[0]
    assert newest.lead in client.get(newest.url).text


def test_a_private_section_takes_its_stories_off_the_home_page(client, newest, commit):
    warm(client, ["/", newest.url])
    with commit():
        PageViewRestriction.objects.create(
            page=newest.get_parent(), restriction_type="login"
        )
    assert newest.url not in read(client, "/")[0]
    assert newest.lead not in client.get(newest.url).text


@pytest.mark.parametrize("target", ["story", "section"])
def test_a_private_story_or_section_can_be_deleted(client, newest, commit, target):
    """Deleting a page with a view restriction works and takes it off the site."""
    page = newest if target == "story" else newest.get_parent()
    with commit():
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    warm(client, ["/"])
    url = page.url
    with commit():
        page.delete()
    assert client.get(url).status_code == 404
    assert url not in read(client, "/")[0]


def test_a_tag_taken_off_a_story_leaves_its_archive(client, newest, commit):
    tag = newest.tags.first()
    archive = f"/tags/{tag.slug}/"
    warm(client, [archive])
    assert newest.url in read(client, archive)[0]
    with commit():
        newest.tags.set([t for t in newest.tags.all() if t.pk != tag.pk])
        newest.save_revision().publish()
    html, state = read(client, archive)
    assert state == "miss"
    assert newest.url not in html


def test_an_unpublished_story_leaves_other_stories_related_and_more_lists(
    client, newest, neighbour, commit
):
    warm(client, [neighbour.url])
    assert newest.url in read(client, neighbour.url)[0]
    with commit():
        newest.unpublish()
    html, state = read(client, neighbour.url)
    assert state == "miss"
    assert newest.url not in html


def test_a_new_headline_reaches_other_stories_lists_at_once(
    client, newest, neighbour, commit
):
    old = f'{newest.url}">{newest.title}</a>'
    warm(client, [neighbour.url, "/"])
    assert old in read(client, neighbour.url)[0]
    with commit():
        newest.title = "Ferry timetable restored after the strike"
        newest.save_revision().publish()
    for path in (neighbour.url, "/"):
        html, _ = read(client, path)
        assert "Ferry timetable restored after the strike" in html, path
        assert old not in html, path


def test_republishing_without_visible_changes_keeps_other_pages_cached(
    client, newest, neighbour, commit
):
    """Only what shows the story is purged: its neighbours stay cached."""
    warm(client, [neighbour.url])
    with commit():
        newest.save_revision().publish()
    assert read(client, neighbour.url)[1] == "hit"


@pytest.fixture
def footer_ad(db):
    AdSlot.objects.all().delete()
    return AdSlot.objects.create(
        name="Pulled", placement=Placement.FOOTER, html="<b>Malware</b>"
    )


def test_a_deactivated_ad_disappears_from_cached_pages_and_its_frame(
    client, article, footer_ad, commit
):
    frame = f"/ads/{footer_ad.pk}/frame/"
    warm(client, [*HOMES, article.url, frame])
    with commit():
        footer_ad.is_active = False
        footer_ad.save()
    for path in [*HOMES, article.url]:
        html, state = read(client, path)
        assert state == "miss", path
        assert frame not in html, path
    assert client.get(frame).status_code == 404


def test_a_deleted_ad_disappears_from_cached_pages(client, footer_ad, commit):
    frame = f"/ads/{footer_ad.pk}/frame/"
    warm(client, HOMES)
    with commit():
        footer_ad.delete()
    for path in HOMES:
        assert frame not in read(client, path)[0], path


def test_an_edition_notice_change_reaches_that_edition_only(client, locales, commit):
    warm(client, HOMES)
    notice = EditionSettings.objects.get(locale=locales["ru"])
    with commit():
        notice.attribution_notice = "Перепечатка только со ссылкой на"
        notice.save()
    html, state = read(client, editions.prefix("ru"))
    assert "Перепечатка только со ссылкой на" in html
    for path in HOMES:
        if path != editions.prefix("ru"):  # other editions keep their copies
            assert read(client, path)[1] == "hit", path


def test_outlet_name_and_social_links_reach_every_edition(client, commit):
    warm(client, HOMES)
    site_settings = SiteSettings.load()
    with commit():
        site_settings.outlet_name = "Caspian Courier"
        site_settings.instagram_url = ""
        site_settings.save()
    for path in HOMES:
        html, _ = read(client, path)
        assert "Caspian Courier" in html, path
        assert "#icon-instagram" not in html, path


def test_an_authors_new_bio_reaches_their_archive(client, article, commit):
    author = article.authors.first()
    path = f"/authors/{author.slug}/"
    warm(client, [path])
    with commit():
        author = Author.objects.get(pk=author.pk)
        author.bio = "Covers the Caspian energy beat since 2009."
        author.save()
    assert "Covers the Caspian energy beat since 2009." in read(client, path)[0]


def test_a_renamed_tag_shows_its_new_name_on_stories(client, article, commit):
    tag = article.tags.first()
    warm(client, [article.url])
    with commit():
        tag.name = "Caspian shipping lanes"
        tag.save()
    assert "#Caspian shipping lanes" in read(client, article.url)[0]


def test_a_changed_picture_reaches_every_edition(client, article, commit):
    """A new focal point changes every crop of the picture, on every page."""
    warm(client, [article.url, *HOMES[1:]])
    image = article.hero_image
    with commit():
        image.focal_point_x, image.focal_point_y = 10, 10
        image.focal_point_width, image.focal_point_height = 20, 20
        image.save()
    for path in [article.url, *HOMES[1:]]:
        assert read(client, path)[1] == "miss", path


def test_a_new_picture_purges_nothing(client, article, commit):
    """Uploading to the library changes no page: cached pages stay."""
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    warm(client, [article.url])
    with commit():
        get_image_model().objects.create(title="New", file=get_test_image_file())
    assert read(client, article.url)[1] == "hit"
