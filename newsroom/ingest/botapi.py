"""A small client of Telegram's Bot API: the five methods cross-posting uses.

Errors come out as :class:`TelegramError` with a message in plain words and
never the token (it is part of every method's address, so exceptions from
the HTTP library, which quote the address, are never passed on).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import requests
import urllib3
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


class TelegramError(Exception):
    def __init__(
        self,
        message: str,
        *,
        transient: bool = False,
        retry_after: float | None = None,
        description: str = "",
        maybe_delivered: bool = False,
    ):
        super().__init__(message)
        self.transient = transient
        # The request reached Telegram but no answer came back.
        self.maybe_delivered = maybe_delivered
        self.retry_after = retry_after
        self.description = description.lower()

    @property
    def not_modified(self) -> bool:
        return "message is not modified" in self.description

    @property
    def message_gone(self) -> bool:
        return any(
            phrase in self.description
            for phrase in ("message to edit not found", "message to delete not found")
        )


def _never_sent(error: requests.RequestException) -> bool:
    """True when the request cannot have reached Telegram (no connection was
    made); a reset or a read timeout may come after Telegram acted on it."""
    if isinstance(error, requests.ConnectTimeout):
        return True
    reason = getattr(error.args[0], "reason", None) if error.args else None
    return isinstance(
        reason,
        (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError),
    )


@dataclass(frozen=True)
class Bot:
    token: str = field(repr=False)  # never in a traceback's locals
    chat_id: str = ""

    def call(self, method: str, data: dict, files: dict | None = None) -> dict:
        base = getattr(settings, "TELEGRAM_API_URL", "https://api.telegram.org")
        timeout = float(getattr(settings, "TELEGRAM_TIMEOUT_SECONDS", 15))
        url = f"{base.rstrip('/')}/bot{self.token}/{method}"
        payload = {"chat_id": self.chat_id, **data}
        try:
            if files:
                response = requests.post(
                    url, data=payload, files=files, timeout=timeout
                )
            else:
                response = requests.post(url, json=payload, timeout=timeout)
        except requests.Timeout as timed_out:
            seconds = max(1, round(timeout))
            raise TelegramError(
                ngettext(
                    "Telegram did not answer within %(seconds)s second.",
                    "Telegram did not answer within %(seconds)s seconds.",
                    seconds,
                )
                % {"seconds": seconds},
                transient=True,
                maybe_delivered=not isinstance(timed_out, requests.ConnectTimeout),
            ) from None
        except requests.RequestException as failed:
            if _never_sent(failed):
                raise TelegramError(
                    _("Could not connect to Telegram."), transient=True
                ) from None
            raise TelegramError(
                _("The connection to Telegram broke before it answered."),
                transient=True,
                maybe_delivered=True,
            ) from None
        try:
            answer = response.json()
        except ValueError:
            answer = {}
        if response.status_code == 200 and answer.get("ok"):
            return answer.get("result") or {}
        raise self._error(response.status_code, answer)

    def _error(self, status: int, answer: dict) -> TelegramError:
        description = str(answer.get("description") or "")[:300].replace(
            self.token, "***"
        )
        code = int(answer.get("error_code") or status)
        if code == 429:
            retry_after = (answer.get("parameters") or {}).get("retry_after")
            wait = int(str(retry_after)) if str(retry_after or "").isdigit() else 0
            return TelegramError(
                ngettext(
                    "Telegram asked to wait %(seconds)s second (too many messages).",
                    "Telegram asked to wait %(seconds)s seconds (too many messages).",
                    wait,
                )
                % {"seconds": wait},
                transient=True,
                retry_after=float(wait) if wait else None,
                description=description,
            )
        if code >= 500 or status >= 500:
            return TelegramError(
                _("Telegram had a problem of its own (%(status)s).") % {"status": code},
                transient=True,
                description=description,
            )
        if code == 401:
            message = _(
                "Telegram refused the bot token (401 Unauthorized): check the "
                "token in the edition's Telegram channel settings."
            )
        elif code == 403:
            message = _(
                "The bot may not post in %(channel)s: make it an administrator "
                "of the channel with the right to post messages."
            ) % {"channel": self.chat_id}
        elif "chat not found" in description.lower():
            message = _(
                "Telegram does not know the channel %(channel)s: check its name."
            ) % {"channel": self.chat_id}
        else:
            message = _(
                "Telegram refused the message (%(status)s: %(description)s)."
            ) % {
                "status": code,
                "description": description or _("no reason given"),
            }
        return TelegramError(message, description=description)

    # The methods cross-posting uses.
    def send_message(self, text: str) -> int:
        result = self.call("sendMessage", {"text": text, "parse_mode": "HTML"})
        return int(result["message_id"])

    def send_photo(self, photo: bytes, filename: str, caption: str) -> int:
        result = self.call(
            "sendPhoto",
            {"caption": caption, "parse_mode": "HTML"},
            files={"photo": (filename, photo, "image/jpeg")},
        )
        return int(result["message_id"])

    def edit_message_text(self, message_id: int, text: str) -> None:
        self.call(
            "editMessageText",
            {"message_id": message_id, "text": text, "parse_mode": "HTML"},
        )

    def edit_message_caption(self, message_id: int, caption: str) -> None:
        self.call(
            "editMessageCaption",
            {"message_id": message_id, "caption": caption, "parse_mode": "HTML"},
        )

    def delete_message(self, message_id: int) -> None:
        self.call("deleteMessage", {"message_id": message_id})
