"""Which cached pages show a given page, so that changing it purges them all."""

from __future__ import annotations

from collections.abc import Iterable

from wagtail.models import Page

from newsroom.core import editions

from .models import ArticlePage, SectionPage


def _path(page: Page) -> str | None:
    """The page's site-relative path (caches are keyed by path), or None."""
    url = page.get_url()
    if not url:
        return None
    if "://" in url:
        url = "/" + url.split("://", 1)[1].partition("/")[2]
    return url


def dependent_paths(
    page: Page, *, archives: Iterable[tuple[str, str]] = ()
) -> set[str]:
    """The page, its section, its edition's home, archives, feeds and the sitemap.

    ``archives``: more (kind, slug) archives of the edition to include, e.g.
    ``("tags", "energy")`` for a tag the story had before this change.
    """
    page = page.specific
    paths = {"/sitemap.xml"}
    own = _path(page)
    if own:
        paths.add(own)
    home = editions.home(editions.of_page(page))
    home_path = _path(home) if home else None
    if home_path:
        paths |= {home_path, home_path + "rss/"}
    if isinstance(page, SectionPage) and own:
        paths.add(own + "rss/")
    if isinstance(page, ArticlePage):
        section = page.get_parent()
        section_path = _path(section)
        if section_path:
            paths |= {section_path, section_path + "rss/"}
        if home_path:
            paths |= {f"{home_path}tags/{tag.slug}/" for tag in page.tags.all()}
            paths |= {f"{home_path}authors/{a.slug}/" for a in page.authors.all()}
            paths |= {f"{home_path}{kind}/{slug}/" for kind, slug in archives}
    # Translations link here through the language switch and hreflang.
    for translation in page.get_translations().live():
        translated = _path(translation)
        if translated:
            paths.add(translated)
    return paths
