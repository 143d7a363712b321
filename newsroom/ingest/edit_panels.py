"""Where a story came from and where it went: a panel on the story form.

Imported by ``newsroom.news.models`` (the panel is on the story form), so it
imports nothing from ``news``.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .models import IngestedItem, TelegramPost, TelegramPostState


class StoryOutletsPanel(Panel):
    """The source a draft was made from, and the story's Telegram message.

    Shown only on a story that has either; a failed Telegram post offers
    Retry.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Source and Telegram"))
        kwargs.setdefault("icon", "link-external")
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "ingest/panels/story_outlets.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.item = self.post = None
            page_id = getattr(self.instance, "pk", None)
            if page_id:
                self.item = (
                    IngestedItem.objects.filter(page_id=page_id)
                    .select_related("source")
                    .first()
                )
                self.post = TelegramPost.objects.filter(page_id=page_id).first()

        def is_shown(self) -> bool:
            return bool(self.item or self.post)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(
                item=self.item,
                post=self.post,
                failed=self.post is not None
                and self.post.state == TelegramPostState.FAILED,
                retrying=self.post is not None
                and self.post.state == TelegramPostState.RETRY,
            )
            return context
