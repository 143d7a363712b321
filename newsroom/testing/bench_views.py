"""The app server's ceiling for ``make bench``; routed only when ``BENCH_VIEW=1``."""

from django.http import HttpResponse

MAX_BENCH_SIZE = 1024 * 1024


def bench_trivial(request):
    """A fixed body of ``?size=`` bytes with no database or template work."""
    try:
        size = min(MAX_BENCH_SIZE, max(1, int(request.GET.get("size", "60000"))))
    except ValueError:
        size = 60000
    return HttpResponse(b"x" * size, content_type="text/html; charset=utf-8")
