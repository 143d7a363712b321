"""Ads show in their placement and edition, in their time window, labelled; empty slots vanish."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from newsroom.ads.models import AdSlot, Placement
from newsroom.core import editions

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_ads(db):
    AdSlot.objects.all().delete()


def footer_of(html):
    return html.split('class="site-footer"')[1]


def test_third_party_html_is_sandboxed_and_labelled(client, no_ads, locales):
    ad = AdSlot.objects.create(
        name="Partner",
        placement=Placement.FOOTER,
        html="<script>document.cookie</script><b>Buy</b>",
    )
    html = client.get("/").text
    footer = footer_of(html)
    assert "Advertisement" in footer
    # Popups stay in the sandbox: they would otherwise run on the site's origin.
    assert 'sandbox="allow-scripts allow-popups"' in footer
    assert f'src="/ads/{ad.pk}/frame/"' in footer
    # The markup never appears in the page itself, only in its own frame.
    assert "document.cookie" not in html
    frame = client.get(f"/ads/{ad.pk}/frame/")
    assert frame.text == "<script>document.cookie</script><b>Buy</b>"
    policy = frame["Content-Security-Policy"]
    # Even opened directly, the document gets an opaque origin.
    assert policy.startswith("sandbox allow-scripts allow-popups allow-forms;")
    assert "allow-same-origin" not in policy
    assert "frame-ancestors 'self'" in policy
    assert "X-Frame-Options" not in frame
    assert frame["Cache-Control"] == "public, max-age=0, s-maxage=300"


def test_ads_from_their_own_host(client, no_ads, settings):
    """With ADS_ORIGIN, frames come from the ads host, which serves nothing else."""
    from newsroom.core import security

    settings.NEWSROOM_ADS_ORIGIN = "https://ads.example.az"
    settings.NEWSROOM_SITE_ORIGINS = ["https://example.az"]
    security.content_security_policy.cache_clear()
    try:
        ad = AdSlot.objects.create(
            name="P", placement=Placement.FOOTER, html="<b>x</b>"
        )
        response = client.get("/")
        footer = footer_of(response.text)
        assert f'src="https://ads.example.az/ads/{ad.pk}/frame/"' in footer
        assert (
            'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"'
            in footer
        )
        assert (
            "frame-src 'self' https://ads.example.az"
            in response["Content-Security-Policy"]
        )
        frame = client.get(f"/ads/{ad.pk}/frame/", HTTP_HOST="ads.example.az")
        assert frame.status_code == 200
        assert (
            "frame-ancestors 'self' https://example.az"
            in frame["Content-Security-Policy"]
        )
        for path in ["/admin/login/", *(e.prefix for e in editions.listed())]:
            assert client.get(path, HTTP_HOST="ads.example.az").status_code == 404
    finally:
        security.content_security_policy.cache_clear()


def test_inactive_ended_or_image_ads_have_no_frame(client, no_ads, article):
    off = AdSlot.objects.create(
        name="Off", placement=Placement.FOOTER, html="x", is_active=False
    )
    ended = AdSlot.objects.create(
        name="Ended",
        placement=Placement.FOOTER,
        html="x",
        ends_at=timezone.now() - timedelta(minutes=1),
    )
    image_only = AdSlot.objects.create(
        name="Banner", placement=Placement.FOOTER, image=article.hero_image
    )
    live = AdSlot.objects.create(name="Live", placement=Placement.HEADER, html="x")
    assert client.get(f"/ads/{live.pk}/frame/").status_code == 200
    for ad in (off, ended, image_only):
        assert client.get(f"/ads/{ad.pk}/frame/").status_code == 404, ad.name
    assert client.get("/ads/999999/frame/").status_code == 404


def test_ads_respect_editions(client, no_ads, locales):
    ad = AdSlot.objects.create(
        name="RU only", placement=Placement.FOOTER, html="<p>ru</p>"
    )
    ad.editions.set([locales["ru"]])
    for other in editions.codes():
        if other != "ru":
            assert "ad--footer" not in client.get(editions.prefix(other)).text
    ru_html = client.get(editions.prefix("ru")).text
    assert "ad--footer" in ru_html
    assert "Реклама" in ru_html


def test_ads_respect_their_schedule(client, no_ads):
    now = timezone.now()
    AdSlot.objects.create(
        name="Later",
        placement=Placement.FOOTER,
        html="x",
        starts_at=now + timedelta(days=1),
    )
    AdSlot.objects.create(
        name="Over",
        placement=Placement.FOOTER,
        html="x",
        ends_at=now - timedelta(minutes=1),
    )
    assert "ad--footer" not in client.get("/").text
    AdSlot.objects.create(
        name="Now",
        placement=Placement.FOOTER,
        html="x",
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(hours=1),
    )
    assert "ad--footer" in client.get("/").text


def test_empty_slot_renders_nothing(client, no_ads, article):
    html = client.get(article.url).text
    assert 'class="ad ' not in html
    assert "Advertisement" not in html


def test_inline_article_ad_sits_inside_the_story(client, no_ads, article):
    AdSlot.objects.create(name="Inline", placement=Placement.ARTICLE_INLINE, html="x")
    html = client.get(article.url).text
    body = html.split("data-article-text>")[1].split('class="article__footer"')[0]
    assert "ad--article_inline" in body


def test_higher_priority_wins(client, no_ads):
    low = AdSlot.objects.create(
        name="Low", placement=Placement.FOOTER, html="low", priority=1
    )
    high = AdSlot.objects.create(
        name="High", placement=Placement.FOOTER, html="high", priority=5
    )
    footer = footer_of(client.get("/").text)
    assert f"/ads/{high.pk}/frame/" in footer
    assert f"/ads/{low.pk}/frame/" not in footer


def test_an_ad_needs_an_image_or_html():
    with pytest.raises(ValidationError):
        AdSlot(name="Empty", placement=Placement.HEADER).full_clean()
