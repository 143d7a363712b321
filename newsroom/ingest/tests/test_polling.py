"""Polling feeds and Telegram channels into drafts, against a real local server."""

from __future__ import annotations

import json

import pytest
from wagtail.images import get_image_model

from newsroom.ingest import services
from newsroom.ingest.models import IngestedItem, Source, SourceKind
from newsroom.news.models import ArticlePage
from newsroom.testing.peers import Answer

from . import feeds
from .conftest import jpeg

HOSTILE_HTML = (
    "<p>The council approved the plan "
    '<a href="https://council.example/plan" onclick="steal()">in full</a>.'
    "</p><script>document.cookie</script>"
    '<p style="color:red" onmouseover="x()">Work starts in <b>March</b> '
    '<a href="javascript:alert(1)">here</a>.</p>'
    "<style>body{display:none}</style><iframe src='https://evil.example'></iframe>"
    "<h2>What changes</h2><blockquote>We waited long enough.</blockquote>"
    "<marquee>Second <em>line</em></marquee>"
)


def drafts_of(source: Source) -> list[ArticlePage]:
    ids = IngestedItem.objects.filter(source=source).values_list("page_id", flat=True)
    return list(ArticlePage.objects.filter(pk__in=ids).order_by("pk"))


def snapshot(source: Source) -> list[tuple]:
    """What an editor would see of the source's drafts: to prove nothing changed."""
    return [
        (
            page.pk,
            page.title,
            page.lead,
            json.dumps(page.body.get_prep_value()),
            page.live,
        )
        for page in drafts_of(source)
    ]


def test_a_feed_item_becomes_a_draft_with_body_picture_and_credits(
    web, feed_source, section
):
    picture = web.route(
        "/photo.jpg", Answer(body=jpeg(), headers={"Content-Type": "image/jpeg"})
    )
    address = web.route(
        "/rss.xml",
        Answer(
            body=feeds.rss(
                feeds.rss_item(
                    "w-1",
                    "Council backs the new tram line",
                    HOSTILE_HTML,
                    image=picture,
                    image_caption="The council chamber on Tuesday",
                )
            ).encode(),
            headers={"Content-Type": "application/rss+xml; charset=utf-8"},
        ),
    )
    source = feed_source(address, attribution="TW Photo")

    result = services.poll(source)

    assert result.error == ""
    [page] = drafts_of(source)
    assert not page.live and page.first_published_at is None
    assert page.get_parent().pk == section.pk
    assert page.locale_id == section.locale_id
    assert page.title == "Council backs the new tram line"
    assert page.lead == "The council approved the plan in full."
    assert page.source_name == "Test Wire Agency"
    assert page.source_url == "https://wire.example/news/w-1"
    blocks = [(block.block_type, block.value) for block in page.body]
    kinds = [kind for kind, _ in blocks]
    assert kinds == ["paragraph", "subheading", "quote", "paragraph"]
    first = blocks[0][1].source
    assert "<b>March</b>" in first
    assert "javascript" not in first and "onmouseover" not in first
    assert "style" not in first and "<iframe" not in page.body.raw_data.__str__()
    assert blocks[1][1] == "What changes"
    assert blocks[2][1]["text"] == "We waited long enough."
    assert blocks[3][1].source == "<p>Second <i>line</i></p>"
    raw = str(page.body.raw_data)
    for bad in ("script", "cookie", "steal", "display:none", "evil.example", "marquee"):
        assert bad not in raw
    # The picture is in the library, credited, with the feed's caption.
    assert page.hero_image is not None
    assert page.hero_image.width == 64
    assert page.hero_caption == "The council chamber on Tuesday"
    assert page.hero_credit == "TW Photo"
    assert page.latest_revision is not None
    source.refresh_from_db()
    assert source.items_made == 1 and source.items_skipped == 0
    assert source.last_success_at is not None and source.last_error == ""


def test_each_item_makes_one_draft_across_repolls_and_edited_items(web, feed_source):
    items = [
        feeds.rss_item(f"w-{n}", f"Story number {n}", f"<p>Text {n}.</p>")
        for n in range(3)
    ]
    body = {"xml": feeds.rss(*items)}
    address = web.route(
        "/rss.xml",
        lambda request: Answer(
            body=body["xml"].encode(), headers={"Content-Type": "application/rss+xml"}
        ),
    )
    source = feed_source(address)
    assert len(services.poll(source).made) == 3
    before = snapshot(source)

    # The agency edits item 1 and adds item 3.
    items[1] = feeds.rss_item("w-1", "Story number 1, updated", "<p>New text.</p>")
    body["xml"] = feeds.rss(
        *items, feeds.rss_item("w-3", "Story number 3", "<p>Three.</p>")
    )
    again = services.poll(source)
    # A source object loaded afresh, as after a restart of the worker.
    third = services.poll(Source.objects.get(pk=source.pk))

    assert [page.title for page in again.made] == ["Story number 3"]
    assert third.made == []
    assert snapshot(source)[:3] == before
    assert IngestedItem.objects.filter(source=source).count() == 4


def test_an_atom_feed_with_summary_and_html_content(web, feed_source):
    address = web.route(
        "/atom",
        Answer(
            body=feeds.atom(
                (
                    "urn:agency:item:77",
                    "Bridge reopens after repairs",
                    "Traffic returns to the old bridge on Monday.",
                    "<p>Traffic returns to the old bridge on Monday.</p>"
                    "<p>Repairs took <i>eight</i> months.</p>"
                    "<ul><li>Cars: yes</li><li>Trucks: from May</li></ul>",
                ),
            ).encode(),
            headers={"Content-Type": "application/atom+xml"},
        ),
    )
    source = feed_source(address)
    [page] = services.poll(source).made
    assert page.title == "Bridge reopens after repairs"
    assert page.lead == "Traffic returns to the old bridge on Monday."
    assert page.source_url == "https://agency.example/77"
    assert [b.value.source for b in page.body] == [
        "<p>Repairs took <i>eight</i> months.</p>",
        "<ul><li>Cars: yes</li><li>Trucks: from May</li></ul>",
    ]


def test_a_telegram_channel_post_becomes_a_draft(web, feed_source, settings):
    photo = web.route(
        "/file/photo.jpg",
        Answer(body=jpeg(80, 60), headers={"Content-Type": "image/jpeg"}),
    )
    posts = [
        feeds.telegram_post(
            "mfa_press",
            4410,
            '<i class="emoji" style="background-image:url(\'//telegram.org/img/emoji/40/F09F94B4.png\')"><b>🔴</b></i> '
            "Министр принял посла Франции<br/><br/>Стороны обсудили "
            '<a href="https://mfa.example/visit" onclick="x()">подготовку визита</a> '
            "и торговлю.<br/>Встреча длилась час.<br/><br/>Следующая встреча — в январе.",
            photo=photo,
        ),
        feeds.telegram_post(
            "mfa_press",
            4411,
            "Очень длинное сообщение без переносов строк, в котором первое "
            "предложение само по себе занимает больше места, чем позволяет "
            "заголовок на сайте, и поэтому его нужно сократить по границе слова. "
            "Второе предложение.",
        ),
        # A service message: nothing to make.
        feeds.telegram_post("mfa_press", 4412, ""),
    ]
    page_url = web.route(
        "/s/mfa_press",
        Answer(
            body=feeds.telegram_page("mfa_press", *posts).encode(),
            headers={"Content-Type": "text/html; charset=utf-8"},
        ),
    )
    settings.TELEGRAM_PREVIEW_URL = page_url.replace("mfa_press", "{channel}")
    source = feed_source("https://t.me/s/mfa_press", kind=SourceKind.TELEGRAM)
    source.full_clean()
    source.save()
    assert source.address == "mfa_press"

    first, second = services.poll(source).made

    assert first.title == "Министр принял посла Франции"
    assert (
        first.lead
        == "Стороны обсудили подготовку визита и торговлю. Встреча длилась час."
    )
    assert [b.value.source for b in first.body] == [
        "<p>Следующая встреча — в январе.</p>"
    ]
    assert first.source_url == "https://t.me/mfa_press/4410"
    assert first.hero_image is not None and first.hero_image.width == 80
    assert second.title.endswith("…") and len(second.title) <= 140
    assert " " not in second.title[-2:]  # cut between words, not inside one
    assert second.lead.startswith("Очень длинное сообщение")  # nothing lost
    assert IngestedItem.objects.filter(source=source).count() == 2


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>t</title><item><title>&lol9;</title><guid>b</guid></item></channel></rss>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>&secret;</title><guid>x</guid></item></channel></rss>"""


def fifty_megabytes():
    yield b'<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>'
    chunk = b"<item><title>" + b"x" * 65_000 + b"</title></item>"
    for _ in range(50 * 1024 * 1024 // len(chunk)):
        yield chunk


HOSTILE = {
    "malformed XML": (
        Answer(
            body=b"<rss version='2.0'><channel><title>Broken<item></channel>",
            headers={"Content-Type": "application/rss+xml"},
        ),
        "not a feed that can be read: mismatched tag (line ",
    ),
    "an entity bomb": (
        Answer(body=BOMB.encode(), headers={"Content-Type": "application/rss+xml"}),
        "declares its own XML entities",
    ),
    "an external entity": (
        Answer(
            body=EXTERNAL_ENTITY.encode(), headers={"Content-Type": "application/xml"}
        ),
        "declares its own XML entities",
    ),
    "a 50 MB feed": (
        Answer(
            chunks=fifty_megabytes(), headers={"Content-Type": "application/rss+xml"}
        ),
        "larger than 5 MB",
    ),
    "a 404": (Answer(404, b"no such feed"), "404 Not Found"),
    "a 500": (Answer(500, b"oops"), "500 Internal Server Error"),
    "a connection that hangs": (
        Answer(hang=3),
        "127.0.0.1 did not answer within 1 second.",
    ),
    "an HTML page": (
        Answer(
            body=b"<html><body><p>Hello</p></body></html>",
            headers={"Content-Type": "text/html"},
        ),
        "did not answer with an RSS or Atom feed",
    ),
    "an empty answer": (Answer(body=b""), "sent an empty answer"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_and_broken_feeds_are_reported_and_change_nothing(
    web, feed_source, case, settings
):
    settings.INGEST_MAX_BYTES = 5 * 1024 * 1024
    good = {
        "answer": Answer(
            body=feeds.rss(
                feeds.rss_item("ok-1", "A good story", "<p>Fine.</p>")
            ).encode(),
            headers={"Content-Type": "application/rss+xml"},
        )
    }
    address = web.route("/feed", lambda request: good["answer"])
    source = feed_source(address)
    services.poll(source)
    before = snapshot(source)
    assert len(before) == 1

    answer, message = HOSTILE[case]
    good["answer"] = answer
    result = services.poll(source)

    assert message in result.error
    assert snapshot(source) == before
    source.refresh_from_db()
    assert message in source.last_error
    assert source.last_error_at is not None
    assert source.items_made == 1


def test_a_redirect_loop_is_reported(web, feed_source):
    web.route("/a", Answer(302, headers={"Location": "/b"}))
    web.route("/b", Answer(301, headers={"Location": "/a"}))
    source = feed_source(web.url("/a"))
    result = services.poll(source)
    assert "redirects more than 5 times" in result.error
    assert len([r for r in web.requests if r.path in ("/a", "/b")]) == 6


def test_a_redirect_to_the_moved_feed_is_followed(web, feed_source):
    web.route("/old", Answer(301, headers={"Location": "/new"}))
    web.route(
        "/new",
        Answer(
            body=feeds.rss(
                feeds.rss_item("m-1", "Moved feed story", "<p>Still here.</p>")
            ).encode(),
            headers={"Content-Type": "application/rss+xml"},
        ),
    )
    assert [p.title for p in services.poll(feed_source(web.url("/old"))).made] == [
        "Moved feed story"
    ]


def test_encodings_missing_or_declared_in_the_document_are_honoured(web, feed_source):
    title = "Курс маната не изменился"
    cp1251 = feeds.rss(
        feeds.rss_item("enc-1", title, "<p>Текст.</p>"), encoding="windows-1251"
    ).encode("cp1251")
    web.route(
        "/cp1251", Answer(body=cp1251, headers={"Content-Type": "application/rss+xml"})
    )
    no_declaration = feeds.rss(
        feeds.rss_item("enc-2", title + " (2)", "<p>Текст.</p>"), declaration=False
    ).encode()
    web.route(
        "/plain",
        Answer(body=no_declaration, headers={"Content-Type": "application/xml"}),
    )

    [first] = services.poll(feed_source(web.url("/cp1251"), name="a")).made
    [second] = services.poll(feed_source(web.url("/plain"), name="b")).made

    assert first.title == title
    assert second.title == title + " (2)"


def test_a_windows_1251_feed_that_says_utf_8_is_read_as_what_it_is(web, feed_source):
    body = feeds.rss(
        feeds.rss_item(
            "enc-4", "Курс маната почти не изменился", "<p>Текст новости о курсе.</p>"
        )
    ).encode("cp1251")
    web.route(
        "/misdeclared",
        Answer(body=body, headers={"Content-Type": "application/rss+xml"}),
    )
    [page] = services.poll(feed_source(web.url("/misdeclared"))).made
    assert page.title == "Курс маната почти не изменился"
    assert page.lead == "Текст новости о курсе."


def test_a_wrong_encoding_in_the_header_still_gives_readable_text(web, feed_source):
    """The server says ISO-8859-1, the document is UTF-8 and says so."""
    body = feeds.rss(feeds.rss_item("enc-3", "Ереван и Баку", "<p>Текст.</p>")).encode()
    web.route(
        "/liar",
        Answer(body=body, headers={"Content-Type": "text/xml; charset=iso-8859-1"}),
    )
    result = services.poll(feed_source(web.url("/liar")))
    # Either the document's own declaration wins, or nothing is made: never mojibake.
    assert [p.title for p in result.made] in (["Ереван и Баку"], [])


def test_items_older_than_the_limit_are_not_made(web, feed_source, settings):
    settings.INGEST_MAX_AGE_DAYS = 1
    web.route(
        "/f",
        Answer(
            body=feeds.rss(
                feeds.rss_item("old", "Old news", "<p>x</p>", minutes_ago=3 * 24 * 60),
                feeds.rss_item("new", "New news", "<p>y</p>"),
            ).encode(),
            headers={"Content-Type": "application/rss+xml"},
        ),
    )
    assert [p.title for p in services.poll(feed_source(web.url("/f"))).made] == [
        "New news"
    ]


def test_a_broken_picture_does_not_stop_the_draft(web, feed_source):
    bad = web.route(
        "/bad.jpg",
        Answer(
            body=b"<html>not a picture</html>", headers={"Content-Type": "image/jpeg"}
        ),
    )
    web.route(
        "/f",
        Answer(
            body=feeds.rss(
                feeds.rss_item(
                    "p-1", "Story with a broken picture", "<p>Text.</p>", image=bad
                )
            ).encode(),
            headers={"Content-Type": "application/rss+xml"},
        ),
    )
    images = get_image_model().objects.count()
    [page] = services.poll(feed_source(web.url("/f"))).made
    assert page.hero_image is None
    assert get_image_model().objects.count() == images


def test_private_addresses_are_refused_unless_allowed(web, feed_source, settings):
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = False
    web.route("/f", Answer(body=feeds.rss().encode()))
    result = services.poll(feed_source(web.url("/f")))
    assert (
        result.error
        == "127.0.0.1 is in a private network, which sources may not reach."
    )
    assert web.requests == []


def test_due_sources_are_claimed_once(feed_source, web):
    source = feed_source(web.url("/f"), poll_minutes=10)
    inactive = feed_source(web.url("/g"), name="off", is_active=False)
    first = services.due_sources()
    second = services.due_sources()
    assert source.pk in [s.pk for s in first]
    assert inactive.pk not in [s.pk for s in first]
    assert source.pk not in [s.pk for s in second]


def test_a_feed_with_a_bare_ampersand_still_gives_its_items(web, feed_source):
    """Not well-formed XML that feedparser's lenient parser can read."""
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        b"<item><title>Tom & Jerry return</title><guid>amp-1</guid>"
        b"<description>Cartoon news.</description></item></channel></rss>"
    )
    web.route(
        "/amp", Answer(body=body, headers={"Content-Type": "application/rss+xml"})
    )
    [page] = services.poll(feed_source(web.url("/amp"))).made
    assert page.title == "Tom & Jerry return"
