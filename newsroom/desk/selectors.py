"""Read side of the desk: who may write where, and whether the roles need a sync."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from wagtail.models import GroupPagePermission, Page

from newsroom.core import editions

from . import roles


def editions_user_can_write(
    user: AbstractBaseUser | AnonymousUser,
) -> list[editions.Edition]:
    """The editions under whose home page ``user`` may add pages, in edition order.

    One query for the homes; Wagtail caches the user's page permissions for
    the request.
    """
    homes = editions.homes()
    return [
        edition
        for edition in editions.listed()
        if (home := homes.get(edition.code)) is not None
        and home.permissions_for_user(user).can_add_subpage()
    ]


def home_needs_sync(page: Page) -> bool:
    """True when ``page`` is its edition's home but its editors have no rights on it.

    Two queries; lets the publish signal skip the full sync on the many
    publishes of a home that only change its top stories.
    """
    code = editions.of_page(page).code
    home = editions.home(code)
    if home is None or home.pk != page.pk:
        return False
    return not GroupPagePermission.objects.filter(
        page=page, group__name=roles.EDITOR.group_name(code)
    ).exists()
