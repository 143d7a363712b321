from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from newsroom.core import editions
from newsroom.core.pagination import paginate_without_count

from . import selectors, services
from .forms import LinkForm, TranslateForm


def translated_message(translation: services.Translation) -> str:
    """What the translator reads after :func:`services.translate_page`."""
    edition = editions.of_page(translation.page)
    parts = [
        _("“%(title)s” is now a draft in %(edition)s: translate it, then submit it.")
        % {"title": translation.page.title, "edition": edition.name}
    ]
    if translation.dropped_authors:
        parts.append(
            _("Not on its byline (no entry in %(edition)s): %(names)s.")
            % {"edition": edition.name, "names": ", ".join(translation.dropped_authors)}
        )
    if translation.dropped_tags:
        parts.append(
            _("Tags left off (no topic links them to %(edition)s): %(names)s.")
            % {"edition": edition.name, "names": ", ".join(translation.dropped_tags)}
        )
    return " ".join(parts)


def _writable_or_403(request: HttpRequest) -> list[editions.Edition]:
    writable = selectors.editions_user_can_write(request.user, request)
    if not writable:
        raise PermissionDenied
    return writable


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


class DeskPageMixin(WagtailAdminTemplateMixin):
    """The admin frame with breadcrumbs: Home › (Translation desk ›) this page."""

    under_desk = False

    def get_breadcrumbs_items(self):
        items = list(self.breadcrumbs_items)
        if self.under_desk:
            items.append(
                {"url": reverse("desk_translations"), "label": _("Translation desk")}
            )
        return items + [{"url": "", "label": self.get_page_title()}]


class TranslateView(DeskPageMixin, FormView):
    """Copy a story of any edition into one the user writes in, as their draft."""

    form_class = TranslateForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = gettext_lazy("Translate a story")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        self.writable = _writable_or_403(request)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "writable": self.writable}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            action_url=self.request.path,
            submit_button_label=_("Translate"),
            media=context["form"].media,
        )
        return context

    def form_valid(self, form):
        try:
            translation = services.translate_page(
                page=form.cleaned_data["page"],
                code=form.cleaned_data["edition"],
                user=self.request.user,
            )
        except services.TranslationRefused as refusal:
            messages.error(self.request, str(refusal))
            return self.form_invalid(form)
        messages.success(self.request, translated_message(translation))
        return redirect("wagtailadmin_pages:edit", translation.page.pk)


class TranslationDeskView(DeskPageMixin, TemplateView):
    """Stories of the other editions still to translate into one edition.

    ``?into=`` the target edition (default: the first the user writes in),
    ``?from=`` one source edition (default: all, each story once), ``?days=``
    how far back (default 7, at most 60), ``?page=`` newer / older pages.
    """

    template_name = "desk/translations/index.html"
    page_title = gettext_lazy("Translation desk")
    header_icon = "globe"
    day_choices = (1, 2, 3, 7, 14, 30, 60)

    def dispatch(self, request, *args, **kwargs):
        self.writable = _writable_or_403(request)
        code = request.GET.get("into")
        self.into = editions.find(code) or self.writable[0]
        if self.into not in self.writable:
            raise PermissionDenied
        self.days = _days(request.GET.get("days"))
        self.sources = [e for e in editions.listed() if e != self.into]
        source = editions.find(request.GET.get("from"))
        self.source = source if source in self.sources else None
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        since = timezone.now() - timedelta(days=self.days)
        stories = paginate_without_count(
            self.request,
            selectors.untranslated_stories(
                into=self.into.code,
                since=since,
                source=self.source.code if self.source else None,
            ),
            selectors.DESK_PAGE_SIZE,
        )
        filters = {"into": self.into.code, "days": self.days}
        if self.source:
            filters["from"] = self.source.code
        here = f"{self.request.path}?{urlencode(filters)}"
        context.update(
            rows=selectors.desk_rows(list(stories.object_list), into=self.into.code),
            stories=stories,
            into=self.into,
            source=self.source,
            days=self.days,
            writable=self.writable,
            sources=self.sources,
            day_choices=sorted({*self.day_choices, self.days}),
            here=here if stories.number == 1 else f"{here}&page={stories.number}",
            page_link=f"{here}&page=",
            translate_url=reverse("desk_translations_translate"),
        )
        return context


def _days(raw: str | None) -> int:
    if raw and raw.isascii() and raw.isdigit():
        return max(1, min(int(raw), selectors.DESK_MAX_DAYS))
    return selectors.DESK_DAYS


class DeskTranslateView(View):
    """The desk's one-click "Translate": the user's draft, opened in the editor."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        writable = _writable_or_403(request)
        edition = editions.find(request.POST.get("into"))
        if edition is None or edition not in writable:
            raise PermissionDenied
        page = get_object_or_404(Page, pk=_int(request.POST.get("page")), depth__gt=1)
        back = _safe_next(
            request, f"{reverse('desk_translations')}?into={edition.code}"
        )
        try:
            translation = services.translate_page(
                page=page, code=edition.code, user=request.user
            )
        except services.TranslationRefused as refusal:
            messages.error(request, str(refusal))
            return HttpResponseRedirect(back)
        messages.success(request, translated_message(translation))
        return redirect("wagtailadmin_pages:edit", translation.page.pk)


def _int(raw: str | None) -> int:
    return int(raw) if raw and raw.isascii() and raw.isdigit() else 0


class StoryTranslationsView(DeskPageMixin, TemplateView):
    """A story's versions in every edition; translate it, link it, unlink it."""

    template_name = "desk/translations/story.html"
    header_icon = "globe"
    under_desk = True

    def get_page_title(self):
        return _("Translations of “%(title)s”") % {
            "title": self.page.get_admin_display_title()
        }

    def dispatch(self, request, *args, **kwargs):
        self.writable = _writable_or_403(request)
        self.page = get_object_or_404(Page, pk=kwargs["page_id"], depth__gt=2).specific
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        versions = selectors.translations_of(self.page)
        rows = [
            {
                "edition": version.edition,
                "page": version.page,
                "is_this": version.page is not None and version.page.pk == self.page.pk,
                "can_edit": version.page is not None
                and version.page.permissions_for_user(user).can_edit(),
                "can_translate": version.page is None
                and version.edition in self.writable,
            }
            for version in versions
        ]
        context.update(
            story=self.page,
            story_edition=editions.of_page(self.page),
            rows=rows,
            has_translations=any(
                row["page"] is not None and not row["is_this"] for row in rows
            ),
            can_relink=self.page.permissions_for_user(user).can_publish(),
            link_form=kwargs.get("link_form") or LinkForm(page=self.page),
            translate_url=reverse("desk_translations_translate"),
        )
        return context

    def post(self, request, *args, **kwargs):
        here = reverse("desk_story_translations", args=(self.page.pk,))
        try:
            if request.POST.get("action") == "unlink":
                services.unlink_translation(page=self.page, user=request.user)
                messages.success(
                    request,
                    _("“%(title)s” is no longer linked to its translations.")
                    % {"title": self.page.title},
                )
                return HttpResponseRedirect(here)
            form = LinkForm(request.POST, page=self.page)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(link_form=form))
            other = form.cleaned_data["other"]
            services.link_translations(page=self.page, other=other, user=request.user)
        except services.TranslationRefused as refusal:
            messages.error(request, str(refusal))
            return HttpResponseRedirect(here)
        messages.success(
            request,
            _("“%(title)s” and “%(other)s” are now translations of each other.")
            % {"title": self.page.title, "other": other.title},
        )
        return HttpResponseRedirect(here)
