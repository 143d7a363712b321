"""Date and number formats of the editions, one ``<code>/formats.py`` each.

``FORMAT_MODULE_PATH`` puts these before Django's own (``django.conf.locale``):
Django takes each setting from the first module that defines it, so a setting
left out here, or an edition without a module here (a German one, say), gets
Django's format for that language, and a language Django has no formats for
gets the global defaults. Nothing fails.

Month names inside a date ("14 января", "հունվարի 14") come from the "E"
format character, which reads the catalogues' ``alt. month`` context. Django's
Armenian catalogue gives the nominative there ("Հունվար"), so ours give the
genitive; the names below mark them for ``make messages``.
"""

from django.utils.translation import pgettext_lazy

MONTHS_IN_A_DATE = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
