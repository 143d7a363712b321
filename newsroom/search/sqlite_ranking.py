"""SQLite's relevance ranking done once (see newsroom/search/backends.py).

Imported only on SQLite: modelsearch's SQLite module defines models that
exist only there.
"""

from __future__ import annotations

from django.db.models import Case, IntegerField, TextField, When
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks


class RankedOnceQueryCompiler(SQLiteSearchQueryCompiler):
    """Relevance-ordered slices ranked in one pass over the full-text matches."""

    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        if (
            not self.order_by_relevance
            or score_field is not None  # the caller wants scores on the rows
            or stop is None  # counting, or everything: Wagtail's way is fine
            or isinstance(query, (MatchAll, Not))
        ):
            return super().search(config, start, stop, score_field)
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS,
            self.build_search_query(query, config=config),
        )
        candidates = (
            self.queryset.order_by().annotate(_text_pk=Cast("pk", TextField()))
        ).values("_text_pk")
        ranked = (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(
                    self.queryset.model
                ),
                index_entry__object_id__in=candidates,
            )
            .annotate(
                score=self._build_rank_expression(self.get_search_vectors(), config),
                object_pk=Cast("index_entry__object_id", IntegerField()),
            )
            # bm25 is lower for better matches; ties go to the newest object,
            # as Wagtail's own ordering does.
            .order_by("score", "-object_pk")
            .values_list("object_pk", flat=True)
        )
        ids = list(ranked[start:stop])
        if not ids:
            return self.queryset.none()
        position = Case(
            *[When(pk=pk, then=n) for n, pk in enumerate(ids)],
            output_field=IntegerField(),
        )
        return self.queryset.filter(pk__in=ids).order_by(position)


class RankedOnceSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = RankedOnceQueryCompiler
