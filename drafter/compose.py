"""Turn what a model wrote into what drafter writes: note bullets and a letter a person can send.

Small models leave greetings, placeholders, loops and cut-off sentences; everything here is a
deterministic repair. The letter's greeting and signature are never the model's: drafter
writes them from the page and the profile, so the company, the hiring manager, the applicant's
real name and contact are always right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter import lexicon
from drafter.profile import Profile, split_sentences

_BULLET = re.compile(r"^\s*(?:[-*+•‣◦]|\d+[.)]|\(\w\))\s+(.*\S)\s*$")
_HEADING = re.compile(r"^\s*#{1,6}\s")
# One definition of a placeholder for the repairs here and the review's findings.
_PLACEHOLDER = re.compile(lexicon.PLACEHOLDERS)
_GREETING = re.compile(rf"^\s*(?:{lexicon.GREETINGS})\b", re.IGNORECASE)
_SIGNOFF = re.compile(rf"^\s*(?:{lexicon.SIGNOFFS})\b[^.\n]{{0,20}}[,.!]?\s*$", re.IGNORECASE)
_PREAMBLE = re.compile(
    r"^\s*(here(?: is|['’]s| are)|sure[,!]|certainly[,!]|of course)\b", re.IGNORECASE
)
_MARKUP = re.compile(r"(?<!\w)#\w+|\*\*|__|(?<!\w)\*(?=\w)|(?<=\w)\*(?!\w)|</?[a-z]+>")
_CITATION = re.compile(r"\s*\[F\d+(?:\s*,\s*F\d+)*\]")
# How drafter opens a re-ask, and the model saying drafter's own instructions back to it.
REASK = "Rewrite your answer. Keep the same format and fix these problems:"
_ECHO = re.compile(r"^\s*(?:rewrite your answer|keep the same format|task:)", re.IGNORECASE)
# "1. " and "2. 3. " that number the sentences of a paragraph; the sentences stay.
_NUMBERING = re.compile(r"(^|[.!?:]\s+)(?:\d{1,2}[.)](?:\s+|$))+")
_HE_SHE = r"(?:He|She)\s+(?:is|was|has|had|brings|will|would|can|also|\w+ed|\w+s)\b"


@dataclass
class Composed:
    text: str
    repairs: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what only a re-ask can fix


def _fill_placeholders(text: str, names: dict[str, str], repairs: list[str]) -> str:
    def swap(match: re.Match[str]) -> str:
        key = re.sub(r"[^a-z]", "", match.group().lower())
        for wanted, value in names.items():
            if value and wanted in key:
                repairs.append(f"replaced {match.group()} with {value}")
                return value
        return match.group()

    return _PLACEHOLDER.sub(swap, text)


def _names(profile: Profile, company: str, role: str) -> dict[str, str]:
    # Order matters: "companyname" must hit company before "name" hits the applicant.
    return {
        "company": company,
        "organization": company,
        "employer": company,
        "role": role,
        "position": role,
        "jobtitle": role,
        "title": role,
        "yourname": profile.name,
        "name": profile.name,
        "applicant": profile.name,
    }


# A piece that says again a run this long of an earlier piece is a loop, however it goes on.
_LOOP_RUN = 10


class _Keeper:
    """Admits pieces of text in order: drops repeats (a looping model: the same piece, or one
    that says again ``_LOOP_RUN`` words in a row of an earlier one) and leftover placeholders,
    and stops at the word or item budget."""

    def __init__(self, repairs: list[str], max_words: int, max_items: int | None = None) -> None:
        self.repairs = repairs
        self.max_words = max_words
        self.max_items = max_items
        self.seen: set[str] = set()
        self.runs: set[tuple[str, ...]] = set()
        self.words = 0
        self.full = False

    def admit(self, piece: str, noun: str) -> bool:
        key = re.sub(r"\W+", " ", piece.lower()).strip()
        if not key or self.full:
            return False
        words = key.split()
        runs = {tuple(words[i : i + _LOOP_RUN]) for i in range(len(words) - _LOOP_RUN + 1)}
        if key in self.seen or runs & self.runs:
            self.repairs.append(f"dropped a repeated {noun}")
            return False
        if _PLACEHOLDER.search(piece):
            self.repairs.append(f"dropped a {noun} with a placeholder: {piece[:60]}")
            return False
        n = len(piece.split())
        over_items = self.max_items is not None and len(self.seen) >= self.max_items
        if over_items or (self.seen and self.words + n > self.max_words):
            self.repairs.append(f"cut to the budget ({self.max_words} words)")
            self.full = True
            return False
        self.seen.add(key)
        self.runs |= runs
        self.words += n
        return True


def notes(
    raw: str, profile: Profile, company: str, role: str, max_bullets: int, max_words: int
) -> Composed:
    """Model text → at most ``max_bullets`` "- " bullets, deduplicated, within ``max_words``."""
    out = Composed("")
    text = _fill_placeholders(raw, _names(profile, company, role), out.repairs)
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    lines = _without_echo(lines, out.repairs)
    items = [m.group(1) for line in lines if (m := _BULLET.match(line))]
    if not items:  # prose instead of bullets: one bullet per sentence
        prose = " ".join(
            line for line in lines if not _HEADING.match(line) and not _PREAMBLE.match(line)
        )
        items = split_sentences(prose)
        if items:
            out.repairs.append("turned prose into bullets")
    keep = _Keeper(out.repairs, max_words, max_bullets)
    bullets: list[str] = []
    for item in items:
        bullet = _CITATION.sub("", item).strip().strip("*_").strip()
        if bullet.count("**") % 2:  # emphasis opened and never closed
            bullet = bullet.replace("**", "")
        if _third_person(bullet, profile.name, note=True):
            out.repairs.append(f"dropped a bullet about {profile.name} in the third person")
        elif keep.admit(bullet, "bullet"):
            bullets.append(bullet)
        elif keep.full:
            break
    if not bullets:
        out.problems.append("no usable bullet points")
    out.text = "\n".join(f"- {b}" for b in bullets)
    return out


def letter_body(
    raw: str,
    profile: Profile,
    company: str,
    role: str,
    max_words: int,
    min_words: int,
    truncated: bool,
) -> Composed:
    """Model text → body paragraphs: no greeting or sign-off, no loops, within budget."""
    out = Composed("")
    text = _fill_placeholders(raw, _names(profile, company, role), out.repairs)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    kept: list[str] = []
    for n, para in enumerate(paragraphs):
        raw_lines = para.split("\n")
        lines = [_MARKUP.sub("", line) for line in raw_lines if not _HEADING.match(line)]
        if lines != raw_lines:
            out.repairs.append("removed headings, hashtags or Markdown emphasis")
        lines = _without_echo([line for line in lines if line.strip()], out.repairs)
        if n == 0 and lines and (_GREETING.match(lines[0]) or _PREAMBLE.match(lines[0])):
            lines = lines[1:]
            out.repairs.append("removed the model's greeting")
        if lines and _SIGNOFF.match(lines[0]):
            out.repairs.append("removed the model's sign-off")
            break  # everything after a sign-off is a name, a title or a placeholder signature
        para = _NUMBERING.sub(r"\1", " ".join(line.strip() for line in lines)).strip()
        if para:
            kept.append(para)
    keep = _Keeper(out.repairs, max_words)
    result: list[list[str]] = []
    for para in kept:
        sentences = [
            clean
            for sentence in split_sentences(para)
            if keep.admit(clean := _CITATION.sub("", sentence), "sentence")
        ]
        if sentences:
            result.append(sentences)
        if keep.full:
            break
    if truncated and result and not re.search(r"[.!?][\"')\]]?$", result[-1][-1]):
        result[-1].pop()  # the model ran out of tokens mid-sentence
        out.repairs.append("removed a sentence cut off mid-way")
        if not result[-1]:
            result.pop()
    out.text = "\n\n".join(" ".join(s) for s in result)
    total = len(out.text.split())
    if total < min_words:
        out.problems.append(f"the letter body has {total} words, fewer than {min_words}")
    if third := _third_person(out.text, profile.name):
        first = profile.name.split()[0]
        out.problems.append(
            f"the letter speaks of {first} in the third person ('{third}'); write as {first},"
            " with I and my"
        )
    return out


def _without_echo(lines: list[str], repairs: list[str]) -> list[str]:
    kept = [line for line in lines if not _ECHO.match(_BULLET.sub(r"\1", line))]
    if len(kept) < len(lines):
        repairs.append("removed drafter's instructions repeated back")
    return kept


def _third_person(text: str, name: str, note: bool = False) -> str:
    """The words where ``text`` speaks of the applicant as someone else, or "".

    In a letter: "Jordan Rivera is", a sentence opening "Jordan's team" or, in a text that never
    says "I", "She has". In a note bullet: the applicant's full name, or "She has" anywhere.
    """
    if not name:
        return ""
    full, first = re.escape(name), re.escape(name.split()[0])
    # The first name alone only as a sentence's subject: "in Jordan for a year" is a place.
    named = (
        rf"\b{full}\b" if note else rf"(?:\b{full}|(?:^|(?<=[.!?]\s)){first})(?:'s|’s)?\s+[a-z]\w*"
    )
    if found := re.search(named, text):
        return found.group()
    if not note and re.search(r"\b(?:I|my)\b", text):
        return ""
    found = re.search(rf"(?:^|(?<=[.!?]\s)){_HE_SHE}", text)
    return found.group() if found else ""


def greeting(company: str, hiring_manager: str) -> str:
    if hiring_manager:
        return f"Dear {hiring_manager},"
    return f"Dear {company} hiring team," if company else "Dear hiring team,"


def letter(body: str, profile: Profile, company: str, hiring_manager: str) -> str:
    contact = " · ".join(profile.contact_lines)
    signature = "\n".join(x for x in ("Sincerely,", profile.name, contact) if x)
    return f"{greeting(company, hiring_manager)}\n\n{body}\n\n{signature}\n"
