"""Loading the demo newsroom: editions, sections, authors, pictures, stories, ads.

What goes where is decided by :mod:`.plan`; this module saves it. Idempotent:
an edition whose home page exists is left alone, so running it again loads no
duplicates. Editions the demo has no texts for are left to the operator.
"""

from __future__ import annotations

import io
import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import models, transaction
from django.utils import timezone
from django.utils.html import format_html
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site
from wagtail.search.backends import get_search_backends

from newsroom.ads.models import AdSlot, Placement
from newsroom.core import editions
from newsroom.core.models import EditionSettings, SiteSettings
from newsroom.core.signal_handlers import analyze_sqlite
from newsroom.desk import roles
from newsroom.desk.models import Topic, TopicTag
from newsroom.desk.services import sync_roles
from newsroom.ingest.models import Source, SourceKind
from newsroom.news.models import (
    ArticleNote,
    ArticlePage,
    Author,
    HomePage,
    HomeTopStory,
    NewsTag,
    SectionPage,
)

from . import content, pictures, plan, wire
from .bodies import article_body
from .plan import ARTICLES_PER_SECTION, key

__all__ = [
    "ARTICLES_PER_SECTION",
    "DEMO_PASSWORD",
    "DEMO_USERNAME",
    "ensure_demo_people",
    "seed",
]

logger = logging.getLogger("newsroom.demo")

Log = Callable[[str], None]

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "newsroom-demo"
AD_LINK = "https://newsroom.example/advertising"


@dataclass(frozen=True)
class Pictures:
    illustrations: list  # wagtail images, indexed by StoryPlan.illustration
    portraits: list  # one per content.AUTHORS entry


def seed(*, per_section: int = ARTICLES_PER_SECTION, log: Log = logger.info) -> int:
    """Load the demo newsroom; returns the number of articles created.

    Each edition is saved in its own transaction, so a failure leaves the
    editions before it complete and the next run picks up from there. What
    it creates is in the search index when it returns (see
    :func:`index_for_search`), worker or not.
    """
    codes = demo_editions(log)
    locales = ensure_locales(codes)
    ensure_site_settings()
    ensure_superuser(log)
    ensure_demo_people(password=DEMO_PASSWORD, log=log)
    demo_pictures = ensure_pictures()
    now = timezone.now()
    created = 0
    for code in codes:
        created += seed_edition(
            code,
            locales[code],
            demo_pictures,
            edition_index=editions.codes().index(code),
            per_section=per_section,
            now=now,
            log=log,
        )
    ensure_topics(locales, log)
    ensure_ads(locales)
    ensure_wire_source(log)
    analyze_sqlite(sender=None)
    return created


def demo_editions(log: Log) -> list[str]:
    """The configured editions the demo has texts for; says which it skips."""
    codes = []
    for code in editions.codes():
        if plan.has_texts(code):
            codes.append(code)
        else:
            log(
                f"{code}: the demo has no texts in this language, so it loads "
                "nothing there; add the edition's pages in the admin "
                "(docs/editions.md)"
            )
    return codes


def ensure_locales(codes: list[str]) -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in codes}


def ensure_site_settings() -> None:
    site_settings = SiteSettings.load()
    if site_settings.outlet_url:
        return
    site_settings.outlet_name = "Newsroom"
    site_settings.outlet_url = "https://newsroom.example"
    site_settings.twitter_url = "https://x.com/newsroom_demo"
    site_settings.youtube_url = "https://www.youtube.com/@newsroom_demo"
    site_settings.instagram_url = "https://www.instagram.com/newsroom_demo"
    site_settings.facebook_url = "https://www.facebook.com/newsroom.demo"
    site_settings.telegram_url = "https://t.me/newsroom_demo"
    site_settings.app_store_url = (
        "https://apps.apple.com/app/newsroom-demo/id0000000000"
    )
    site_settings.google_play_url = (
        "https://play.google.com/store/apps/details?id=example.newsroom"
    )
    site_settings.save()


# The demo's staff. An edition's people are different people, each named in
# the edition's language (not one name translated), so the byline they add
# themselves to reads as that newsroom's; they are not the writers of
# content.AUTHORS, and sign with entries of their own ("Add me to the byline").
EDITION_STAFF_NAMES = {
    "reporter": content.t("Kamran Aliyev", "Ирина Волкова", "Անի Պետրոսյան"),
    "editor": content.t("Aysel Huseynova", "Дмитрий Орлов", "Գոհար Հակոբյան"),
    "translator": content.t("Emma Clarke", "Павел Лебедев", "Նարեկ Գրիգորյան"),
}
STAFF_NAMES = {"chief": "Farid Nasirov", "admanager": "Lala Mammadova"}


def ensure_demo_people(*, password: str, log: Log) -> list[tuple[str, str]]:
    """One demo person per newsroom role and edition ("reporter-ru", "chief").

    Returns (username, group name) pairs. People who exist keep their password
    (someone may have changed it) and their name if they have one, and are put
    back in their group. Syncs the roles first, so the groups exist.
    """
    sync_roles()
    # An edition the demo has no names for gets nameless people, who are
    # asked for a name when they first add themselves to a byline.
    staff = [
        (
            f"{role.key}-{code}",
            role.group_name(code),
            EDITION_STAFF_NAMES.get(role.key, {}).get(code, ""),
        )
        for code in editions.codes()
        for role in roles.EDITION_ROLES
    ] + [
        (role.key, role.group_name(), STAFF_NAMES.get(role.key, ""))
        for role in roles.GLOBAL_ROLES
    ]
    people = [(username, group_name) for username, group_name, _ in staff]
    User = get_user_model()
    groups = Group.objects.in_bulk([name for _, name in people], field_name="name")
    for username, group_name, full_name in staff:
        user = User.objects.filter(**{User.USERNAME_FIELD: username}).first()
        if user is None:
            user = User.objects.create_user(
                username, f"{username}@newsroom.example", password
            )
        if full_name and not (user.first_name or user.last_name):
            user.first_name, _, user.last_name = full_name.partition(" ")
            user.save(update_fields=["first_name", "last_name"])
        user.groups.add(groups[group_name])
    log(
        "Newsroom logins (password "
        f"{password}): " + ", ".join(username for username, _ in people)
    )
    return people


def ensure_superuser(log: Log) -> None:
    User = get_user_model()
    if not User.objects.filter(username=DEMO_USERNAME).exists():
        User.objects.create_superuser(
            DEMO_USERNAME, "admin@newsroom.example", DEMO_PASSWORD
        )
    log(
        f"Admin login: {DEMO_USERNAME} / {DEMO_PASSWORD}  (change it before going public)"
    )


def ensure_pictures() -> Pictures:
    return Pictures(
        illustrations=[
            ensure_image(
                f"Demo illustration {n + 1}", partial(pictures.illustration, n)
            )
            for n in range(plan.ILLUSTRATIONS)
        ],
        portraits=[
            ensure_image(f"Demo portrait {n + 1}", partial(pictures.portrait, n))
            for n in range(len(content.AUTHORS))
        ],
    )


def ensure_image(title: str, draw: Callable[[], bytes], *, extension: str = "jpg"):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    image = Image(title=title)
    image.file = ImageFile(io.BytesIO(draw()), name=f"{key(title)}.{extension}")
    image.save()
    index_for_search([image])
    return image


def seed_edition(
    code: str,
    locale: Locale,
    demo_pictures: Pictures,
    *,
    edition_index: int,
    per_section: int,
    now: datetime,
    log: Log,
) -> int:
    """Load one edition unless its home page exists; returns the articles created."""
    with transaction.atomic():
        home = HomePage.objects.filter(locale=locale).first()
        if home is not None:
            log(f"{code}: edition exists, left as it is")
            return 0
        home = create_home(code, locale, now=now)
        authors = create_authors(code, locale, demo_pictures.portraits)
        save_edition_settings(code, locale)
        sections = plan.plan_edition(
            code, edition_index=edition_index, per_section=per_section, now=now
        )
        saved: list[models.Model] = [home, *authors]
        top_stories = []
        for section_plan in sections:
            section = create_section(home, section_plan, locale, now=now)
            saved.append(section)
            for story in section_plan.stories:
                article = create_article(section, story, locale, demo_pictures, authors)
                saved.append(article)
                if story.is_top_story:
                    top_stories.append(article)
        pick_top_stories(home, top_stories)
        # After its top stories: the revision is what its editor opens.
        record_as_published(home)
    index_for_search(saved)
    created = sum(len(s.stories) for s in sections)
    short = [s.slug for s in sections if len(s.stories) < per_section]
    log(f"{code}: {len(sections)} sections, {created} articles")
    if short:
        log(
            f"{code}: the demo has fewer than {per_section} stories for "
            f"{', '.join(short)}; each story is loaded once"
        )
    return created


def create_home(code: str, locale: Locale, *, now: datetime) -> HomePage:
    home = HomePage(
        title=content.EDITION_TEXTS[code]["home"],
        slug=f"home-{code}",
        locale=locale,
        translation_key=key("home"),
        live=True,
        first_published_at=now,
    )
    Page.get_first_root_node().add_child(instance=home)
    if code == editions.default().code:
        make_site_root(home)
    return home


def make_site_root(home: HomePage) -> None:
    """Serve ``home`` at the site's address, replacing Wagtail's welcome page."""
    site = Site.objects.filter(is_default_site=True).first() or Site(
        is_default_site=True
    )
    old_root = site.root_page if site.pk else None
    # Absolute links (sitemap, feeds, CDN purges) use the site's address.
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = address.hostname or "localhost"
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.root_page = home
    site.site_name = "Newsroom"
    site.save()
    if old_root and old_root.depth == 2 and not isinstance(old_root.specific, HomePage):
        old_root.delete()


def create_authors(code: str, locale: Locale, portraits: list) -> list[Author]:
    return [
        Author.objects.create(
            name=data["name"][code],
            slug=data["slug"],
            role=data["role"][code],
            bio=data["bio"][code],
            photo=portraits[index % len(portraits)],
            locale=locale,
            translation_key=key("author", data["slug"]),
        )
        for index, data in enumerate(content.AUTHORS)
    ]


def save_edition_settings(code: str, locale: Locale) -> None:
    EditionSettings.objects.update_or_create(
        locale=locale,
        defaults={
            "tagline": content.EDITION_TEXTS[code]["tagline"],
            "attribution_notice": content.EDITION_TEXTS[code]["notice"],
            "translation_key": key("edition-settings"),
        },
    )


def create_section(
    home: HomePage, section_plan: plan.SectionPlan, locale: Locale, *, now: datetime
) -> SectionPage:
    code = locale.language_code
    section = SectionPage(
        title=section_plan.data["title"][code],
        slug=section_plan.slug,
        blurb=section_plan.data["blurb"][code],
        show_in_menus=True,
        locale=locale,
        translation_key=key("section", section_plan.slug),
        live=True,
        first_published_at=now - timedelta(days=365),
    )
    home.add_child(instance=section)
    record_as_published(section)
    return section


def create_article(
    section: SectionPage,
    story: plan.StoryPlan,
    locale: Locale,
    demo_pictures: Pictures,
    authors: list[Author],
) -> ArticlePage:
    illustrations = demo_pictures.illustrations
    article = ArticlePage(
        title=story.title,
        slug=story.slug,
        lead=story.lead,
        # No caption or credit for a drawing: see bodies._picture.
        hero_image=illustrations[story.illustration],
        body=article_body(
            story.story,
            story.fill,
            variant=story.position,
            image_id=illustrations[story.inline_illustration].pk,
            embed_url=story.embed_url,
        ),
        source_name=story.source,
        is_breaking=story.is_breaking,
        locale=locale,
        translation_key=story.translation_key,
        live=True,
        first_published_at=story.published,
        last_published_at=story.updated,
    )
    article.tags.add(*story.tags)
    article.authors.set([authors[index] for index in story.author_picks])
    if story.updated > story.published:
        # What the reader sees as "Updated": a dated note, as an editor adds.
        article.notes.add(
            ArticleNote(
                kind=ArticleNote.UPDATE,
                text=content.EDITION_TEXTS[locale.language_code]["update_note"],
                noted_at=story.updated,
            )
        )
    section.add_child(instance=article)
    record_as_published(article)
    return article


def record_as_published(page: Page) -> None:
    """Leave on a page made live in code what the admin's "Publish" leaves.

    That is its content as its live and latest revision, dated when it was
    last published. Wagtail's concurrent editing compares the revision each
    open editor loaded with the latest one: on a story with no revision, a
    second editor's autosave replaced the first editor's saved draft and
    nobody was told (docs/newsroom.md, "Two editors on one story").
    """
    revision = page.save_revision(changed=False, clean=False)
    when = page.last_published_at or page.first_published_at
    Revision.objects.filter(pk=revision.pk).update(created_at=when)
    Page.objects.filter(pk=page.pk).update(
        live_revision=revision, latest_revision_created_at=when
    )


def index_for_search(objects: Iterable[models.Model]) -> None:
    """Put ``objects`` in every auto-updated search backend now, a batch per model.

    Saving them queued an index task each (Wagtail's signal handlers), which
    only a running worker carries out: a demo served by a bare ``runserver``
    would find nothing. The objects are read again as the index would read
    them; the queued tasks, when a worker runs them, find their entries
    there and rewrite them (slower than needed, never wrong).
    """
    by_model: dict[type[models.Model], list[int]] = defaultdict(list)
    for obj in objects:
        by_model[type(obj)].append(obj.pk)
    for model, pks in by_model.items():
        indexed = list(model.get_indexed_objects().filter(pk__in=pks))  # type: ignore[attr-defined]
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, indexed)


def pick_top_stories(home: HomePage, articles: list[ArticlePage]) -> None:
    for order, article in enumerate(articles):
        HomeTopStory.objects.create(home=home, article=article, sort_order=order)


def ensure_topics(locales: dict[str, Locale], log: Log) -> None:
    """One desk topic per demo tag, naming it in each demo edition.

    The demo's tags are one text in several languages (``content.TAGS``), so
    it knows which tags are one subject; the topics tell the translation desk
    (:class:`newsroom.desk.models.Topic`). A topic is found by any of its
    tags, so running again adds only what is missing (a new edition's tag)
    and keeps what editors changed: a renamed topic, a tag linked elsewhere.
    """
    made = []
    for words in content.TAGS:
        names = {code: words[code] for code in locales}
        tags = {
            code: NewsTag.objects.get_or_create(name=name)[0]
            for code, name in names.items()
        }
        linked = TopicTag.objects.filter(
            tag__in=tags.values(), locale__in=locales.values()
        ).select_related("topic")
        topic = next((row.topic for row in linked), None)
        if topic is None:
            topic = Topic.objects.create(name=next(iter(names.values())))
            made.append(topic)
        have = set(
            TopicTag.objects.filter(topic=topic).values_list("locale_id", flat=True)
        )
        taken = set(
            TopicTag.objects.filter(tag__in=tags.values()).values_list(
                "locale_id", "tag_id"
            )
        )
        for code, tag in tags.items():
            locale = locales[code]
            if locale.pk not in have and (locale.pk, tag.pk) not in taken:
                TopicTag.objects.create(topic=topic, locale=locale, tag=tag)
    index_for_search(made)
    log(f"Topics: {len(content.TAGS)} demo tags linked across editions")


def ensure_ads(locales: dict[str, Locale]) -> None:
    """Each edition's header banner and partner widget, in its own language.

    Only on a site without ads: ads an operator made (or deleted) stay as
    they are.
    """
    if AdSlot.objects.exists():
        return
    banner = ensure_image("Demo ad banner", pictures.banner, extension="png")
    for code, locale in locales.items():
        texts = content.EDITION_TEXTS[code]
        header = AdSlot.objects.create(
            name=f"Demo banner ({code})",
            placement=Placement.HEADER,
            image=banner,
            alt_text=texts["ad"],
            link_url=AD_LINK,
        )
        widget = AdSlot.objects.create(
            name=f"Demo partner widget ({code})",
            placement=Placement.SIDEBAR,
            html=partner_widget_html(code),
            height=250,
        )
        header.editions.set([locale])
        widget.editions.set([locale])


def partner_widget_html(code: str) -> str:
    """The sidebar ad's HTML, in edition ``code``'s language."""
    texts = content.EDITION_TEXTS[code]
    return format_html(
        '<!doctype html><html lang="{}"><body style="margin:0;font:16px system-ui;'
        "background:#f3e9d2;display:grid;place-items:center;height:100%;"
        'text-align:center"><div style="color:#3a2c0f">'
        '<p style="margin:0 0 .5em;font-weight:700">{}</p>'
        '<p style="margin:0">{}</p></div></body></html>',
        code,
        texts["ad_widget_title"],
        texts["ad_widget_text"],
    )


def ensure_wire_source(log: Log) -> None:
    """An active Source polling the demo's own agency feed into Economy.

    Only when the site serves that feed (``NEWSROOM_DEMO_WIRE``) and has an
    English Economy section; a Source an operator changed is left alone.
    """
    if not settings.NEWSROOM_DEMO_WIRE:
        return
    section = (
        SectionPage.objects.filter(slug="economy", locale__language_code="en")
        .order_by("path")
        .first()
    )
    if section is None:
        return
    port = os.environ.get("PORT", "8000")
    address = f"http://127.0.0.1:{port}/{wire.WIRE_PATH}"
    source, created = Source.objects.get_or_create(
        name=wire.WIRE_NAME,
        defaults={
            "kind": SourceKind.FEED,
            "address": address,
            "section": section,
            "source_line": wire.WIRE_SOURCE_LINE,
            "poll_minutes": 5,
        },
    )
    if created:
        log(f"Demo source: {address} into {section.title} (Admin > Incoming)")
