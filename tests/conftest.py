from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SAMPLE = FIXTURES / "pages" / "pinterest-data-scientist.md"
PROFILES = FIXTURES / "profiles"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own config and cache dir, and no key or server from the caller."""
    home = tmp_path_factory.mktemp("drafter-home")
    monkeypatch.setenv("DRAFTER_HOME", str(home))
    for var in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "DRAFTER_MODEL",
        "DRAFTER_PROFILE",
        "DRAFTER_PROMPTS",
        "DRAFTER_MODEL_PATH",
        "DRAFTER_TIMEOUT",
        "DRAFTER_ATTEMPTS",
        "DRAFTER_CONCURRENCY",
    ):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def sample_page(tmp_path: Path) -> Path:
    """A private copy of the Notion sample page."""
    target = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, target)
    return target
