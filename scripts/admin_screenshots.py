"""Screenshots of the admin for docs/newsroom.md, one per editor's task.

Builds a fresh demo site in a temporary folder (nothing of var/ is touched),
sets the scene the way the newsroom would (a reporter's story waiting for
review, a Russian story still to translate), logs in as each demo person in
Debian's Chromium and writes PNGs to docs/images/admin/. ``make
admin-screenshots`` runs it; commit the pictures with the docs.
"""

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")
import django  # noqa: E402
from playwright.sync_api import Page, sync_playwright  # noqa: E402

django.setup()
from newsroom.core import editions  # noqa: E402
from newsroom.demo.services import DEMO_PASSWORD, DEMO_USERNAME  # noqa: E402
from newsroom.testing import chromium, sites  # noqa: E402

OUT = sites.BASE_DIR / "docs" / "images" / "admin"
VIEWPORT = {"width": 1280, "height": 860}

# What the people find when they log in: a reporter's story in review in one
# edition, and a new story of that edition that nobody has translated yet.
SCENE = """
from django.contrib.auth import get_user_model
from wagtail.models import Page
from newsroom.core import editions
from newsroom.news.models import ArticlePage, SectionPage
from newsroom.desk import services

source, target = {source!r}, {target!r}
users = get_user_model().objects
home = editions.home(source)
section = SectionPage.objects.child_of(home).live().first()

reporter = users.get(username=f"reporter-{{source}}")
draft = ArticlePage(
    title={review_title!r},
    lead={review_lead!r},
    owner=reporter,
    locale_id=home.locale_id,
    live=False,
)
section.add_child(instance=draft)
revision = draft.save_revision(user=reporter)
draft.get_workflow().start(draft, reporter)

fresh = ArticlePage(
    title={fresh_title!r},
    lead={fresh_lead!r},
    owner=users.get(username=f"editor-{{source}}"),
    locale_id=home.locale_id,
)
section.add_child(instance=fresh)
fresh.save_revision(user=fresh.owner).publish(user=fresh.owner)
from newsroom.news.models import ArticleNote, Author
noted = ArticleNote.objects.filter(
    article__locale_id=editions.locale_id({english!r})
).order_by("-noted_at").first()
author = Author.objects.filter(locale_id=home.locale_id).order_by("name").first()
# The editions screen is the superuser's; show it in the Russian admin.
from wagtail.users.models import UserProfile
profile = UserProfile.get_for_user(users.get(username={admin!r}))
profile.preferred_language = "ru"
profile.save()
# The demo agency's feed, polled as the worker does (this site runs no worker).
from django.test import Client
from newsroom.ingest import readers, services as ingest
from newsroom.ingest.fetch import Fetched
from newsroom.ingest.models import Source
wire = Source.objects.get(name__startswith="Caspian Wire")
feed = Client().get("/demo/wire.xml").content
items = readers.read_feed(Fetched("http://127.0.0.1/", feed, "application/rss+xml", "utf-8"))
ingest.read_items = lambda source: items
ingest.poll(wire)
print(draft.pk, fresh.pk, section.pk, noted.article_id, author.name.split()[0][:3], wire.pk)
"""

# Demo text for the scene, in the source edition's language (Russian when
# the demo's editions are configured, else whatever the second edition is).
TEXTS = {
    "review_title": "Мэрия продлила работу дневных автобусов до полуночи",
    "review_lead": "С понедельника последние рейсы по трём маршрутам уходят в 23:50.",
    "fresh_title": "В городском парке открыли новую библиотеку под открытым небом",
    "fresh_lead": "Книги можно брать без читательского билета и возвращать в любой киоск.",
}


def log_in(browser, base: str, username: str) -> Page:
    context = browser.new_context(viewport=VIEWPORT, locale="en-US")
    page = context.new_page()
    page.goto(base + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/admin/")
    return page


def shot(page: Page, name: str, *, full_page: bool = False) -> None:
    path = OUT / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    print(f"wrote {path.relative_to(sites.BASE_DIR)}")


def main() -> None:
    codes = editions.codes()
    if len(codes) < 2:
        sys.exit("The admin screenshots need two editions in EDITIONS.")
    source, target = codes[1], codes[-1] if len(codes) > 2 else codes[0]
    english = codes[0]
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="admin-shots-") as tmp:
        var_dir = Path(tmp)
        template = sites.build_template(var_dir / "template", per_section=4)
        env = sites.site_env(var_dir / "site", template=template)
        review_pk, _, section_pk, noted_pk, author_start, source_pk = (
            sites.shell(
                SCENE.format(
                    source=source,
                    target=target,
                    english=english,
                    admin=DEMO_USERNAME,
                    **TEXTS,
                ),
                env,
            )
            .splitlines()[-1]
            .split()
        )
        with sites.serve(env) as base, sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=chromium.EXECUTABLE, args=chromium.ARGS
            )
            take_shots(
                browser,
                base,
                source=source,
                target=target,
                english=english,
                review_pk=review_pk,
                section_pk=section_pk,
                noted_pk=noted_pk,
                author_start=author_start,
                source_pk=source_pk,
            )
            browser.close()


def take_shots(
    browser,
    base,
    *,
    source,
    target,
    english,
    review_pk,
    section_pk,
    noted_pk,
    author_start,
    source_pk,
):
    # A reporter writes: the byline offers the edition's authors, with a
    # filter box, and "Add me to the byline".
    reporter = log_in(browser, base, f"reporter-{source}")
    reporter.goto(f"{base}/admin/pages/add/news/articlepage/{section_pk}/")
    picker = reporter.locator("[data-author-picker]")
    picker.scroll_into_view_if_needed()
    reporter.locator("[data-author-picker-filter]").fill(author_start)
    reporter.mouse.wheel(0, -200)
    shot(reporter, "01-reporter-byline")

    # The editor finds the reporter's story on the dashboard, opens it and
    # sees the review actions.
    editor = log_in(browser, base, f"editor-{source}")
    shot(editor, "02-editor-dashboard", full_page=True)
    editor.goto(f"{base}/admin/pages/{review_pk}/edit/")
    editor.locator("footer [data-w-dropdown-target='toggle']").first.click()
    editor.wait_for_timeout(600)  # the menu fades in
    shot(editor, "03-editor-review")

    # The section's listing with publication dates and the date filter.
    editor.goto(f"{base}/admin/pages/{section_pk}/")
    shot(editor, "04-section-listing")

    # The translator picks a story on the translation desk, translates it and
    # sees the source beside the fields.
    translator = log_in(browser, base, f"translator-{target}")
    translator.goto(f"{base}/admin/desk/translations/?into={target}")
    shot(translator, "05-translation-desk", full_page=True)
    translator.get_by_role("button", name="Translate", exact=True).first.click()
    translator.wait_for_url("**/edit/**")
    shot(translator, "06-translating")

    # The ad manager's listing: placement, editions, priority, live now.
    ads = log_in(browser, base, "admanager")
    ads.goto(f"{base}/admin/snippets/ads/adslot/")
    shot(ads, "07-ads")

    # Corrections and updates at the end of a published story's content.
    editor_en = log_in(browser, base, f"editor-{english}")
    editor_en.goto(f"{base}/admin/pages/{noted_pk}/edit/")
    notes = editor_en.get_by_role("heading", name="Corrections and updates")
    notes.first.evaluate("heading => heading.scrollIntoView({block: 'start'})")
    shot(editor_en, "08-corrections")

    # The drafts the demo agency's feed made, waiting in Incoming; the source
    # with its last polls.
    editor_en.goto(f"{base}/admin/ingest/incoming/")
    shot(editor_en, "10-incoming")
    editor_en.goto(f"{base}/admin/snippets/ingest/source/edit/{source_pk}/")
    shot(editor_en, "11-source")

    # Settings -> Editions, in the Russian admin of the site's administrator.
    admin = log_in(browser, base, DEMO_USERNAME)
    admin.goto(f"{base}/admin/locales/")
    shot(admin, "09-editions")


if __name__ == "__main__":
    main()
