"""Settings for Wagtail's OpenSearch / Elasticsearch backend, when ``SEARCH_URL`` is set.

Not tested here (no OpenSearch in this project's CI): see ``docs/search.md``.
Imported by the settings, so it imports nothing of Django's models.

One index holds every edition. Its default analyzer folds the same spelling
variants as :mod:`newsroom.search.analysis` ("ё" = "е", "և" = "եւ", Armenian
marks inside words) and then runs the Russian, Armenian and English Snowball
stemmers one after the other: each changes only words of its own script, so a
Russian story is stemmed as Russian, an Armenian one as Armenian, and Latin
words as English. Editions sharing a script (English and French, say) would
need a field per language instead.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

ANALYSIS = {
    "char_filter": {
        "newsroom_spelling": {
            "type": "mapping",
            "mappings": [
                "ё => е",
                "Ё => Е",
                "և => եւ",
                "\\u055B => ",
                "\\u055C => ",
                "\\u055E => ",
                "\\u00AD => ",
                "\\u200B => ",
                "\\u200C => ",
                "\\u200D => ",
            ],
        }
    },
    "filter": {
        "newsroom_stop_en": {"type": "stop", "stopwords": "_english_"},
        "newsroom_stop_ru": {"type": "stop", "stopwords": "_russian_"},
        "newsroom_stop_hy": {"type": "stop", "stopwords": "_armenian_"},
        "newsroom_stem_ru": {"type": "stemmer", "language": "russian"},
        "newsroom_stem_hy": {"type": "stemmer", "language": "armenian"},
        "newsroom_stem_en": {"type": "stemmer", "language": "english"},
    },
    "analyzer": {
        "default": {
            "type": "custom",
            "char_filter": ["newsroom_spelling"],
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "asciifolding",
                "newsroom_stop_en",
                "newsroom_stop_ru",
                "newsroom_stop_hy",
                "newsroom_stem_ru",
                "newsroom_stem_hy",
                "newsroom_stem_en",
            ],
        }
    },
}


def backend_settings(url: str) -> dict:
    """The ``WAGTAILSEARCH_BACKENDS["default"]`` entry for an OpenSearch at ``url``.

    ``https://user:password@search.example:9200/newsroom`` -> OpenSearch 2
    on that host, indexes named ``newsroom_...``; the scheme ``es8://`` (or
    ``es8s://`` for TLS) picks Elasticsearch 8 instead.
    """
    parts = urlsplit(url)
    backend = "wagtail.search.backends.opensearch2"
    scheme = parts.scheme
    if scheme in ("es8", "es8s"):
        backend = "wagtail.search.backends.elasticsearch8"
        scheme = "https" if scheme == "es8s" else "http"
    prefix = parts.path.strip("/")
    return {
        "BACKEND": backend,
        "URLS": [urlunsplit((scheme, parts.netloc, "", "", ""))],
        "INDEX_PREFIX": f"{prefix}_" if prefix else "newsroom_",
        "TIMEOUT": 5,
        "INDEX_SETTINGS": {"settings": {"analysis": ANALYSIS}},
    }
