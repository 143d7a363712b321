from wagtail.admin.menu import MenuItem

from . import selectors


class WriterMenuItem(MenuItem):
    """An admin menu item shown to people who may write in some edition."""

    def is_shown(self, request):
        return bool(selectors.editions_user_can_write(request.user, request))
