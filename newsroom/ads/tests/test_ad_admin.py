"""The ad manager's admin: the ads listing tells where, when and whether each ad
shows, and saving an ad tells who wins its placement, as readers will see it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.timezone import localtime
from wagtail.test.utils.form_data import querydict_from_html

from newsroom.ads.models import AdSlot, Placement
from newsroom.ads.selectors import winners
from newsroom.core import editions
from newsroom.desk.tests.helpers import other_edition, refused

pytestmark = pytest.mark.django_db

LIST = reverse("wagtailsnippets_ads_adslot:list")
ADD = reverse("wagtailsnippets_ads_adslot:add")
CODES = editions.codes()


def edit_url(ad: AdSlot) -> str:
    return reverse("wagtailsnippets_ads_adslot:edit", args=(ad.pk,))


@pytest.fixture
def admanager(login):
    return login("admanager")


@pytest.fixture
def no_ads(db):
    AdSlot.objects.all().delete()


def make_ad(name: str, *, codes: Sequence[str] = (), **fields) -> AdSlot:
    """An ad made in code (a rival, or one for the listing), in editions ``codes``
    (none: every edition)."""
    fields.setdefault("placement", Placement.FOOTER)
    fields.setdefault("html", f"<p>{name}</p>")
    ad = AdSlot.objects.create(name=name, **fields)
    ad.editions.set([editions.locale_id(code) for code in codes])
    return ad


def typed(moment: datetime | None) -> str:
    """A time as typed into the admin's date-time field."""
    return localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def save_ad(
    client,
    ad: AdSlot | None = None,
    *,
    url: str | None = None,
    codes: Sequence[str] = (),
    **fields,
) -> list[Said]:
    """Fill in and send the ad's add (or edit) form as a browser does; the
    messages shown after.

    ``url``: another form (a copy's); ``codes``: the editions ticked (none:
    every edition).
    """
    url = url or (edit_url(ad) if ad else ADD)
    html = client.get(url).text
    data = querydict_from_html(html, form_id="w-editor-form")
    form = BeautifulSoup(html, "html.parser").select_one("form#w-editor-form")
    assert form is not None
    # A ticked box without a value attribute: the browser sends "on".
    if data.get("is_active") == "":
        data["is_active"] = "on"
    data.setlist("editions", [str(editions.locale_id(code)) for code in codes])
    for name, value in fields.items():
        data[name] = typed(value) if isinstance(value, datetime) else str(value)
    if fields.get("is_active") is False:
        data.pop("is_active")
    response = client.post(str(form["action"]), data, follow=True)
    assert response.redirect_chain, response.context["form"].errors
    return [shown(message) for message in response.context["messages"]]


@dataclass(frozen=True)
class Said:
    """A message the admin showed: its level, its text and its buttons' links."""

    level: str
    text: str
    links: tuple[str, ...]

    def __str__(self) -> str:
        return self.text


def shown(message) -> Said:
    html = BeautifulSoup(str(message), "html.parser")
    buttons = html.find("span", class_="buttons")
    links = tuple(str(a["href"]) for a in buttons.select("a")) if buttons else ()
    if buttons:
        buttons.extract()
    return Said(message.level_tag, " ".join(html.get_text().split()), links)


def texts(said: list[Said]) -> list[str]:
    return [message.text for message in said]


def reports(said: list[Said]) -> list[Said]:
    """The messages beyond Wagtail's own "saved"."""
    return [message for message in said if message.level != "success"]


def rows(client, query: str = "") -> dict[str, dict[str, str]]:
    """The listing's rows by ad name: each column's label to the cell's text."""
    response = client.get(LIST + query)
    assert response.status_code == 200
    listing = BeautifulSoup(response.text, "html.parser")
    labels = [
        " ".join(th.get_text().split()) for th in listing.select("table.listing th")
    ]
    found = {}
    for tr in listing.select("table.listing tbody tr"):
        cells = [" ".join(td.get_text(" ").split()) for td in tr.select("td")]
        title = tr.select_one("td.title [id$=_title]")
        assert title is not None
        found[title.get_text(strip=True)] = dict(zip(labels, cells, strict=True))
    return found


def shown_at(when: datetime) -> str:
    return date_format(localtime(when), "SHORT_DATETIME_FORMAT")


# --- The listing ---------------------------------------------------------------


def test_listing_shows_placement_editions_priority_schedule_and_live_status(
    admanager, no_ads
):
    """A live, a scheduled, an ended and a switched-off ad, each with its
    placement, editions by name, priority, start, end and "Live now"."""
    now = timezone.now()
    code = CODES[-1]
    start, end = now + timedelta(days=2), now + timedelta(days=9)
    make_ad("Live", placement=Placement.HEADER, priority=7)
    make_ad("Scheduled", codes=[code], starts_at=start, ends_at=end, priority=3)
    make_ad("Ended", codes=CODES, ends_at=now - timedelta(hours=1))
    make_ad("Off", is_active=False, placement=Placement.SIDEBAR)

    listed = rows(admanager)

    assert set(listed) == {"Live", "Scheduled", "Ended", "Off"}
    assert listed["Live"]["Placement"] == "Header"
    assert listed["Live"]["Editions"] == "All editions"
    assert listed["Live"]["Priority"] == "7"
    assert listed["Live"]["Starts"] == listed["Live"]["Ends"] == ""
    assert listed["Scheduled"]["Editions"] == editions.find(code).name
    assert listed["Scheduled"]["Starts"] == shown_at(start)
    assert listed["Scheduled"]["Ends"] == shown_at(end)
    assert listed["Ended"]["Editions"] == ", ".join(e.name for e in editions.listed())
    assert listed["Off"]["Placement"] == "Sidebar"
    assert {name: row["Live now"] for name, row in listed.items()} == {
        "Live": "Yes",
        "Scheduled": "Scheduled",
        "Ended": "Ended",
        "Off": "Off",
    }


def test_live_now_is_what_the_reader_site_shows(admanager, no_ads):
    """ "Yes" exactly for the ads the reader site may show now: at the edges of
    their schedule too."""
    now = timezone.now()
    make_ad("Just started", starts_at=now - timedelta(seconds=5))
    make_ad("About to end", ends_at=now + timedelta(minutes=5))
    make_ad("Just ended", ends_at=now - timedelta(seconds=5))
    make_ad("About to start", starts_at=now + timedelta(minutes=5))
    make_ad("Window, but off", starts_at=now - timedelta(days=1), is_active=False)

    listed = rows(admanager)

    reader = set(AdSlot.objects.showing_any().values_list("name", flat=True))
    assert reader == {"Just started", "About to end"}
    assert {n for n, row in listed.items() if row["Live now"] == "Yes"} == reader


def test_listing_starts_with_the_ad_each_placement_shows(admanager, no_ads):
    """By default the ads of a placement are listed in the order the reader site
    ranks them: the highest priority first, among equals the older."""
    make_ad("Footer low", priority=1)
    make_ad("Footer high", priority=9)
    make_ad("Footer high too", priority=9)
    make_ad("Header", placement=Placement.HEADER)

    names = list(rows(admanager))

    footer = [n for n in names if n.startswith("Footer")]
    assert footer == ["Footer high", "Footer high too", "Footer low"]


def test_listing_filters_by_placement_edition_and_live_status(admanager, no_ads):
    """Filtering by an edition keeps the ads its readers may get: its own and
    those of every edition."""
    code = CODES[0]
    other = other_edition(code)
    now = timezone.now()
    make_ad("Everywhere")
    make_ad("Own edition", codes=[code], placement=Placement.HEADER)
    make_ad("Other edition", codes=[other])
    make_ad("Later", starts_at=now + timedelta(days=1))

    assert set(rows(admanager, f"?edition={code}")) == {
        "Everywhere",
        "Own edition",
        "Later",
    }
    assert set(rows(admanager, "?placement=header")) == {"Own edition"}
    assert set(rows(admanager, "?live=scheduled")) == {"Later"}
    assert set(rows(admanager, "?live=live&placement=footer")) == {
        "Everywhere",
        "Other edition",
    }
    assert set(rows(admanager, "?q=edition")) == {"Own edition", "Other edition"}


def test_listing_queries_do_not_grow_with_the_ads(
    admanager, no_ads, django_assert_max_num_queries
):
    """Editions and status cost nothing per row."""
    for n in range(2):
        make_ad(f"Ad {n}", codes=CODES[:1])
    admanager.get(LIST)
    with CaptureQueriesContext(connection) as few:
        admanager.get(LIST)
    for n in range(2, 15):
        make_ad(f"Ad {n}", codes=CODES[: n % 3], starts_at=timezone.now())
    with django_assert_max_num_queries(len(few)):
        assert len(rows(admanager)) == 15


# --- Who sees the ads -----------------------------------------------------------


def menu_labels(client) -> str:
    return client.get(reverse("wagtailadmin_home")).text


@pytest.mark.parametrize("code", CODES)
def test_reporters_and_editors_get_no_ads(login, code):
    """Only the ad manager (and superusers) list ads and find "Ads" in the menu."""
    for username in (f"reporter-{code}", f"editor-{code}"):
        client = login(username)
        assert refused(client.get(LIST))
        assert refused(client.get(ADD))
        assert LIST not in menu_labels(client)
    assert LIST in menu_labels(login("admanager"))


def test_superusers_find_ads_in_the_menu(admin_client):
    assert LIST in menu_labels(admin_client)
    assert admin_client.get(LIST).status_code == 200


# --- Saving: who wins the placement ----------------------------------------------


def about(said: list[Said], rival: AdSlot) -> list[Said]:
    """The messages about ``rival`` (those with a button to it)."""
    return [message for message in said if edit_url(rival) in message.links]


@pytest.mark.parametrize("code", CODES)
def test_saving_an_outranked_ad_names_the_winner(admanager, no_ads, client, code):
    """A live ad below another in its placement and edition: a warning names the
    winner, the placement and the edition, says this one is not shown, and
    links to the winner; the reader site indeed shows the winner."""
    winner = make_ad("Big sale", codes=[code], priority=5)

    said = save_ad(
        admanager,
        name="Small shop",
        placement="footer",
        html="x",
        priority=2,
        codes=[code],
    )

    name = editions.find(code).name
    assert about(said, winner) == [
        Said(
            "warning",
            f"This ad will not be shown at “Footer” ({name}): “Big sale” has a "
            "higher priority (5) and is shown there instead.",
            (edit_url(winner),),
        )
    ], said
    assert winners(language_code=code)["footer"] == winner
    footer = client.get(editions.prefix(code)).text.split('class="site-footer"')[1]
    assert f"/ads/{winner.pk}/frame/" in footer


def test_raising_the_priority_over_the_winner_names_the_displaced_ad(admanager, no_ads):
    """Saved again with a priority above the winner's: this ad is now shown, in
    place of the one named, and no warning is left."""
    code = CODES[0]
    big = make_ad("Big sale", codes=[code], priority=5)
    save_ad(admanager, name="Small shop", placement="footer", html="x", codes=[code])
    small = AdSlot.objects.get(name="Small shop")

    said = save_ad(admanager, small, priority=6, codes=[code])

    name = editions.find(code).name
    assert about(said, big) == [
        Said(
            "info",
            f"This ad is shown at “Footer” ({name}) in place of “Big sale”, which "
            "readers will no longer see there.",
            (edit_url(big),),
        )
    ], said
    assert [message.level for message in reports(said)] == ["info"]
    assert winners(language_code=code)["footer"] == small


def test_equal_priority_the_older_ad_wins(admanager, no_ads):
    """Two ads of one priority: the older is shown, on the reader site as in the
    warning."""
    older = make_ad("First booked", priority=3)

    said = save_ad(admanager, name="Second", placement="footer", html="x", priority=3)

    everywhere = ", ".join(e.name for e in editions.listed())
    assert texts(about(said, older)) == [
        f"This ad will not be shown at “Footer” ({everywhere}): “First booked” has "
        "the same priority and is older, so it is shown there instead."
    ]
    for code in CODES:
        assert winners(language_code=code)["footer"] == older


def test_a_copy_of_the_winner_hears_it_stays_behind(admanager, no_ads):
    """Copying an ad makes a newer one of the same priority: it is told the
    original keeps the placement."""
    original = make_ad("Spring promo", codes=CODES[:1], priority=4)
    copy_url = reverse("wagtailsnippets_ads_adslot:copy", args=(original.pk,))

    said = save_ad(admanager, url=copy_url, name="Spring promo 2", codes=CODES[:1])

    assert [m.level for m in about(said, original)] == ["warning"], said
    assert "has the same priority and is older" in about(said, original)[0].text


def test_another_edition_or_placement_is_no_rival(admanager, no_ads):
    """A stronger ad in another edition, or in another placement of the same
    edition, brings no message."""
    code = CODES[0]
    make_ad("Other edition", codes=[other_edition(code)], priority=9)
    make_ad("Other placement", codes=[code], placement=Placement.HEADER, priority=9)

    said = save_ad(admanager, name="Mine", placement="footer", html="x", codes=[code])

    assert reports(said) == []


def test_ads_switched_off_or_over_neither_compete_nor_hear(admanager, no_ads):
    """Only live ads compete: a stronger ad switched off or over is no rival, and
    an ad saved switched off is told nothing."""
    now = timezone.now()
    make_ad("Switched off", priority=9, is_active=False)
    make_ad("Over", priority=9, ends_at=now - timedelta(minutes=1))
    make_ad("Live rival", placement=Placement.HEADER, priority=9)

    assert reports(save_ad(admanager, name="Alone", placement="footer", html="x")) == []
    said = save_ad(
        admanager, name="Paused", placement="header", html="x", is_active=False
    )
    assert reports(said) == []


def test_an_all_editions_ad_against_an_edition_ad(admanager, no_ads):
    """An ad for every edition is outranked only where an edition's own ad is
    stronger, and shown in the others; an edition's ad is outranked there by a
    stronger ad for every edition."""
    code = CODES[0]
    special = make_ad("Edition special", codes=[code], priority=5)

    said = save_ad(admanager, name="Network", placement="footer", html="x", priority=1)

    assert texts(about(said, special)) == [
        f"This ad will not be shown at “Footer” ({editions.find(code).name}): "
        "“Edition special” has a higher priority (5) and is shown there instead."
    ]
    assert len(reports(said)) == 1, said  # that warning: nobody displaced
    network = AdSlot.objects.get(name="Network")
    assert winners(language_code=code)["footer"] == special
    for other in CODES[1:]:
        assert winners(language_code=other)["footer"] == network

    last = CODES[-1]
    said = save_ad(admanager, name="Local", placement="footer", html="x", codes=[last])
    assert texts(about(said, network)) == [
        f"This ad will not be shown at “Footer” ({editions.find(last).name}): "
        "“Network” has a higher priority (1) and is shown there instead."
    ]


def test_an_edition_ad_displacing_an_all_editions_ad_names_its_edition_only(
    admanager, no_ads
):
    """An edition's strong ad takes the placement from an ad for every edition in
    that edition alone."""
    code = CODES[-1]
    network = make_ad("Network", priority=1)

    said = save_ad(
        admanager, name="Local", placement="footer", html="x", priority=2, codes=[code]
    )

    assert texts(about(said, network)) == [
        f"This ad is shown at “Footer” ({editions.find(code).name}) in place of "
        "“Network”, which readers will no longer see there."
    ]


def test_one_message_per_rival_naming_its_editions(admanager, no_ads):
    """Outranked in one edition and winning in the others: one message for each
    rival, with the editions where it applies."""
    if len(CODES) < 3:
        pytest.skip("needs three editions")
    first, *rest = CODES
    strong = make_ad("Strong here", codes=[first], priority=8)
    weak = make_ad("Weak there", codes=rest, priority=1)

    said = save_ad(admanager, name="Middle", placement="footer", html="x", priority=4)

    rest_names = ", ".join(editions.find(code).name for code in rest)
    assert [m.level for m in about(said, strong)] == ["warning"]
    assert f"“Footer” ({editions.find(first).name}):" in about(said, strong)[0].text
    assert texts(about(said, weak)) == [
        f"This ad is shown at “Footer” ({rest_names}) in place of “Weak there”, "
        "which readers will no longer see there."
    ]


def test_a_scheduled_ad_is_judged_when_it_starts(admanager, no_ads):
    """A scheduled ad meets the ads live when it starts: one that ends before
    then is no rival, one still running is."""
    now = timezone.now()
    start = (now + timedelta(days=3)).replace(second=0, microsecond=0)
    make_ad("Ends before", priority=9, ends_at=now + timedelta(days=1))
    running = make_ad("Still running", priority=5, ends_at=now + timedelta(days=10))

    said = save_ad(
        admanager,
        name="Next week",
        placement="footer",
        html="x",
        priority=1,
        starts_at=start,
    )

    everywhere = ", ".join(e.name for e in editions.listed())
    assert texts(reports(said)) == [
        f"When this ad starts on {shown_at(start)}, it will not be shown at "
        f"“Footer” ({everywhere}): “Still running” has a higher priority (5) and "
        "is shown there instead."
    ]
    assert about(said, running)
