"""Prompt templates: discovery (a user dir shadows the built-ins), front matter, rendering.

A task template (``add_value.j2``, ``excited.j2``, ``cover_letter.j2``) opens with a Jinja
comment holding YAML front matter: the section it fills and its aliases, sampling parameters
and its budget. Its body renders the *user* message; ``system.j2`` renders the *system*
message, shared by every task so that the start of every request is an identical prefix.
Posting and profile text only ever reach a template as variables, never as template source.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import yaml
from jinja2.sandbox import ImmutableSandboxedEnvironment

from drafter.errors import ConfigError

BUILTIN_DIR = Path(__file__).parent / "templates"
SYSTEM = "system"
_FRONT_MATTER = re.compile(r"\A\{#-?\s*\n?(.*?)-?#\}", re.DOTALL)
_BLOCK_TAGS = ("posting", "profile", "evidence", "research", "applicant")


@dataclass(frozen=True)
class TemplateMeta:
    name: str
    path: str
    section: str = ""
    aliases: tuple[str, ...] = ()
    description: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)
    budget: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Prompt:
    task: str
    messages: tuple[Mapping[str, str], ...]
    meta: TemplateMeta


def as_data(value: Any) -> str:
    """Untrusted text inside a data block: a closing tag of ours cannot end the block early."""
    text = str(value)
    for tag in _BLOCK_TAGS:
        text = re.sub(rf"</\s*{tag}\s*>", f"</ {tag}>", text, flags=re.IGNORECASE)
    return text


class Templates:
    """The template set: an optional user folder first, then the built-ins."""

    def __init__(self, user_dir: Path | None = None) -> None:
        if user_dir is not None and not user_dir.is_dir():
            raise ConfigError(f"prompts dir {user_dir}: no such directory")
        loaders: list[jinja2.BaseLoader] = []
        if user_dir is not None:
            loaders.append(jinja2.FileSystemLoader(user_dir))
        loaders.append(jinja2.FileSystemLoader(BUILTIN_DIR))
        self.user_dir = user_dir
        self.env = ImmutableSandboxedEnvironment(
            loader=jinja2.ChoiceLoader(loaders),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["data"] = as_data

    def names(self) -> list[str]:
        """Task templates (not the shared system/base parts, which start with '_' or 'system')."""
        found = {
            name.removesuffix(".j2")
            for name in self.env.list_templates(extensions=["j2"])
            if not name.startswith("_") and name != f"{SYSTEM}.j2"
        }
        return sorted(found)

    def meta(self, task: str) -> TemplateMeta:
        name = f"{task}.j2"
        try:
            source, filename, _ = self.env.loader.get_source(self.env, name)  # type: ignore[union-attr]
        except jinja2.TemplateNotFound as exc:
            known = ", ".join(self.names())
            raise ConfigError(f"no prompt template '{task}' (known: {known})") from exc
        match = _FRONT_MATTER.match(source)
        data: Any = {}
        if match:
            try:
                data = yaml.safe_load(match.group(1)) or {}
            except yaml.YAMLError as exc:
                raise ConfigError(f"template {filename}: bad front matter: {exc}") from exc
        if not isinstance(data, Mapping):
            raise ConfigError(f"template {filename}: front matter must be a mapping")
        return TemplateMeta(
            name=task,
            path=str(filename),
            section=str(data.get("section", "")),
            aliases=tuple(str(a) for a in data.get("aliases", ())),
            description=str(data.get("description", "")),
            params=dict(data.get("params", {})),
            budget={k: int(v) for k, v in dict(data.get("budget", {})).items()},
        )

    def targets(self) -> list[TemplateMeta]:
        """The templates that fill a page section, in name order."""
        return [m for m in (self.meta(n) for n in self.names()) if m.section]

    def render(self, task: str, context: Mapping[str, Any]) -> Prompt:
        meta = self.meta(task)
        values = {**context, "budget": meta.budget, "task": task}
        try:
            system = self.env.get_template(f"{SYSTEM}.j2").render(values)
            user = self.env.get_template(f"{task}.j2").render(values)
        except jinja2.UndefinedError as exc:
            raise ConfigError(f"template {meta.path}: {exc.message}") from exc
        except jinja2.TemplateError as exc:
            raise ConfigError(f"template {meta.path}: {exc}") from exc
        messages = (
            {"role": "system", "content": system.strip()},
            {"role": "user", "content": user.strip()},
        )
        return Prompt(task, messages, meta)


def load_tones(templates: Templates) -> dict[str, str]:
    """tones.yaml (the user's copy shadows the built-in one): tone name → instruction."""
    assert templates.env.loader is not None
    source, filename, _ = templates.env.loader.get_source(templates.env, "tones.yaml")
    data = yaml.safe_load(source)
    if not isinstance(data, Mapping):
        raise ConfigError(f"{filename}: expected a mapping of tone name to description")
    return {str(k): " ".join(str(v).split()) for k, v in data.items()}


def resolve_tone(tone: str, tones: Mapping[str, str]) -> tuple[str, str]:
    """A preset name → (name, its description); free text (with spaces) is its own description.

    A single word that is not a preset is taken for a typo, not a style.
    """
    key = tone.strip().lower()
    if key in tones:
        return key, tones[key]
    if re.fullmatch(r"[a-z][a-z_-]*", key):
        raise ConfigError(
            f"unknown tone '{tone}' (known: {', '.join(tones)}; "
            "or describe one in words, e.g. --tone 'calm and direct')"
        )
    if not key:
        raise ConfigError("empty tone")
    slug = re.sub(r"[^a-z0-9]+", "-", key).strip("-")[:24] or "custom"
    return slug, " ".join(tone.split())


def estimate_tokens(text: str) -> int:
    """A model-independent estimate (words and punctuation, ~1.3 tokens per word).

    Exact counts need the model's own tokenizer (tiktoken downloads its tables at run time,
    which drafter must not need offline); this is within ~15% for English prose.
    """
    return round(len(re.findall(r"\w+|[^\w\s]", text)) * 1.15)
