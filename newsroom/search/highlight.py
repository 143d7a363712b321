"""The matched words of a result, marked in its headline and a snippet of its text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from . import analysis
from .query import Term

SNIPPET_WORDS = 32


def query_stems(terms: Sequence[Term], language: str) -> set[str]:
    """The stems a result's words are marked by (a prefix term by its stem's start)."""
    return {
        stem
        for term in terms
        for word in term.words
        for stem in analysis.stem(language, word)
    }


def _matches(word: str, stems: set[str], language: str) -> bool:
    return not stems.isdisjoint(analysis.stem(language, word))


def _marked(text: str, spans: Iterable[tuple[int, int]]) -> SafeString:
    out: list[str] = []
    position = 0
    for start, end in spans:
        if start < position:
            continue
        out.append(escape(text[position:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above


def highlight(text: str, stems: set[str], language: str) -> SafeString:
    """``text`` escaped, with the words of ``stems`` in ``<mark>``."""
    return _marked(
        text,
        [
            (start, end)
            for start, end, word in analysis.spans(text)
            if _matches(word, stems, language)
        ],
    )


def snippet(text: str, stems: set[str], language: str) -> SafeString:
    """About :data:`SNIPPET_WORDS` words of ``text`` around most matches, marked.

    The window holding the most matched words wins, the earliest on a tie;
    "…" shows where text was left out.
    """
    words = list(analysis.spans(text))
    if not words:
        return mark_safe("")
    hits = [
        i for i, (_, _, word) in enumerate(words) if _matches(word, stems, language)
    ]
    best, best_count = 0, 0
    for first in hits:
        count = sum(1 for i in hits if first <= i < first + SNIPPET_WORDS)
        if count > best_count:
            best, best_count = first, count
    # Start a few words before the first hit, for context.
    start_word = max(0, best - 6) if hits else 0
    end_word = min(len(words), start_word + SNIPPET_WORDS)
    start = words[start_word][0] if start_word else 0
    end = words[end_word - 1][1] if end_word < len(words) else len(text)
    piece = text[start:end]
    marked = [
        (s - start, e - start)
        for i, (s, e, word) in enumerate(words[start_word:end_word], start=start_word)
        if i in hits
    ]
    html = str(_marked(piece, marked))
    prefix = "… " if start_word else ""
    suffix = " …" if end_word < len(words) else ""
    return mark_safe(prefix + html + suffix)  # noqa: S308 - _marked escaped it
