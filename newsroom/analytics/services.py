import re

from django.conf import settings

from .backends import get_backend

_bot_re = re.compile(settings.NEWSROOM_BOT_USER_AGENTS, re.IGNORECASE)


def is_bot(user_agent: str) -> bool:
    """True for crawlers, link previewers and scripts, which are not readers."""
    return not user_agent.strip() or bool(_bot_re.search(user_agent))


def record_view(*, page_id: int, user_agent: str) -> bool:
    """Count one reader's view of ``page_id``; returns False when it was not counted."""
    if is_bot(user_agent):
        return False
    get_backend().record_view(page_id=page_id)
    return True
