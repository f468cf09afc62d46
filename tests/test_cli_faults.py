"""Fault paths through the whole CLI, against servers on 127.0.0.1 only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from tests.conftest import PROFILES
from tests.fakes import loopback_server

PROFILE = str(PROFILES / "jordan-rivera.yaml")
KEY = "sk-" + "cli-fault-key-" * 2


@pytest.fixture
def rejecting_server() -> Iterator[str]:
    error = {
        "message": f"Incorrect API key provided: {KEY}",
        "type": "invalid_request_error",
        "code": "invalid_api_key",
    }
    with loopback_server(lambda _: (401, {"error": error})) as url:
        yield url


def untouched(page: Path, before: bytes) -> bool:
    return page.read_bytes() == before and not page.with_name(page.name + ".drafts").exists()


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_rejected_key_is_one_line_exit_3_and_nothing_written(
    rejecting_server: str, sample_page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    before = sample_page.read_bytes()
    result = CliRunner().invoke(
        app, ["run", str(sample_page), "-p", PROFILE, "--base-url", rejecting_server]
    )
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "rejected the API key (401)" in result.stderr and "OPENAI_API_KEY" in result.stderr
    assert KEY not in result.stderr
    assert untouched(sample_page, before)


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_an_unreachable_server_is_one_line_naming_the_url(
    sample_page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DRAFTER_ATTEMPTS", "1")
    before = sample_page.read_bytes()
    url = "http://127.0.0.1:9/v1"
    result = CliRunner().invoke(app, ["fill", str(sample_page), "-p", PROFILE, "--base-url", url])
    assert result.exit_code == 3 and result.stdout == ""
    assert (
        result.stderr
        == f"drafter: error: the model server at {url} cannot be reached after 1 attempt\n"
    )
    assert untouched(sample_page, before)
