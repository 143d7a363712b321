"""What a source publishes, read into :class:`Item` s: feeds with feedparser
(after defusedxml refuses entity declarations), Telegram's public channel
preview with BeautifulSoup."""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from xml.etree.ElementTree import ParseError

import charset_normalizer
import feedparser
from bs4 import BeautifulSoup, Tag
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from . import convert
from .fetch import Fetched

# An <a>'s style: "background-image:url('https://cdn.../photo.jpg')". CSS in
# an attribute value, not markup.
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)['"]?\s*\)""")
MAX_ITEMS = 100
HTML_TYPES = ("text/html", "application/xhtml+xml")


class ReadError(Exception):
    """What a source sent is not a feed or channel page we can read."""


@dataclass
class Item:
    key: str
    url: str
    title: str
    lead: str
    body: convert.Body
    published: datetime | None = None
    image_url: str = ""
    image_caption: str = ""
    notes: list[str] = field(default_factory=list)


def read_feed(fetched: Fetched) -> list[Item]:
    """The items of an RSS 2.0 or Atom feed, newest last."""
    if not fetched.content.strip():
        raise ReadError(_("The address sent an empty answer, not a feed."))
    if _looks_like_html(fetched):
        raise ReadError(
            _("The address did not answer with an RSS or Atom feed (it sent %(type)s).")
            % {"type": fetched.content_type or "HTML"}
        )
    _refuse_entities(fetched.content)
    headers = {"content-type": fetched.content_type or "application/xml"}
    if fetched.charset:
        headers["content-type"] += f"; charset={fetched.charset}"
    parsed = _parse(fetched.content, headers)
    if isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride):
        # The declared encoding is wrong (a Windows-1251 feed that says
        # UTF-8): feedparser fell back to Windows-1252, which makes Cyrillic
        # unreadable. Detect the encoding from the bytes and read it again.
        detected = charset_normalizer.from_bytes(fetched.content).best()
        if detected is not None and detected.encoding != parsed.get("encoding"):
            parsed = _parse(
                fetched.content,
                {"content-type": f"application/xml; charset={detected.encoding}"},
            )
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            raise ReadError(
                _("This is not a feed that can be read: %(problem)s.")
                % {"problem": _problem(parsed.get("bozo_exception"))}
            )
        if not parsed.get("version"):
            raise ReadError(
                _(
                    "The address did not answer with an RSS or Atom feed (it sent %(type)s)."
                )
                % {"type": fetched.content_type or _("no content type")}
            )
        return []
    items = []
    for entry in entries[:MAX_ITEMS]:
        item = _feed_item(entry, base=fetched.url)
        if item is not None:
            items.append(item)
    items.sort(key=lambda i: i.published or datetime.min.replace(tzinfo=UTC))
    return items


def _parse(content: bytes, headers: dict[str, str]):
    return feedparser.parse(
        content,
        response_headers=headers,
        resolve_relative_uris=False,
        sanitize_html=False,  # nh3 does it, with our own rules
    )


def _looks_like_html(fetched: Fetched) -> bool:
    if fetched.content_type in ("text/html", "application/xhtml+xml"):
        return True
    start = fetched.content.lstrip()[:200].lower()
    return start.startswith((b"<!doctype html", b"<html"))


def _refuse_entities(content: bytes) -> None:
    try:
        defused_fromstring(content, forbid_dtd=False)
    except DefusedXmlException:
        raise ReadError(
            _(
                "The feed declares its own XML entities or external references, "
                "which are refused (they can be used to exhaust the server)."
            )
        ) from None
    except (ParseError, ValueError):
        # Not well-formed: feedparser's lenient parser may still recover
        # the items; if it cannot, read_feed says so.
        return


def _problem(exception) -> str:
    """The parser's complaint, with the line and column it names."""
    if hasattr(exception, "getLineNumber"):
        return _("%(problem)s (line %(line)s, column %(column)s)") % {
            "problem": exception.getMessage(),
            "line": exception.getLineNumber(),
            "column": exception.getColumnNumber(),
        }
    text = str(exception or "").strip()
    return text[:200] or _("not well-formed XML")


def _feed_item(entry, *, base: str) -> Item | None:
    link = entry.get("link") or ""
    title = convert.plain(entry.get("title") or "")
    # feedparser lists content:encoded and Atom's <content> here, but also
    # Media RSS descriptions (as text/plain): only markup counts as the text.
    contents = entry.get("content") or []
    markups = [c for c in contents if c.get("type") in HTML_TYPES]
    content = markups[0].get("value", "") if markups else ""
    summary = entry.get("summary") or ""
    markup = content or summary
    published = _entry_time(entry)
    key = entry.get("id") or link
    if not key:
        if not (title or markup):
            return None
        digest = hashlib.sha256(f"{title}\n{published}\n{markup}".encode())
        key = "sha256:" + digest.hexdigest()
    body = convert.body(markup)
    lead = ""
    if content and summary and convert.plain(summary) != convert.plain(content):
        lead = convert.plain(summary)  # a separate summary (Atom, content:encoded)
    if lead and body.paragraphs_text()[:1] == [lead]:
        body.take_lead()
    if not lead:
        lead = body.take_lead()
    if not title:
        title, whole = convert.headline(lead)
    else:
        title, _whole = convert.headline(title, limit=250)
    if not title:
        return None
    image_url, caption = _feed_image(entry)
    if image_url and not caption:
        captions = [c for c in contents if c.get("type") == "text/plain"]
        caption = convert.tidy(captions[0].get("value", ""))[:300] if captions else ""
    if not image_url:
        image_url, caption = body.first_image, body.first_image_caption
    return Item(
        key=str(key)[:255],
        url=link if link.startswith(("http://", "https://")) else "",
        title=title,
        lead=lead or title,
        body=body,
        published=published,
        image_url=image_url,
        image_caption=caption,
    )


def _entry_time(entry) -> datetime | None:
    for name in ("published_parsed", "updated_parsed"):
        value = entry.get(name)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _feed_image(entry) -> tuple[str, str]:
    for media in entry.get("media_content") or []:
        url = media.get("url", "")
        if url and (
            media.get("medium") == "image" or media.get("type", "").startswith("image/")
        ):
            return url, convert.tidy(entry.get("media_description") or "")[:300]
    for enclosure in entry.get("enclosures") or []:
        if enclosure.get("type", "").startswith("image/") and enclosure.get("href"):
            return enclosure["href"], ""
    for thumbnail in entry.get("media_thumbnail") or []:
        if thumbnail.get("url"):
            return thumbnail["url"], ""
    return "", ""


def read_telegram(fetched: Fetched, channel: str) -> list[Item]:
    """The posts on a channel's public preview page (t.me/s/<channel>), oldest first."""
    soup = BeautifulSoup(fetched.content, "html.parser", from_encoding=fetched.charset)
    messages = soup.select("div.tgme_widget_message[data-post]")
    if not messages:
        if soup.select_one(".tgme_channel_info, .tgme_page"):
            return []  # a channel with no public posts (or not public)
        raise ReadError(
            _("The address did not answer with a Telegram channel's public page.")
        )
    items = []
    for message in messages[-MAX_ITEMS:]:
        item = _telegram_item(message, channel)
        if item is not None:
            items.append(item)
    return items


def _telegram_item(message: Tag, channel: str) -> Item | None:
    post = str(message.get("data-post", ""))
    if "/" not in post:
        return None
    number = post.rsplit("/", 1)[1]
    text_node = message.select_one(".tgme_widget_message_text")
    markup = text_node.decode_contents() if text_node else ""
    image_url = ""
    for photo in message.select("a.tgme_widget_message_photo_wrap"):
        match = CSS_URL.search(str(photo.get("style", "")))
        if match:
            image_url = match.group(1)
            break
    if not markup.strip() and not image_url:
        return None  # service messages: "Channel created", pins, stickers
    time_node = message.select_one(".tgme_widget_message_date time[datetime]")
    published = _aware(str(time_node["datetime"])) if time_node else None
    link_node = message.select_one("a.tgme_widget_message_date[href]")
    url = str(link_node["href"]) if link_node else f"https://t.me/{post}"
    body = convert.body(markup)
    first_line = _first_line(body, remove=False)
    title, whole = convert.headline(first_line)
    if not title:
        return None
    if whole:
        _first_line(body, remove=True)
    lead = body.take_lead() or title
    return Item(
        key=f"{channel.lower()}/{number}",
        url=url if url.startswith("https://") else f"https://t.me/{post}",
        title=title,
        lead=lead,
        body=body,
        published=published,
        image_url=image_url,
        image_caption="",
    )


def _aware(text: str) -> datetime | None:
    """A time from the page, in UTC when it names no zone; None if unreadable."""
    try:
        value = parse_datetime(text)
    except ValueError:
        return None
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def _first_line(body: convert.Body, *, remove: bool) -> str:
    """The text of the first paragraph up to its first line break; with
    ``remove``, that line is taken out of the body."""
    for index, block in enumerate(body.blocks):
        if block["type"] != "paragraph":
            continue
        soup = BeautifulSoup(block["value"], "html.parser")
        paragraph = soup.find("p")
        if paragraph is None:
            return ""
        line = []
        for node in list(paragraph.children):
            if isinstance(node, Tag) and node.name == "br":
                if remove:
                    node.extract()
                break
            line.append(node.get_text() if isinstance(node, Tag) else str(node))
            if remove:
                node.extract()
        if remove:
            rest = paragraph.decode_contents().strip()
            if convert.plain(rest):
                block["value"] = f"<p>{rest}</p>"
            else:
                del body.blocks[index]
        return convert.tidy("".join(line))
    return ""
