"""Third-party ad HTML never runs with the site's origin, whatever the reader does.

A hostile ad tries to read cookies, storage and the admin (with an editor
logged in), to read and move the top window, and to reopen itself in a popup.
In the page, opened directly, and in its popup, it gets nothing of the site.
"""

import json

import pytest

from newsroom.testing import chromium, sites

pytestmark = pytest.mark.browser

HOSTILE = """<pre id="out">pending</pre>
<script>
(async () => {
  const out = {origin: String(self.origin)};
  try { out.cookie = "read:" + document.cookie; } catch (e) { out.cookie = "blocked"; }
  try { out.storage = "read:" + localStorage.length; } catch (e) { out.storage = "blocked"; }
  try {
    const response = await fetch("/admin/", {credentials: "include"});
    out.admin = "read:" + (await response.text()).slice(0, 300);
  } catch (e) { out.admin = "blocked"; }
  try { out.top = "read:" + top.location.href; } catch (e) { out.top = "blocked"; }
  document.getElementById("out").textContent = JSON.stringify(out);
  if (!location.hash) { window.open(location.href + "#popup"); }
  // Moving the page that shows the ad (a top-level ad may move itself).
  if (window !== top) { try { top.location.href = "/?hijacked=1"; } catch (e) {} }
})();
</script>"""

CREATE = """
from newsroom.ads.models import AdSlot
from django.contrib.auth import get_user_model
AdSlot.objects.filter(name="Hostile").delete()
ad = AdSlot.objects.create(name="Hostile", placement="header", html={html!r}, priority=99)
User = get_user_model()
if not User.objects.filter(username="ad-test-editor").exists():
    User.objects.create_superuser("ad-test-editor", "e@example.com", "editor-pass-1")
print(ad.pk)
"""
DELETE = """
from newsroom.ads.models import AdSlot
AdSlot.objects.filter(name="Hostile").delete()
"""


@pytest.fixture
def hostile_ad(site_env, site_url):
    pk = sites.shell(CREATE.format(html=HOSTILE), site_env)
    yield f"/ads/{pk}/frame/"
    sites.shell(DELETE, site_env)


@pytest.fixture
def editor_page(browser, site_url, hostile_ad):
    context = browser.new_context(
        base_url=site_url, user_agent=chromium.READER_USER_AGENT
    )
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("input[name=username]", "ad-test-editor")
    page.fill("input[name=password]", "editor-pass-1")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.evaluate("localStorage.setItem('secret', 'editor-data')")
    yield page
    context.close()


def report(frame_or_page) -> dict:
    locator = frame_or_page.locator("#out")
    locator.wait_for()
    for _ in range(100):
        text = locator.text_content()
        if text != "pending":
            return json.loads(text)
        locator.page.wait_for_timeout(100)
    raise AssertionError("the ad's script never reported")


def assert_popup_ran_nothing_of_the_site(popup) -> None:
    """The ad's popup either never loaded (Chromium refuses a sandboxed popup
    of a page with Cross-Origin-Opener-Policy) or loaded still sandboxed."""
    popup.wait_for_load_state()
    if popup.url.startswith("chrome-error:"):
        return
    assert_nothing_read(report(popup))


def assert_nothing_read(out: dict, *, own_url: str | None = None) -> None:
    """``own_url``: opened as a page of its own, its top window is itself."""
    assert out["origin"] == "null", out
    assert out["cookie"] in ("blocked", "read:"), out
    assert "csrftoken" not in out["cookie"], out
    assert out["storage"] == "blocked", out
    assert out["admin"] == "blocked", out
    assert out["top"] in ("blocked", f"read:{own_url}"), out


def test_ad_in_the_page_reads_nothing_and_cannot_move_the_page(
    editor_page, hostile_ad, site_url
):
    page = editor_page
    with page.context.expect_page() as popup_info:
        page.goto("/")
        frame = page.frame_locator(f"iframe[src='{hostile_ad}']")
        out = report(frame)
    assert_nothing_read(out)
    assert_popup_ran_nothing_of_the_site(popup_info.value)
    page.wait_for_timeout(300)
    assert page.url == site_url + "/"  # the top window did not move


def test_ad_opened_directly_or_in_its_popup_reads_nothing(
    editor_page, hostile_ad, site_url
):
    page = editor_page
    with page.context.expect_page() as popup_info:
        page.goto(hostile_ad)
        out = report(page)
    assert_nothing_read(out, own_url=site_url + hostile_ad)
    assert page.url == site_url + hostile_ad
    assert_popup_ran_nothing_of_the_site(popup_info.value)
