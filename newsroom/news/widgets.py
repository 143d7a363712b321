"""Admin widgets of the news app."""

from __future__ import annotations

from typing import Any

from django import forms


class AuthorPicker(forms.CheckboxSelectMultiple):
    """Tick boxes for the byline, with a box above them that filters them by name.

    A plain checkbox list, so it works from the keyboard (Tab, Space) and
    without its script; the script (``news/js/author-picker.js``) hides the
    names that do not match what is typed. Each option carries its name and
    its Latin spelling (``Author.latin_name``), so "leila" finds
    "Лейла Гасанова". Ticked names stay in view while filtering: they are the
    byline being built. The texts the script shows come from the template.
    """

    template_name = "news/widgets/author_picker.html"
    option_template_name = "news/widgets/author_picker_option.html"

    class Media:
        js = ["news/js/author-picker.js"]
        css = {"all": ["news/css/author-picker.css"]}

    def create_option(
        self,
        name: str,
        value: Any,
        label: Any,
        selected: bool,
        index: int,
        subindex: int | None = None,
        attrs: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        option = super().create_option(
            name, value, label, selected, index, subindex=subindex, attrs=attrs
        )
        instance = getattr(value, "instance", None)
        latin = getattr(instance, "latin_name", "")
        option["search_text"] = f"{label} {latin}".lower()
        return option
