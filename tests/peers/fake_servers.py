"""Local HTTP servers on 127.0.0.1 that speak the OpenAI and Anthropic APIs, for tests and benchmarks.

They answer every prompt of this project with a schema-valid object (chosen from the rendered user
text), after an optional fixed delay; scripted replies (errors, Retry-After, hangs, bad JSON) are
queued with `push`. The official SDKs talk to them through base_url, so the whole client path runs.
"""

from __future__ import annotations

import base64
import io
import json
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

USAGE_IN, USAGE_OUT = 100, 50
FLAG_WORDS: tuple[str, ...] = ()   # words the fake moderation endpoint flags, besides "[flag]"  # tokens reported per answer, so tests can compute exact costs


@dataclass
class Scripted:
    """One queued reply: an HTTP error, a hang, raw text, or a given object instead of the good answer."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    text: str | None = None           # the assistant's text as is (e.g. malformed JSON)
    data: dict[str, Any] | None = None  # the structured answer to give instead of the good one
    delay_s: float = 0.0


def error(status: int, retry_after: float | None = None) -> Scripted:
    return Scripted(status=status, headers={"retry-after": str(retry_after)} if retry_after is not None else {})


def good_answer(user: str) -> dict[str, Any]:
    """A valid answer for whichever of the project's prompts rendered `user`."""
    section = re.search(r"^Section: (\w+)", user, re.M)
    if section:
        kind = section.group(1)
        items = [{"title": f"Langkah {i}", "description": "Pesan lewat WhatsApp."} for i in (1, 2, 3)]
        return {"type": kind, "heading": f"Toko Ani — {kind}", "body": "Kue kering buatan rumah.",
                "items": items if kind in ("products", "highlights", "how_to_order") else [],
                "cta_label": "Pesan sekarang" if kind in ("hero", "contact") else ""}
    if "Message from the owner" in user:
        return {"business_type": "food_and_beverage", "industry": "kue kering", "products": ["nastar"],
                "brand_name": "Toko Ani", "target_audience": "keluarga", "tone": "friendly",
                "color_preference": ["pink"], "features_requested": ["whatsapp"], "language": "id",
                "location": None}
    if "Palette:" in user:
        return {"prompt": "A warm table of homemade cookies in soft pink light, no text.",
                "alt": "Ilustrasi kue kering Toko Ani"}
    return {"title": "Toko Ani — kue kering nastar", "description": "Kue kering nastar buatan rumah dari Toko Ani."}


def _png() -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (240, 160, 190)).save(buf, "PNG")
    return buf.getvalue()


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # the default 5 drops connections when an eval has 16 calls in flight


class FakeServer:
    """Base: a threaded server recording each request; subclasses format the protocol's answers."""

    protocol = "base"

    def __init__(self, delay_s: float = 0.0, down: int | None = None):
        self.delay_s, self.down = delay_s, down
        self.queue: deque[Scripted] = deque()
        self.requests: list[dict[str, Any]] = []
        self.in_flight = self.max_in_flight = 0  # requests being answered at once, and the most ever
        self._lock = threading.Lock()
        handler = self._handler()
        self.httpd = _Server(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def push(self, *replies: Scripted) -> FakeServer:
        self.queue.extend(replies)
        return self

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _next(self) -> Scripted | None:
        with self._lock:
            return self.queue.popleft() if self.queue else None

    def respond(self, path: str, body: dict[str, Any], scripted: Scripted | None) -> dict[str, Any]:
        raise NotImplementedError

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None):
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _handle(self, body: dict[str, Any]):
                with server._lock:
                    server.requests.append({"path": self.path, "body": body,
                                            "has_auth": bool(self.headers.get("authorization")
                                                             or self.headers.get("x-api-key"))})
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    self._answer(body)
                finally:
                    with server._lock:
                        server.in_flight -= 1

            def _answer(self, body: dict[str, Any]):
                scripted = server._next()
                delay = scripted.delay_s if scripted and scripted.delay_s else server.delay_s
                if delay:
                    time.sleep(delay)
                status = server.down or (scripted.status if scripted else 200)
                if status != 200:
                    return self._send(status, {"error": {"type": "server_error", "message": f"fake {status}"}},
                                      scripted.headers if scripted else {})
                self._send(200, server.respond(self.path, body, scripted))

            def do_POST(self):
                length = int(self.headers.get("content-length") or 0)
                self._handle(json.loads(self.rfile.read(length) or b"{}"))

            def do_GET(self):
                self._handle({})

        return Handler


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for m in messages:  # the first user turn holds the rendered prompt; repairs come later
        if m.get("role") == "user" and isinstance(m.get("content"), str):
            return m["content"]
    return ""


class FakeOpenAI(FakeServer):
    """/v1/chat/completions, /v1/images/generations, /v1/models/{id}; base_url is `.url`."""

    protocol = "openai"

    @property
    def url(self) -> str:
        return f"{self.root}/v1"

    def respond(self, path, body, scripted):
        if path.startswith("/v1/models/"):
            return {"id": path.rsplit("/", 1)[-1], "object": "model", "created": 0, "owned_by": "fake"}
        if path.startswith("/v1/moderations"):   # flags any input holding "[flag]" (or the words in FLAG_WORDS)
            text = body.get("input") if isinstance(body.get("input"), str) else json.dumps(body.get("input"))
            flagged = "[flag]" in text.lower() or any(w in text.lower() for w in FLAG_WORDS)
            cats = {c: False for c in ("harassment", "hate", "illicit", "illicit/violent", "self-harm", "sexual",
                                       "sexual/minors", "violence", "violence/graphic")}
            cats["illicit"] = flagged
            return {"id": "modr-fake", "model": body.get("model", "omni-moderation-latest"),
                    "results": [{"flagged": flagged, "categories": cats,
                                 "category_scores": {c: (0.97 if v else 0.01) for c, v in cats.items()}}]}
        if path.startswith("/v1/images"):
            return {"created": int(time.time()), "data": [{"b64_json": base64.b64encode(_png()).decode()}]}
        if scripted and scripted.text is not None:
            content = scripted.text
        else:
            data = scripted.data if scripted and scripted.data is not None else \
                good_answer(_last_user_text(body.get("messages", [])))
            content = json.dumps(data, ensure_ascii=False)
        if body.get("max_tokens") == 16 or body.get("max_completion_tokens") == 16:
            content = "OK"
        return {"id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
                "model": body.get("model", "fake"),
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": USAGE_IN, "completion_tokens": USAGE_OUT,
                          "total_tokens": USAGE_IN + USAGE_OUT}}


class FakeAnthropic(FakeServer):
    """/v1/messages answering through the forced `answer` tool; base_url is `.url`."""

    protocol = "anthropic"

    @property
    def url(self) -> str:
        return self.root

    def respond(self, path, body, scripted):
        if scripted and scripted.text is not None:
            content = [{"type": "text", "text": scripted.text}]
        elif not body.get("tools"):
            content = [{"type": "text", "text": "OK"}]
        else:
            data = scripted.data if scripted and scripted.data is not None else \
                good_answer(_last_user_text(body.get("messages", [])))
            content = [{"type": "tool_use", "id": f"toolu_{len(self.requests)}", "name": "answer", "input": data}]
        return {"id": "msg_fake", "type": "message", "role": "assistant", "model": body.get("model", "fake"),
                "content": content, "stop_reason": "tool_use", "stop_sequence": None,
                "usage": {"input_tokens": USAGE_IN, "output_tokens": USAGE_OUT}}


class SilentServer:
    """Accepts every connection, reads what is sent, and never answers: a provider that hangs.

    Bounded: it stops accepting when closed, and holds at most `max_conns` sockets open.
    """

    def __init__(self, max_conns: int = 2000):
        import socket
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(128)
        self.accepted = 0
        self._held: list = []
        self._max = max_conns
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/v1"

    def _accept(self) -> None:
        self.sock.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted += 1
            self._held.append(conn)
            if len(self._held) > self._max:
                self._held.pop(0).close()

    def close(self) -> None:
        self._stop.set()
        self.thread.join(2)
        for c in self._held:
            c.close()
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def main(argv: list[str] | None = None) -> None:
    """Serve until killed, printing the base URL first (benchmarks run it in its own process)."""
    import argparse

    ap = argparse.ArgumentParser(prog="python tests/peers/fake_servers.py")
    ap.add_argument("--protocol", choices=["openai", "anthropic"], default="openai")
    ap.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    ap.add_argument("--down", type=int, default=None, help="answer every request with this HTTP status")
    ap.add_argument("--silent", action="store_true", help="accept connections and never answer (a hang)")
    args = ap.parse_args(argv)
    if args.silent:
        silent = SilentServer()
        print(silent.url, flush=True)
        try:
            silent.thread.join()
        except KeyboardInterrupt:
            silent.close()
        return
    srv = (FakeOpenAI if args.protocol == "openai" else FakeAnthropic)(delay_s=args.delay, down=args.down)
    print(srv.url, flush=True)
    try:
        srv.thread.join()
    except KeyboardInterrupt:
        srv.close()


if __name__ == "__main__":
    main()
