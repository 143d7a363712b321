import logging

from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext

from . import editions

logger = logging.getLogger(__name__)

# What the reader gets when even the error page fails (a broken template or
# catalogue): no template, no translation, nothing that can raise.
PLAIN_SERVER_ERROR = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">'
    "<title>Server error</title></head>"
    "<body><h1>Server error</h1><p>Please try again in a moment.</p></body></html>"
)


def server_error(request, template_name="500.html"):
    """The 500 page, in every edition's language, the reader's edition first.

    Django renders its own 500 page without a request context; this one is
    the same (no context processors, no database: the failure may be the
    database), but takes each edition's words from its catalogue. It never
    raises: anything going wrong gives a plain English page.
    """
    try:
        first = editions.of_path(request.path_info)
        ordered = [first] + [e for e in editions.listed() if e != first]
        texts = []
        for edition in ordered:
            with translation.override(edition.code):
                texts.append(
                    {
                        "code": edition.code,
                        "title": gettext("Server error"),
                        "heading": gettext("Something went wrong"),
                        "message": gettext("Please try again in a moment."),
                    }
                )
        body = loader.get_template(template_name).render({"texts": texts})
    except Exception:
        logger.exception("The 500 page could not be rendered; sent the plain one")
        body = PLAIN_SERVER_ERROR
    return HttpResponseServerError(body)
