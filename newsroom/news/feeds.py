"""RSS feeds: an edition's latest stories (``/rss/``) and a section's (``/politics/rss/``)."""

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from newsroom.core import editions
from newsroom.core.models import SiteSettings

from . import selectors
from .templatetags.news_tags import newsdate

FEED_LENGTH = 30


class NewsFeed(Rss201rev2Feed):
    content_type = "application/rss+xml; charset=utf-8"


class StoriesFeed(Feed):
    """Latest stories of a home or section page, given as ``page`` when called."""

    feed_type = NewsFeed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, page=None, **kwargs):
        self.language = editions.of_page(page).code
        return page

    def title(self, page):
        outlet = SiteSettings.load(request_or_site=self.request).outlet_name
        if page.depth <= 2 or page.specific_class.__name__ == "HomePage":
            return outlet
        return f"{page.title} | {outlet}"

    def link(self, page):
        return page.get_url(self.request)

    def description(self, page):
        return getattr(page.specific, "blurb", "") or _("Latest stories")

    def items(self, page):
        if page.specific_class.__name__ == "SectionPage":
            stories = selectors.articles_in_section(section=page)
        else:
            stories = selectors.articles_in_edition(locale_id=page.locale_id)
        # Prefetched: each item's notes and "updated" time cost no query.
        return selectors.attach_sections(
            stories.prefetch_related("notes")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        """The lead, then the story's corrections and updates, newest first."""
        with translation.override(self.language):
            notes = [
                f"{note.get_kind_display()} ({newsdate(note.noted_at)}): {note.text}"
                for note in item.notes_newest_first
            ]
        return "\n\n".join([item.lead, *notes])

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.section.title] if item.section else []
