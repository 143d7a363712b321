"""The translator's view of the source, inside the editor of a translation.

:class:`TranslationSourcePanel` sits on the story form. On a story that is a
translation it shows the source story's words read-only, in the source's
language (``lang``), and marks each text the draft still has unchanged, so
the translator sees at a glance what is left to do.

This module is imported by ``newsroom.news.models`` (the panel is on the
story form), so it imports nothing from ``news``: it reads the source through
Wagtail's own models and the field names it is given.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from django import forms
from django.http import HttpRequest
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import Panel
from wagtail.fields import StreamField
from wagtail.models import Page, PageLogEntry
from wagtail.rich_text import RichText
from wagtail.utils.text import text_from_html

from newsroom.core import editions

# A story's texts a reader sees, in the order of the form.
STORY_TEXT_FIELDS = ("title", "lead", "hero_caption", "body", "source_name")
# ?translation_source=<code> on the edit view shows that edition's version.
SOURCE_PARAMETER = "translation_source"
COPY_LOG_ACTION = "wagtail.copy_for_translation"
# Parts of blocks that name people or agencies, the same in every language.
UNTRANSLATED_PARTS = frozenset({"credit"})


@dataclass(frozen=True)
class SourceText:
    """One text of the source, and whether the draft still has it word for word.

    ``field`` is the page field it comes from (all of a body's texts share it).
    """

    field: str
    label: str
    text: str
    untranslated: bool


def translation_source(
    page: Page, *, wanted: str | None = None
) -> tuple[Page, list[Page]] | None:
    """The story ``page`` is translated from, and its other versions; or None.

    The source is, in this order: the version in edition ``wanted``; the
    version in the edition the page was copied from (Wagtail's
    ``copy_for_translation`` log entry, written by the desk and by
    Wagtail's own translate action); the earliest published version, when
    it came out before ``page`` (stories linked after being written
    separately). An original story whose translations came later has none.
    Two queries.
    """
    if not page.pk or not page.translation_key:
        return None
    versions = list(
        Page.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .order_by("first_published_at", "pk")
    )
    if not versions:
        return None
    by_code = {editions.of_page(version).code: version for version in versions}
    if wanted in by_code:
        return by_code[wanted], versions
    copied = (
        PageLogEntry.objects.filter(page_id=page.pk, action=COPY_LOG_ACTION)
        .order_by("-timestamp", "-pk")
        .values_list("data", flat=True)
        .first()
    )
    if copied:
        source_locale = (copied.get("source_locale") or {}).get("id")
        for version in versions:
            if version.locale_id == source_locale:
                return version, versions
    published = [v for v in versions if v.first_published_at]
    if published and (
        page.first_published_at is None
        or published[0].first_published_at < page.first_published_at
    ):
        return published[0], versions
    return None


def field_texts(page: Page, name: str) -> Iterator[tuple[str, str]]:
    """(label, text) of field ``name`` of ``page``: one, or one per text in a body.

    Rich text comes as plain text; pictures, addresses and other values
    that are not words are skipped.
    """
    field = page._meta.get_field(name)
    label = capfirst(str(field.verbose_name))
    value = getattr(page, name)
    if isinstance(field, StreamField):
        yield from _block_texts(field.stream_block, value, ())
    elif text := _as_text(value):
        yield label, text


def _block_texts(
    block: blocks.Block, value: Any, labels: tuple[str, ...]
) -> Iterator[tuple[str, str]]:
    if isinstance(block, blocks.StreamBlock):
        for child in value or ():
            yield from _block_texts(child.block, child.value, (str(child.block.label),))
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            if name in UNTRANSLATED_PARTS:
                continue
            # "Quote · Attribution"; a struct's main text is often labelled like
            # the struct itself ("Quote" › "quote"), and said once.
            label = capfirst(str(child_block.label))
            same = bool(labels) and label.casefold() == labels[-1].casefold()
            yield from _block_texts(
                child_block, value.get(name), labels if same else labels + (label,)
            )
    elif isinstance(block, blocks.ListBlock):
        for item in value or ():
            yield from _block_texts(block.child_block, item, labels)
    elif isinstance(
        block, (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock)
    ) and (text := _as_text(value)):
        yield " · ".join(labels), text


def _as_text(value: Any) -> str:
    if isinstance(value, RichText):
        return text_from_html(value.source).strip()
    if isinstance(value, str):
        return value.strip()
    return ""


def compare_texts(source: Page, draft: Page, fields: Sequence[str]) -> list[SourceText]:
    """``source``'s texts in ``fields``, each marked when ``draft`` still has it.

    A plain field is untranslated when the draft's same field is the same
    text; a body text when the draft's body still holds it anywhere (blocks
    move while one translates).
    """
    texts = []
    for name in fields:
        if not hasattr(draft, name):
            continue
        drafted = {text for _, text in field_texts(draft, name)}
        for label, text in field_texts(source, name):
            texts.append(SourceText(name, label, text, untranslated=text in drafted))
    return texts


class TranslationSourcePanel(Panel):
    """The source story's texts beside a translation's form, read-only.

    Shown only on a page that is a translation (see
    :func:`translation_source`); ``fields`` are the page's text fields to
    show and compare, in order (default: a story's).
    """

    def __init__(self, fields: Sequence[str] = STORY_TEXT_FIELDS, **kwargs):
        kwargs.setdefault("heading", _("Source text"))
        kwargs.setdefault("icon", "globe")
        super().__init__(**kwargs)
        self.fields = tuple(fields)

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "fields": self.fields}

    class BoundPanel(Panel.BoundPanel):
        template_name = "desk/panels/translation_source.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.found = None
            if self.instance is not None and self.request is not None:
                wanted = _query(self.request).get(SOURCE_PARAMETER)
                self.found = translation_source(self.instance, wanted=wanted)
            if self.found:
                edition = editions.of_page(self.found[0])
                self.heading = _("Source text: %(edition)s") % {"edition": edition.name}

        def is_shown(self) -> bool:
            return self.found is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            if self.found is None:
                return context
            source, versions = self.found
            source = _readable_version(source.specific)
            texts = compare_texts(source, self.instance, self.panel.fields)
            context.update(
                source=source,
                source_edition=editions.of_page(source),
                source_url=source.get_url(self.request) if source.live else None,
                texts=texts,
                untranslated=sum(text.untranslated for text in texts),
                total=len(texts),
                others=[
                    {
                        "edition": editions.of_page(version),
                        "url": f"?{SOURCE_PARAMETER}={editions.of_page(version).code}",
                    }
                    for version in versions
                    if version.pk != source.pk
                    and editions.of_page(version) != editions.of_page(self.instance)
                ],
            )
            return context

        @property
        def media(self):
            return forms.Media(css={"all": ["desk/css/translation_source.css"]})


def _query(request: HttpRequest) -> Any:
    return getattr(request, "GET", {})


def _readable_version(page: Page) -> Page:
    """What readers see of ``page``; its latest draft when it was never published."""
    if not page.live and page.latest_revision_id:
        return page.get_latest_revision_as_object()
    return page
