from django.core.management import call_command
from django_tasks import task


@task()
def publish_scheduled_pages() -> None:
    """Publish pages whose go-live time has come and unpublish expired ones."""
    call_command("publish_scheduled", verbosity=0)


@task()
def purge_frontend_cache(paths: list[str]) -> None:
    """Purge ``paths`` from the CDN / Varnish configured in WAGTAILFRONTENDCACHE."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    batch = PurgeBatch()
    batch.add_urls([site.root_url + path for path in paths])
    batch.purge()
