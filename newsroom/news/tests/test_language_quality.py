"""Every edition reads as its native readers write: bylines, labels, dates, numbers.

The rules come from a review by native readers. Each configured edition's
article, home, section, search, tag, author and not-found pages are read as a
reader sees them (text and shown labels, no markup) with a story that has two
authors, 12,345 views and a picture credit typed with its label. The wording
rules are for what the site writes (header, footer, labels, buttons,
pagination, bylines, share bar), not for what editors and readers write.
"""

import html as html_lib
import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.images.models import Image
from wagtail.rich_text import RichText

from newsroom.analytics.backends.database import current_hour
from newsroom.analytics.models import PageViewBucket
from newsroom.core import editions
from newsroom.news.models import ArticlePage, Author, SectionPage
from newsroom.news.templatetags.news_tags import credit_name
from newsroom.search import views as search_views

pytestmark = pytest.mark.django_db

VIEWS = 12345
MATCHES = 12345
PUBLISHED = datetime(2025, 1, 14, 7, 12, tzinfo=UTC)  # 11:12 in the outlet's Baku

# What native readers of these languages expect; an edition in another
# language is held to the rules every edition shares.
NATIVE = {
    "en": {
        "date": "14 January 2025, 11:12",
        "months": "January February March April May June July August September "
        "October November December",
        "date pattern": r"\d{{1,2}} (?:{months}) \d{{4}}, \d\d:\d\d",
        "views": "Views: 12,345",
        "bylines": ("By {0}", "By {0} and {1}", "By {0}, {1} and {2}"),
        "search": "12,345 stories found for “{query}”.",
    },
    "ru": {
        "date": "14 января 2025, 11:12",
        "months": "января февраля марта апреля мая июня июля августа сентября "
        "октября ноября декабря",
        "date pattern": r"\d{{1,2}} (?:{months}) \d{{4}}, \d\d:\d\d",
        "views": "Просмотров: 12\xa0345",
        "bylines": ("Автор: {0}", "Авторы: {0} и {1}", "Авторы: {0}, {1} и {2}"),
        "search": "По запросу «{query}» найдено 12\xa0345 материалов.",
    },
    "hy": {
        "date": "2025 թ. հունվարի 14, 11:12",
        "months": "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի "
        "օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի",
        "date pattern": r"\d{{4}} թ\. (?:{months}) \d{{1,2}}, \d\d:\d\d",
        "views": "Դիտումներ՝ 12\xa0345",
        "bylines": (
            "Հեղինակ՝ {0}",
            "Հեղինակներ՝ {0} և {1}",
            "Հեղինակներ՝ {0}, {1} և {2}",
        ),
        "search": "«{query}» հարցմամբ գտնվել է 12\xa0345 նյութ։",
    },
}

# Never in the interface of any page, whatever its language.
BANNED = {
    "a Latin colon after an Armenian word (reads as a full stop)": re.compile(
        r"[\u0531-\u058F]:(?:\s|$)", re.M
    ),
    "the credit label twice": re.compile(
        r"(?i)(фото|photo|լուսանկարը)\s*[:\u055d]\s*\1\s*[:\u055d]"
    ),
    "«Печать» (the button prints: «Распечатать»)": re.compile(r"Печать"),
    "«Новее»/«Раньше» (pagination: «Более новые»/«Более ранние»)": re.compile(
        r"\b(?:Новее|Раньше)\b"
    ),
    "«раздел» (the newsroom's word is «рубрика»)": re.compile(r"(?i)\bраздел"),
}
SHOWN_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt"}
# Prose that editors write, in whatever words they choose: headlines, leads,
# story bodies (with their blocks and inline ad), the picture's caption and alt
# text, blurbs and bios, the breaking strip's headlines, and the document
# title, which repeats the page's heading. Names of sections, tags, authors and
# sources stay in: they are the newsroom's own words.
CONTENT_CLASSES = {
    "article__title",
    "article__lead",
    "article__body",
    "article__hero",
    "card__title",
    "card__lead",
    "listing-header__blurb",
    "breaking__list",
}
CONTENT_TAGS = {"title"}
# Inside content, what the page adds again: "Photo:" before a picture's credit.
INTERFACE_CLASSES = {"credit"}
NOT_CLOSED = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link"}
NOT_CLOSED |= {"meta", "source", "track", "wbr"}


class InterfaceText(HTMLParser):
    """What the site itself writes on a page, as a reader sees or hears it.

    Text nodes and shown labels, without scripts and without the editors'
    prose (``CONTENT_CLASSES``); assumes the templates close what they open.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._open: list[tuple[str, bool]] = []  # (tag, not the site's words)

    def _hidden(self) -> bool:
        return bool(self._open) and self._open[-1][1]

    def handle_starttag(self, tag, attrs):
        classes = set((dict(attrs).get("class") or "").split())
        hidden = self._hidden() or tag in ("script", "style")
        if tag in CONTENT_TAGS or classes & CONTENT_CLASSES:
            hidden = True
        elif classes & INTERFACE_CLASSES:
            hidden = False
        if not hidden:
            for name, value in attrs:
                if name in SHOWN_ATTRIBUTES and value:
                    self.parts.append(f"\n{value}\n")
        if tag not in NOT_CLOSED:
            self._open.append((tag, hidden))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in NOT_CLOSED:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        for depth in range(len(self._open) - 1, -1, -1):
            if self._open[depth][0] == tag:
                del self._open[depth:]
                break

    def handle_data(self, data):
        if not self._hidden():
            self.parts.append(data)


def interface_text(html: str) -> str:
    parser = InterfaceText()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def element_texts(html: str, pattern: str) -> list[str]:
    """The text of each element matched by ``pattern`` (one group: its inside).

    Only ASCII white space is folded: the no-break space of "12 345" stays.
    """
    texts = []
    for inside in re.findall(pattern, html, re.S):
        text = html_lib.unescape(re.sub(r"<[^>]+>", "", inside))
        texts.append(re.sub(r"[ \t\r\n]+", " ", text).strip())
    return texts


def byline(html: str) -> str:
    (text,) = element_texts(html, r'<p class="article__authors">(.*?)</p>')
    return text


def photo_label(code: str) -> str:
    with translation.override(code):
        return gettext("Photo:")


# Words the interface must not use, in an editor's prose: a story may say them.
EDITORS_PROSE = (
    "Раньше паромы уходили, только когда заполнялись; об этом раздел «Общество». "
    "Հայերեն: Latin colon in an editor's sentence."
)


def _story(code: str) -> ArticlePage:
    home = editions.home(code)
    section = SectionPage.objects.child_of(home).live().first()
    story = (
        ArticlePage.objects.child_of(section)
        .live()
        .order_by("-first_published_at")
        .first()
    )
    story.first_published_at = PUBLISHED
    story.last_published_at = PUBLISHED
    story.hero_image = story.hero_image or Image.objects.first()
    # Typed with the label the page adds itself, in another case.
    story.hero_credit = f"{photo_label(code).lower()} Newsroom"
    story.hero_caption = EDITORS_PROSE
    story.lead = EDITORS_PROSE
    story.body.append(("paragraph", RichText(f"<p>{EDITORS_PROSE}</p>")))
    story.save()
    return story


def set_authors(story: ArticlePage, count: int) -> list[Author]:
    authors = list(Author.objects.filter(locale_id=story.locale_id).order_by("pk"))
    assert len(authors) >= count, "the demo site has fewer authors than needed"
    story.authors.set(authors[:count])
    story.save()
    # In the order the page lists them.
    return list(ArticlePage.objects.get(pk=story.pk).authors.all())


def reader_pages(client, monkeypatch, settings, code: str, story: ArticlePage):
    """Every kind of public page of edition ``code`` as HTML by name, and the query.

    ``story`` gets two authors and 12,345 views; the search finds it and
    counts 12,345 matches. Lists are two stories long and the section is read
    at its second page, so the pagination shows both "Newer" and "Older".
    """
    settings.NEWSROOM_PAGE_SIZE = 2
    prefix = editions.prefix(code)
    authors = set_authors(story, 2)
    PageViewBucket.objects.create(page_id=story.pk, hour=current_hour(), views=VIEWS)
    real_paginate = search_views.paginate

    def paginate_many(request, queryset, per_page):
        page = real_paginate(request, queryset, per_page)
        page.paginator.count = MATCHES  # as if the edition had this many matches
        return page

    monkeypatch.setattr(search_views, "paginate", paginate_many)
    word = max(story.title.split(), key=len)
    responses = {
        "article": client.get(story.url),
        "home": client.get(prefix),
        "section": client.get(story.get_parent().url, {"page": 2}),
        "search": client.get(f"{prefix}search/", {"q": word}),
        "tag": client.get(f"{prefix}tags/{story.tags.first().slug}/"),
        "author": client.get(f"{prefix}authors/{authors[0].slug}/"),
        "not found": client.get(f"{prefix}no-such-page/"),
    }
    for name, response in responses.items():
        assert response.status_code == (404 if name == "not found" else 200), name
    return {name: response.text for name, response in responses.items()}, word


def native_problems(code, native, pages, story, query) -> list[str]:
    """What differs from the native readers' own examples on ``pages``."""
    found = []
    months = "|".join(native["months"].split())
    date_pattern = re.compile(native["date pattern"].format(months=months))
    for name, html in pages.items():
        for date in element_texts(html, r"<time [^>]*>(.*?)</time>"):
            if not date_pattern.fullmatch(date):
                found.append(f"{name}: a date not written the {code} way: {date!r}")
    article, search = pages["article"], pages["search"]
    names = [author.name for author in story.authors.all()]
    shown_and_wanted = {
        "date": (
            element_texts(
                article, r'class="article__meta">\s*<time [^>]*>(.*?)</time>'
            ),
            [native["date"]],
        ),
        "byline": ([byline(article)], [native["bylines"][1].format(*names)]),
        "views": (
            element_texts(article, r'<span class="views"[^>]*>(.*?)</span></span>'),
            [native["views"]],
        ),
        "credit": (
            element_texts(
                article, r'class="article__hero">.*?<span class="credit">(.*?)</span>'
            ),
            [f"{photo_label(code)} Newsroom"],
        ),
        "search count": (
            element_texts(search, r'<p class="search-note">(.*?)</p>'),
            [native["search"].format(query=query)],
        ),
    }
    for what, (shown, wanted) in shown_and_wanted.items():
        if shown != wanted:
            found.append(f"{what} reads {shown!r}, not {wanted!r}")
    return found


@pytest.mark.parametrize("code", editions.codes())
def test_pages_read_as_native_readers_write(client, monkeypatch, settings, code):
    """No page of any edition shows a label, date, byline or number the review flagged.

    The story's own prose uses the flagged words: only the site's are checked.
    """
    story = _story(code)
    pages, query = reader_pages(client, monkeypatch, settings, code, story)
    assert 'rel="prev"' in pages["section"] and 'rel="next"' in pages["section"]
    assert EDITORS_PROSE in html_lib.unescape(pages["article"])
    found = []
    for name, html in pages.items():
        # The search note quotes the reader's query: their words, not the site's.
        text = interface_text(html).replace(query, "")
        for problem, pattern in BANNED.items():
            if pattern.search(text):
                found.append(f"{name}: {problem}: {pattern.search(text).group()!r}")
    native = NATIVE.get(code)
    if native is not None:
        found += native_problems(code, native, pages, story, query)
    assert found == [], f"{code}: " + "\n".join(found)


def test_interface_text_is_the_sites_words_without_the_editors_prose():
    """The reading above keeps labels, buttons, pagination and credits, and drops
    headlines, leads, bodies, captions and blurbs, whatever words they use."""
    html = """<html><head><title>Раздел новостей | Newsroom</title>
<script>const label = 'Печать';</script></head><body>
<nav aria-label="Рубрики"><a href="/x/">Общество</a></nav>
<h1 class="article__title">Раньше было лучше</h1>
<p class="article__lead">Раздел о паромах.</p>
<figure class="article__hero"><img alt="Раньше паромы" src="x.png">
<figcaption>Раздел порта <span class="credit">Фото: ТАСС</span></figcaption>
</figure>
<div class="article__body"><p>Раньше паромы<br>уходили.</p></div>
<button type="button" aria-label="Печать">Печать</button>
<ul><li class="card"><h3 class="card__title"><a href="/">Раздел</a></h3>
<time class="card__time">14 января 2025, 11:12</time></li></ul>
<a href="?page=3" rel="next">Раньше</a></body></html>"""
    words = interface_text(html).split()
    assert words == [
        "Рубрики",
        "Общество",
        "Фото:",
        "ТАСС",
        "Печать",
        "Печать",
        "14",
        "января",
        "2025,",
        "11:12",
        "Раньше",
    ]


@pytest.mark.parametrize("code", editions.codes())
@pytest.mark.parametrize("count", [1, 2, 3])
def test_byline_label_and_list_agree_with_the_number_of_authors(client, code, count):
    """One author gets the singular label; two or three the plural and a joined list."""
    story = _story(code)
    names = [a.name for a in set_authors(story, count)]
    html = client.get(story.url).text
    native = NATIVE.get(code)
    if native:
        assert byline(html) == native["bylines"][count - 1].format(*names)
    # Every author keeps the link to their archive.
    assert len(re.findall(r'<a href="[^"]+" rel="author">', html)) == count


@pytest.mark.parametrize("code", editions.codes())
def test_a_credit_typed_with_any_editions_label_shows_the_label_once(code):
    """Editors paste credits as "Photo: X", "Фото: X", "Լուսանկարը՝ X": the page adds its own."""
    for other in editions.codes():
        label = photo_label(other)
        with translation.override(code):
            assert credit_name(f"{label} Reuters") == "Reuters", label
            assert credit_name(f"  {label.upper()}  Reuters") == "Reuters", label
            assert credit_name(f"{label} {label} Reuters") == "Reuters", label
    with translation.override(code):
        assert credit_name("Photographer: Reuters") == "Photographer: Reuters"
        assert credit_name("Фото - ТАСС") == "ТАСС"
        assert credit_name("Լուսանկարը: Photolure") == "Photolure"
        assert credit_name("") == ""
