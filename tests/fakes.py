"""A fake model backend: answers by task, records every request, counts calls in flight."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from drafter.llm import Completion, OnText, Request, Usage

TASK_MARKERS = {
    "add_value": 'TASK: Write the note "Where can I add value?"',
    "excited": 'TASK: Write the note "What am I excited about?',
    "cover_letter": "TASK: Write the body of a cover letter",
}
REASK_MARKER = "Rewrite your answer."

# Grounded answers for Jordan Rivera (fixtures/profiles/jordan-rivera.yaml) at Pinterest.
DEFAULTS = {
    "add_value": (
        "- Experimentation: I designed and analysed about 40 A/B tests a year at Brightcart\n"
        "- Pipelines: I built a Python and SQL pipeline in Airflow for daily product metrics\n"
        "- Communication: I presented monthly findings to non-technical operations leaders"
    ),
    "excited": (
        "- Working on experimentation at a scale where small effects matter\n"
        "- Learning deep learning from people who use it in production"
    ),
    "cover_letter": (
        "I would like to join Pinterest as a Data Scientist because I want to work on "
        "experimentation at a scale where small effects matter.\n\n"
        "At Brightcart I designed and analysed A/B tests for the checkout team, about 40 "
        "experiments a year, and I built a Python and SQL pipeline in Airflow that computes daily "
        "product metrics. At Northwind Health I forecast weekly clinic demand with time-series "
        "models in R and presented monthly findings to non-technical operations leaders.\n\n"
        "I would welcome a conversation about the Data Scientist role and how I could help "
        "Pinterest bring more rigour to its experiments."
    ),
}


def task_of(request: Request) -> str:
    last = request.messages[-1]["content"]
    if last.startswith(REASK_MARKER):
        return "reask:" + task_of(Request(request.messages[:-2], request.model))
    return next(name for name, marker in TASK_MARKERS.items() if marker in last)


class FakeBackend:
    endpoint = "fake.test"

    def __init__(self, delay: float = 0.0) -> None:
        self.queued: dict[str, list[str]] = defaultdict(list)
        self.history: list[Request] = []
        self.delay = delay
        self.in_flight = 0
        self.most_in_flight = 0

    def enqueue(self, task: str, *texts: str) -> None:
        """Answers for a task ('add_value', 'reask:add_value', ...), used before the defaults."""
        self.queued[task].extend(texts)

    def tasks(self) -> list[str]:
        return [task_of(r) for r in self.history]

    async def complete(self, request: Request, on_text: OnText | None = None) -> Completion:
        self.history.append(request)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
            task = task_of(request)
            queue = self.queued[task]
            text = queue.pop(0) if queue else DEFAULTS[task.removeprefix("reask:")]
            if on_text is not None:
                on_text(text)
            return Completion(text, "stop", "fake-model", Usage(100, len(text.split()), 0))
        finally:
            self.in_flight -= 1

    async def aclose(self) -> None:
        pass


Answer = Callable[[dict[str, Any]], tuple[int, dict[str, Any]]]


def chat_completion(model: str, text: str) -> dict[str, Any]:
    """An OpenAI chat.completion body holding ``text``."""
    return {
        "id": "fake", "object": "chat.completion", "created": 0, "model": model,
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": text}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }  # fmt: skip


@contextlib.contextmanager
def loopback_server(answer: Answer, delay: float = 0.0) -> Iterator[str]:
    """An OpenAI-compatible server on 127.0.0.1 answering each POST with ``answer(body)``
    after ``delay`` seconds; yields its base URL and stops when the block ends."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["content-length"])))
            time.sleep(delay)
            status, reply = answer(body)
            data = json.dumps(reply).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass  # drafter drops its other calls after a fatal answer: their pipes break

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
