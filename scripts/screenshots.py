"""Write PNGs of home, section and article pages to var/screenshots/.

Every edition, light and dark, desktop and phone width. Uses the demo database
that `make demo` loaded (var/db.sqlite3) and Debian's Chromium.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")
import django  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

django.setup()
from newsroom.core import editions  # noqa: E402
from newsroom.testing import chromium, sites  # noqa: E402

OUT = sites.BASE_DIR / "var" / "screenshots"
WIDTHS = {"desktop": (1366, 900), "mobile": (390, 844)}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev"}
    with sites.serve(env) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium.EXECUTABLE, args=chromium.ARGS
        )
        for edition in editions.listed():
            code, prefix = edition.code, edition.prefix
            for theme in ("light", "dark"):
                for width_name, (width, height) in WIDTHS.items():
                    context = browser.new_context(
                        viewport={"width": width, "height": height},
                        color_scheme=theme,
                        user_agent=chromium.READER_USER_AGENT,
                    )
                    page = context.new_page()
                    page.goto(base + prefix)
                    section_url = (
                        page.locator(".section-nav a").first.get_attribute("href") or ""
                    )
                    targets = {"home": base + prefix, "section": base + section_url}
                    page.goto(targets["section"])
                    targets["article"] = base + (
                        page.locator(".card__title a").first.get_attribute("href") or ""
                    )
                    for name, url in targets.items():
                        page.goto(url, wait_until="networkidle")
                        path = OUT / f"{code}-{name}-{theme}-{width_name}.png"
                        page.screenshot(
                            path=str(path),
                            full_page=name != "home" or width_name == "desktop",
                        )
                        print(f"wrote {path.relative_to(sites.BASE_DIR)}")
                    context.close()
        browser.close()


if __name__ == "__main__":
    main()
