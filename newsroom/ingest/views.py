"""The newsroom's ingest screens: Incoming, "Poll now", Telegram "Retry"."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin import messages

from newsroom.core import editions
from newsroom.core.pagination import paginate_without_count
from newsroom.desk.selectors import editions_user_can_write
from newsroom.desk.views import DeskPageMixin
from newsroom.news.models import ArticlePage

from . import crosspost, services
from .forms import writable_sections
from .models import IngestedItem, Source
from .tasks import poll_source, sync_telegram_post

INCOMING_PAGE_SIZE = 50


class IncomingView(DeskPageMixin, TemplateView):
    """Drafts made from sources, newest first, in one edition the user writes in."""

    template_name = "ingest/incoming.html"
    page_title = gettext_lazy("Incoming")
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        self.writable = editions_user_can_write(request.user, request)
        if not self.writable:
            raise PermissionDenied
        self.edition = editions.find(request.GET.get("edition")) or self.writable[0]
        if self.edition not in self.writable:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        items = paginate_without_count(
            self.request, services.incoming([self.edition.code]), INCOMING_PAGE_SIZE
        )
        here = f"{self.request.path}?{urlencode({'edition': self.edition.code})}"
        context.update(
            rows=items.object_list,
            items=items,
            edition=self.edition,
            writable=self.writable,
            here=here,
            page_link=f"{here}&page=",
            sources_url=reverse("wagtailsnippets_ingest_source:list"),
        )
        return context


class DiscardView(View):
    """POST: delete an incoming draft; the item is remembered, never made again."""

    def post(self, request, item_id: int):
        item = get_object_or_404(
            IngestedItem.objects.select_related("page"), pk=item_id
        )
        page = item.page
        if page is None:
            messages.info(request, _("That draft was already discarded."))
        elif page.live or page.first_published_at:
            messages.error(
                request,
                _("“%(title)s” has been published; unpublish it to take it down.")
                % {"title": page.title},
            )
        elif not page.permissions_for_user(request.user).can_delete():
            raise PermissionDenied
        else:
            title = page.title
            services.discard(item, request.user)
            messages.success(request, _("“%(title)s” discarded.") % {"title": title})
        return redirect(_safe_next(request, reverse("ingest_incoming")))


class PollNowView(View):
    """POST: poll a source now (on the worker; the answer says what happened)."""

    def post(self, request, source_id: int):
        if not request.user.has_perm("ingest.change_source"):
            raise PermissionDenied
        source = get_object_or_404(
            Source.objects.filter(section__in=writable_sections(request.user)),
            pk=source_id,
        )
        result = poll_source.enqueue(source.pk)
        if result.is_finished:
            source.refresh_from_db()
            text = result.return_value if not source.last_error else source.last_error
            if source.last_error:
                messages.error(
                    request,
                    _("Polling “%(name)s” failed: %(problem)s")
                    % {"name": source.name, "problem": text},
                )
            else:
                messages.success(
                    request,
                    _("Polled “%(name)s”: %(outcome)s")
                    % {"name": source.name, "outcome": text},
                )
        else:
            messages.success(
                request,
                _(
                    "“%(name)s” is being polled; new drafts appear in Incoming "
                    "in a moment."
                )
                % {"name": source.name},
            )
        return redirect(
            _safe_next(
                request,
                reverse("wagtailsnippets_ingest_source:edit", args=(source.pk,)),
            )
        )


class TelegramRetryView(DeskPageMixin, TemplateView):
    """GET asks, POST retries posting a story to its edition's channel."""

    template_name = "ingest/telegram_retry.html"
    page_title = gettext_lazy("Post to Telegram again")
    header_icon = "repeat"

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(ArticlePage, pk=kwargs["page_id"])
        if not self.page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            story=self.page,
            post=getattr(self.page, "telegram_post", None),
            edit_url=reverse("wagtailadmin_pages:edit", args=(self.page.pk,)),
        )
        return context

    def post(self, request, page_id: int):
        crosspost.retry(page_id)
        sync_telegram_post.enqueue(page_id)
        messages.success(
            request,
            _("“%(title)s” is being posted to Telegram again.")
            % {"title": self.page.title},
        )
        return redirect("wagtailadmin_pages:edit", page_id)


def _safe_next(request, default: str) -> str:
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default
