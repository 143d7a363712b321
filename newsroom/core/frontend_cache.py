"""Purging a CDN or Varnish in front of the site (``WAGTAILFRONTENDCACHE``)."""

import logging
import urllib.request

from django.conf import settings
from django_tasks import task
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Site

from . import editions as edition_module

logger = logging.getLogger("newsroom.core")


@task()
def purge_frontend_cache(paths: list[str], editions: list[str] | None = None) -> None:
    """Purge ``paths`` and whole ``editions`` from the CDN / Varnish.

    Paths go through Wagtail's frontend-cache backends. Editions are banned
    with one PURGE carrying an ``X-Purge-Regex`` header, which the shipped
    Varnish configuration understands (HTTP backends only).
    """
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    if paths:
        batch = PurgeBatch()
        batch.add_urls([site.root_url + path for path in paths])
        if settings.NEWSROOM_ADS_ORIGIN:
            # Ad frames are cached under the ads host's name.
            batch.add_urls(
                [
                    settings.NEWSROOM_ADS_ORIGIN + p
                    for p in paths
                    if p.startswith("/ads/")
                ]
            )
        batch.purge()
    if not editions:
        return
    host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    for config in getattr(settings, "WAGTAILFRONTENDCACHE", {}).values():
        if not config.get("BACKEND", "").endswith("HTTPBackend"):
            continue
        for code in editions:
            request = urllib.request.Request(
                config["LOCATION"].rstrip("/") + edition_module.prefix(code),
                method="PURGE",
                headers={
                    "Host": host,
                    "X-Purge-Regex": edition_module.path_pattern(code),
                },
            )
            try:
                urllib.request.urlopen(request, timeout=5).close()
            except OSError as exc:
                logger.warning(
                    "Could not purge edition %s at %s: %s",
                    code,
                    config["LOCATION"],
                    exc,
                )
