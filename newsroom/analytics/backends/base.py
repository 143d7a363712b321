from collections.abc import Iterable


class BaseBackend:
    """Counts page views. Subclasses store them; readers only see totals."""

    def record_view(self, *, page_id: int) -> None:
        raise NotImplementedError

    def view_counts(self, *, page_ids: Iterable[int]) -> dict[int, int]:
        """Total views per page; pages never viewed are missing from the result."""
        raise NotImplementedError

    def fold(self) -> int:
        """Move buffered counts into the database; backends without a buffer have none."""
        return 0
