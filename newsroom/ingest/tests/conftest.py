import io

import pytest
from PIL import Image

from newsroom.desk.tests.conftest import login, people, sections  # noqa: F401
from newsroom.ingest.models import Source, SourceKind
from newsroom.testing.peers import FakeBotAPI, WebServer


@pytest.fixture
def web():
    """A real web server on 127.0.0.1 serving what the test routes to it."""
    with WebServer() as server:
        yield server


@pytest.fixture
def bot_api(settings):
    """A fake Telegram Bot API, with the settings pointing at it."""
    with FakeBotAPI() as api:
        settings.TELEGRAM_API_URL = api.url
        yield api


def jpeg(width=64, height=48, colour=(200, 40, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def feed_source(section):
    def make(address: str, **fields) -> Source:
        fields.setdefault("kind", SourceKind.FEED)
        return Source.objects.create(
            name=fields.pop("name", "Test wire"),
            address=address,
            section=fields.pop("section", section),
            source_line=fields.pop("source_line", "Test Wire Agency"),
            **fields,
        )

    return make
