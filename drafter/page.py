"""The page model: a saved job posting or Notion export, parsed without losing a byte.

A ``Page`` keeps the exact text it was read from (minus a BOM, which it remembers) and indexes
it: the title, the ``Key: Value`` properties under it, the sections (ATX headings of any level,
each with the exact span of its body) and the job description (a "Job Description" toggle or
section, the text under a "---" that follows a tracker page's note headings, or the whole
page). ``render()`` gives back the identical bytes; ``fill()`` returns a new page in which only
one section's body changed.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import InputError
from drafter.files import atomic_write, decode, read_bytes

BOM = "\ufeff"
JOB_DESCRIPTION_NAMES = (
    "job description",
    "description",
    "about the role",
    "about this role",
    "the role",
    "role description",
    "job posting",
    "posting",
    "job details",
)

_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_TOGGLE = re.compile(r"^[-*+][ \t]+(.+?)[ \t]*$")
_BREAK = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")  # "---"
_PROPERTY = re.compile(r"^([^\s:#>*+\-|`][^:\n]{0,48}?):[ \t]*(.*?)[ \t]*$")
# A line that holds no content of its own: a bare list marker, an empty checkbox, a numbered
# marker, or a placeholder word a template leaves behind.
_PLACEHOLDER = re.compile(
    r"^(?:[-*+](?:[ \t]*\[[ \t]?\])?|\d+[.)]|\[[ \t]?\]|<!--.*-->|\.\.\.|…|todo|tbd|n/?a)?$",
    re.IGNORECASE,
)


def normalize(name: str) -> str:
    """A heading's lookup key: case, punctuation, emoji, level and extra spaces ignored."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"^#+\s*", "", text)
    text = "".join(ch if ch.isalnum() else " " for ch in text)
    return " ".join(text.split())


def is_blank_body(body: str) -> bool:
    """True when a body holds only whitespace, list markers, empty checkboxes or placeholders."""
    return all(_PLACEHOLDER.match(line.strip()) for line in body.splitlines())


@dataclass(frozen=True)
class Section:
    """One ATX heading and the exact span of its body in ``Page.text``."""

    title: str
    level: int
    body_start: int
    body_end: int

    @property
    def key(self) -> str:
        return normalize(self.title)


@dataclass(frozen=True)
class Page:
    text: str
    bom: bool = False
    path: Path | None = None
    title: str = ""
    properties: dict[str, str] = field(default_factory=dict)
    sections: tuple[Section, ...] = ()
    job_description_span: tuple[int, int] | None = None
    job_description_source: str = ""

    # -- reading -------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> Page:
        data = read_bytes(path, "page")
        page = cls.parse(decode(data, path, "page"), path=path)
        if not page.text.strip():
            raise InputError(f"page {path}: is empty")
        return page

    @classmethod
    def parse(cls, text: str, path: Path | None = None) -> Page:
        bom = text.startswith(BOM)
        if bom:
            text = text[1:]
        return _parse(text, bom, path)

    # -- views ---------------------------------------------------------------------------

    @property
    def newline(self) -> str:
        """The page's own line ending: CRLF if its first line ending is CRLF, else LF."""
        first = self.text.find("\n")
        return "\r\n" if first > 0 and self.text[first - 1] == "\r" else "\n"

    def body(self, section: Section) -> str:
        return self.text[section.body_start : section.body_end]

    def is_empty(self, section: Section) -> bool:
        return is_blank_body(self.body(section))

    def find(self, name: str, aliases: Iterable[str] = ()) -> Section | None:
        """The first section whose heading matches ``name`` or an alias, in any style."""
        keys = {normalize(name), *(normalize(alias) for alias in aliases)}
        return next((s for s in self.sections if s.key in keys), None)

    @property
    def job_description(self) -> str:
        """The posting's text, dedented; InputError if the page has none."""
        where = f"page {self.path}" if self.path else "page"
        if self.job_description_span is None:
            raise InputError(
                f"{where}: no job description (expected a '- Job Description' toggle, "
                "a 'Job Description' section, the posting under a '---' below the page's "
                "properties and note headings, or a plain posting)"
            )
        start, end = self.job_description_span
        text = textwrap.dedent(self.text[start:end].replace("\r\n", "\n")).strip()
        if not text:
            raise InputError(f"{where}: the job description is empty")
        return text

    def prop(self, *names: str) -> str:
        """The first non-empty property among ``names`` (matched like headings)."""
        keys = [normalize(n) for n in names]
        found = {normalize(k): v.strip() for k, v in self.properties.items() if v.strip()}
        return next((found[k] for k in keys if k in found), "")

    @property
    def company(self) -> str:
        """The company: a Company property, else the title ('Role at Company' gives Company)."""
        named = self.prop("Company", "Organization", "Employer")
        if named:
            return named
        return self._title_parts()[1]

    @property
    def role(self) -> str:
        named = self.prop("Job", "Role", "Position", "Job title", "Title")
        if named:
            return named
        return self._title_parts()[0]

    def _title_parts(self) -> tuple[str, str]:
        """'Data Scientist at Pinterest' → ('Data Scientist', 'Pinterest'); else ('', title)."""
        parts = re.split(r"\s+(?:at|@|-|–|—|\|)\s+", self.title, maxsplit=1)
        return (parts[0].strip(), parts[1].strip()) if len(parts) == 2 else ("", self.title)

    @property
    def hiring_manager(self) -> str:
        return self.prop("Hiring manager", "Hiring Manager Name", "Recruiter", "Contact")

    def _posting_text(self) -> tuple[str, str] | None:
        if self.job_description_span is None:
            return None
        start, end = self.job_description_span
        return self.job_description_source, self.text[start:end]

    # -- writing -------------------------------------------------------------------------

    def render(self) -> bytes:
        return ((BOM if self.bom else "") + self.text).encode("utf-8")

    def fill(self, section: Section, text: str) -> Page:
        """A new page where only ``section``'s body holds ``text``, in this page's style.

        Blank lines around the old content (the one after the heading, the one before the
        next heading) are kept; the text takes the page's line endings.
        """
        nl = self.newline
        body = self.body(section)
        lines = _LINE.findall(body)
        filled = [i for i, line in enumerate(lines) if line.strip()]
        if filled:
            lead = "".join(lines[: filled[0]])
            trail = "".join(lines[filled[-1] + 1 :])
            ends_line = lines[filled[-1]].endswith("\n")
        else:
            # Keep whole blank lines; a stray partial line of spaces goes with the placeholder.
            lead = "".join(line for line in lines if line.endswith("\n")) or nl
            trail, ends_line = "", True
            if section.body_end < len(self.text):
                trail = nl
        if section.body_start == len(self.text) and not self.text.endswith("\n"):
            lead = nl + lead
        given = text.replace("\r\n", "\n").split("\n")
        kept = [i for i, line in enumerate(given) if line.strip()]
        if not kept:
            raise ValueError("fill needs some text")
        content = nl.join(given[kept[0] : kept[-1] + 1])
        new_body = lead + content + (nl if ends_line else "") + trail
        new_text = self.text[: section.body_start] + new_body + self.text[section.body_end :]
        page = _parse(new_text, self.bom, self.path)
        if [s.title for s in page.sections] != [s.title for s in self.sections] or (
            page._posting_text() != self._posting_text()
        ):
            raise ValueError("the text would add a heading or a toggle to the page")
        return page

    def save(self, path: Path | None = None) -> None:
        target = path or self.path
        if target is None:
            raise ValueError("a page parsed from text needs a path to be saved")
        atomic_write(target, self.render())


def _parse(text: str, bom: bool, path: Path | None) -> Page:
    offsets: list[int] = []
    lines: list[str] = []
    pos = 0
    for m in _LINE.finditer(text):
        offsets.append(pos)
        lines.append(m.group().rstrip("\r\n"))
        pos = m.end()
    offsets.append(len(text))

    headings: list[tuple[int, int, str]] = []  # (line index, level, title)
    toggle: tuple[int, int, int] | None = None  # (toggle line, body first line, body end line)
    breaks: list[int] = []  # thematic breaks ("---") after a blank line: not setext underlines
    in_fence = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            heading = _HEADING.match(line)
            item = _TOGGLE.match(line)
            if heading:
                title = re.sub(r"[ \t]+#+$", "", heading.group(2) or "").strip()
                headings.append((i, len(heading.group(1)), title))
            elif _BREAK.match(line) and (i == 0 or not lines[i - 1].strip()):
                breaks.append(i)
            elif item and toggle is None and normalize(item.group(1)) in JOB_DESCRIPTION_NAMES:
                end = i + 1
                while end < len(lines) and (not lines[end].strip() or lines[end][:1] in " \t"):
                    end += 1
                toggle = (i, i + 1, end)
                i = end  # lines inside the toggle are the posting, never structure
                continue
        i += 1

    title = ""
    properties: dict[str, str] = {}
    if headings and not text[: offsets[headings[0][0]]].strip():
        title = headings[0][2]
        for line in lines[headings[0][0] + 1 :]:
            if not line.strip() and not properties:
                continue
            prop = _PROPERTY.match(line)
            if not prop or _HEADING.match(line):
                break
            properties[prop.group(1).strip()] = prop.group(2)

    # A tracker page: a title with its properties, the applicant's sections, a "---" and the
    # posting pasted under it. The first break after a section heading ends those sections and
    # opens the posting, whatever the sections hold (so filling them never moves the posting).
    divider = None
    if properties and not toggle:
        divider = next(
            (b for b in breaks if any(n > 0 and h[0] < b for n, h in enumerate(headings))
             and "".join(lines[b + 1 :]).strip()),
            None,
        )  # fmt: skip

    sections: list[Section] = []
    for n, (line_no, level, title_) in enumerate(headings):
        stops = [h[0] for h in headings[n + 1 : n + 2]]
        if toggle and toggle[0] > line_no:
            stops.append(toggle[0])
        if divider is not None and divider > line_no:
            stops.append(divider)
        stop = min(stops, default=len(lines))
        sections.append(Section(title_, level, offsets[line_no + 1], offsets[stop]))

    span: tuple[int, int] | None = None
    source = ""
    if toggle:
        span, source = (
            (offsets[toggle[1]], offsets[toggle[2]]),
            f"'{lines[toggle[0]].strip()}' toggle",
        )
    elif divider is not None:
        span, source = (offsets[divider + 1], len(text)), "text under the '---' divider"
    else:
        for n, (line_no, level, title_) in enumerate(headings):
            if normalize(title_) in JOB_DESCRIPTION_NAMES:
                stop = next((h[0] for h in headings[n + 1 :] if h[1] <= level), len(lines))
                span, source = (offsets[line_no + 1], offsets[stop]), f"'{title_}' section"
                break
        else:
            page = Page(text, bom, path, title, properties, tuple(sections))
            # a heading right above a deeper one ("# Assistant Store Manager" over "## Lantern
            # Hill Books") is a title, not an empty section waiting for notes
            leaves = [s for n, s in enumerate(sections) if n + 1 == len(headings)
                      or headings[n + 1][1] <= headings[n][1]]  # fmt: skip
            if not any(page.is_empty(s) for s in leaves):
                span, source = (0, len(text)), "whole page"
    return Page(text, bom, path, title, properties, tuple(sections), span, source)
