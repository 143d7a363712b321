from django import template
from django.conf import settings
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.translation import get_language, gettext, pgettext_lazy

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

    ``languages`` drives the language switch and the hreflang alternates: each
    edition links to the translation of the current page when one is live,
    otherwise to that edition's home.
    """
    request = context.get("request")
    page = context.get("page")
    language = get_language() or settings.LANGUAGE_CODE
    homes = {
        h.locale.language_code: h
        for h in HomePage.objects.live().select_related("locale").order_by()
    }
    home = homes.get(language)
    if isinstance(page, HomePage) and home is not None and page.pk == home.pk:
        home = page  # reuse what the page has already fetched (its sections)
    translations = {}
    if (
        page is not None
        and getattr(page, "translation_key", None)
        and not context.get("is_route")
    ):
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
        }
    languages = []
    for code, name in settings.EDITIONS:
        target = translations.get(code) or homes.get(code)
        if target is None:
            continue
        languages.append(
            {
                "code": code,
                "name": name,
                "url": target.get_url(request),
                "is_translation": code in translations,
                "is_current": code == language,
            }
        )
    notice = None
    if home is not None:
        notice = EditionSettings.objects.filter(locale_id=home.locale_id).first()
    current_section_path = None
    if home is not None and page is not None and not context.get("is_route"):
        if page.depth > home.depth and page.path.startswith(home.path):
            current_section_path = page.path[: selectors.STEPLEN * (home.depth + 1)]
    origin = f"{request.scheme}://{request.get_host()}" if request else ""
    return {
        "origin": origin,
        "canonical_url": origin + (request.path if request else ""),
        "home": home,
        "current_section_path": current_section_path,
        "default_language": settings.LANGUAGE_CODE,
        "sections": home.sections if home else [],
        "languages": languages,
        "edition_settings": notice,
        "year": timezone.localdate().year,
    }


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
