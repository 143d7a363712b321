from django import template
from django.utils import formats

register = template.Library()


@register.filter
def thousands(value):
    """A count with the edition's thousands separator: "12,345", "12 345".

    ``USE_THOUSAND_SEPARATOR`` would group every number a template prints,
    ids in ``data-*`` attributes and URLs included, so counts ask for it here.
    The separator is the edition's ``THOUSAND_SEPARATOR``
    (``newsroom.core.formats``); Russian and Armenian use a no-break space.
    """
    if value is None or value == "":
        return ""
    try:
        return formats.number_format(int(value), force_grouping=True)
    except (TypeError, ValueError):
        return value
