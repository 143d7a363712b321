"""axe-core finds no WCAG 2.1 A/AA violations on the main page types, light and dark."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from newsroom.core import editions

pytestmark = pytest.mark.browser

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


# Besides the default edition's pages: the home of the first other edition and
# a story of the last (Russian and Armenian as shipped).
OTHERS = [edition for edition in editions.listed() if not edition.is_default]


def page_urls(page):
    page.goto("/")
    section = page.locator(".section-nav a").first.get_attribute("href")
    page.goto(section)
    article = page.locator("[data-story-list] .card__title a").first.get_attribute(
        "href"
    )
    return {
        "home": "/",
        "section": section,
        "article": article,
        "search": "/search/?q=city",
        f"{OTHERS[0].code}-home": OTHERS[0].prefix,
    }


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_no_wcag_violations(browser, site_url, theme):
    context = browser.new_context(
        base_url=site_url, color_scheme=theme, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    urls = page_urls(page)
    page.goto(OTHERS[-1].prefix)
    page.locator(".section-nav a").first.click()
    urls[f"{OTHERS[-1].code}-article"] = page.locator(
        "[data-story-list] .card__title a"
    ).first.get_attribute("href")
    axe = Axe()
    failures = {}
    for name, url in urls.items():
        page.goto(url, wait_until="networkidle")
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
        violations = results.response["violations"]
        if violations:
            failures[name] = [
                (v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations
            ]
    context.close()
    assert failures == {}
