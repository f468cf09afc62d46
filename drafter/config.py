"""Settings: flags > environment > config file > defaults, each value knowing where it came from.

The config file is TOML at ``<config dir>/config.toml`` (platformdirs), for example::

    model = "gpt-4o-mini"
    base_url = "http://localhost:11434/v1"
    profile = "~/resume.yaml"
    prompts = "~/drafter-prompts"

``DRAFTER_HOME`` moves both the config file and the cache under one folder (tests use it).
The API key is read from ``OPENAI_API_KEY`` only, never from the config file, and is shown
masked.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from drafter import local
from drafter.errors import ConfigError

OPENAI_URL = "https://api.openai.com/v1"
DEFAULT_REMOTE_MODEL = "gpt-4o-mini"
LOCAL_MODEL = "smollm2-135m-instruct"

# name -> (environment variable, config-file key, default)
_SETTINGS: dict[str, tuple[str | None, str | None, Any]] = {
    "api_key": ("OPENAI_API_KEY", None, None),
    "base_url": ("OPENAI_BASE_URL", "base_url", None),
    "model": ("DRAFTER_MODEL", "model", None),
    "model_path": ("DRAFTER_MODEL_PATH", "model_path", None),
    "profile": ("DRAFTER_PROFILE", "profile", None),
    "prompts": ("DRAFTER_PROMPTS", "prompts", None),
    "timeout": ("DRAFTER_TIMEOUT", "timeout", 120.0),
    "attempts": ("DRAFTER_ATTEMPTS", "attempts", 5),
    "concurrency": ("DRAFTER_CONCURRENCY", "concurrency", 0),  # 0: by backend, see below
}
_PATHS = {"model_path", "profile", "prompts"}


def home() -> Path | None:
    value = os.environ.get("DRAFTER_HOME")
    return Path(value).expanduser() if value else None


def config_file() -> Path:
    base = home()
    return (base if base else Path(platformdirs.user_config_dir("drafter"))) / "config.toml"


def cache_dir() -> Path:
    base = home()
    return (base / "cache") if base else Path(platformdirs.user_cache_dir("drafter"))


@dataclass(frozen=True)
class Setting:
    value: Any
    source: str  # "flag", "env OPENAI_BASE_URL", "config /path", "default"


@dataclass(frozen=True)
class Settings:
    values: dict[str, Setting]

    def __getitem__(self, name: str) -> Any:
        return self.values[name].value

    @property
    def backend(self) -> str:
        """'remote' with a base URL or an API key; otherwise the embedded 'local' model."""
        return "remote" if self["base_url"] or self["api_key"] else "local"

    @property
    def model(self) -> str:
        if self["model"]:
            return str(self["model"])
        if self.backend == "local":
            return LOCAL_MODEL
        return DEFAULT_REMOTE_MODEL

    @property
    def endpoint_label(self) -> str:
        """The endpoint as caches and drafts record it: a host, or the embedded model's file."""
        if self.backend == "local":
            return local.endpoint_label(self["model_path"])
        return urlsplit(self.endpoint).netloc or self.endpoint

    @property
    def concurrency(self) -> int:
        """Calls in flight at once. Remote servers take the three calls together; the embedded
        model on a laptop's few cores is faster one call at a time, because then llama.cpp
        reuses the shared prompt prefix instead of reading it three times in parallel."""
        if self["concurrency"]:
            return max(1, int(self["concurrency"]))
        return 1 if self.backend == "local" else 3

    @property
    def endpoint(self) -> str:
        """The remote URL (OpenAI's when only a key is set); '' for the embedded model."""
        if self.backend == "local":
            return ""
        return str(self["base_url"] or OPENAI_URL)

    def describe(self) -> list[tuple[str, str, str]]:
        """(name, shown value, source) rows for `drafter config`; the key is masked."""
        rows = []
        for name, setting in self.values.items():
            shown = mask(setting.value) if name == "api_key" else setting.value
            rows.append((name, "" if shown is None else str(shown), setting.source))
        rows.append(("backend", self.backend, "derived"))
        rows.append(("effective model", self.model, "derived"))
        rows.append(("effective concurrency", str(self.concurrency), "derived"))
        rows.append(("config file", str(config_file()), "DRAFTER_HOME" if home() else "default"))
        rows.append(("cache dir", str(cache_dir()), "DRAFTER_HOME" if home() else "default"))
        return rows


def mask(key: Any) -> str | None:
    if not key:
        return None
    key = str(key)
    return f"{key[:3]}…{key[-4:]} (set)" if len(key) > 12 else "*** (set)"


def _read_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path}: {exc}") from exc
    unknown = set(data) - {k for _, k, _ in _SETTINGS.values() if k}
    if "api_key" in data:
        raise ConfigError(f"config file {path}: keep the API key in OPENAI_API_KEY, not here")
    if unknown:
        raise ConfigError(f"config file {path}: unknown setting(s) {', '.join(sorted(unknown))}")
    return data


def _coerce(name: str, value: Any, source: str) -> Any:
    default = _SETTINGS[name][2]
    try:
        if isinstance(default, float):
            return float(value)
        if isinstance(default, int):
            return int(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{name} from {source}: expected a number, got {value!r}") from exc
    if name in _PATHS:
        return Path(str(value)).expanduser()
    return value


def load(**flags: Any) -> Settings:
    """Resolve every setting; ``flags`` are the CLI's values (None means not given)."""
    path = config_file()
    file_values = _read_file(path)
    values: dict[str, Setting] = {}
    for name, (env, key, default) in _SETTINGS.items():
        if flags.get(name) is not None:
            setting = Setting(_coerce(name, flags[name], "flag"), "flag")
        elif env and os.environ.get(env):
            setting = Setting(_coerce(name, os.environ[env], f"env {env}"), f"env {env}")
        elif key and key in file_values:
            setting = Setting(_coerce(name, file_values[key], f"{path}"), f"config {path}")
        else:
            setting = Setting(default, "default")
        values[name] = setting
    return Settings(values)
