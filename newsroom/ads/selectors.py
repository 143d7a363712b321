"""Read side of ads: which ad each placement shows, and where one ad stands.

The reader site's choice (:func:`winners`) and the admin's save warnings
(:func:`standings`) both rank ads with ``AdSlot.objects.showing``, the one
query that says which ads may be shown in an edition and in which order, so
what the ad manager is told is what readers get.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from newsroom.core import editions

from .models import AdSlot


def winners(*, language_code: str, now: datetime | None = None) -> dict[str, AdSlot]:
    """The ad each placement shows in edition ``language_code`` at ``now``, by placement.

    A placement with no live ad is missing. One query (images joined),
    whatever the number of ads.
    """
    shown: dict[str, AdSlot] = {}
    for ad in AdSlot.objects.showing(
        language_code=language_code, now=now
    ).select_related("image"):
        shown.setdefault(ad.placement, ad)
    return shown


@dataclass(frozen=True)
class Standing:
    """How ``ad`` fares in one edition's placement at the moment ``at``.

    ``shown`` is the ad readers get there: ``ad`` itself when it wins, then
    ``displaced`` is the ad that would be shown without it (None when it has
    no rival there).
    """

    edition: editions.Edition
    at: datetime
    ad: AdSlot
    shown: AdSlot
    displaced: AdSlot | None = None

    @property
    def wins(self) -> bool:
        return self.shown.pk == self.ad.pk


def going_live_at(ad: AdSlot, *, now: datetime | None = None) -> datetime | None:
    """When ``ad`` is (or will be) shown: ``now`` if live, its start if scheduled.

    None when it is off or over. Live means what the reader site means
    (``showing_any``); one query.
    """
    now = now or timezone.now()
    moment = max(now, ad.starts_at) if ad.starts_at else now
    if not AdSlot.objects.showing_any(moment).filter(pk=ad.pk).exists():
        return None
    return moment


def editions_of(ad: AdSlot) -> list[editions.Edition]:
    """The configured editions ``ad`` is shown in, in edition order (every one when
    it names none). Uses ``ad.editions`` (prefetched or one query)."""
    codes = {locale.language_code for locale in ad.editions.all()}
    return [e for e in editions.listed() if not codes or e.code in codes]


def standings(ad: AdSlot, *, now: datetime | None = None) -> list[Standing]:
    """Where the saved ``ad`` stands against the other ads of its placement.

    Judged at the moment it is shown (``now`` when live, its start when
    scheduled), in each edition it is shown in, with the reader site's own
    ranking. Empty when the ad is off or over. An ad scheduled to start later
    during its run is not considered: saving that one reports the contest.

    Cost: two queries, plus one per edition the ad is shown in.
    """
    moment = going_live_at(ad, now=now)
    if moment is None:
        return []
    result = []
    for edition in editions_of(ad):
        best = list(
            AdSlot.objects.showing(
                language_code=edition.code, placement=ad.placement, now=moment
            )[:2]
        )
        if not best:  # not live after all (changed since going_live_at looked)
            continue
        if best[0].pk == ad.pk:
            displaced = best[1] if len(best) > 1 else None
            result.append(Standing(edition, moment, ad, ad, displaced))
        else:
            result.append(Standing(edition, moment, ad, shown=best[0]))
    return result
