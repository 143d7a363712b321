"""A reader searches the Russian edition in Chromium: forms, marks, filters, suggestion."""

import re

from playwright.sync_api import expect

from newsroom.core import editions
from newsroom.testing import sites


def test_reader_finds_other_word_forms_filters_and_follows_a_suggestion(page):
    page.goto(editions.prefix("ru"))
    page.locator("#site-search").fill("Парламент")
    page.locator("#site-search").press("Enter")
    expect(page).to_have_url(re.compile(r"/ru/search/\?q="))
    results = page.locator(".search-results .result")
    expect(results.first).to_be_visible()
    # The story says "парламента": the reader's form finds it and is marked.
    marked = page.locator(".result__title mark").first
    expect(marked).to_have_text(re.compile(r"^[Пп]арламент"))
    expect(page.locator("#page-search")).to_have_value("Парламент")
    page.screenshot(path=str(screenshot("search-ru.png")), full_page=True)

    page.locator(".search-filters summary").click()
    page.get_by_label("Сортировка").select_option("newest")
    page.get_by_role("button", name="Применить").click()
    expect(page).to_have_url(re.compile(r"sort=newest"))
    expect(results.first).to_be_visible()
    expect(page.get_by_label("Сортировка")).to_have_value("newest")
    dates = page.locator(".result__meta time").evaluate_all(
        "nodes => nodes.map(n => n.getAttribute('datetime'))"
    )
    assert dates == sorted(dates, reverse=True)

    page.locator("#page-search").fill("парламетна")
    page.locator("#page-search").press("Enter")
    expect(page.locator(".search-note")).to_contain_text("ничего не найдено")
    suggestion = page.locator(".search-suggestion a")
    expect(suggestion).to_contain_text("Возможно, вы имели в виду «парламента»?")
    page.screenshot(path=str(screenshot("search-ru-suggestion.png")), full_page=True)
    suggestion.click()
    expect(results.first).to_be_visible()


def screenshot(name):
    folder = sites.BASE_DIR / "var" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name
