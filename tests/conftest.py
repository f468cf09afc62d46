from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter import profile

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SAMPLE = FIXTURES / "pages" / "pinterest-data-scientist.md"
PROFILES = FIXTURES / "profiles"


def write_profile(tmp_path: Path, name: str, text: str) -> profile.Profile:
    """A profile written to ``tmp_path / name`` (its suffix picks the format) and loaded."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return profile.load(path)


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


SCRUBBED_RESPONSE_HEADERS = {"set" + "-cookie", "openai-organization", "openai-project"}


def _scrub_response(response: dict) -> dict:  # type: ignore[type-arg]
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SCRUBBED_RESPONSE_HEADERS:
            del headers[name]
    return response


@pytest.fixture(scope="session")
def vcr_config() -> dict:  # type: ignore[type-arg]
    """The embedded server's port changes every run: match on method, path and body only."""
    return {
        "match_on": ["method", "path", "body"],
        "filter_headers": [
            "authorization",
            "api-key",
            "openai-organization",
            "openai-project",
            "cookie",
        ],
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(FIXTURES / "cassettes" / request.module.__name__.split(".")[-1])
