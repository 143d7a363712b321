from collections.abc import Iterable

from .backends import get_backend


def view_counts(*, page_ids: Iterable[int]) -> dict[int, int]:
    """Total views for each of ``page_ids`` (0 for pages never viewed)."""
    page_ids = list(page_ids)
    counts = get_backend().view_counts(page_ids=page_ids)
    return {page_id: counts.get(page_id, 0) for page_id in page_ids}
