"""The page search index: one document per page, and the words it holds.

The searchable terms themselves live where each engine searches fastest, next
to these rows (created by migration ``0001``, read and written with SQL in
:mod:`newsroom.search.index` and :mod:`newsroom.search.query`):

- SQLite: the FTS5 table ``newsroom_search_fts`` (``rowid`` = page id), with
  the stems of the headline, lead, body and extra (tags, authors, source)
  in four columns.
- PostgreSQL: the column ``newsroom_search_document.vector``, a ``tsvector``
  made by the page language's configuration with weights A (headline), B
  (lead), C (body) and D (extra), under a GIN index.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """A page as the search index holds it."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
    )
    # The analysis language ("ru"), from the page's locale.
    language = models.CharField(max_length=12)
    # The page was live when indexed. Readers' searches look among live
    # documents first, so an edition's newest drafts (the desk's feed and
    # Telegram intake) never crowd their window; the join to live pages
    # still decides what is shown.
    live = models.BooleanField(default=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search document")

    def __str__(self) -> str:
        return f"{self.page_id} ({self.language})"


class SearchWord(models.Model):
    """A word (normalised, not stemmed) seen in a language's indexed text.

    The candidates for "Did you mean ...". A word stays after the last story
    using it goes; a suggestion is only offered when it finds stories.
    """

    language = models.CharField(max_length=12)
    word = models.CharField(max_length=60)
    length = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("search word")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "word"], name="search_word_unique"
            )
        ]
        indexes = [
            models.Index(fields=["language", "length"], name="search_word_length")
        ]

    def __str__(self) -> str:
        return f"{self.word} ({self.language})"
