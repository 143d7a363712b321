from django import template
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy

from newsroom.core import editions
from newsroom.core.models import EditionSettings

from .. import selectors
from ..models import HomePage

register = template.Library()

# Month names as they stand inside a date ("14 января"), which in many
# languages differs from the name on its own ("январь").
MONTHS = (
    pgettext_lazy("month in a date", "January"),
    pgettext_lazy("month in a date", "February"),
    pgettext_lazy("month in a date", "March"),
    pgettext_lazy("month in a date", "April"),
    pgettext_lazy("month in a date", "May"),
    pgettext_lazy("month in a date", "June"),
    pgettext_lazy("month in a date", "July"),
    pgettext_lazy("month in a date", "August"),
    pgettext_lazy("month in a date", "September"),
    pgettext_lazy("month in a date", "October"),
    pgettext_lazy("month in a date", "November"),
    pgettext_lazy("month in a date", "December"),
)


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
    """A date and time the edition's way, in the outlet's time zone: '14 January 2025 11:12'."""
    if not value:
        return ""
    local = timezone.localtime(value)
    # Translators: a date and time; reorder {day} {month} {year} {time} for your language.
    return gettext("{day} {month} {year} {time}").format(
        day=local.day,
        month=MONTHS[local.month - 1],
        year=local.year,
        time=local.strftime("%H:%M"),
    )


@register.filter
def isodate(value):
    return timezone.localtime(value).isoformat() if value else ""


@register.simple_tag(takes_context=True)
def page_link(context, number) -> str:
    """``?page=N`` keeping the rest of the query string (the search query)."""
    params = context["request"].GET.copy()
    params["page"] = number
    return "?" + params.urlencode()
