"""Polling sources into drafts, exactly once per item.

A poll reads the source (``fetch`` + ``readers``), then makes one draft per
item it has not seen, each in its own transaction that first inserts the
item's unique (source, key) row: two pollers of one source both try, the
database lets one through and the other skips the item. Nothing here ever
changes or deletes a draft already made.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import timedelta
from io import BytesIO
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page

from newsroom.core import editions
from newsroom.news.models import ArticlePage

from . import fetch, readers
from .models import IngestedItem, Source, SourceKind

log = logging.getLogger(__name__)
IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


class AlreadyIngested(Exception):
    """Another poll made (or is making) this item."""


@dataclass
class PollResult:
    made: list[ArticlePage] = field(default_factory=list)
    skipped: int = 0
    error: str = ""
    notes: list[str] = field(default_factory=list)


def max_age() -> timedelta:
    return timedelta(days=float(getattr(settings, "INGEST_MAX_AGE_DAYS", 3)))


def read_items(source: Source) -> list[readers.Item]:
    """The items the source publishes now; FetchError or ReadError if unreadable."""
    if source.kind == SourceKind.TELEGRAM:
        template = getattr(settings, "TELEGRAM_PREVIEW_URL", "https://t.me/s/{channel}")
        page = fetch.get(template.format(channel=source.address), accept="text/html")
        return readers.read_telegram(page, source.address)
    feed = fetch.get(
        source.address,
        accept="application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    )
    return readers.read_feed(feed)


def poll(source: Source) -> PollResult:
    """Read ``source`` and make a draft of each new item; record the outcome."""
    started = timezone.now()
    Source.objects.filter(pk=source.pk).update(last_polled_at=started)
    result = PollResult()
    # Error messages are stored for the editors of the source's edition.
    with override(editions.of_page(source.section).code):
        try:
            items = read_items(source)
            _make_drafts(source, items, result, started)
        except (fetch.FetchError, readers.ReadError) as error:
            result.error = str(error)
        except Exception as error:  # a parser's bug must not stop the worker
            log.exception("ingest: polling source %s failed", source.pk)
            result.error = _(
                "The source could not be read (%(problem)s); the next poll tries again."
            ) % {"problem": type(error).__name__}
        _record(source, result, started)
    return result


def _make_drafts(
    source: Source, items: list[readers.Item], result: PollResult, now
) -> None:
    keys = [item.key for item in items]
    known = set(
        IngestedItem.objects.filter(source=source, key__in=keys).values_list(
            "key", flat=True
        )
    )
    oldest = now - max_age()
    for item in items:
        if item.key in known or (item.published and item.published < oldest):
            continue
        try:
            result.made.append(make_draft(source, item))
        except AlreadyIngested:
            result.skipped += 1
        except Exception as error:
            log.exception("ingest: item %r of source %s failed", item.key, source.pk)
            result.skipped += 1
            result.notes.append(
                _("“%(title)s” was skipped (%(problem)s).")
                % {"title": item.title[:80], "problem": type(error).__name__}
            )


def _record(source: Source, result: PollResult, now) -> None:
    changes: dict = {
        "items_made": F("items_made") + len(result.made),
        "items_skipped": F("items_skipped") + result.skipped,
    }
    if result.error:
        changes.update(last_error=result.error, last_error_at=now)
    else:
        changes["last_success_at"] = now
        if result.notes:
            changes.update(last_error=" ".join(result.notes)[:2000], last_error_at=now)
        else:
            changes["last_error"] = ""
    Source.objects.filter(pk=source.pk).update(**changes)


def make_draft(source: Source, item: readers.Item) -> ArticlePage:
    """One draft story of ``item`` in the source's section, or AlreadyIngested.

    The picture is fetched first, outside the transaction; the item's row,
    the page and its first revision are written in one transaction, so a
    failure leaves neither behind and the next poll tries the item again.
    """
    picture = _fetch_picture(item) if item.image_url else None
    with transaction.atomic():
        try:
            with transaction.atomic():
                record = IngestedItem.objects.create(
                    source=source,
                    key=item.key,
                    title=item.title[:255],
                    original_url=item.url[:1000],
                )
        except IntegrityError:
            raise AlreadyIngested(item.key) from None
        # Tree inserts under one section are serialised: two pollers adding
        # stories at once would otherwise compute the same tree path.
        section = Page.objects.select_for_update().get(pk=source.section_id).specific
        credit = (source.attribution or source.source_line)[:120]
        image = _save_picture(picture, item, credit) if picture else None
        page = ArticlePage(
            title=item.title[:255],
            lead=item.lead,
            body=item.body.blocks,
            source_name=source.source_line[:200],
            source_url=_valid_url(item.url),
            hero_image=image,
            hero_caption=item.image_caption[:300] if image else "",
            hero_credit=credit if image else "",
            locale_id=section.locale_id,
            live=False,
        )
        section.add_child(instance=page)
        page.save_revision(log_action=True)
        record.page = page
        record.save(update_fields=["page"])
    return page


def _valid_url(url: str) -> str:
    """``url`` if the story's "source address" field accepts it, else ""."""
    try:
        URLValidator()(url)
    except ValidationError:
        return ""
    return url if len(url) <= 200 else ""


def _fetch_picture(item: readers.Item) -> tuple[bytes, str] | None:
    """The item's first photo, checked to be a picture; None (and a log line) if not."""
    limit = int(getattr(settings, "INGEST_MAX_IMAGE_BYTES", 10 * 1024 * 1024))
    try:
        fetched = fetch.get(item.image_url, max_bytes=limit, accept="image/*")
        with PILImage.open(BytesIO(fetched.content)) as picture:
            kind = picture.format or ""
            width, height = picture.size
            picture.verify()
    except fetch.FetchError as error:
        log.warning("ingest: picture of %r not imported: %s", item.key, error)
        return None
    except Exception as error:
        log.warning("ingest: picture of %r is not an image: %s", item.key, error)
        return None
    pixels = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 128_000_000)
    if kind not in IMAGE_FORMATS or width * height > pixels:
        log.warning(
            "ingest: picture of %r refused (%s %sx%s)", item.key, kind, width, height
        )
        return None
    stem = os.path.splitext(os.path.basename(urlsplit(item.image_url).path))[0]
    name = get_valid_filename(stem)[:60] or "picture"
    return fetched.content, f"{name}.{IMAGE_FORMATS[kind]}"


def _save_picture(picture: tuple[bytes, str], item: readers.Item, credit: str):
    content, name = picture
    title = item.image_caption or item.title
    image = get_image_model()(
        title=title[:255], file=ImageFile(BytesIO(content), name=name)
    )
    image.save()
    return image


def summary(result: PollResult) -> str:
    """What a poll did, in a sentence for the editor who pressed "Poll now"."""
    if result.error:
        return result.error
    made = len(result.made)
    if not made:
        return _("No new items.")
    return ngettext(
        "%(count)s new draft is waiting in Incoming.",
        "%(count)s new drafts are waiting in Incoming.",
        made,
    ) % {"count": made}


def due_sources(now=None) -> list[Source]:
    """Active sources whose interval has passed, each claimed once.

    The claim is a conditional update of ``last_polled_at``: two clocks (or a
    clock and a "Poll now") that see the same due source enqueue it once.
    """
    now = now or timezone.now()
    claimed = []
    for source in Source.objects.filter(is_active=True).only(
        "pk", "last_polled_at", "poll_minutes"
    ):
        if not source.is_due(now):
            continue
        won = Source.objects.filter(
            pk=source.pk, last_polled_at=source.last_polled_at
        ).update(last_polled_at=now)
        if won:
            claimed.append(source)
    return claimed


def incoming(edition_codes: list[str]):
    """Ingested items whose draft still exists, newest first, in those editions."""
    locale_ids = [editions.locale_id(code) for code in edition_codes]
    return (
        IngestedItem.objects.filter(
            page__isnull=False, page__locale_id__in=[i for i in locale_ids if i]
        )
        .select_related("source", "page")
        .order_by("-made_at", "-pk")
    )


def discard(item: IngestedItem, user) -> None:
    """Delete the item's draft (never a published story); the item stays known."""
    from wagtail.actions.delete_page import DeletePageAction

    page = item.page
    with transaction.atomic():
        if page is not None:
            DeletePageAction(page, user=user).execute()
        IngestedItem.objects.filter(pk=item.pk).update(
            page=None, discarded_at=timezone.now()
        )
