"""Real HTTP exchanges with the embedded model, recorded as cassettes and replayed offline.

`make record` re-records them from the embedded model (no network needed: the server is on
127.0.0.1). CI replays them with --record-mode=none --block-network.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from drafter.llm import Client, OpenAIBackend, Request
from drafter.page import Page
from tests.conftest import FIXTURES, PROFILES, ROOT

LOCAL_MODEL = "smollm2-135m-instruct"


@pytest.fixture
def model_url(record_mode: str) -> Iterator[str]:
    """Replaying: any URL (the cassette answers). Recording: the live embedded server."""
    if record_mode == "none":
        yield "http://127.0.0.1:9/v1"
        return
    from drafter.local import LocalServer

    with LocalServer() as server:
        yield server.base_url


@pytest.mark.vcr
def test_replays_a_real_completion_from_the_embedded_model(model_url: str) -> None:
    backend = OpenAIBackend(model_url, None, endpoint="local:test")
    request = Request(({"role": "user", "content": "Name one colour."},), LOCAL_MODEL, 0.0, 12)
    result = Client(backend).complete(request)
    assert result.text.strip()
    assert result.usage.prompt_tokens > 0 and result.usage.completion_tokens > 0
    assert result.finish_reason in {"stop", "length"}


@pytest.mark.vcr
def test_replays_a_streamed_completion_equal_to_what_is_returned(model_url: str) -> None:
    backend = OpenAIBackend(model_url, None, endpoint="local:test")
    request = Request(({"role": "user", "content": "Count to three."},), LOCAL_MODEL, 0.0, 12)
    pieces: list[str] = []
    result = Client(backend).complete(request, on_text=pieces.append)
    assert len(pieces) > 1 and "".join(pieces) == result.text


@pytest.mark.vcr
def test_run_on_the_sample_page_with_the_embedded_model(model_url: str, sample_page: Path) -> None:
    """The main job end to end over real (recorded) HTTP: notes filled, a letter saved.

    The re-asks in this exchange depend on the prompts and on what review finds, so a change to
    either needs `make record` (offline: it talks to the embedded model on 127.0.0.1)."""
    original = Page.load(sample_page)
    args = [
        "run",
        str(sample_page),
        "-p",
        str(PROFILES / "jordan-rivera.yaml"),
        "--base-url",
        model_url,
        "--model",
        LOCAL_MODEL,
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    page = Page.load(sample_page)
    for name in ("Where can I add value?", "What am I excited about? What will I learn?"):
        section = page.find(name)
        assert section is not None and not page.is_empty(section)
        assert all(line.startswith("- ") for line in page.body(section).strip().splitlines())
    untouched = [s.title for s in original.sections if "?" not in s.title]
    assert [page.body(page.find(t)) for t in untouched] == [  # type: ignore[arg-type]
        original.body(original.find(t)) for t in untouched
    ]  # type: ignore[arg-type]
    assert page.job_description == original.job_description
    letter = (sample_page.parent / (sample_page.name + ".drafts") / "001-warm.md").read_text(
        encoding="utf-8"
    )
    assert "\nDear Pinterest hiring team,\n" in letter and "\nJordan Rivera\n" in letter
    again = CliRunner().invoke(app, args)  # unchanged inputs: everything from the cache
    assert again.exit_code == 0 and "model calls: 0" in again.stdout


SECRET_SHAPES = re.compile(r"sk-[A-Za-z0-9_-]{16,}|Bearer [A-Za-z0-9_-]{16,}|[Ss]et-[Cc]ookie")


def test_no_fixture_or_test_holds_a_key_token_or_cookie() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for folder in (FIXTURES, ROOT / "tests")
        for path in folder.rglob("*")
        if path.is_file()
        and SECRET_SHAPES.search(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert offenders == []


def test_cassettes_hold_no_auth_headers() -> None:
    cassettes = list((FIXTURES / "cassettes").rglob("*.yaml"))
    assert cassettes
    for path in cassettes:
        text = path.read_text(encoding="utf-8").lower()
        for header in (
            "authorization:",
            "api-key:",
            "openai-organization:",
            "openai-project:",
            "cookie:",
        ):
            assert header not in text, (path, header)


def _unused(_: Path) -> None: ...
