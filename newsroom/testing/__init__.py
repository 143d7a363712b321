"""Helpers for tests, screenshots and the bench; not an installed app.

The site itself never imports this package, except ``bench_views`` when
``BENCH_VIEW=1`` turns on the bench's trivial view.
"""
