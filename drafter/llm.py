"""Model calls: request/response values, a content-addressed cache, tenacity retries, backends.

``Client.complete(request)`` goes cache → retries → backend. The one backend is the
OpenAI-compatible HTTP path of the ``openai`` SDK (OpenAI itself, any compatible server, or the
embedded llama.cpp server from ``drafter.local``); tests inject an ``httpx2`` transport or a
fake backend. ``openai`` is imported only when a backend is built, so commands that make no call
(``--help``, ``show``, ``--dry-run``, a cache hit) never pay for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import hashlib
import json
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from urllib.parse import urlsplit

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    stop_after_delay,
    wait_exponential_jitter,
)

from drafter import config
from drafter.config import Settings
from drafter.errors import (
    AuthError,
    BadResponse,
    ContextTooLong,
    DrafterError,
    ModelError,
    QuotaError,
    ServerUnreachable,
)
from drafter.files import atomic_write

if TYPE_CHECKING:
    import httpx2

OnText = Callable[[str], None]
T = TypeVar("T")
BILLING_CODES = {
    "insufficient_quota",
    "billing_hard_limit_reached",
    "billing_not_active",
    "access_terminated",
    "account_deactivated",
}
# Shown on the terminal when a streamed answer broke off and is asked for again from the start.
RESTARTED = "\n\n[drafter: the answer broke off; asking again, it starts over below]\n\n"
RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504, 520, 522, 524, 529}
MAX_RETRY_AFTER = 120.0
_KEYLIKE = re.compile(r"\b(sk-[A-Za-z0-9_*-]{6,}|Bearer\s+\S+)")


@dataclass(frozen=True)
class Request:
    messages: tuple[Mapping[str, str], ...]
    model: str
    temperature: float = 0.7
    max_tokens: int = 512
    seed: int | None = None

    def canonical(self, endpoint: str) -> str:
        """What identifies this request's answer: never the key, always the endpoint's host."""
        data = {
            "endpoint": endpoint,
            "model": self.model,
            "messages": [dict(m) for m in self.messages],
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "seed": self.seed,
        }
        return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    def key(self, endpoint: str) -> str:
        return hashlib.sha256(self.canonical(endpoint).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0  # of the prompt, served from the server's prefix cache


@dataclass(frozen=True)
class Completion:
    text: str
    finish_reason: str
    model: str
    usage: Usage = field(default_factory=Usage)
    cached: bool = False
    attempts: int = 1
    seconds: float = 0.0


class Backend(Protocol):
    """One method seam: the HTTP path, or a fake in tests."""

    endpoint: str  # host (or "local:<model file>") for cache keys and metadata

    async def complete(self, request: Request, on_text: OnText | None = None) -> Completion: ...

    async def aclose(self) -> None: ...


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or url


def scrub(message: str) -> str:
    """Server messages sometimes echo part of a key; never pass that on."""
    return _KEYLIKE.sub("[redacted]", message)


class OpenAIBackend:
    """The OpenAI-compatible HTTP path, through ``openai.AsyncOpenAI``.

    ``base_url`` may be a callable, resolved on the first call: the embedded server only starts
    when a request actually misses the cache.
    """

    def __init__(
        self,
        base_url: str | Callable[[], str],
        api_key: str | None,
        *,
        endpoint: str | None = None,
        timeout: float = 120.0,
        http_client: httpx2.AsyncClient | None = None,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self._base_url = base_url
        self._api_key = api_key
        self._timeout = timeout
        self._http_client = http_client
        self._on_close = on_close
        self._client: Any = None
        self._url = base_url if isinstance(base_url, str) else ""
        self.endpoint = endpoint or host_of(self._url)

    @property
    def url(self) -> str:
        return self._url or "(embedded model)"

    def _sdk(self) -> Any:
        if self._client is None:
            import openai  # deferred: ~0.4 s, paid only when a call is made

            self._url = self._base_url() if callable(self._base_url) else self._base_url
            self._client = openai.AsyncOpenAI(
                base_url=self._url,
                api_key=self._api_key or "not-needed",
                timeout=self._timeout,
                max_retries=0,  # tenacity owns retries
                http_client=self._http_client,
            )
        return self._client

    async def complete(self, request: Request, on_text: OnText | None = None) -> Completion:
        client = self._sdk()
        params: dict[str, Any] = {
            "model": request.model,
            "messages": [dict(m) for m in request.messages],
            "temperature": request.temperature,
            "max_tokens": request.max_tokens,
        }
        if request.seed is not None:
            params["seed"] = request.seed
        try:
            if on_text is not None:
                return await self._stream(client, params, on_text)
            response = await client.chat.completions.create(**params)
        except DrafterError:
            raise
        except Exception as exc:
            raise self._translate(exc) from exc
        return _completion(response, request.model)

    async def _stream(self, client: Any, params: dict[str, Any], on_text: OnText) -> Completion:
        parts: list[str] = []
        finish, model, usage = "", params["model"], Usage()
        stream = await client.chat.completions.create(
            **params, stream=True, stream_options={"include_usage": True}
        )
        async for chunk in stream:
            model = getattr(chunk, "model", None) or model
            if getattr(chunk, "usage", None):
                usage = _usage(chunk.usage)
            for choice in chunk.choices or ():
                piece = getattr(choice.delta, "content", None) or ""
                if piece:
                    parts.append(piece)
                    on_text(piece)
                finish = choice.finish_reason or finish
        text = "".join(parts)
        if not text and not finish:
            raise BadResponse(f"{self.url} streamed no completion")
        return Completion(text, finish or "stop", model, usage)

    def _translate(self, exc: Exception) -> Exception:
        """SDK errors that retrying cannot fix become DrafterErrors; the rest pass through."""
        import openai

        if isinstance(exc, openai.APIStatusError):
            status, code = exc.status_code, (exc.code or "")
            message = scrub(str(getattr(exc, "message", exc)))
            if status in (401, 403):
                return AuthError(
                    f"{self.endpoint} rejected the API key ({status}): set a valid key in "
                    "OPENAI_API_KEY",
                    status=status,
                )
            if code in BILLING_CODES or (status == 429 and "quota" in message.lower()):
                return QuotaError(
                    f"{self.endpoint}: out of quota or billing inactive ({code or status});"
                    " retrying will not help",
                    status=status,
                )
            body = exc.body if isinstance(exc.body, dict) else {}
            if code == "context_length_exceeded" or body.get("type") == "exceed_context_size_error":
                # OpenAI puts the counts in its message; llama.cpp in n_prompt_tokens / n_ctx.
                counts = ""
                if "n_prompt_tokens" in body and "n_ctx" in body:
                    counts = f" ({body['n_prompt_tokens']} prompt tokens, context {body['n_ctx']})"
                return ContextTooLong(
                    f"{self.endpoint}: the prompt is too long for the model{counts}: {message}",
                    status=status,
                )
            if status in RETRY_STATUS:
                return exc  # retryable; becomes a ModelError when attempts run out
            return ModelError(f"{self.endpoint} answered {status}: {message}", status=status)
        if isinstance(exc, openai.APIConnectionError):
            return exc
        if isinstance(exc, openai.APIResponseValidationError | json.JSONDecodeError):
            return BadResponse(f"{self.endpoint} sent a response that is not a chat completion")
        return exc

    async def aclose(self) -> None:
        if self._client is not None and self._http_client is None:
            await self._client.close()
        self._client = None
        if self._on_close is not None:
            self._on_close()


def _usage(raw: Any) -> Usage:
    if raw is None:
        return Usage()
    details = getattr(raw, "prompt_tokens_details", None)
    cached = getattr(details, "cached_tokens", 0) if details is not None else 0
    return Usage(raw.prompt_tokens or 0, raw.completion_tokens or 0, cached or 0)


def _completion(response: Any, model: str) -> Completion:
    choices = getattr(response, "choices", None)
    if isinstance(response, str | bytes) or not choices:
        raise BadResponse("the server's answer held no completion (empty 'choices')")
    choice = choices[0]
    text = getattr(getattr(choice, "message", None), "content", None)
    if text is None:
        raise BadResponse("the server's answer held no message text")
    return Completion(
        text,
        choice.finish_reason or "stop",
        getattr(response, "model", None) or model,
        _usage(getattr(response, "usage", None)),
    )


# -- retries --------------------------------------------------------------------------------


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, DrafterError):
        return False
    import openai

    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRY_STATUS
    return isinstance(exc, openai.APIConnectionError | TimeoutError | ConnectionError)


def retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked us to wait (retry-after-ms, then retry-after), capped."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value) / scale
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(value) if name == "retry-after" else None
            if parsed is None:
                continue
            seconds = (parsed - datetime.now(UTC)).total_seconds()
        return min(max(seconds, 0.0), MAX_RETRY_AFTER)
    return None


class _Wait:
    """Honour the server's retry-after; otherwise exponential backoff with jitter."""

    def __init__(self) -> None:
        self.backoff = wait_exponential_jitter(initial=1, max=30, jitter=1)

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        asked = retry_after(exc)
        return asked if asked is not None else self.backoff(state)


@dataclass
class RetryPolicy:
    attempts: int = 5
    total_seconds: float = 300.0
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep


# -- cache ----------------------------------------------------------------------------------


class Cache:
    """Completions on disk, one JSON file per request hash; writes are atomic."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Completion | None:
        path = self._path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return Completion(
                data["text"],
                data["finish_reason"],
                data["model"],
                Usage(**data["usage"]),
                cached=True,
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or damaged: treat as a miss

    def put(self, key: str, request: Request, endpoint: str, completion: Completion) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        entry = {
            "request": json.loads(request.canonical(endpoint)),
            "text": completion.text,
            "finish_reason": completion.finish_reason,
            "model": completion.model,
            "usage": asdict(completion.usage),
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        atomic_write(path, json.dumps(entry, ensure_ascii=False, indent=1).encode("utf-8"))


# -- the client -----------------------------------------------------------------------------


class Client:
    """cache → retries → backend, with a bound on concurrent calls."""

    def __init__(
        self,
        backend: Backend,
        cache: Cache | None = None,
        retry: RetryPolicy | None = None,
        concurrency: int = 3,
    ) -> None:
        self.backend = backend
        self.cache = cache
        self.retry = retry or RetryPolicy()
        self.concurrency = max(1, concurrency)
        self.calls = 0  # requests that reached the backend (after the cache)

    async def acomplete(
        self,
        request: Request,
        on_text: OnText | None = None,
        semaphore: asyncio.Semaphore | None = None,
    ) -> Completion:
        key = request.key(self.backend.endpoint)
        if self.cache is not None and (hit := self.cache.get(key)) is not None:
            if on_text is not None:
                on_text(hit.text)
            return hit
        # The slot is taken for the whole retry sequence, so time spent queueing behind other
        # calls never counts against the retry budget, and backoff keeps the server unloaded.
        async with semaphore or contextlib.nullcontext():
            done = await self._call(request, on_text)
        if self.cache is not None:
            self.cache.put(key, request, self.backend.endpoint, done)
        return done

    async def _call(self, request: Request, on_text: OnText | None) -> Completion:
        started = time.monotonic()
        attempts = 0
        shown = False  # text of the current attempt already on the reader's screen

        def show(piece: str) -> None:
            nonlocal shown
            shown = True
            if on_text is not None:
                on_text(piece)

        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.retry.attempts)
            | stop_after_delay(self.retry.total_seconds),
            wait=_Wait(),
            retry=retry_if_exception(_retryable),
            sleep=self.retry.sleep,
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    if shown:  # a stream broke off and is retried: say so before it starts again
                        show(RESTARTED)
                        shown = False
                    attempts += 1
                    self.calls += 1
                    result = await self.backend.complete(request, show if on_text else None)
        except DrafterError as exc:
            if isinstance(exc, ModelError):
                exc.attempts = attempts
            raise
        except Exception as exc:
            raise _final_error(exc, self.backend, attempts) from exc
        return Completion(
            result.text,
            result.finish_reason,
            result.model,
            result.usage,
            attempts=attempts,
            seconds=time.monotonic() - started,
        )

    def complete(self, request: Request, on_text: OnText | None = None) -> Completion:
        return asyncio.run(self._run(self.acomplete(request, on_text)))

    async def _run(self, work: Awaitable[T]) -> T:
        try:
            return await work
        finally:
            await self.backend.aclose()


def _final_error(exc: Exception, backend: Backend, attempts: int) -> ModelError:
    where = getattr(backend, "url", backend.endpoint)
    status = getattr(exc, "status_code", None)
    tries = f"after {attempts} attempt{'s' if attempts != 1 else ''}"
    if status is not None:
        return ModelError(
            f"{backend.endpoint} kept failing ({status}) {tries}", attempts=attempts, status=status
        )
    kind = "timed out" if "timeout" in type(exc).__name__.lower() else "cannot be reached"
    return ServerUnreachable(f"the model server at {where} {kind} {tries}", attempts=attempts)


# -- the one factory ------------------------------------------------------------------------


def build_client(
    settings: Settings,
    *,
    use_cache: bool = True,
    http_client: httpx2.AsyncClient | None = None,
) -> Client:
    """The client the settings ask for: remote (base URL or key) or the embedded model."""
    cache = Cache(config.cache_dir() / "completions") if use_cache else None
    retry = RetryPolicy(
        attempts=settings["attempts"], total_seconds=max(settings["timeout"] * 2, 60)
    )
    if settings.backend == "remote":
        backend = OpenAIBackend(
            settings.endpoint,
            settings["api_key"],
            endpoint=settings.endpoint_label,
            timeout=settings["timeout"],
            http_client=http_client,
        )
    else:
        from drafter.local import LocalServer

        server = LocalServer(settings["model_path"], slots=settings.concurrency)
        backend = OpenAIBackend(
            server.start,
            None,
            endpoint=settings.endpoint_label,
            timeout=settings["timeout"],
            http_client=http_client,
            on_close=server.close,
        )
    return Client(backend, cache, retry, settings.concurrency)
