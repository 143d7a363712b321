"""What a reader does in a real browser: theme, text size, copy link, language, load more, print."""

import re

import pytest
from playwright.sync_api import expect

from newsroom.core import editions

pytestmark = pytest.mark.browser


def first_article_url(page, prefix="/"):
    page.goto(prefix)
    section = page.locator(".section-nav a").first.get_attribute("href")
    page.goto(section)
    return page.locator("[data-story-list] .card__title a").first.get_attribute("href")


def test_night_theme_toggle_persists_to_the_next_page(page):
    page.goto("/")
    root = page.locator("html")
    # Only the hashed inline script in <head> swaps no-js for js: it ran under the CSP.
    expect(root).to_have_class("js")
    expect(root).not_to_have_attribute("data-theme", "dark")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    page.get_by_role("button", name="Night theme").click()
    expect(root).to_have_attribute("data-theme", "dark")
    dark_background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert dark_background != background
    page.locator(".section-nav a").first.click()
    expect(root).to_have_attribute("data-theme", "dark")
    assert (
        page.evaluate("getComputedStyle(document.body).backgroundColor")
        == dark_background
    )
    # A toggle: the name stays, aria-pressed says it is on (never both changing).
    expect(page.get_by_role("button", name="Night theme")).to_have_attribute(
        "aria-pressed", "true"
    )


def test_theme_follows_the_system_until_the_reader_chooses(browser, site_url):
    context = browser.new_context(base_url=site_url, color_scheme="dark")
    page = context.new_page()
    page.goto("/")
    assert (
        page.evaluate("getComputedStyle(document.body).backgroundColor")
        == "rgb(18, 20, 23)"
    )
    toggle = page.get_by_role("button", name="Night theme")
    expect(toggle).to_have_attribute("aria-pressed", "true")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "false")
    page.reload()
    assert (
        page.evaluate("getComputedStyle(document.body).backgroundColor")
        == "rgb(255, 255, 255)"
    )
    context.close()


def test_font_size_buttons_grow_the_article_text_and_persist(page):
    page.goto(first_article_url(page))
    body = page.locator("[data-article-text]")

    def size():
        return float(body.evaluate("el => parseFloat(getComputedStyle(el).fontSize)"))

    before = size()
    page.get_by_role("button", name="Larger text").click()
    page.get_by_role("button", name="Larger text").click()
    after = size()
    assert after > before * 1.2
    page.goto(first_article_url(page))
    assert size() == pytest.approx(after)
    page.get_by_role("button", name="Smaller text").click()
    assert size() < after


def test_copy_link_puts_the_address_on_the_clipboard_with_a_russian_toast(
    context, page
):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    url = first_article_url(page, editions.prefix("ru"))
    page.goto(url)
    page.get_by_role("button", name="Копировать ссылку").click()
    toast = page.locator("[data-toast]")
    expect(toast).to_be_visible()
    expect(toast).to_have_text("Ссылка скопирована")
    clipboard = page.evaluate("navigator.clipboard.readText()")
    assert clipboard.endswith(url)


def test_language_switch_goes_to_the_translation(page):
    first, other = editions.codes()[:2]
    page.goto(editions.prefix(first))
    page.locator(".section-nav a").first.click()
    translated = None
    for link in page.locator("[data-story-list] .card__title a").all():
        href = link.get_attribute("href")
        page_html = page.context.request.get(href).text()
        if (
            f'hreflang="{other}" href=' in page_html
            and f'<link rel="alternate" hreflang="{other}"' in page_html
        ):
            translated = href
            break
    assert translated, f"the demo has stories translated into {other}"
    page.goto(translated)
    original_title = page.locator("h1").inner_text()
    page.locator(f".language-switch a[lang={other}]").click()
    expect(page).to_have_url(re.compile(re.escape(editions.prefix(other)) + ".+/.+/"))
    expect(page.locator("html")).to_have_attribute("lang", other)
    assert page.locator("h1").inner_text() != original_title
    page.locator(f".language-switch a[lang={first}]").click()
    expect(page.locator("h1")).to_have_text(original_title)


def test_load_more_appends_stories_without_reloading(page):
    page.goto("/")
    page.locator(".section-nav a").first.click()
    cards = page.locator("[data-story-list] > li")
    expect(cards).to_have_count(6)
    first_titles = cards.all_inner_texts()
    page.evaluate("window.__sameDocument = true")
    page.get_by_role("link", name="Load more").click()
    expect(cards).to_have_count(8)
    assert page.evaluate("window.__sameDocument") is True
    assert cards.all_inner_texts()[:6] == first_titles
    expect(page.get_by_role("link", name="Load more")).to_have_count(0)


def test_pages_work_without_javascript(browser, site_url):
    context = browser.new_context(base_url=site_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/")
    page.locator(".section-nav a").first.click()
    page.get_by_role("link", name="Load more").click()
    expect(page).to_have_url(re.compile(r"\?page=2$"))
    expect(page.locator("[data-story-list] > li")).to_have_count(2)
    context.close()


def test_print_button_opens_the_print_dialog_with_only_the_story(page):
    page.goto(first_article_url(page))
    # Headless Chromium has no print dialog; count the calls instead.
    page.evaluate(
        "() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }"
    )
    page.get_by_role("button", name="Print").click()
    assert page.evaluate("window.__printed") == 1
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".share")).to_be_hidden()
    expect(page.locator(".article-aside")).to_be_hidden()
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator("[data-article-text]")).to_be_visible()


def test_views_are_counted_once_per_reader(page):
    page.goto(first_article_url(page))
    counter = page.locator("[data-views-count]")
    shown = int(counter.inner_text())
    page.wait_for_load_state("networkidle")
    page.reload()
    page.wait_for_load_state("networkidle")
    after_reload = int(counter.inner_text())
    assert after_reload >= 1
    page.reload()
    page.wait_for_load_state("networkidle")
    assert int(counter.inner_text()) == after_reload  # a reload is not a new view
    assert shown <= after_reload


def test_search_box_speaks_the_editions_language(page):
    page.goto(editions.prefix("hy"))
    placeholder = page.locator("#site-search").get_attribute("placeholder")
    assert placeholder and placeholder != "What are you looking for?"
    page.goto(editions.prefix("ru"))
    expect(page.locator("#site-search")).to_have_attribute(
        "placeholder", "Что вы ищете?"
    )
    page.locator("#site-search").fill("город")
    page.locator("#site-search").press("Enter")
    expect(page).to_have_url(
        re.compile(re.escape(editions.prefix("ru")) + r"search/\?q=")
    )
