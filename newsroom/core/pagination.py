from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator


def paginate(request, queryset, per_page: int) -> Page:
    """The ``?page=`` page of ``queryset``; a bad page number gets the nearest page.

    The page carries ``elided_range`` ("1 2 … 7 8 9 … 40") for the page links.
    """
    paginator = Paginator(queryset, per_page)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    page.elided_range = list(
        paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    )
    return page
