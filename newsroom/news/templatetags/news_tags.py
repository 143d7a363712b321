import functools
import re
from collections.abc import Sequence

from django import template
from django.urls import NoReverseMatch
from django.utils import formats, timezone, translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, pgettext

from newsroom.core import editions
from newsroom.core.models import EditionSettings

from .. import selectors
from ..models import HomePage

register = template.Library()


@register.simple_tag(takes_context=True)
def edition_frame(context):
    """What the header and footer of every public page need, in a fixed number of queries.

    The edition is the request's (:func:`newsroom.core.editions.of_request`),
    the one the page, ads and search use too.
    """
    request = context.get("request")
    page = context.get("page")
    is_route = bool(context.get("is_route"))
    edition = editions.of_request(request)
    home = editions.home(edition, request)
    locale_id = editions.locale_id(edition.code)
    if isinstance(page, HomePage) and home is not None and page.pk == home.pk:
        home = page  # reuse what the page has already fetched (its sections)
    origin = f"{request.scheme}://{request.get_host()}" if request else ""
    return {
        "edition": edition,
        "origin": origin,
        "canonical_url": origin + (request.path if request else ""),
        "home": home,
        "current_section_path": None if is_route else _section_path(home, page),
        "sections": home.sections if home else [],
        "languages": editions.language_links(request, None if is_route else page),
        # An edition nobody has filled in settings for yet gets empty ones.
        "edition_settings": EditionSettings.objects.filter(locale_id=locale_id).first()
        or EditionSettings(locale_id=locale_id),
        "year": timezone.localdate().year,
    }


def _section_path(home, page) -> str | None:
    """The tree path of the section ``page`` is in (or is), for the menu's highlight."""
    if home is None or page is None or page.depth <= home.depth:
        return None
    if not page.path.startswith(home.path):
        return None
    return page.path[: selectors.STEPLEN * (home.depth + 1)]


@register.simple_tag(takes_context=True)
def archive_url(context, home, name: str, slug: str) -> str:
    """The URL of a tag or author archive (``name``: "tag" or "author") of ``home``.

    Never raises: a slug no URL can be made of gives "" and the template
    shows the name without a link, instead of a 500 for the whole page.
    """
    if home is None or not slug:
        return ""
    try:
        subpath = home.reverse_subpage(name, args=[slug])
    except NoReverseMatch:
        return ""
    return (home.get_url(context.get("request")) or "/") + subpath


@register.filter
def newsdate(value):
    """A date and time the edition's way, in the outlet's time zone.

    The edition's ``DATETIME_FORMAT`` (``newsroom.core.formats``): "14 January
    2025, 11:12", "14 января 2025, 11:12", "2025 թ. հունվարի 14, 11:12". The
    ``date`` filter reads the same modules, so the two cannot disagree.
    """
    if not value:
        return ""
    return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")


@register.filter
def isodate(value):
    return timezone.localtime(value).isoformat() if value else ""


@register.simple_tag(takes_context=True)
def page_link(context, number) -> str:
    """``?page=N`` keeping the rest of the query string (the search query)."""
    params = context["request"].GET.copy()
    params["page"] = number
    return "?" + params.urlencode()


@register.simple_tag(takes_context=True)
def author_links(context, authors, home) -> str:
    """The authors' names, each linked to its archive, as a list in running text.

    "A", "A and B", "A, B and C" the language's way ("A и B", "A և B"); the
    label before it ("By", "Авторы:") is a counted translation in the template.
    """
    names = []
    for author in authors:
        url = archive_url(context, home, "author", author.slug)
        names.append(
            format_html('<a href="{}" rel="author">{}</a>', url, author.name)
            if url
            else conditional_escape(author.name)
        )
    return join_names(names)


def join_names(items: Sequence[str]) -> str:
    """``items`` (text or safe HTML) joined as in a sentence: "A, B and C"."""
    names = [conditional_escape(item) for item in items]
    if len(names) < 2:
        return mark_safe("".join(names))
    # Translators: between the names of a list but the last two: "A, B and C".
    separator = conditional_escape(pgettext("list of names", ", "))
    return format_html(
        # Translators: the end of a list of names: "A and B", "A, B and C".
        pgettext("list of names", "{names} and {last}"),
        names=mark_safe(separator.join(names[:-1])),
        last=names[-1],
    )


@register.filter
def credit_name(credit: str) -> str:
    """A picture credit without the label an editor typed into it: "Photo: AP" gives "AP".

    The page prints the label ("Photo:", "Фото:", "Լուսանկարը՝") itself. Any
    edition's label is taken off, in any case, followed by a colon (Latin or
    Armenian) or a spaced dash, as often as it was typed.
    """
    pattern = _credit_label_pattern(tuple(editions.codes()))
    previous = None
    while credit and credit != previous:
        previous = credit
        credit = pattern.sub("", credit, count=1)
    return credit.strip() if credit else ""


@functools.lru_cache(maxsize=4)
def _credit_label_pattern(codes: tuple[str, ...]) -> re.Pattern:
    words = {"Photo"}
    for code in codes:
        with translation.override(code):
            words.add(gettext("Photo:").rstrip(" :\u055d\u0589"))
    alternatives = "|".join(
        re.escape(word) for word in sorted(words, key=len, reverse=True)
    )
    return re.compile(
        rf"^\s*(?:{alternatives})\s*(?:[:\u055d\u0589]|\s[-\u2013\u2014])\s*",
        re.IGNORECASE,
    )
