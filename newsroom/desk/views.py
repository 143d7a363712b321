from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from newsroom.core import editions

from . import selectors, services
from .forms import TranslateForm


class TranslateView(WagtailAdminTemplateMixin, FormView):
    """Copy a story of any edition into one the user writes in, as their draft."""

    form_class = TranslateForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = gettext_lazy("Translate a story")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        self.writable = selectors.editions_user_can_write(request.user)
        if not self.writable:
            raise PermissionDenied
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
        code = form.cleaned_data["edition"]
        try:
            copy = services.translate_page(
                page=form.cleaned_data["page"], code=code, user=self.request.user
            )
        except services.TranslationRefused as refusal:
            messages.error(self.request, str(refusal))
            return self.form_invalid(form)
        edition = editions.find(code)
        messages.success(
            self.request,
            _(
                "“%(title)s” is now a draft in %(edition)s: translate it, then submit it."
            )
            % {"title": copy.title, "edition": edition.name if edition else code},
        )
        return redirect("wagtailadmin_pages:edit", copy.pk)
