"""The demo's own news agency feed, so `make run` shows ingest without the internet.

The "Caspian Wire" is fictional and its items are written for the demo. The
feed is served by the demo site itself at ``/demo/wire.xml`` (when
``NEWSROOM_DEMO_WIRE`` is on, as in development settings), and ``seed_demo``
adds an active Source that polls it into the English edition's Economy
section. Items keep their ids and get times a little before now, so each
is made into a draft once.
"""

from __future__ import annotations

from datetime import timedelta
from functools import cache
from typing import NamedTuple

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed

from . import pictures

WIRE_PATH = "demo/wire.xml"
# The first item's photo, drawn by the demo like its other pictures.
PHOTO_PATH = "demo/wire-photo.jpg"
WIRE_NAME = "Caspian Wire (demo agency)"
WIRE_SOURCE_LINE = "Caspian Wire"


class WireItem(NamedTuple):
    id: str
    title: str
    html: str
    minutes_ago: int


WIRE_ITEMS = [
    WireItem(
        id="caspian-wire-ferry-timetable",
        title="Ferry operator adds a third weekly crossing to the eastern shore",
        html=(
            "<p>The state ferry operator will run a third weekly crossing "
            "between the main port and the eastern shore from next month, its "
            "press office said on Friday.</p>"
            "<p>The extra sailing leaves on Sundays and takes both trucks and "
            "passengers. Freight forwarders had asked for more capacity after "
            "waiting times at the port reached four days in October.</p>"
            "<p>Tickets go on sale on the operator's <a "
            'href="https://ferry.example/timetable">website</a> a week before '
            "each sailing.</p>"
        ),
        minutes_ago=25,
    ),
    WireItem(
        id="caspian-wire-grain-harvest",
        title="Grain harvest ends above last year's figure, ministry says",
        html=(
            "<p>Farmers brought in more grain this season than last, the "
            "agriculture ministry said, crediting new irrigation channels in "
            "the central plain.</p>"
            "<h3>Prices</h3>"
            "<p>Millers expect flour prices to stay flat through the winter. "
            "The ministry did not say how much of the harvest will be "
            "exported.</p>"
        ),
        minutes_ago=70,
    ),
    WireItem(
        id="caspian-wire-solar-tender",
        title="Tender opens for a solar plant on former oil fields",
        html=(
            "<p>The energy agency opened a tender for a 200-megawatt solar "
            "plant on disused oil fields north of the capital.</p>"
            "<p>Bids are due by the end of February. The winner will sell "
            "power to the grid under a 25-year contract.</p>"
            "<blockquote>Land that powered the last century can power this "
            "one.</blockquote>"
        ),
        minutes_ago=140,
    ),
]


def wire_feed(request: HttpRequest) -> HttpResponse:
    """The demo agency's RSS 2.0 feed."""
    now = timezone.now()
    base = request.build_absolute_uri("/")
    feed = Rss201rev2Feed(
        title=WIRE_NAME,
        link=base,
        description="Items written for the Newsroom demo.",
        language="en",
    )
    for index, item in enumerate(WIRE_ITEMS):
        photo = Enclosure(f"{base}{PHOTO_PATH}", str(len(_photo())), "image/jpeg")
        feed.add_item(
            enclosures=[photo] if index == 0 else None,
            title=item.title,
            link=f"https://caspian-wire.example/news/{item.id}",
            description=item.html,
            unique_id=item.id,
            unique_id_is_permalink=False,
            pubdate=now - timedelta(minutes=item.minutes_ago),
        )
    return HttpResponse(
        feed.writeString("utf-8"), content_type="application/rss+xml; charset=utf-8"
    )


@cache
def _photo() -> bytes:
    return pictures.illustration(7, size=(1200, 675))


def wire_photo(request: HttpRequest) -> HttpResponse:
    """The photo of the demo agency's first item."""
    return HttpResponse(_photo(), content_type="image/jpeg")
