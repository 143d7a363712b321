"""Real HTTP peers for tests: a scripted web server and a fake Telegram Bot API.

Both are ``ThreadingHTTPServer`` s on 127.0.0.1 in the test process. The web
server answers each path with what the test put there (bytes, a status, a
redirect, a stream of any length, a connection that hangs); the Bot API
records every call and answers as Telegram does, including 429 with
``retry_after`` and 5xx when told to.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

Handler = Callable[["Request"], "Answer"]


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    # Instead of ``body``: chunks sent one by one (a stream of any size).
    chunks: Iterator[bytes] | None = None
    # Accept the request and say nothing for this many seconds.
    hang: float = 0.0


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # quiet test output
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = Request(self.command, self.path, dict(self.headers), body)
        self.server.requests.append(request)
        handler = self.server.routes.get(urlsplit(self.path).path)
        answer = handler(request) if handler else Answer(404, b"not here")
        if answer.hang:
            time.sleep(answer.hang)
            return
        self.send_response(answer.status)
        headers = {"Content-Type": "text/plain", **answer.headers}
        for name, value in headers.items():
            self.send_header(name, value)
        if answer.chunks is not None:
            self.send_header("Connection", "close")
            self.end_headers()
            with contextlib.suppress(OSError):
                for chunk in answer.chunks:
                    self.wfile.write(chunk)
            self.close_connection = True
            return
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(answer.body)

    do_GET = do_POST = _serve


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, Handler]
    requests: list[Request]


class WebServer:
    """``server.route("/feed.xml", Answer(body=...))``; ``server.url("/feed.xml")``."""

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.routes = {}
        self._server.requests = []
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> WebServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def requests(self) -> list[Request]:
        return self._server.requests

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def route(self, path: str, answer: Answer | Handler) -> str:
        if isinstance(answer, Answer):
            fixed = answer

            def handler(request: Request) -> Answer:
                return fixed

            self._server.routes[path] = handler
        else:
            self._server.routes[path] = answer
        return self.url(path)


@dataclass
class BotCall:
    method: str
    token: str
    data: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)


class FakeBotAPI:
    """Telegram's Bot API for the methods cross-posting uses.

    ``calls`` lists what arrived; ``fail_next(method, answer)`` queues an
    answer for the next calls of a method (a 429, a 500, a 401 ...);
    ``delay`` slows every answer down (to let two workers meet).
    """

    METHODS = (
        "sendMessage",
        "sendPhoto",
        "editMessageText",
        "editMessageCaption",
        "deleteMessage",
    )

    def __init__(self) -> None:
        self.web = WebServer()
        self.calls: list[BotCall] = []
        self.messages: dict[int, dict[str, Any]] = {}
        self.queued: dict[str, list[Answer]] = {}
        self.delay = 0.0
        self._next_id = 100
        self._lock = threading.Lock()

    def __enter__(self) -> FakeBotAPI:
        self.web.__enter__()
        self.web._server.routes = _PrefixRoutes(self._answer)
        return self

    def __exit__(self, *exc) -> None:
        self.web.__exit__(*exc)

    @property
    def url(self) -> str:
        return self.web.url("").rstrip("/")

    def fail_next(self, method: str, *answers: Answer) -> None:
        self.queued.setdefault(method, []).extend(answers)

    @staticmethod
    def too_many_requests(retry_after: int) -> Answer:
        return _json_answer(
            429,
            {
                "ok": False,
                "error_code": 429,
                "description": f"Too Many Requests: retry after {retry_after}",
                "parameters": {"retry_after": retry_after},
            },
        )

    @staticmethod
    def error(status: int, description: str) -> Answer:
        return _json_answer(
            status, {"ok": False, "error_code": status, "description": description}
        )

    def sent(self, *methods: str) -> list[BotCall]:
        return [call for call in self.calls if not methods or call.method in methods]

    def _answer(self, request: Request) -> Answer:
        # /bot<token>/<method>
        steps = urlsplit(request.path).path.strip("/").split("/")
        if len(steps) != 2 or not steps[0].startswith("bot"):
            return self.error(404, "Not Found")
        token, method = steps[0][3:], steps[1]
        data, files = _payload(request)
        if self.delay:
            time.sleep(self.delay)
        with self._lock:
            self.calls.append(BotCall(method, token, data, files))
            queued = self.queued.get(method)
            if queued:
                return queued.pop(0)
            if method not in self.METHODS:
                return self.error(404, "Not Found: method not found")
            return self._do(method, data)

    def _do(self, method: str, data: dict[str, Any]) -> Answer:
        if method in ("sendMessage", "sendPhoto"):
            self._next_id += 1
            self.messages[self._next_id] = {
                "chat": data.get("chat_id"),
                "text": data.get("text") or data.get("caption"),
                "photo": method == "sendPhoto",
            }
            return _ok({"message_id": self._next_id, "chat": {"id": -100}})
        message_id = int(data.get("message_id") or 0)
        if message_id not in self.messages:
            verb = "delete" if method == "deleteMessage" else "edit"
            return self.error(400, f"Bad Request: message to {verb} not found")
        if method == "deleteMessage":
            del self.messages[message_id]
            return _ok(True)
        text = data.get("text") or data.get("caption")
        if self.messages[message_id]["text"] == text:
            return self.error(
                400,
                "Bad Request: message is not modified: specified new message "
                "content and reply markup are exactly the same",
            )
        self.messages[message_id]["text"] = text
        return _ok({"message_id": message_id})


class _PrefixRoutes(dict):
    """Every path goes to one handler (the Bot API's paths carry the token)."""

    def __init__(self, handler: Handler) -> None:
        super().__init__()
        self.handler = handler

    def get(self, key, default=None):
        return self.handler


def _ok(result: Any) -> Answer:
    return _json_answer(200, {"ok": True, "result": result})


def _json_answer(status: int, payload: dict[str, Any]) -> Answer:
    return Answer(
        status,
        json.dumps(payload).encode(),
        {"Content-Type": "application/json"},
    )


def _payload(request: Request) -> tuple[dict[str, Any], dict[str, bytes]]:
    kind = request.headers.get("Content-Type", "")
    if kind.startswith("application/json"):
        return json.loads(request.body or b"{}"), {}
    if kind.startswith("multipart/form-data"):
        from email.parser import BytesParser
        from email.policy import HTTP

        message = BytesParser(policy=HTTP).parsebytes(
            f"Content-Type: {kind}\r\n\r\n".encode() + request.body
        )
        data: dict[str, Any] = {}
        files: dict[str, bytes] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            raw = part.get_payload(decode=True)
            payload = raw if isinstance(raw, bytes) else b""
            if part.get_filename():
                files[str(name)] = payload
            else:
                data[str(name)] = payload.decode()
        return data, files
    return {}, {}
