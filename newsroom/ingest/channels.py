"""Telegram channel names as people type them, and as Telegram spells them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Telegram's rule for public usernames: 5-32 characters, letters, digits and
# underscores, starting with a letter. This checks a name, not markup.
USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")
TELEGRAM_HOSTS = {"t.me", "telegram.me", "www.t.me", "www.telegram.me"}


def channel_name(typed: str) -> str | None:
    """The channel's username from "@name", "name" or a t.me address; None if not one.

    "https://t.me/s/name", "t.me/name/123" and "telegram.me/name" all give
    "name".
    """
    text = (typed or "").strip()
    if not text:
        return None
    if "/" in text:
        address = text if "://" in text else f"https://{text}"
        parts = urlsplit(address)
        if (parts.hostname or "").lower() not in TELEGRAM_HOSTS:
            return None
        steps = [step for step in parts.path.split("/") if step]
        if steps[:1] == ["s"]:
            steps = steps[1:]
        text = steps[0] if steps else ""
    text = text.removeprefix("@")
    return text if USERNAME.fullmatch(text) else None


def chat_id(typed: str) -> str | None:
    """What the Bot API takes as ``chat_id`` for a channel: "@name" or a numeric id."""
    text = (typed or "").strip()
    if text.lstrip("-").isdigit():
        return text
    name = channel_name(text)
    return f"@{name}" if name else None
