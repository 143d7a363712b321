# The desk has no models of its own: its roles are Wagtail's groups and
# permissions. This module is here because Django sends post_migrate only to
# apps with a models module, and the desk syncs its roles on that signal.
