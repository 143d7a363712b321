"""Two editors on one story see each other, and neither overwrites the other unawares.

Wagtail's concurrent-editing notifications, behind the production server as
operators run it: the Procfile's ``web`` (granian, production settings,
HTTPS with secure cookies, two workers, the page cache on). Two browsers log
in through the admin's login form as two people who may both edit the
story, the edition's editor and the chief editor, and open its edit view.
Every ping of the editing sessions must reach Wagtail (never the page cache,
never refused by CSRF or host checks), or the notices never come.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Locator,
    Page,
    Response,
    StorageState,
    expect,
)

from newsroom.core import editions
from newsroom.demo.services import DEMO_PASSWORD
from newsroom.testing import processes, sites

pytestmark = pytest.mark.browser

# Seconds between an open editor's pings (EDITING_SESSION_PING_SECONDS);
# operators keep Wagtail's 10.
PING_SECONDS = "1"
# How long an editor may wait for a notice: a few pings on a busy machine.
NOTICE_MS = 20_000

# When Wagtail starts watching an editor's form for edits. Its w-unsaved
# controller takes the form as it stands 2 s after connecting
# (UnsavedController.initialDelayValue), once for every time it connects
# before then; the edit form connects twice, as w-init takes itself off the
# form's controllers. A change made sooner becomes the form's starting point:
# never autosaved, never refused, no warning. A person reading a notice is
# slower than that, a test is not (with pings every second, the notice can
# come within those 2 s), so it waits for the form's own events first.
WATCHING_EDITS = """
(() => {
  let pending = 0;
  let started = false;
  const onForm = (event) =>
    event.target instanceof Element && event.target.matches("[data-edit-form]");
  document.addEventListener("w-unsaved:ready", (event) => {
    if (onForm(event) && !started) pending += 1;
  });
  document.addEventListener("w-unsaved:watch-edits", (event) => {
    if (!onForm(event)) return;
    started = true;
    pending -= 1;
    if (pending <= 0) window.newsroomWatchingEdits = true;
  });
})();
"""

# The story to edit: the edition's newest but ``offset``, as ``seed_demo``
# left it or published again as the admin's "Publish" does. Wagtail compares
# the revision each editor loaded with the latest one, so a story must have
# one before anyone opens it.
STORY = """
import json
from django.contrib.auth import get_user_model
from newsroom.core import editions
from newsroom.news.models import ArticlePage, SectionPage

section = SectionPage.objects.child_of(editions.home("{code}")).live().order_by("path").first()
story = ArticlePage.objects.child_of(section).live().order_by("-first_published_at")[{offset}]
if {published_in_admin}:
    editor = get_user_model().objects.get(username="editor-{code}")
    story.save_revision(user=editor).publish(user=editor)
print(json.dumps({{"pk": story.pk, "lead": story.lead}}))
"""


# How the admin names each person to the others (full name, else username).
NAMES = """
import json
from django.contrib.auth import get_user_model
from wagtail.admin.utils import get_user_display_name
people = get_user_model().objects.filter(username__in={usernames!r})
print(json.dumps({{p.get_username(): get_user_display_name(p) for p in people}}))
"""


@dataclass
class Site:
    base_url: str
    env: dict[str, str]
    web: processes.Process
    shots: Path
    logins: dict[str, StorageState] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    def story(self, *, offset: int, published_in_admin: bool) -> dict:
        code = editions.listed()[-1].code
        return json.loads(
            sites.shell(
                STORY.format(
                    code=code, offset=offset, published_in_admin=published_in_admin
                ),
                self.env,
            )
        )


@pytest.fixture(scope="module")
def site(tmp_path_factory, site_template) -> Iterator[Site]:
    """A copy of the demo site served by the Procfile's ``web`` with production settings."""
    tmp_path = tmp_path_factory.mktemp("concurrent-editing")
    port = sites.free_port()
    env = processes.production_env(
        sites.site_env(
            tmp_path,
            template=site_template,
            BASE_URL=f"https://{processes.HOST}:{port}",
            EDITING_SESSION_PING_SECONDS=PING_SECONDS,
        ),
        static_root=tmp_path / "static",
    )
    processes.collect_static(env)
    with processes.web(env, port=port, log_dir=tmp_path / "logs") as (base_url, web):
        yield Site(base_url=base_url, env=env, web=web, shots=tmp_path / "shots")


@dataclass
class Editor:
    """One person's browser, with what went wrong in it."""

    username: str
    name: str
    context: BrowserContext
    page: Page
    shots: Path
    pings: list[Response] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> None:
        page.on("pageerror", lambda error: self.problems.append(f"script: {error}"))
        page.on("response", self._check)

    def _check(self, response: Response) -> None:
        path = "/" + response.url.split("//", 1)[-1].partition("/")[2]
        if path.startswith("/admin/editing-sessions/"):
            self.pings.append(response)
            if response.status != 200 or response.headers.get("x-page-cache"):
                self.problems.append(
                    f"{response.request.method} {path}: {response.status} "
                    f"(page cache: {response.headers.get('x-page-cache')})"
                )
        elif path.startswith("/admin/") and response.status >= 500:
            self.problems.append(f"{path}: {response.status}")

    def sessions(self, page: Page | None = None) -> Locator:
        """The other people shown at the top of the edit view, one avatar each."""
        return (page or self.page).locator(
            ".w-editing-sessions__list .w-editing-sessions__session"
        )

    def sees_viewing(self, other: Editor) -> None:
        """One avatar, which on hover says "<other> - Currently viewing"."""
        expect(self.sessions()).to_have_count(1, timeout=NOTICE_MS)
        tooltip = self.page.get_by_role("tooltip").filter(has_text=other.name)
        deadline = time.monotonic() + NOTICE_MS / 1000
        # Each ping redraws the list, which may drop a tooltip just shown.
        while True:
            self.sessions().hover()
            try:
                expect(tooltip).to_contain_text("Currently viewing", timeout=2000)
                return
            except AssertionError:
                if time.monotonic() > deadline:
                    raise
            finally:
                self.page.mouse.move(0, 0)

    def sees_saved(self, other: Editor, page: Page | None = None) -> None:
        """The other's avatar carries a warning: "<other> saved a new version"."""
        warning = f"{other.name} saved a new version"
        expect(self.sessions(page).get_by_label(warning)).to_be_visible(
            timeout=NOTICE_MS
        )

    def shoot(self, name: str, page: Page | None = None) -> None:
        """A screenshot of what this person sees, kept with the test's site."""
        self.shots.mkdir(parents=True, exist_ok=True)
        (page or self.page).screenshot(path=self.shots / f"{name}-{self.username}.png")

    def edit(self, selector: str, value: str, page: Page | None = None) -> None:
        """Change a field once Wagtail watches the form for edits (``WATCHING_EDITS``)."""
        page = page or self.page
        page.wait_for_function(
            "window.newsroomWatchingEdits === true", timeout=NOTICE_MS
        )
        page.fill(selector, value)

    def save_draft(self, page: Page | None = None) -> None:
        (page or self.page).get_by_role("button", name="Save draft", exact=True).click()


def new_browser(browser: Browser, site: Site, **options) -> BrowserContext:
    return browser.new_context(
        base_url=site.base_url,
        ignore_https_errors=True,
        viewport={"width": 1280, "height": 900},
        **options,
    )


def log_in(browser: Browser, site: Site, username: str) -> StorageState:
    """Log in through the admin's login form; the browser's cookies.

    Once per person and module: production's password hashing is slow on
    purpose, and what is under test here is the editor, not the login.
    """
    if username not in site.logins:
        context = new_browser(browser, site)
        page = context.new_page()
        page.goto("/admin/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", DEMO_PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url("**/admin/")
        cookies = {cookie["name"]: cookie for cookie in context.cookies()}
        # Production's cookies: only ever sent over HTTPS.
        assert cookies["sessionid"]["secure"] and cookies["sessionid"]["httpOnly"]
        assert cookies["csrftoken"]["secure"]
        site.logins[username] = context.storage_state()
        context.close()
    return site.logins[username]


@pytest.fixture
def editors(request, browser, site) -> Iterator[tuple[Editor, Editor]]:
    """The edition's editor and the chief editor, each in a browser of their own."""
    people = []
    usernames = [f"editor-{editions.listed()[-1].code}", "chief"]
    if not site.names:
        site.names = json.loads(
            sites.shell(NAMES.format(usernames=usernames), site.env)
        )
    for username in usernames:
        context = new_browser(
            browser, site, storage_state=log_in(browser, site, username)
        )
        context.add_init_script(WATCHING_EDITS)
        editor = Editor(
            username=username,
            name=site.names[username],
            context=context,
            page=context.new_page(),
            shots=site.shots / request.node.name,
        )
        editor.watch(editor.page)
        context.on("page", editor.watch)
        people.append(editor)
    yield people[0], people[1]
    for editor in people:
        # What each saw last, for a failure's post-mortem.
        for number, page in enumerate(editor.context.pages):
            editor.shoot(f"last-{number}", page)
        editor.context.close()


@pytest.mark.parametrize(
    "published_in_admin",
    [True, False],
    ids=["story-published-in-the-admin", "story-as-seed-demo-leaves-it"],
)
def test_the_second_editor_is_warned_before_overwriting_the_first(
    site, editors, published_in_admin
):
    """Each sees the other; after the first saves, the second is told, and
    saving asks first; the second then edits the latest version, so the
    story ends with both people's changes."""
    first, second = editors
    story = site.story(
        offset=int(published_in_admin), published_in_admin=published_in_admin
    )
    edit_url = f"/admin/pages/{story['pk']}/edit/"
    headline = "Заголовок, исправленный первым редактором"
    lead = "Лид, дополненный вторым редактором."

    first.page.goto(edit_url)
    second.page.goto(edit_url)
    second.sees_viewing(first)
    first.sees_viewing(second)
    second.sessions().hover()
    second.shoot("1-sees-the-other")
    second.page.mouse.move(0, 0)

    # The first editor changes the headline and saves a draft.
    first.page.fill("#id_title", headline)
    first.save_draft()
    expect(first.page.locator(".messages")).to_contain_text("has been updated")

    # The second, with the old version still on screen, is told.
    second.sees_saved(first)
    second.shoot("2-told-of-the-new-version")

    # Their own change is not saved over the first's without a question:
    # the server refuses the autosave, and "Save draft" asks first.
    second.edit("#id_lead", lead)
    expect(second.page.locator(".w-autosave-indicator__state--paused")).to_be_visible(
        timeout=NOTICE_MS
    )
    expect(
        second.page.get_by_text("Saving will overwrite a newer version.")
    ).to_be_visible()
    second.save_draft()
    dialog = second.page.locator("#w-save-confirmation-dialog")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(f"{first.name} saved a new version")
    expect(dialog).to_contain_text(
        f"Proceeding will overwrite the changes made by {first.name}."
    )
    second.shoot("3-asked-before-overwriting")

    # They open the latest version instead: the first's headline, and the
    # lead as it was, so nothing of theirs was saved over it. They make their
    # change there.
    with second.context.expect_page() as opened:
        dialog.get_by_role("link", name="View latest version").click()
    latest = opened.value
    expect(latest.locator("#id_title")).to_have_value(headline)
    expect(latest.locator("#id_lead")).to_have_value(story["lead"])
    latest.fill("#id_lead", lead)
    second.save_draft(latest)
    expect(latest.locator(".messages")).to_contain_text("has been updated")
    second.shoot("4-saved-on-the-latest", latest)

    # The first editor, still on the story, is told in turn, and reloading
    # finds both changes.
    first.sees_saved(second)
    first.shoot("5-told-in-turn")
    first.page.reload()
    expect(first.page.locator("#id_title")).to_have_value(headline)
    expect(first.page.locator("#id_lead")).to_have_value(lead)

    for editor in (first, second):
        assert editor.pings, f"{editor.username}'s editor never pinged"
        assert editor.problems == [], editor.problems
    assert site.web.running(), site.web.output()


def test_an_editor_who_leaves_stops_showing(site, editors):
    """Closing the tab releases the session (a beacon), so nobody is shown
    as editing a story they left."""
    first, second = editors
    story = site.story(offset=2, published_in_admin=False)
    edit_url = f"/admin/pages/{story['pk']}/edit/"
    first.page.goto(edit_url)
    second.page.goto(edit_url)
    second.sees_viewing(first)
    first.page.close(run_before_unload=True)
    # Without the release the session would stay "available" for 25 minutes.
    expect(second.sessions()).to_have_count(0, timeout=NOTICE_MS)
    assert first.problems == second.problems == []
