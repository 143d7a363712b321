"""Sources, "Poll now", Incoming and Discard, as editors use them in the admin."""

from __future__ import annotations

from django.urls import reverse

from newsroom.ingest import services
from newsroom.ingest.models import IngestedItem, Source
from newsroom.news.models import ArticlePage
from newsroom.testing.peers import Answer

from . import feeds


def wire(web, *items):
    return web.route(
        "/wire.xml",
        Answer(
            body=feeds.rss(*items).encode(),
            headers={"Content-Type": "application/rss+xml"},
        ),
    )


def test_an_editor_adds_a_source_polls_it_and_finds_the_drafts_in_incoming(
    web, login, sections
):
    address = wire(
        web,
        feeds.rss_item(
            "a-1",
            "Metro opens two stations",
            "<p>Two new stations open on Monday.</p><p>More text.</p>",
        ),
        feeds.rss_item(
            "a-2", "Airport adds night flights", "<p>Flights at night from March.</p>"
        ),
    )
    editor = login("editor-en")
    add_url = reverse("wagtailsnippets_ingest_source:add")
    form = editor.get(add_url)
    assert form.status_code == 200
    # The section list offers the editor's own edition only.
    html = form.content.decode()
    assert f'value="{sections["en"].pk}"' in html
    assert f'value="{sections["ru"].pk}"' not in html

    response = editor.post(
        add_url,
        {
            "name": "City wire",
            "kind": "feed",
            "address": address,
            "section": sections["en"].pk,
            "source_line": "City Wire",
            "attribution": "",
            "poll_minutes": "10",
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    source = Source.objects.get(name="City wire")

    edit = editor.get(reverse("wagtailsnippets_ingest_source:edit", args=(source.pk,)))
    assert b"Poll now" in edit.content
    polled = editor.post(reverse("ingest_poll_now", args=(source.pk,)), follow=True)
    assert "2 new drafts are waiting in Incoming" in polled.content.decode()
    source.refresh_from_db()
    assert source.items_made == 2 and source.last_success_at is not None

    incoming = editor.get(reverse("ingest_incoming"))
    text = incoming.content.decode()
    assert incoming.status_code == 200
    assert text.index("Airport adds night flights") < text.index(
        "Metro opens two stations"
    )
    rows = list(services.incoming(["en"]).filter(source=source))
    assert [row.title for row in rows] == [
        "Airport adds night flights",
        "Metro opens two stations",
    ]
    for row in rows:
        assert reverse("wagtailadmin_pages:edit", args=(row.page_id,)) in text
        assert row.original_url in text
    assert "City wire" in text

    # The draft opens in the page editor, with where it came from.
    draft = editor.get(reverse("wagtailadmin_pages:edit", args=(rows[0].page_id,)))
    assert draft.status_code == 200
    assert "Made from the source “City wire”" in draft.content.decode()


def test_discarding_deletes_the_draft_and_the_item_is_not_made_again(
    web, login, feed_source, sections
):
    address = wire(web, feeds.rss_item("d-1", "A story nobody wants", "<p>Nope.</p>"))
    source = feed_source(address, section=sections["en"])
    [page] = services.poll(source).made
    item = IngestedItem.objects.get(page=page)
    editor = login("editor-en")

    response = editor.post(reverse("ingest_discard", args=(item.pk,)), follow=True)

    assert "“A story nobody wants” discarded." in response.content.decode()
    assert not ArticlePage.objects.filter(pk=page.pk).exists()
    item.refresh_from_db()
    assert item.page is None and item.discarded_at is not None
    assert services.poll(source).made == []


def test_a_published_story_cannot_be_discarded(web, login, feed_source, sections):
    address = wire(web, feeds.rss_item("p-1", "A story the editor kept", "<p>Yes.</p>"))
    [page] = services.poll(feed_source(address, section=sections["en"])).made
    page.save_revision().publish()
    item = IngestedItem.objects.get(page=page)
    login("editor-en").post(reverse("ingest_discard", args=(item.pk,)))
    assert ArticlePage.objects.filter(pk=page.pk, live=True).exists()


def test_editors_see_only_their_editions(web, login, feed_source, sections):
    en = feed_source(web.url("/en"), name="English wire", section=sections["en"])
    ru = feed_source(web.url("/ru"), name="Russian wire", section=sections["ru"])
    listing = login("editor-ru").get(reverse("wagtailsnippets_ingest_source:list"))
    text = listing.content.decode()
    assert "Russian wire" in text and "English wire" not in text
    assert (
        login("editor-ru")
        .get(reverse("wagtailsnippets_ingest_source:edit", args=(en.pk,)))
        .status_code
        == 404
    )
    assert (
        login("chief")
        .get(reverse("wagtailsnippets_ingest_source:edit", args=(ru.pk,)))
        .status_code
        == 200
    )
    history = reverse("wagtailsnippets_ingest_source:history", args=(en.pk,))
    assert login("editor-ru").get(history).status_code == 404
    # "Select all" and delete in the listing reaches their own sources only.
    bulk = (
        reverse("wagtail_bulk_action", args=("ingest", "source", "delete"))
        + f"?id={en.pk}&id={ru.pk}"
    )
    login("editor-ru").post(bulk)
    assert Source.objects.filter(pk__in=[en.pk, ru.pk]).count() == 2
    # Incoming of another edition is refused.
    assert login("editor-ru").get(
        reverse("ingest_incoming") + "?edition=en"
    ).status_code in (302, 403)


def test_reporters_cannot_edit_sources(login, web, feed_source, sections):
    source = feed_source(web.url("/x"), section=sections["en"])
    reporter = login("reporter-en")
    assert (
        reporter.get(reverse("wagtailsnippets_ingest_source:list")).status_code == 302
    )
    assert (
        reporter.post(reverse("ingest_poll_now", args=(source.pk,))).status_code == 302
    )
    source.refresh_from_db()
    assert source.last_polled_at is None


def test_a_telegram_source_needs_a_channel_name(login, sections):
    editor = login("editor-en")
    response = editor.post(
        reverse("wagtailsnippets_ingest_source:add"),
        {
            "name": "Bad channel",
            "kind": "telegram",
            "address": "https://example.com/not-telegram",
            "section": sections["en"].pk,
            "source_line": "x",
            "poll_minutes": "10",
        },
    )
    assert response.status_code == 200
    assert "Give the channel" in response.content.decode()
    assert not Source.objects.filter(name="Bad channel").exists()


def test_the_demo_serves_its_own_feed_and_polls_it(client, db):
    source = Source.objects.get(name__startswith="Caspian Wire")
    assert source.is_active and source.address.endswith("/demo/wire.xml")
    response = client.get("/demo/wire.xml")
    assert response.status_code == 200
    from newsroom.ingest import readers
    from newsroom.ingest.fetch import Fetched

    items = readers.read_feed(
        Fetched(
            "http://testserver/demo/wire.xml",
            response.content,
            "application/rss+xml",
            "utf-8",
        )
    )
    assert len(items) == 3
    assert items[-1].image_url.endswith("/demo/wire-photo.jpg")  # the newest item
    assert client.get("/demo/wire-photo.jpg")["Content-Type"] == "image/jpeg"
    made = [services.make_draft(source, item) for item in items]
    assert all(not page.live for page in made)
    assert made[0].get_parent().slug == "economy"
