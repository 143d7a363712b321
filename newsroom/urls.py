from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.cache import cache_control
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from newsroom.news.sitemaps import EditionsSitemap
from newsroom.search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("analytics/", include("newsroom.analytics.urls")),
    path("ads/", include("newsroom.ads.urls")),
    path(
        "sitemap.xml",
        cache_control(public=True, max_age=0, s_maxage=600)(sitemap),
        {"sitemaps": {"pages": EditionsSitemap}},
    ),
]

if settings.NEWSROOM_BENCH_VIEW:
    from newsroom.testing.bench_views import bench_trivial

    # The app server's ceiling for `make bench`; off unless BENCH_VIEW=1.
    urlpatterns.append(path("__bench__/trivial/", bench_trivial))

if settings.NEWSROOM_DEMO_WIRE:
    from newsroom.demo.wire import PHOTO_PATH, WIRE_PATH, wire_feed, wire_photo

    # The demo agency's feed that the demo's Source polls (docs/ingest.md).
    urlpatterns += [path(WIRE_PATH, wire_feed), path(PHOTO_PATH, wire_photo)]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# The default edition has no prefix; the others live under /<code>/
# (newsroom.core.editions).
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# The 500 page in every edition's language (rendered without a request context).
handler500 = "newsroom.core.views.server_error"
