from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter import config
from drafter.cli import app
from drafter.errors import ConfigError

runner = CliRunner()
KEY = "sk-" + "abcdefghij" * 3


def write_config(home: Path, text: str) -> None:
    (home / "config.toml").write_text(text, encoding="utf-8")


def test_flags_beat_environment_beat_file_beat_defaults(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(isolated_home, 'model = "from-file"\nbase_url = "http://file:1/v1"\ntimeout = 9\n')
    monkeypatch.setenv("DRAFTER_MODEL", "from-env")
    settings = config.load(model="from-flag")
    assert settings["model"] == "from-flag" and settings.values["model"].source == "flag"
    assert config.load()["model"] == "from-env"
    assert config.load().values["base_url"].source.startswith("config ")
    assert config.load()["timeout"] == 9.0
    assert config.load()["attempts"] == 5


def test_backend_choice() -> None:
    assert config.load().backend == "local"
    assert config.load().model == config.LOCAL_MODEL
    assert config.load(api_key=KEY).endpoint == config.OPENAI_URL
    assert config.load(base_url="http://localhost:11434/v1").backend == "remote"
    assert config.load().concurrency == 1  # the embedded model reuses its prefix one by one
    assert config.load(base_url="http://localhost:11434/v1").concurrency == 3
    assert config.load(concurrency=2).concurrency == 2


def test_key_in_config_file_is_refused(isolated_home: Path) -> None:
    write_config(isolated_home, f'api_key = "{KEY[:5]}"\n')
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        config.load()


def test_unknown_setting_and_bad_toml_are_errors(isolated_home: Path) -> None:
    write_config(isolated_home, "colour = 1\n")
    with pytest.raises(ConfigError, match="unknown setting"):
        config.load()
    write_config(isolated_home, "model = \n")
    with pytest.raises(ConfigError, match="config file"):
        config.load()


def test_config_command_masks_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    result = runner.invoke(app, ["config"])
    assert result.exit_code == 0
    assert KEY not in result.stdout and "(set)" in result.stdout
    assert "env OPENAI_API_KEY" in result.stdout and "backend" in result.stdout
    json_out = runner.invoke(app, ["config", "--json"]).stdout
    assert KEY not in json_out
