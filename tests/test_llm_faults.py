"""Fault paths through httpx2.MockTransport: instant, offline, with a recording fake sleep."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx2
import pytest

from drafter.errors import (
    AuthError,
    BadResponse,
    ContextTooLong,
    ModelError,
    QuotaError,
    ServerUnreachable,
)
from drafter.llm import RESTARTED, Cache, Client, OpenAIBackend, Request, RetryPolicy

KEY = "sk-" + "test-key-" * 3  # built at run time: no key-shaped literal in the repo
REQUEST = Request(({"role": "user", "content": "Say hi"},), "gpt-test", 0.0, 16)


def ok(text: str = "hi") -> httpx2.Response:
    return httpx2.Response(
        200,
        json={
            "id": "c1",
            "object": "chat.completion",
            "created": 0,
            "model": "gpt-test",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": text},
                }
            ],
            "usage": {"prompt_tokens": 5, "completion_tokens": 1, "total_tokens": 6},
        },
    )


def error(status: int, code: str = "", message: str = "nope", **headers: str) -> httpx2.Response:
    body = {"error": {"message": message, "type": "error", "code": code or None}}
    return httpx2.Response(status, json=body, headers=headers)


class Script:
    """A transport handler that plays responses (or raises) in order and counts requests."""

    def __init__(self, *steps: httpx2.Response | Exception) -> None:
        self.steps = list(steps)
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        return step


def client_for(
    script: Callable[[httpx2.Request], httpx2.Response],
    waits: list[float],
    cache: Cache | None = None,
) -> Client:
    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(script))
    backend = OpenAIBackend("https://api.example.test/v1", KEY, http_client=http)
    return Client(backend, cache, RetryPolicy(attempts=4, total_seconds=600, sleep=fake_sleep))


def run(script: Script, cache: Cache | None = None) -> tuple[Callable[[], object], list[float]]:
    waits: list[float] = []
    client = client_for(script, waits, cache)
    return (lambda: client.complete(REQUEST)), waits


def test_429_with_retry_after_waits_that_long_then_succeeds() -> None:
    script = Script(error(429, "rate_limit_exceeded", **{"retry-after": "7"}), ok("hello"))
    call, waits = run(script)
    result = call()
    assert result.text == "hello" and result.attempts == 2  # type: ignore[attr-defined]
    assert len(script.requests) == 2 and waits == [7.0]


def test_retry_after_ms_wins_and_is_capped() -> None:
    script = Script(
        error(429, **{"retry-after-ms": "1500", "retry-after": "9"}),
        error(503, **{"retry-after": "100000"}),
        ok(),
    )
    call, waits = run(script)
    call()
    assert waits == [1.5, 120.0]


def test_503_twice_then_200() -> None:
    script = Script(error(503), error(503), ok())
    call, waits = run(script)
    assert call().text == "hi"  # type: ignore[attr-defined]
    assert len(script.requests) == 3 and len(waits) == 2 and all(0 < w <= 31 for w in waits)


def test_timeout_then_200() -> None:
    script = Script(httpx2.ReadTimeout("slow"), ok())
    call, _ = run(script)
    assert call().text == "hi"  # type: ignore[attr-defined]
    assert len(script.requests) == 2


def test_401_is_not_retried_and_names_host_and_variable_without_the_key() -> None:
    script = Script(error(401, "invalid_api_key", f"Incorrect API key provided: {KEY}"))
    call, waits = run(script)
    with pytest.raises(AuthError) as info:
        call()
    assert len(script.requests) == 1 and waits == []
    message = str(info.value)
    assert "api.example.test" in message and "OPENAI_API_KEY" in message
    assert KEY not in message and "sk-" not in message


def test_insufficient_quota_is_not_retried() -> None:
    script = Script(error(429, "insufficient_quota", "You exceeded your current quota"))
    call, _ = run(script)
    with pytest.raises(QuotaError, match="quota"):
        call()
    assert len(script.requests) == 1


def test_context_length_exceeded_is_not_retried_and_gives_the_counts() -> None:
    message = (
        "This model's maximum context length is 8192 tokens. However, you requested 9100 tokens."
    )
    script = Script(error(400, "context_length_exceeded", message))
    call, _ = run(script)
    with pytest.raises(ContextTooLong, match=r"8192 tokens.*9100 tokens"):
        call()
    assert len(script.requests) == 1


def test_llama_cpp_context_overflow_gives_its_counts() -> None:
    body = {
        "error": {
            "code": 400,
            "type": "exceed_context_size_error",
            "n_prompt_tokens": 9300,
            "n_ctx": 8192,
            "message": "the request exceeds the available context size",
        }
    }
    script = Script(httpx2.Response(400, json=body))
    call, _ = run(script)
    with pytest.raises(ContextTooLong, match=r"\(9300 prompt tokens, context 8192\)"):
        call()
    assert len(script.requests) == 1


@pytest.mark.parametrize("status", [400, 403, 404, 422])
def test_client_errors_are_not_retried(status: int) -> None:
    script = Script(error(status))
    call, _ = run(script)
    with pytest.raises(ModelError):
        call()
    assert len(script.requests) == 1


def test_malformed_json_body_is_a_bad_response() -> None:
    script = Script(
        httpx2.Response(200, content=b"{not json", headers={"content-type": "application/json"})
    )
    call, _ = run(script)
    with pytest.raises(BadResponse):
        call()


def test_empty_choices_is_a_bad_response() -> None:
    body = {"id": "x", "object": "chat.completion", "created": 0, "model": "m", "choices": []}
    script = Script(httpx2.Response(200, json=body))
    call, _ = run(script)
    with pytest.raises(BadResponse, match="choices"):
        call()


def test_unreachable_server_names_the_url_after_bounded_attempts() -> None:
    script = Script(*[httpx2.ConnectError("refused")] * 4)
    call, waits = run(script)
    with pytest.raises(
        ServerUnreachable, match=r"https://api.example.test/v1 cannot be reached after 4 attempts"
    ):
        call()
    assert len(script.requests) == 4 and len(waits) == 3


def test_5xx_to_the_end_is_a_model_error_with_attempts() -> None:
    script = Script(*[error(500)] * 4)
    call, _ = run(script)
    with pytest.raises(ModelError, match="kept failing \\(500\\) after 4 attempts") as info:
        call()
    assert info.value.attempts == 4


def test_a_cache_hit_makes_no_request_and_holds_no_key(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    first = Script(ok("cached text"))
    call, _ = run(first, cache)
    assert call().cached is False  # type: ignore[attr-defined]
    second = Script()
    call, _ = run(second, cache)
    hit = call()
    assert hit.cached and hit.text == "cached text"  # type: ignore[attr-defined]
    assert second.requests == []
    entry = next(tmp_path.rglob("*.json"))
    data = json.loads(entry.read_text(encoding="utf-8"))
    assert data["usage"]["prompt_tokens"] == 5 and data["request"]["endpoint"] == "api.example.test"
    assert KEY not in entry.read_text(encoding="utf-8")
    assert list(tmp_path.rglob("*.tmp")) == []


def test_the_cache_key_ignores_the_key_but_not_the_endpoint() -> None:
    assert REQUEST.key("a.example") != REQUEST.key("b.example")
    assert KEY not in REQUEST.canonical("a.example")


def test_sends_the_key_only_in_the_authorization_header() -> None:
    script = Script(ok())
    call, _ = run(script)
    call()
    sent = script.requests[0]
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert KEY not in sent.content.decode()
    assert json.loads(sent.content)["max_tokens"] == 16


def test_time_queued_behind_other_calls_does_not_spend_the_retry_budget() -> None:
    """With one slot, the second call waits for the first; its retry budget starts when it runs."""
    import asyncio

    import openai

    from drafter.llm import Completion

    class SlowThenFlaky:
        endpoint = "queue.test"

        def __init__(self) -> None:
            self.calls: list[str] = []

        async def complete(self, request: Request, on_text: object = None) -> Completion:
            name = request.messages[0]["content"]
            self.calls.append(name)
            if name == "slow":
                await asyncio.sleep(0.3)
            elif self.calls.count(name) == 1:
                raise openai.APIConnectionError(request=httpx2.Request("POST", "http://q.test"))
            return Completion(name, "stop", "m")

        async def aclose(self) -> None:
            pass

    async def no_sleep(_: float) -> None:
        pass

    backend = SlowThenFlaky()
    client = Client(backend, None, RetryPolicy(attempts=3, total_seconds=0.2, sleep=no_sleep), 1)

    async def both() -> list[Completion]:
        slot = asyncio.Semaphore(1)
        slow = client.acomplete(Request(({"role": "user", "content": "slow"},), "m"), None, slot)
        flaky = client.acomplete(Request(({"role": "user", "content": "flaky"},), "m"), None, slot)
        return list(await asyncio.gather(slow, flaky))

    results = asyncio.run(both())
    assert [r.text for r in results] == ["slow", "flaky"]
    assert backend.calls == ["slow", "flaky", "flaky"]


def _chunk(text: str, finish: str | None = None) -> bytes:
    choice = {"index": 0, "delta": {"content": text}, "finish_reason": finish}
    body = {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": "gpt-test"}
    return f"data: {json.dumps({**body, 'choices': [choice]})}\n\n".encode()


class _BrokenOffStream(httpx2.AsyncByteStream):
    """An event stream that sends its first words, then loses the connection if told to."""

    def __init__(self, breaks: bool) -> None:
        self.breaks = breaks

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        yield _chunk("Dear ")
        if self.breaks:
            raise httpx2.RemoteProtocolError("peer closed connection without sending a body")
        yield _chunk("team.", "stop")
        yield b"data: [DONE]\n\n"


def test_a_stream_that_breaks_off_is_retried_and_the_reader_is_told_it_starts_over() -> None:
    streams = iter([True, False])

    def handler(request: httpx2.Request) -> httpx2.Response:
        headers = {"content-type": "text/event-stream"}
        return httpx2.Response(200, headers=headers, stream=_BrokenOffStream(next(streams)))

    waits: list[float] = []
    client = client_for(handler, waits)
    shown: list[str] = []
    result = client.complete(REQUEST, shown.append)
    assert result.text == "Dear team." and result.attempts == 2 and len(waits) == 1
    assert "".join(shown) == "Dear " + RESTARTED + "Dear team."
