"""Benchmarks for the model-call layer (issue 3). Prints figures; asserts nothing.

    .venv/bin/python bench/model_calls.py

1. `drafter --help` wall time against `python -c "import openai"` in the same venv.
2. Embedded model: load time, prompt and generation tokens per second (llama.cpp's timings).
3. Latency of a cache hit through Client.complete.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

VENV_BIN = Path(sys.executable).parent


def wall(cmd: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def startup() -> None:
    help_s = wall([str(VENV_BIN / "drafter"), "--help"])
    openai_s = wall([sys.executable, "-c", "import openai"])
    bare_s = wall([sys.executable, "-c", "pass"])
    print(f"drafter --help          {help_s * 1000:7.0f} ms (median of 7)")
    print(f"python -c 'import openai' {openai_s * 1000:5.0f} ms")
    print(f"python -c 'pass'        {bare_s * 1000:7.0f} ms")
    print(f"ratio help/import-openai  {help_s / openai_s:.2f}  (goal < 0.6)")


def embedded() -> None:
    from drafter.local import LocalServer

    server = LocalServer()
    url = server.start()
    print(f"embedded model load     {server.load_seconds * 1000:7.0f} ms  ({server.endpoint})")
    posting = Path(__file__).parent.parent / "fixtures/pages/pinterest-data-scientist.md"
    prompt = posting.read_text(encoding="utf-8")[:3000] + "\n\nSummarise this job in one paragraph."
    body = {
        "model": "bench",
        "messages": [{"role": "user", "content": prompt}],
        "max_tokens": 128,
        "temperature": 0.0,
    }
    req = urllib.request.Request(
        url + "/chat/completions",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    for label in ("cold", "prefix-cached"):
        start = time.perf_counter()
        with urllib.request.urlopen(req, timeout=300) as response:
            data = json.load(response)
        t = data["timings"]
        print(
            f"{label:>13}: prompt {t['prompt_n']:4d} tok at {t['prompt_per_second']:7.0f} tok/s, "
            f"generated {t['predicted_n']:3d} tok at {t['predicted_per_second']:5.0f} tok/s, "
            f"wall {time.perf_counter() - start:5.2f} s (cache_n {t.get('cache_n', 0)})"
        )
    server.close()


def cache_hit() -> None:
    from drafter.llm import Cache, Client, Completion, Request

    class Never:
        endpoint = "bench"

        async def complete(self, request: Request, on_text: object = None) -> Completion:
            raise AssertionError("a cache hit must not call the backend")

        async def aclose(self) -> None:
            pass

    with tempfile.TemporaryDirectory() as tmp:
        cache = Cache(Path(tmp))
        request = Request(({"role": "user", "content": "x" * 4000},), "m")
        cache.put(request.key("bench"), request, "bench", Completion("y" * 2000, "stop", "m"))
        client = Client(Never(), cache)
        times = []
        for _ in range(200):
            start = time.perf_counter()
            client.complete(request)
            times.append(time.perf_counter() - start)
        print(
            f"cache hit               {statistics.median(times) * 1e6:7.0f} µs (median of 200, "
            "including asyncio.run)"
        )


if __name__ == "__main__":
    startup()
    embedded()
    cache_hit()
