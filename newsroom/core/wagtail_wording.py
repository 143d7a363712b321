"""Wagtail's own admin phrases that this project words differently.

Wagtail calls a content language a "locale" ("Локали", "Локализация" in its
Russian catalogue); in a newsroom it is an edition ("Издания"). The phrases
below are Wagtail's message ids, marked here so ``make messages`` keeps them
in our catalogue, where our wording wins over Wagtail's (``LOCALE_PATHS``
comes before the apps' catalogues). The English catalogue words them too,
so the English admin says "Editions" as well.

Nothing imports the names below: this module only carries the message ids.
"""

from django.utils.translation import gettext_noop

LOCALE_PHRASES = [
    gettext_noop("locale"),
    gettext_noop("Locale"),
    gettext_noop("Locale: "),
    gettext_noop("Locales"),
    gettext_noop("Wagtail locales"),
    gettext_noop("Switch locales"),
    gettext_noop("Available in %(translations_total)s locales"),
    gettext_noop("%(locales_count)s locales"),
    gettext_noop("Add a locale"),
    gettext_noop("Add locale"),
    gettext_noop("Delete locale"),
    gettext_noop("Locale '%(object)s' created."),
    gettext_noop("Locale '%(object)s' updated."),
    gettext_noop("Locale '%(object)s' deleted."),
    gettext_noop("The locale could not be saved due to errors."),
    gettext_noop("Are you sure you want to delete this locale?"),
    gettext_noop("This locale cannot be deleted because there are no other locales."),
    gettext_noop(
        "This locale cannot be deleted because there are pages and/or other "
        "objects using it."
    ),
    gettext_noop("This locale's language code is not supported"),
    gettext_noop("Copied for translation from %(title)s (%(locale)s)"),
    # The editions screen's usage column; Wagtail's Russian runs the words
    # together and cannot count ("38 страниц и 7других").
    gettext_noop("%(num_pages)d pages and %(num_others)d others"),
]

# Wagtail's sentences that drop a model's name ("статья", "автор") into the
# middle of a phrase. Russian must decline the name and agree the verb with
# it, which one sentence for every model cannot do, so our Russian catalogue
# words these with the name after a colon, where its plain form is right
# ("Отправлено на проверку: статья «...»"). Our own snippets use whole
# sentences instead (see admin_names).
MODEL_PHRASES = [
    gettext_noop("This %(model_name)s is currently awaiting moderation."),
    gettext_noop(
        "This %(model_name)s was marked as needing changes at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    gettext_noop(
        "This %(model_name)s is currently at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    gettext_noop("This %(model_name)s hasn't been submitted for moderation yet"),
    gettext_noop("Publishing this %(model_name)s will cancel the current workflow."),
    gettext_noop("Would you still like to publish this %(model_name)s?"),
    gettext_noop("Choose when this %(model_name)s should go live and/or expire"),
    gettext_noop("Anyone can edit this %(model_name)s"),
    gettext_noop(
        "Anyone can edit this %(model_name)s – lock it to prevent others from editing"
    ),
    gettext_noop("No one can make changes while the %(model_name)s is locked"),
    gettext_noop("Only you can make changes while the %(model_name)s is locked"),
    gettext_noop("Only %(user)s can make changes while the %(model_name)s is locked"),
    gettext_noop("The %(model_name)s could not be saved as it is locked"),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for approval in moderation stage "%(task)s".'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been approved in moderation stage "%(task)s".'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been rejected in moderation stage "%(task)s".'
    ),
    gettext_noop('The %(model_name)s "%(title)s" has been approved in "%(workflow)s".'),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s" by %(rejector)s.'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by %(requester)s.'
    ),
    gettext_noop("You can edit the %(model_name)s here:"),
    gettext_noop("You can preview the %(model_name)s here:"),
    gettext_noop("There are no %(model_name)s to display."),
    gettext_noop("No %(model_name)s match your query."),
    gettext_noop("Add %(model_name)s"),
    gettext_noop("New: %(model_name)s"),
    gettext_noop("%(model_name)s '%(object)s' created."),
    gettext_noop("%(model_name)s '%(object)s' updated."),
    gettext_noop("%(model_name)s '%(object)s' deleted."),
    gettext_noop("Are you sure you want to delete this %(model_name)s?"),
    gettext_noop("The %(model_name)s could not be created due to errors."),
    gettext_noop("The %(model_name)s could not be saved due to errors."),
]
