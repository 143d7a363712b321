"""The edition module's locale cache follows locales made by other processes."""

import pytest
from wagtail.models import Locale

from newsroom.core import editions


@pytest.mark.django_db
def test_a_locale_made_elsewhere_is_found_without_a_restart(add_edition):
    """Another web worker's admin adds the locale: this process still finds it."""
    add_edition("de")
    assert editions.locale_id("de") is None  # warms the cache without German
    # Made without signals, as a save in another process looks from here.
    Locale.objects.bulk_create([Locale(language_code="de")])
    made = Locale.objects.get(language_code="de")
    assert editions.locale_id("de") == made.pk
