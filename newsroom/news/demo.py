"""The demo newsroom: three editions of sections, authors, tags, images and stories.

Deterministic: the same content every run, dates counted back from the moment
of seeding so the site looks current. Idempotent: an edition whose home page
exists is left alone, so running it again loads no duplicates.
"""

from __future__ import annotations

import io
import logging
import random
import uuid
from collections.abc import Callable
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from newsroom.ads.models import AdSlot, Placement
from newsroom.core import editions
from newsroom.core.models import EditionSettings, SiteSettings
from newsroom.core.signal_handlers import analyze_sqlite

from . import demo_content as content
from .models import ArticlePage, Author, HomePage, HomeTopStory, SectionPage

logger = logging.getLogger("newsroom.news")

NAMESPACE = uuid.UUID("6f1c1b7e-3c1a-4c53-9a52-6b1f1c7d2e10")
ARTICLES_PER_SECTION = 10
# Stories with index below this are published in every edition and linked as
# translations; the rest are each edition's own reporting.
TRANSLATED_STORIES = 4
DEMO_USERNAME = "admin"
DEMO_PASSWORD = "newsroom-demo"

PALETTES = [
    ((18, 52, 86), (196, 69, 54)),
    ((20, 90, 80), (240, 196, 25)),
    ((70, 30, 90), (230, 120, 90)),
    ((12, 60, 120), (90, 200, 220)),
    ((120, 40, 30), (250, 210, 150)),
    ((30, 100, 40), (220, 240, 180)),
    ((50, 50, 60), (240, 90, 120)),
]

EDITION_TEXTS = {
    "en": {
        "home": "Home",
        "tagline": "News of Azerbaijan, the region and the world",
        "notice": "Any use of materials is allowed only with a hyperlink to",
        "ad": "Your advertisement could be here",
        "illustration": "Illustration",
    },
    "ru": {
        "home": "Главная",
        "tagline": "Новости Азербайджана, региона и мира",
        "notice": "Любое использование материалов допускается только при наличии гиперссылки на",
        "ad": "Здесь могла бы быть ваша реклама",
        "illustration": "Иллюстрация",
    },
    "hy": {
        "home": "Գլխավոր",
        "tagline": "Ադրբեջանի, տարածաշրջանի և աշխարհի լուրեր",
        "notice": "Նյութերի ցանկացած օգտագործում թույլատրվում է միայն հիպերհղումով դեպի",
        "ad": "Այստեղ կարող էր լինել ձեր գովազդը",
        "illustration": "Նկարազարդում",
    },
}


def key(*parts: object) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts))


def make_picture(seed: int, size: tuple[int, int] = (1600, 900)) -> bytes:
    """An abstract, deterministic illustration drawn with Pillow."""
    rng = random.Random(seed)
    dark, light = PALETTES[seed % len(PALETTES)]
    width, height = size
    picture = PILImage.new("RGB", size, dark)
    draw = ImageDraw.Draw(picture)
    for y in range(0, height, 4):
        t = y / height
        colour = tuple(
            int(lo + (hi - lo) * t * 0.6) for lo, hi in zip(dark, light, strict=True)
        )
        draw.rectangle([0, y, width, y + 4], fill=colour)
    for _ in range(7):
        r = rng.randint(height // 10, height // 3)
        x, y = rng.randint(0, width), rng.randint(0, height)
        tint = tuple(min(255, c + rng.randint(-30, 30)) for c in light)
        draw.ellipse(
            [x - r, y - r, x + r, y + r], outline=tint, width=rng.randint(4, 14)
        )
    for _ in range(3):
        x = rng.randint(0, width)
        draw.polygon(
            [
                (x, height),
                (x + rng.randint(80, 400), rng.randint(height // 3, height)),
                (x + rng.randint(200, 600), height),
            ],
            fill=light,
        )
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


def make_portrait(seed: int) -> bytes:
    rng = random.Random(seed * 7919)
    dark, light = PALETTES[seed % len(PALETTES)]
    picture = PILImage.new("RGB", (400, 400), light)
    draw = ImageDraw.Draw(picture)
    draw.ellipse([130, 70, 270, 210], fill=dark)
    draw.ellipse([70, 230, 330, 520], fill=dark)
    draw.rectangle([0, 0, 400, 12 + rng.randint(0, 20)], fill=dark)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()


def get_or_create_image(title: str, make: Callable[[], bytes]):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    image = Image(title=title)
    image.file = ImageFile(io.BytesIO(make()), name=f"{key(title)}.jpg")
    image.save()
    return image


def ensure_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code in editions.codes()
    }


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


def ensure_superuser(log: Callable[[str], None]) -> None:
    User = get_user_model()
    if not User.objects.filter(username=DEMO_USERNAME).exists():
        User.objects.create_superuser(
            DEMO_USERNAME, "admin@newsroom.example", DEMO_PASSWORD
        )
    log(
        f"Admin login: {DEMO_USERNAME} / {DEMO_PASSWORD}  (change it before going public)"
    )


def ensure_home(code: str, locale: Locale) -> tuple[HomePage, bool]:
    existing = HomePage.objects.filter(locale=locale).first()
    if existing:
        return existing, False
    root = Page.get_first_root_node()
    home = HomePage(
        title=EDITION_TEXTS[code]["home"],
        slug=f"home-{code}",
        locale=locale,
        translation_key=key("home"),
        live=True,
        first_published_at=timezone.now(),
    )
    root.add_child(instance=home)
    if code == settings.LANGUAGE_CODE:
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
        # The "Welcome to Wagtail" page that a fresh install starts with.
        if (
            old_root
            and old_root.depth == 2
            and not isinstance(old_root.specific, HomePage)
        ):
            old_root.delete()
    return home, True


def seed_edition(
    code: str,
    locale: Locale,
    home: HomePage,
    images: list,
    portraits: list,
    index: int,
    per_section: int,
) -> int:
    rng = random.Random(f"edition:{code}")
    now = timezone.now()
    authors = []
    for a_index, data in enumerate(content.AUTHORS):
        author = Author.objects.create(
            name=data["name"][code],
            slug=data["slug"],
            role=data["role"][code],
            bio=data["bio"][code],
            photo=portraits[a_index % len(portraits)],
            locale=locale,
            translation_key=key("author", data["slug"]),
        )
        authors.append(author)
    EditionSettings.objects.update_or_create(
        locale=locale,
        defaults={
            "tagline": EDITION_TEXTS[code]["tagline"],
            "attribution_notice": EDITION_TEXTS[code]["notice"],
            "translation_key": key("edition-settings"),
        },
    )
    created = 0
    picks = []
    for s_index, section_data in enumerate(content.SECTIONS):
        slug = section_data["slug"]
        section = SectionPage(
            title=section_data["title"][code],
            slug=slug,
            blurb=section_data["blurb"][code],
            show_in_menus=True,
            locale=locale,
            translation_key=key("section", slug),
            live=True,
            first_published_at=now - timedelta(days=365),
        )
        home.add_child(instance=section)
        for a in range(per_section):
            shared = a < TRANSLATED_STORIES
            offset = 0 if shared else index * 5
            story = content.STORIES[slug][a % len(content.STORIES[slug])]
            city = content.CITIES[(s_index * 3 + a + offset) % len(content.CITIES)][
                code
            ]
            number = 5 + ((s_index * 37 + a * 11 + offset * 13) % 300)
            published = now - timedelta(
                minutes=47 * (a * len(content.SECTIONS) + s_index) + 5 + 3 * index
            )
            fill = {"city": city, "number": number, "year": published.year}

            def t(value, fill=fill):
                return value[code].format(**fill)

            image = images[(s_index * 2 + a) % len(images)]
            inline_image = images[(s_index * 2 + a + 3) % len(images)]
            body = [
                ("paragraph", f"<p>{t(story['paragraphs'][0])}</p>"),
                ("paragraph", f"<p>{t(story['paragraphs'][1])}</p>"),
                ("subheading", t(story["subheading"])),
                ("paragraph", f"<p>{t(story['paragraphs'][2])}</p>"),
                (
                    "quote",
                    {
                        "text": t(story["quote"]["text"]),
                        "attribution": t(story["quote"]["attribution"]),
                    },
                ),
                ("paragraph", f"<p>{t(story['paragraphs'][3])}</p>"),
            ]
            if a % 2 == 0:
                body.append(
                    (
                        "image",
                        {
                            "image": inline_image,
                            "caption": t(story["headline"]),
                            "credit": "Newsroom",
                        },
                    )
                )
            if a % 3 == 0:
                body.append(
                    (
                        "fact_box",
                        {
                            "title": t(story["facts_title"]),
                            "facts": [t(f) for f in story["facts"]],
                        },
                    )
                )
            body.append(("paragraph", f"<p>{t(story['paragraphs'][4])}</p>"))
            if a % 4 == 1:
                body.append(
                    (
                        "embed",
                        {
                            "url": f"https://www.youtube.com/watch?v=demo{slug}{a}",
                            "title": t(story["headline"]),
                            "description": t(story["lead"]),
                        },
                    )
                )
            title = t(story["headline"])
            if (
                a >= len(content.STORIES[slug])
                and "{city}" not in story["headline"][code]
            ):
                # A second story from the same template gets a dateline, so
                # no two stories of a section share a headline.
                title = f"{city}: {title}"
            article = ArticlePage(
                title=title,
                slug=f"{slug}-{a + 1}-{key(code, slug, a).hex[:6]}",
                lead=t(story["lead"]),
                hero_image=image,
                hero_caption=EDITION_TEXTS[code]["illustration"],
                hero_credit="Newsroom",
                body=body,
                source_name=t(story["source"]) if story.get("source") else "",
                is_breaking=(s_index == 0 and a == 0),
                locale=locale,
                translation_key=key("article", slug, a)
                if shared
                else key("article", slug, a, code),
                live=True,
                first_published_at=published,
                last_published_at=published
                + (timedelta(hours=2) if a % 5 == 2 else timedelta()),
            )
            for tag_index in story["tags"]:
                article.tags.add(content.TAGS[tag_index][code])
            article.authors.set(rng.sample(authors, 1 + (a % 2)))
            section.add_child(instance=article)
            created += 1
            if a == 1 and s_index in (1, 3, len(content.SECTIONS) - 1):
                picks.append(article)
    for order, article in enumerate(picks):
        HomeTopStory.objects.create(home=home, article=article, sort_order=order)
    return created


def ensure_ads(locales: dict[str, Locale]) -> None:
    if AdSlot.objects.exists():
        return
    for code, locale in locales.items():
        banner = get_or_create_image("Demo ad banner", make_banner)
        ad = AdSlot.objects.create(
            name=f"Demo banner ({code})",
            placement=Placement.HEADER,
            image=banner,
            alt_text=EDITION_TEXTS[code]["ad"],
            link_url="https://newsroom.example/advertising",
        )
        ad.editions.set([locale])
    AdSlot.objects.create(
        name="Demo partner widget",
        placement=Placement.SIDEBAR,
        html=(
            '<!doctype html><body style="margin:0;font:16px system-ui;background:#f3e9d2;'
            'display:grid;place-items:center;height:100%"><p style="margin:0;color:#3a2c0f">'
            "Partner widget</p></body>"
        ),
        height=250,
    )


def make_banner() -> bytes:
    # Latin digits only: Pillow's built-in font has no Cyrillic or Armenian
    # glyphs; the localized message is the image's alt text.
    picture = PILImage.new("RGB", (970, 90), (243, 233, 210))
    draw = ImageDraw.Draw(picture)
    draw.rectangle([0, 0, 969, 89], outline=(180, 150, 90), width=3)
    for n in range(8):
        draw.ellipse(
            [40 + n * 110, 25, 80 + n * 110, 65], fill=PALETTES[n % len(PALETTES)][0]
        )
    draw.text((890, 40), "970x90", fill=(58, 44, 15))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def seed(
    *, per_section: int = ARTICLES_PER_SECTION, log: Callable[[str], None] = logger.info
) -> int:
    """Load the demo newsroom; returns the number of articles created."""
    locales = ensure_locales()
    ensure_site_settings()
    ensure_superuser(log)
    images = [
        get_or_create_image(f"Demo illustration {n + 1}", lambda n=n: make_picture(n))
        for n in range(14)
    ]
    portraits = [
        get_or_create_image(f"Demo portrait {n + 1}", lambda n=n: make_portrait(n))
        for n in range(len(content.AUTHORS))
    ]
    created = 0
    for index, (code, locale) in enumerate(locales.items()):
        with transaction.atomic():
            home, new = ensure_home(code, locale)
            if not new:
                log(f"{code}: edition exists, left as it is")
                continue
            count = seed_edition(
                code, locale, home, images, portraits, index, per_section
            )
            log(f"{code}: {len(content.SECTIONS)} sections, {count} articles")
            created += count
    ensure_ads(locales)
    analyze_sqlite(sender=None)
    return created
