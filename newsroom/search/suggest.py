""" "Did you mean ...": the closest indexed words, when a query finds nothing."""

from __future__ import annotations

from django.db.models import QuerySet
from rapidfuzz.distance import DamerauLevenshtein
from rapidfuzz.process import extractOne

from . import analysis
from .models import SearchWord
from .query import PageSearch, parse

# Candidates read per word: indexed words starting with the same letter, of
# about the same length.
CANDIDATES = 20_000


def _max_distance(word: str) -> int:
    return 1 if len(word) <= 4 else 2 if len(word) <= 8 else 3


def closest_word(word: str, language: str) -> str | None:
    """The indexed word of ``language`` nearest to ``word`` (a typo away), or None."""
    if len(word) < 3 or word.isdigit():
        return None
    words = SearchWord.objects.filter(language=language)
    limit = _max_distance(word)
    candidates = list(
        words.filter(
            length__gte=len(word) - limit,
            length__lte=len(word) + limit,
            word__startswith=word[0],
        ).values_list("word", flat=True)[:CANDIDATES]
    )
    best = extractOne(
        word, candidates, scorer=DamerauLevenshtein.distance, score_cutoff=limit
    )
    return best[0] if best else None


def suggestion(query: str, language: str, queryset: QuerySet) -> str | None:
    """``query`` with its unknown words replaced by the closest known ones,
    if that finds stories in ``queryset``; else None."""
    words = analysis.words(query)
    if not words:
        return None
    # Known words stay: they are not the misspelt ones.
    known = set(
        SearchWord.objects.filter(language=language, word__in=words).values_list(
            "word", flat=True
        )
    )
    replaced = [
        word if word in known else closest_word(word, language) or word
        for word in words
    ]
    if replaced == words:
        return None
    suggested = " ".join(replaced)
    search = PageSearch(queryset, parse(suggested), [language])
    return suggested if search.count() else None
