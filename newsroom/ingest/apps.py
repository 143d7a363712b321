import logging
import re

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IngestConfig(AppConfig):
    name = "newsroom.ingest"
    label = "ingest"
    verbose_name = _("Sources and Telegram")

    def ready(self) -> None:
        from . import signal_handlers

        signal_handlers.connect()
        # The Bot API's addresses carry the bot token; urllib3 logs request
        # lines at DEBUG level. Keep the token out of every log.
        for name in URLLIB3_LOGGERS:
            logging.getLogger(name).addFilter(redact_bot_tokens)


# Every urllib3 logger that names request addresses (a logger's filter sees
# only the records logged on it, not its children's).
URLLIB3_LOGGERS = (
    "urllib3",
    "urllib3.connectionpool",
    "urllib3.connection",
    "urllib3.poolmanager",
    "urllib3.response",
    "urllib3.util.retry",
)
BOT_PATH = re.compile(r"/bot[^/\s]+/")


def redact_bot_tokens(record: logging.LogRecord) -> bool:
    """Replace "/bot<token>/" in a log record's message by "/bot***/"."""
    message = record.getMessage()
    if "/bot" in message:
        record.msg, record.args = BOT_PATH.sub("/bot***/", message), None
    return True
