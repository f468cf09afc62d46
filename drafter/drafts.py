"""Versioned cover letters beside the page: ``PAGE.drafts/001-warm.md``, never overwritten.

Each version is Markdown with YAML front matter (tone, model, endpoint, prompt and inputs
hashes, created, usage, review findings). Notes that ``--force`` replaced are kept in
``PAGE.drafts/history/``.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from drafter.errors import InputError

_NAME = re.compile(r"^(\d{3,})-(.+)\.md$")


@dataclass(frozen=True)
class Version:
    number: int
    path: Path
    meta: dict[str, Any]
    body: str

    @property
    def words(self) -> int:
        return len(self.body.split())

    def summary(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "tone": self.meta.get("tone", ""),
            "model": self.meta.get("model", ""),
            "created": self.meta.get("created", ""),
            "words": self.words,
            "findings": len(self.meta.get("findings") or []),
            "path": str(self.path),
        }


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            try:
                meta = yaml.safe_load(text[4:end]) or {}
            except yaml.YAMLError as exc:
                raise InputError(f"draft {path}: bad front matter: {exc}") from exc
            return (meta if isinstance(meta, dict) else {}), text[end + 5 :].lstrip("\n")
    return {}, text


def _write_new(path: Path, data: bytes) -> bool:
    """Write ``path`` only if it does not exist yet (link is atomic and never replaces)."""
    fd, tmp = tempfile.mkstemp(prefix=".draft.", suffix=".tmp", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a draft is an ordinary file
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        return True
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


class DraftStore:
    def __init__(self, page: Path) -> None:
        self.page = page
        self.dir = page.with_name(page.name + ".drafts")

    def versions(self) -> list[Version]:
        if not self.dir.is_dir():
            return []
        found = []
        for path in self.dir.iterdir():
            match = _NAME.match(path.name)
            if match and path.is_file():
                meta, body = split_front_matter(path.read_text(encoding="utf-8"), path)
                found.append(Version(int(match.group(1)), path, meta, body))
        return sorted(found, key=lambda v: v.number)

    def get(self, number: int) -> Version:
        for version in self.versions():
            if version.number == number:
                return version
        known = ", ".join(str(v.number) for v in self.versions()) or "none yet"
        raise InputError(f"{self.dir}: no draft version {number} (versions: {known})")

    def find(self, prompt_hash: str, model: str, endpoint: str) -> Version | None:
        """The latest version made from exactly this prompt (same inputs, tone and template)
        by the same model at the same endpoint."""
        wanted = {"prompt_hash": prompt_hash, "model": model, "endpoint": endpoint}
        same = [v for v in self.versions() if all(v.meta.get(k) == w for k, w in wanted.items())]
        return same[-1] if same else None

    def add(self, text: str, meta: dict[str, Any], tone: str) -> Version:
        self.dir.mkdir(exist_ok=True)
        slug = re.sub(r"[^a-z0-9]+", "-", tone.lower()).strip("-")[:24] or "letter"
        front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100)
        data = f"---\n{front}---\n\n{text}".encode()
        number = max((v.number for v in self.versions()), default=0) + 1
        while True:
            path = self.dir / f"{number:03d}-{slug}.md"
            if _write_new(path, data):
                return Version(number, path, meta, text)
            number += 1  # another run took this number first

    def diff(self, a: int, b: int) -> str:
        first, second = self.get(a), self.get(b)
        lines = difflib.unified_diff(
            first.body.splitlines(keepends=True),
            second.body.splitlines(keepends=True),
            fromfile=first.path.name,
            tofile=second.path.name,
        )
        return "".join(lines)

    def keep_history(self, task: str, old_body: str) -> Path:
        """Save a note section's old text before --force replaces it."""
        folder = self.dir / "history"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        path = folder / f"{stamp}-{task}.md"
        while not _write_new(path, old_body.encode("utf-8")):
            path = path.with_name(f"{path.stem}-1.md")
        return path
