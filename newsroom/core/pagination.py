from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator


class NumberedPage(Page):
    """A page of a list with ``elided_range`` ("1 2 … 7 8 9 … 40") for its links.

    The ellipsis is None, so templates can tell it from page numbers.
    """

    @property
    def elided_range(self) -> list[int | None]:
        return [
            None if number == self.paginator.ELLIPSIS else int(number)
            for number in self.paginator.get_elided_page_range(
                self.number, on_each_side=2, on_ends=1
            )
        ]


class NumberedPaginator(Paginator):
    def _get_page(self, *args, **kwargs) -> NumberedPage:
        return NumberedPage(*args, **kwargs)


def paginate(request, queryset, per_page: int) -> Page:
    """The ``?page=`` page of ``queryset``; a bad page number gets the nearest page.

    The page carries ``elided_range`` ("1 2 … 7 8 9 … 40") for the page links.
    """
    paginator = NumberedPaginator(queryset, per_page)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        # Below the first page (0, -1) the nearest is the first; past the end, the last.
        number = request.GET.get("page", "")
        below = number.strip().lstrip("-").isdigit() and int(number) < 1
        page = paginator.page(1 if below else paginator.num_pages)
    return page


class SlicePage:
    """A page of results without a total count: "newer" and "older" links only.

    Counting every matching row is the slowest query on a busy listing (the
    whole section is counted for one page of it); this fetches one row more
    than it shows to know whether an older page exists.
    """

    elided_range: list[int | None] = []
    paginator = None

    def __init__(self, rows: list, number: int, per_page: int):
        self.number = number
        self.object_list = rows[:per_page]
        self._has_next = len(rows) > per_page

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self) -> int:
        return len(self.object_list)

    def has_next(self) -> bool:
        return self._has_next

    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_next() or self.has_previous()

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


def paginate_without_count(request, queryset, per_page: int) -> SlicePage:
    """Like :func:`paginate`, in one query; page numbers past the end give an empty page."""
    raw = request.GET.get("page", "1")
    number = (
        int(raw) if raw.isascii() and raw.isdigit() and 0 < int(raw) < 10_000 else 1
    )
    start = (number - 1) * per_page
    return SlicePage(list(queryset[start : start + per_page + 1]), number, per_page)
