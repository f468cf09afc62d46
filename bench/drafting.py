"""Benchmarks for drafting (issue 4). Prints figures; asserts nothing.

    .venv/bin/python bench/drafting.py

1. `drafter run` on the sample page with the embedded model, from a cold cache: wall time,
   calls, prompt tokens per call and how many came from llama.cpp's prefix cache.
2. The same run again (everything from drafter's cache), and a tone change (`draft --tone`).
3. `drafter run` against a loopback server that takes 1 s per call: concurrent calls should
   take about 1 s in all, not 3.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.llm import Request  # noqa: E402
from tests.fakes import DEFAULTS, chat_completion, loopback_server, task_of  # noqa: E402

DRAFTER = str(Path(sys.executable).parent / "drafter")
PAGE = ROOT / "fixtures/pages/pinterest-data-scientist.md"
PROFILE = ROOT / "fixtures/profiles/jordan-rivera.yaml"


def drafter(args: list[str], home: Path) -> tuple[float, dict]:  # type: ignore[type-arg]
    env = {**os.environ, "DRAFTER_HOME": str(home)}
    env.pop("OPENAI_API_KEY", None)
    start = time.perf_counter()
    done = subprocess.run(
        [DRAFTER, *args, "--json"], env=env, capture_output=True, text=True, check=True
    )
    return time.perf_counter() - start, json.loads(done.stdout)


def per_call(result: dict) -> list[str]:  # type: ignore[type-arg]
    outcomes = [*result["notes"], *([result["letter"]] if result["letter"] else [])]
    rows = []
    for o in outcomes:
        for n, c in enumerate(o["completions"]):
            label = o["task"] + (" (re-ask)" if n else "")
            state = (
                "drafter cache"
                if c["cached"]
                else (
                    f"{c['prompt_tokens']:5d} prompt tok, {c['cached_tokens']:5d} prefix-cached, "
                    f"{c['completion_tokens']:4d} out, {c['seconds']:5.1f} s"
                )
            )
            rows.append(f"    {label:<22} {state}")
    return rows


def embedded(work: Path) -> None:
    page = work / PAGE.name
    shutil.copyfile(PAGE, page)
    home = work / "home"
    seconds, result = drafter(["run", str(page), "-p", str(PROFILE)], home)
    print(f"run, embedded model, cold   {seconds:6.1f} s, {result['calls']} calls")
    print("\n".join(per_call(result)))
    seconds, result = drafter(["run", str(page), "-p", str(PROFILE)], home)
    print(f"run again (unchanged)       {seconds:6.2f} s, {result['calls']} calls")
    seconds, result = drafter(["draft", str(page), "-p", str(PROFILE), "--tone", "concise"], home)
    print(f"tone change (draft concise) {seconds:6.1f} s, {result['calls']} calls")
    print("\n".join(per_call(result)))


def grounded_answer(body: dict) -> tuple[int, dict]:  # type: ignore[type-arg]
    """What the fake model says to each task: the fakes' grounded answers for the sample."""
    task = task_of(Request(tuple(body["messages"]), body["model"]))
    return 200, chat_completion(body["model"], DEFAULTS[task.removeprefix("reask:")])


def loopback(work: Path) -> None:
    page = work / "loopback.md"
    shutil.copyfile(PAGE, page)
    with loopback_server(grounded_answer, delay=1.0) as url:
        seconds, result = drafter(
            ["run", str(page), "-p", str(PROFILE), "--base-url", url, "--model", "slow"],
            work / "home-loopback",
        )
    print(
        f"run vs 1 s/call loopback    {seconds:6.2f} s for {result['calls']} calls "
        "(sequential would be ≥ 3 s)"
    )


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        embedded(Path(tmp))
        loopback(Path(tmp))
