"""SEARCH_URL becomes Wagtail's OpenSearch settings (the engine itself is not tested here)."""

from newsroom.search.opensearch import ANALYSIS, backend_settings


def test_an_opensearch_address_becomes_backend_settings():
    config = backend_settings("https://reader:secret@search.example:9200/outlet")
    assert config["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert config["URLS"] == ["https://reader:secret@search.example:9200"]
    assert config["INDEX_PREFIX"] == "outlet_"
    analyzer = config["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]
    assert analyzer["char_filter"] == ["newsroom_spelling"]
    # Every edition's stemmer runs on every text: each touches its own script only.
    stemmers = [
        ANALYSIS["filter"][name]["language"]
        for name in analyzer["filter"]
        if name.startswith("newsroom_stem")
    ]
    assert stemmers == ["russian", "armenian", "english"]


def test_elasticsearch_8_by_scheme():
    config = backend_settings("es8s://search.example:9243")
    assert config["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert config["URLS"] == ["https://search.example:9243"]
    assert config["INDEX_PREFIX"] == "newsroom_"
