"""What a check reports: one ``Finding`` per problem, an error or a warning by its kind.

Its own module so that the check modules and ``review`` (which re-exports it) share it without
importing each other.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from drafter.evidence import words

ERROR_KINDS = words(
    "number employer title school degree certification tool scope placeholder claim"
)


@dataclass(frozen=True)
class Finding:
    kind: str
    severity: str  # "error" | "warning"
    sentence: str
    words: str
    why: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def error(kind: str, sentence: str, words: str, why: str) -> Finding:
    """A finding whose severity its kind decides: a grounding kind is an error."""
    return Finding(kind, "error" if kind in ERROR_KINDS else "warning", sentence, words, why)
