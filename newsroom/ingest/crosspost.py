"""Published stories to their edition's Telegram channel: one message per story.

The story's :class:`TelegramPost` row is claimed with a conditional update
before any call to Telegram; whoever holds the claim brings the channel in
line with the story (send, edit, delete), then releases it and looks again,
so an edit made meanwhile is not lost and nothing is sent twice.
"""

from __future__ import annotations

import html
import logging
import os
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from newsroom.core import editions
from newsroom.news.models import ArticlePage

from . import channels
from .botapi import Bot, TelegramError
from .models import TelegramChannel, TelegramPost, TelegramPostState

log = logging.getLogger(__name__)
CAPTION_LIMIT = 1024
TEXT_LIMIT = 4096
MAX_ATTEMPTS = 10
# A claim older than this is taken to belong to a worker that died.
CLAIM_SECONDS = 600


@dataclass(frozen=True)
class Destination:
    bot: Bot
    source: str  # "admin" or "environment", for the admin's status line


def destination(code: str) -> Destination | None:
    """Where edition ``code``'s stories go: the admin's row, else the environment."""
    row = TelegramChannel.objects.filter(edition=code).first()
    if row is not None:
        if not row.is_active:
            return None
        token = row.bot_token or _env_token(code)
        return Destination(Bot(token, row.channel), "admin") if token else None
    channel = channels.chat_id(os.environ.get(f"TELEGRAM_CHANNEL_{code.upper()}", ""))
    token = _env_token(code)
    if channel and token:
        return Destination(Bot(token, channel), "environment")
    return None


def _env_token(code: str) -> str:
    return os.environ.get(f"TELEGRAM_BOT_TOKEN_{code.upper()}") or os.environ.get(
        "TELEGRAM_BOT_TOKEN", ""
    )


def message_text(page: ArticlePage, limit: int) -> str:
    """Headline in bold, the lead, the link: as Telegram's HTML, within ``limit``."""
    title = f"<b>{html.escape(page.title)}</b>"
    url = html.escape(page.get_full_url() or "")
    lead = page.lead.strip()
    room = limit - len(title) - len(url) - 4
    if len(html.escape(lead)) > room:
        while lead and len(html.escape(lead)) > room - 1:
            lead = lead[: max(0, len(lead) - 20)].rsplit(" ", 1)[0]
        lead = lead.rstrip(" ,;:") + "…" if lead else ""
    parts = [title, html.escape(lead), url]
    return "\n\n".join(part for part in parts if part)


def sync(page_id: int, *, first_publication: bool = False) -> None:
    """Bring the channel in line with story ``page_id`` (send, edit or delete).

    A story with no message yet is sent only on its ``first_publication``:
    editing a story published before its edition had a channel does not post
    it. After that, its row decides (an unpublished story's deleted message
    is sent again when it is published again).

    Whoever holds the story's claim does the work. A sync that finds the
    claim taken marks the row ``resync`` and tries once more; the holder,
    after releasing, looks again while the mark is set, so a change
    published meanwhile always reaches the channel.
    """
    for _round in range(10):
        post = _claim(page_id, first_publication=first_publication)
        if isinstance(post, _Taken):
            TelegramPost.objects.filter(page_id=page_id).update(resync=True)
            post = _claim(page_id, first_publication=first_publication)
            if isinstance(post, _Taken):
                return  # the holder sees the mark when it releases
        if post is None:
            return
        try:
            done = _apply(post)
        finally:
            TelegramPost.objects.filter(pk=post.pk).update(claimed_at=None)
        again = TelegramPost.objects.filter(pk=post.pk, resync=True).exists()
        if not (done or again):
            return


class _Taken:
    """What :func:`_claim` returns when another worker holds the claim."""


_TAKEN = _Taken()


def _claim(page_id: int, *, first_publication: bool) -> TelegramPost | _Taken | None:
    """The story's row, claimed; None when there is nothing to do; _TAKEN."""
    page = (
        ArticlePage.objects.filter(pk=page_id).only("pk", "live", "locale_id").first()
    )
    if page is None:
        return None
    post = TelegramPost.objects.filter(page_id=page_id).first()
    if post is None:
        if not (page.live and first_publication):
            return None
        if destination(editions.of_page(page).code) is None:
            return None
        post, _created = TelegramPost.objects.get_or_create(page_id=page_id)
    if _wanted(post, page_live=page.live) is None:
        if post.state == TelegramPostState.RETRY:
            # A retry that has nothing left to do (the story came down before
            # it was ever sent): it leaves the retry list.
            TelegramPost.objects.filter(pk=post.pk).update(
                state=TelegramPostState.PENDING, next_attempt_at=None, last_error=""
            )
        return None
    now = timezone.now()
    stale = now - timedelta(seconds=CLAIM_SECONDS)
    won = (
        TelegramPost.objects.filter(pk=post.pk)
        .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=stale))
        .update(claimed_at=now, resync=False)
    )
    if not won:
        return _TAKEN
    post.refresh_from_db()
    return post


def _wanted(post: TelegramPost, *, page_live: bool) -> str | None:
    if not page_live:
        # Taking a story down always takes its message down, failure or not.
        return "delete" if post.message_id is not None else None
    if post.state == TelegramPostState.FAILED:
        return None  # until an editor presses Retry
    if (
        post.state == TelegramPostState.RETRY
        and post.next_attempt_at
        and (post.next_attempt_at > timezone.now())
    ):
        return None
    if post.message_id is None:
        return "send"
    return "edit"  # whether the text changed is known once the page is read


def _apply(post: TelegramPost) -> bool:
    """Do what the story needs; True if something was done (look again after)."""
    page = ArticlePage.objects.select_related("hero_image").get(pk=post.page_id)
    code = editions.of_page(page).code
    target = destination(code)
    action = _wanted(post, page_live=page.live)
    with override(code):
        if target is None:
            # The edition stopped posting (its channel was removed or
            # switched off): what was still to do cannot be done.
            if action is not None and post.state != TelegramPostState.FAILED:
                _done(
                    post,
                    state=TelegramPostState.FAILED,
                    last_error=_("This edition no longer posts to Telegram."),
                )
            return False
        # A message is edited or deleted where it was sent, even if the
        # edition's channel changed since; new messages go to the new one.
        bot = target.bot
        if action != "send" and post.channel and post.channel != bot.chat_id:
            bot = Bot(bot.token, post.channel)
        try:
            return _act(post, page, bot, action)
        except TelegramError as error:
            _failed(post, error)
            return False
        except Exception as error:  # a bug must not leave the claim or the worker
            log.exception("telegram: story %s", page.pk)
            _failed(post, TelegramError(type(error).__name__))
            return False


def _act(post: TelegramPost, page: ArticlePage, bot: Bot, action: str | None) -> bool:
    if action == "send":
        photo = _photo(page)
        limit = CAPTION_LIMIT if photo else TEXT_LIMIT
        text = message_text(page, limit)
        message_id = _with_retries(
            post,
            lambda: (
                bot.send_photo(photo[0], photo[1], text)
                if photo
                else bot.send_message(text)
            ),
            sending=True,
        )
        _done(
            post,
            message_id=message_id,
            with_photo=bool(photo),
            sent_text=text,
            channel=bot.chat_id,
        )
        return True
    if action == "edit":
        text = message_text(page, CAPTION_LIMIT if post.with_photo else TEXT_LIMIT)
        if text == post.sent_text:
            if post.state != TelegramPostState.SENT:
                _done(post, sent_text=text)
            return False
        assert post.message_id is not None
        message_id = post.message_id
        try:
            _with_retries(
                post,
                lambda: (
                    bot.edit_message_caption(message_id, text)
                    if post.with_photo
                    else bot.edit_message_text(message_id, text)
                ),
            )
        except TelegramError as error:
            if error.not_modified:
                pass
            elif error.message_gone:
                # Someone deleted it in the channel: say so, and let an
                # editor decide (Retry posts the story again).
                _done(
                    post,
                    message_id=None,
                    state=TelegramPostState.FAILED,
                    last_error=_(
                        "The message was deleted in the channel, so the change "
                        "was not sent. Retry posts the story again."
                    ),
                )
                return False
            else:
                raise
        _done(post, sent_text=text)
        return True
    if action == "delete":
        assert post.message_id is not None
        message_id = post.message_id
        try:
            _with_retries(post, lambda: bot.delete_message(message_id))
        except TelegramError as error:
            if not error.message_gone:
                raise
        _done(post, message_id=None, state=TelegramPostState.DELETED, sent_text="")
        return True
    return False


def _with_retries(post: TelegramPost, call, *, sending: bool = False):
    """``call()``, retried here while Telegram asks for a short wait; a longer
    wait is left to the clock (``retry_telegram_posts``) by raising.

    A send that timed out after Telegram received it may have been posted:
    it is not retried (that could post the story twice) but fails, asking
    an editor to look at the channel before pressing Retry.
    """
    inline = float(getattr(settings, "TELEGRAM_INLINE_RETRY_SECONDS", 5))
    while True:
        try:
            return call()
        except TelegramError as error:
            attempts = post.attempts + 1
            post.attempts = attempts
            TelegramPost.objects.filter(pk=post.pk).update(attempts=attempts)
            if sending and error.maybe_delivered:
                raise TelegramError(
                    _(
                        "Telegram did not confirm the message in time; it may "
                        "have been posted. Look at the channel: if the story "
                        "is not there, press Retry."
                    )
                ) from None
            if error.not_modified or error.message_gone or not error.transient:
                raise
            wait = _backoff(attempts, error.retry_after)
            if attempts >= MAX_ATTEMPTS or wait > inline:
                raise
            time.sleep(wait)


def _backoff(attempts: int, retry_after: float | None) -> float:
    base = float(getattr(settings, "TELEGRAM_RETRY_BASE_SECONDS", 2))
    return max(retry_after or 0, min(base * 2 ** (attempts - 1), 900))


def _failed(post: TelegramPost, error: TelegramError) -> None:
    message = str(error)
    if error.transient and post.attempts < MAX_ATTEMPTS:
        wait = _backoff(max(post.attempts, 1), error.retry_after)
        TelegramPost.objects.filter(pk=post.pk).update(
            state=TelegramPostState.RETRY,
            next_attempt_at=timezone.now() + timedelta(seconds=wait),
            last_error=message,
        )
        log.warning("telegram: story %s will be retried: %s", post.page_id, message)
        return
    TelegramPost.objects.filter(pk=post.pk).update(
        state=TelegramPostState.FAILED, next_attempt_at=None, last_error=message
    )
    log.warning("telegram: story %s not posted: %s", post.page_id, message)


def _done(post: TelegramPost, **changes) -> None:
    changes.setdefault("state", TelegramPostState.SENT)
    changes.setdefault("last_error", "")
    changes.update(attempts=0, next_attempt_at=None)
    TelegramPost.objects.filter(pk=post.pk).update(**changes)
    for name, value in changes.items():
        setattr(post, name, value)


def _photo(page: ArticlePage) -> tuple[bytes, str] | None:
    image = page.hero_image
    if image is None:
        return None
    try:
        rendition = image.get_rendition("max-1280x1280|format-jpeg|jpegquality-85")
        with rendition.file.open("rb") as handle:
            return handle.read(), f"story-{page.pk}.jpg"
    except Exception:  # a missing file: post the text alone
        log.warning("telegram: picture of story %s could not be read", page.pk)
        return None


def retry(page_id: int) -> None:
    """An editor's Retry: forget the failure and try again now."""
    TelegramPost.objects.filter(page_id=page_id).exclude(
        state=TelegramPostState.SENT
    ).update(
        state=TelegramPostState.PENDING, attempts=0, next_attempt_at=None, last_error=""
    )


def due_retries(now=None) -> list[int]:
    """Stories whose retry is due, and stories whose worker died holding the claim."""
    now = now or timezone.now()
    stale = now - timedelta(seconds=CLAIM_SECONDS)
    return list(
        TelegramPost.objects.filter(
            Q(state=TelegramPostState.RETRY, next_attempt_at__lte=now)
            | Q(claimed_at__lt=stale)
        )
        .order_by("next_attempt_at", "pk")
        .values_list("page_id", flat=True)[:100]
    )
