"""What of a page the search index holds: headline, lead, body and extra.

Read from the page type's Wagtail ``search_fields``: the ``title`` is the
headline, the fields named in :data:`LEAD_FIELDS` the lead, fields in
:data:`EXTRA_FIELDS` and ``RelatedFields`` (tags, authors) the extra, and
every other ``SearchField`` (the body's blocks, a caption) the body. The
four weigh in that order when results are ranked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Manager
from django.utils.html import strip_tags
from modelsearch.index import RelatedFields, SearchField
from wagtail.fields import StreamField
from wagtail.models import Page

LEAD_FIELDS = frozenset({"lead", "blurb", "intro", "search_description"})
EXTRA_FIELDS = frozenset({"source_name"})


@dataclass(frozen=True)
class Parts:
    headline: str
    lead: str
    body: str
    extra: str


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return "\n".join(_text(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(_text(item) for item in value.values())
    return str(value)


def stream_text(value: Any) -> str:
    """The words of a StreamField value, read from its raw data.

    Converting the value to blocks would fetch the images it shows (a query
    per story); the text needs none of that. Addresses are left out.
    """
    texts: list[str] = []

    def walk(item: Any) -> None:
        if isinstance(item, str):
            if not item.startswith(("http://", "https://")):
                texts.append(strip_tags(item))
        elif isinstance(item, dict):
            if "type" in item and "value" in item:
                walk(item["value"])  # a block: its type and id are not text
            else:
                for child in item.values():
                    walk(child)
        elif isinstance(item, (list, tuple)):
            for child in item:
                walk(child)

    walk(list(getattr(value, "raw_data", value) or []))
    return "\n".join(text for text in texts if text.strip())


def _field_text(page: Page, field: SearchField) -> str:
    try:
        model_field = page._meta.get_field(field.field_name)
    except FieldDoesNotExist:
        model_field = None
    if isinstance(model_field, StreamField):
        return stream_text(getattr(page, field.field_name))
    return _text(field.get_value(page))


def _related(obj: Any, field: RelatedFields) -> list[str]:
    value = field.get_value(obj)
    if value is None:
        return []
    if isinstance(value, Manager):
        related = list(value.all())
    else:
        related = [value() if callable(value) else value]
    texts = []
    for item in related:
        for sub_field in field.fields:
            if isinstance(sub_field, SearchField):
                texts.append(_text(sub_field.get_value(item)))
    return texts


def parts(page: Page) -> Parts:
    """The four texts of ``page`` (its specific instance) for the index.

    A live page is indexed as readers see it; a page never published by the
    draft title the editors see in the admin.
    """
    headline = page.title if page.live else (page.draft_title or page.title)
    lead: list[str] = []
    body: list[str] = []
    extra: list[str] = []
    for field in page.get_search_fields():
        if isinstance(field, SearchField):
            if field.field_name == "title":
                continue
            if field.field_name in LEAD_FIELDS:
                lead.append(_field_text(page, field))
            elif field.field_name in EXTRA_FIELDS:
                extra.append(_field_text(page, field))
            else:
                body.append(_field_text(page, field))
        elif isinstance(field, RelatedFields):
            extra.extend(_related(page, field))
    return Parts(
        headline=headline,
        lead=strip_tags("\n".join(lead)),
        body=strip_tags("\n".join(body)),
        extra="\n".join(extra),
    )
