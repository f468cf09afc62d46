"""Profiles: a resume in YAML (drafter's schema), JSON Resume, or Markdown/plain text.

Every format becomes one ``Profile`` whose ``facts`` are atomic, numbered claims (one highlight,
one sentence of a summary, one skill group, one degree...), each with where it came from, so
later steps can quote a fact and cite it as ``[F3]``.

drafter's YAML schema (every part optional except some content; see fixtures/profiles/)::

    name: Jordan Rivera
    headline: Data analyst moving into data science
    contact: {email: ..., phone: ..., location: ..., links: [https://...]}
    summary: One or more sentences.
    experience:
      - company: Acme Analytics
        title: Data Analyst
        start: 2019
        end: present
        highlights: [one claim per item]
    skills: {Languages: [Python, SQL]}        # or a flat list
    education: [{school: ..., degree: ..., field: ..., start: ..., year: ...}]  # start optional
    projects: [{name: ..., description: ..., highlights: [...], tools: [...]}]
    certifications: [AWS Certified Cloud Practitioner]
    awards: [...]
    motivations: [what the person wants a job to give them, for the "excited" notes]
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from drafter.errors import InputError
from drafter.files import read_text

OWN_KEYS = {
    "name",
    "contact",
    "headline",
    "summary",
    "experience",
    "skills",
    "education",
    "projects",
    "certifications",
    "awards",
    "motivations",
}


@dataclass(frozen=True)
class Fact:
    """One claim from the profile. ``context`` says where it stands (employer, role, dates)."""

    id: int
    kind: str
    text: str
    source: str
    context: str = ""
    org: str = ""
    role: str = ""

    @property
    def ref(self) -> str:
        return f"F{self.id}"

    def quote(self) -> str:
        return f"{self.context}: {self.text}" if self.context else self.text


@dataclass(frozen=True)
class Profile:
    name: str
    facts: tuple[Fact, ...]
    email: str = ""
    phone: str = ""
    location: str = ""
    links: tuple[str, ...] = ()
    headline: str = ""
    path: Path | None = None

    def of_kind(self, *kinds: str) -> list[Fact]:
        return [f for f in self.facts if f.kind in kinds]

    @property
    def employers(self) -> set[str]:
        return {f.org for f in self.facts if f.org and f.kind == "experience"}

    @property
    def titles(self) -> set[str]:
        return {f.role for f in self.facts if f.role}

    @property
    def contact_lines(self) -> list[str]:
        return [x for x in (self.email, self.phone, self.location, *self.links) if x]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path) if self.path else None
        return data


class _Facts:
    """Collects facts in order, numbering them from 1."""

    def __init__(self) -> None:
        self.items: list[Fact] = []

    def add(
        self, kind: str, text: Any, source: str, context: str = "", org: str = "", role: str = ""
    ) -> None:
        value = " ".join(str(text).split()) if text is not None else ""
        if value:
            self.items.append(Fact(len(self.items) + 1, kind, value, source, context, org, role))

    def amend_last(self, kind: str, text: str, role: str | None = None) -> None:
        """Rewrite the text of the last fact, if it is of ``kind`` (a job's dates, or its title,
        given on the line under its header), and its ``role`` when given."""
        if self.items and self.items[-1].kind == kind:
            last = self.items[-1]
            self.items[-1] = replace(
                last, text=" ".join(text.split()), role=last.role if role is None else role
            )

    def sentences(self, kind: str, text: Any, source: str, **kw: str) -> None:
        for n, sentence in enumerate(split_sentences(str(text or ""))):
            self.add(kind, sentence, f"{source}[{n}]", **kw)


def split_sentences(text: str) -> list[str]:
    text = " ".join(text.split())
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])", text)
    return [p for p in (part.strip() for part in parts) if p]


def _s(value: Any) -> str:
    return " ".join(str(value).split()) if value not in (None, "") else ""


def _dates(start: Any, end: Any) -> str:
    """'2019–2022'; a start with no end is a current role."""
    first, last = _s(start), _s(end)
    if first:
        return f"{first}–{last or 'present'}"
    return last


def _context(org: str, role: str, dates: str, place: str = "") -> str:
    """ "Teacher, Ashworth Primary, Wakefield (2016–present)": a job's line, where it was too."""
    head = ", ".join(x for x in (role, org, place) if x)
    return f"{head} ({dates})" if head and dates else head


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


# -- loading --------------------------------------------------------------------------------


def load(path: Path) -> Profile:
    text = read_text(path, "profile")
    suffix = path.suffix.lower()
    if suffix in {".json", ".yaml", ".yml"}:
        data = _load_structured(text, path, suffix)
        if not isinstance(data, Mapping):
            raise InputError(f"profile {path}: expected a mapping at the top, not a resume")
        keys = set(data)
        if "basics" in keys or ("work" in keys and not keys & {"experience", "contact"}):
            profile = from_json_resume(data, path)
        elif keys & OWN_KEYS:
            profile = from_mapping(data, path)
        else:
            raise InputError(
                f"profile {path}: not a resume (expected JSON Resume keys such as 'basics' and "
                "'work', or drafter's YAML keys such as 'name' and 'experience')"
            )
    else:
        profile = from_text(text, path)
    if not profile.facts:
        raise InputError(f"profile {path}: no usable content (no experience, skills or summary)")
    return profile


def _load_structured(text: str, path: Path, suffix: str) -> Any:
    try:
        return json.loads(text) if suffix == ".json" else yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"profile {path}: malformed JSON at line {exc.lineno}: {exc.msg}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "cannot parse"
        raise InputError(f"profile {path}: malformed YAML{where}: {problem}") from exc


def from_mapping(data: Mapping[str, Any], path: Path | None = None) -> Profile:
    """drafter's own YAML schema."""
    facts = _Facts()
    contact = data.get("contact") or {}
    if not isinstance(contact, Mapping):
        contact = {}
    facts.add("headline", data.get("headline"), "headline")
    facts.sentences("summary", data.get("summary"), "summary")
    for i, job in enumerate(_list(data.get("experience"))):
        if not isinstance(job, Mapping):
            facts.add("experience", job, f"experience[{i}]")
            continue
        org, role = _s(job.get("company") or job.get("organization")), _s(job.get("title"))
        dates = _dates(job.get("start"), job.get("end"))
        ctx = _context(org, role, dates, _s(job.get("location")))
        facts.add("role", ctx, f"experience[{i}]", org=org, role=role)
        facts.sentences(
            "experience",
            job.get("summary"),
            f"experience[{i}].summary",
            context=ctx,
            org=org,
            role=role,
        )
        for j, item in enumerate(_list(job.get("highlights"))):
            facts.add("experience", item, f"experience[{i}].highlights[{j}]", ctx, org, role)
    _skills(facts, data.get("skills"), "skills")
    for i, edu in enumerate(_list(data.get("education"))):
        if isinstance(edu, Mapping):
            degree = " in ".join(x for x in (_s(edu.get("degree")), _s(edu.get("field"))) if x)
            year = _s(edu.get("year") or edu.get("end"))
            when = _dates(edu.get("start"), year) if edu.get("start") else year  # "2015–2017"
            text = ", ".join(x for x in (degree, _s(edu.get("school")), when) if x)
            facts.add("education", text, f"education[{i}]", org=_s(edu.get("school")))
            for j, item in enumerate(_list(edu.get("highlights"))):
                facts.add(
                    "education", item, f"education[{i}].highlights[{j}]", _s(edu.get("school"))
                )
        else:
            facts.add("education", edu, f"education[{i}]")
    for i, project in enumerate(_list(data.get("projects"))):
        _project(facts, project, f"projects[{i}]")
    for key, kind in (
        ("certifications", "certification"),
        ("awards", "award"),
        ("motivations", "motivation"),
    ):
        for i, item in enumerate(_list(data.get(key))):
            facts.add(kind, item, f"{key}[{i}]")
    links = tuple(_s(x) for x in _list(contact.get("links")))
    return Profile(
        _s(data.get("name")),
        tuple(facts.items),
        _s(contact.get("email")),
        _s(contact.get("phone")),
        _s(contact.get("location")),
        links,
        _s(data.get("headline")),
        path,
    )


# A heading or skill group that lists credentials: "Licences and certifications", "Licenses".
_CREDENTIALS = re.compile(r"certif|licen[cs]", re.I)


def _skills(facts: _Facts, skills: Any, source: str) -> None:
    if isinstance(skills, Mapping):
        for group, items in skills.items():
            names = ", ".join(_s(x) for x in _list(items))
            kind = "certification" if _CREDENTIALS.search(str(group)) else "skill"
            facts.add(kind, f"{group}: {names}", f"{source}.{group}")
    else:
        names = ", ".join(_s(x) for x in _list(skills) if not isinstance(x, Mapping))
        facts.add("skill", f"Skills: {names}" if names else "", source)


def _project(facts: _Facts, project: Any, source: str) -> None:
    if not isinstance(project, Mapping):
        facts.add("project", project, source)
        return
    name = _s(project.get("name"))
    ctx = f"Project {name}" if name else "Project"
    facts.sentences("project", project.get("description"), f"{source}.description", context=ctx)
    for j, item in enumerate(_list(project.get("highlights"))):
        facts.add("project", item, f"{source}.highlights[{j}]", ctx)
    tools = ", ".join(_s(x) for x in _list(project.get("tools") or project.get("keywords")))
    facts.add("project", f"Tools used: {tools}" if tools else "", f"{source}.tools", ctx)


def from_json_resume(data: Mapping[str, Any], path: Path | None = None) -> Profile:
    """The jsonresume.org schema (v1): basics, work, volunteer, education, skills, ..."""
    facts = _Facts()
    basics = data.get("basics") or {}
    if not isinstance(basics, Mapping):
        raise InputError(f"profile {path}: 'basics' must be an object")
    facts.add("headline", basics.get("label"), "basics.label")
    facts.sentences("summary", basics.get("summary"), "basics.summary")
    for key in ("work", "volunteer"):
        for i, job in enumerate(_list(data.get(key))):
            if not isinstance(job, Mapping):
                continue
            org = _s(job.get("name") or job.get("company") or job.get("organization"))
            role = _s(job.get("position"))
            dates = _dates(job.get("startDate"), job.get("endDate"))
            ctx = _context(org, role, dates, _s(job.get("location")))
            kind = "experience" if key == "work" else "volunteer"
            facts.add("role", ctx, f"{key}[{i}]", org=org, role=role)
            facts.sentences(
                kind, job.get("summary"), f"{key}[{i}].summary", context=ctx, org=org, role=role
            )
            for j, item in enumerate(_list(job.get("highlights"))):
                facts.add(kind, item, f"{key}[{i}].highlights[{j}]", ctx, org, role)
    for i, edu in enumerate(_list(data.get("education"))):
        if not isinstance(edu, Mapping):
            continue
        degree = " in ".join(x for x in (_s(edu.get("studyType")), _s(edu.get("area"))) if x)
        school = _s(edu.get("institution"))
        year = _s(edu.get("endDate"))[:4]
        start = _s(edu.get("startDate"))[:4]
        when = _dates(start, year) if start else year  # "2015–2017", "2024–present"
        facts.add(
            "education",
            ", ".join(x for x in (degree, school, when) if x),
            f"education[{i}]",
            org=school,
        )
        courses = ", ".join(_s(c) for c in _list(edu.get("courses")))
        facts.add(
            "education", f"Courses: {courses}" if courses else "", f"education[{i}].courses", school
        )
    for i, skill in enumerate(_list(data.get("skills"))):
        if isinstance(skill, Mapping):
            words = ", ".join(_s(k) for k in _list(skill.get("keywords")))
            name = _s(skill.get("name"))
            if skill.get("level"):  # "Design tools (Beginner): Figma", as a language's fluency
                name = f"{name} ({_s(skill.get('level'))})"
            facts.add("skill", f"{name}: {words}" if words else name, f"skills[{i}]")
    for i, project in enumerate(_list(data.get("projects"))):
        _project(facts, project, f"projects[{i}]")
    for key, kind, fields in (
        ("awards", "award", ("title", "awarder", "date")),
        ("certificates", "certification", ("name", "issuer", "date")),
        ("publications", "publication", ("name", "publisher", "releaseDate")),
    ):
        for i, item in enumerate(_list(data.get(key))):
            if isinstance(item, Mapping):
                text = ", ".join(_s(item.get(f)) for f in fields if item.get(f))
                if item.get("summary"):  # what the award was for: "Q2 2024, nominated by ..."
                    text = f"{text} — {_s(item['summary'])}" if text else _s(item["summary"])
                facts.add(kind, text, f"{key}[{i}]")
    for i, lang in enumerate(_list(data.get("languages"))):
        if isinstance(lang, Mapping) and lang.get("language"):
            fluency = f" ({_s(lang.get('fluency'))})" if lang.get("fluency") else ""
            facts.add("language", f"Speaks {_s(lang['language'])}{fluency}", f"languages[{i}]")
    for i, interest in enumerate(_list(data.get("interests"))):
        if isinstance(interest, Mapping):
            words = ", ".join(_s(k) for k in _list(interest.get("keywords")))
            facts.add(
                "motivation",
                " — ".join(x for x in (_s(interest.get("name")), words) if x),
                f"interests[{i}]",
            )
    location = basics.get("location") or {}
    place = ", ".join(
        _s(location.get(k))
        for k in ("city", "region", "countryCode")
        if isinstance(location, Mapping) and location.get(k)
    )
    links = [_s(basics.get("url"))] + [
        _s(p.get("url")) for p in _list(basics.get("profiles")) if isinstance(p, Mapping)
    ]
    return Profile(
        _s(basics.get("name")),
        tuple(facts.items),
        _s(basics.get("email")),
        _s(basics.get("phone")),
        place,
        tuple(x for x in links if x),
        _s(basics.get("label")),
        path,
    )


# -- Markdown / plain text ------------------------------------------------------------------

_SECTION_KINDS = {
    "summary": "summary",
    "profile": "summary",
    "about": "summary",
    "objective": "summary",
    "about me": "summary",
    "experience": "experience",
    "work experience": "experience",
    "professional experience": "experience",
    "employment": "experience",
    "work": "experience",
    "work history": "experience",
    "skills": "skill",
    "technical skills": "skill",
    "education": "education",
    "projects": "project",
    "certifications": "certification",
    "certificates": "certification",
    "awards": "award",
    "publications": "publication",
    "volunteering": "volunteer",
    "volunteer": "volunteer",
    "languages": "language",
    "motivations": "motivation",
    "interests": "motivation",
    "what i want": "motivation",
}
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
_CAPS_HEADING = re.compile(r"^([A-Z][A-Za-z &/]{2,40}):?\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+(.*)$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\d[\d ().-]{7,}\d")
_URL = re.compile(r"https?://\S+|\b(?:www\.|linkedin\.com/|github\.com/)\S+")
_CONTACT = re.compile(rf"{_EMAIL.pattern}|{_PHONE.pattern}|{_URL.pattern}")
_CONTACT_SPLIT = re.compile(r"\s+[·|•]\s+|\s{2,}")
# A line of dates alone: "Jan 2022 – Present", "2019-2021" ...
# ... after where the job was, if given: "Columbus, OH · March 2017 – Present".
_DATES_ONLY = re.compile(
    r"(?:[A-Z][\w .,'-]{0,40}?\s*[·|]\s*)?"
    r"(?:(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d|[Pp]resent|[Nn]ow|[Cc]urrent)"
    r"\s*(?:[–—-]|to)\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d|[Pp]resent|[Nn]ow|[Cc]urrent)"
    r"|(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d(?:,\s*(?:19|20)\d\d)+"  # "Summers 2019, 2020, 2021"
)
_PLACE = re.compile(
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2},?\s+[A-Z]{2}"
)  # "Kentwood, MI", "Asheville NC"
# The last word of a job's title, to tell which side of a header names the job.
_JOB_WORD = re.compile(
    r"\b(?:Manager|Associate|Assistant|Technician|Supervisor|Clerk|Specialist|Coordinator|"
    r"Analyst|Engineer|Operator|Driver|Aide|Agent|Representative|Officer|Lead|Director|"
    r"Designer|Developer|Pressman|Cashier|Server|Cook|Nurse|Teacher|Intern|Consultant|"
    r"Inspector|Foreman|Dispatcher|Accountant|Editor|Planner|Administrator|Auditor|Barista|"
    r"Bookseller|Receptionist|Bartender|Host|Mechanic|Electrician|Installer|Attendant|Courier|"
    r"Tutor|Instructor|Trainer|Helper|Apprentice|Paralegal|Bookkeeper|Teller|Recruiter|"
    r"Counselor|Therapist|Phlebotomist|Volunteer|Writer|Producer|Librarian|Scheduler|Estimator|"
    r"Technologist|Hygienist|Caregiver|Chef|Baker|Adjuster|Underwriter|Processor|Navigator|"
    r"Judge|Stylist|Translator|Interpreter|Tech|Member)s?\b"
)
_JOB_SPLIT = re.compile(r"\s+(?:—|–|--?|\||at|@)\s+|,\s+")
# A later title on a job's line, after the dates of the one before: "), Shift Lead (2018–2019)"
_LATER_TITLE = re.compile(r"\),\s+(?:then\s+)?([A-Z][^(),:]*?)\s*\((?=[^)]*(?:19|20)\d\d)")
_YEARS = re.compile(r"\(?(?:[A-Z][a-z]{2,8}\.?\s+)?\b((?:19|20)\d\d)\b.*$")  # "(March 2021 - ...)"


def _section_kind(line: str) -> str | None:
    m = _MD_HEADING.match(line)
    name = m.group(1) if m else None
    if name is None:
        caps = _CAPS_HEADING.match(line.strip())
        if caps and (caps.group(1).isupper() or line.strip().endswith(":")):
            name = caps.group(1)
    if name is None:
        return None
    key = re.sub(r"[^a-z ]", "", name.lower()).strip()
    return _SECTION_KINDS.get(key) or ("certification" if _CREDENTIALS.search(key) else "other")


def from_text(text: str, path: Path | None = None) -> Profile:
    """A Markdown or plain-text resume: headings or capitalised lines split it into parts."""
    facts = _Facts()
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    name = ""
    email = phone = location = ""
    links: list[str] = []
    kind: str | None = None
    depth = 0  # how many #s the current section's heading has
    org = role = ctx = ""
    for n, raw in _unwrap(lines):
        line = raw.strip()
        if not line:
            continue
        section = _section_kind(raw)
        heading = _MD_HEADING.match(raw)
        level = len(line) - len(line.lstrip("#")) if heading else 0
        if heading and section == "other" and kind not in (None, "other") and level > depth > 0:
            line = raw = heading.group(1)  # "### Analyst, Acme — Atlanta, GA": a job, not a part
        elif section is not None and (kind is not None or name):
            kind, org, role, ctx, depth = section, "", "", "", level
            if heading and section == "other":  # its bullets are about what it names: "Clock
                ctx = _strip_md(heading.group(1))  # repair (hobby, since 2014)"
            continue
        if not name:
            m = _MD_HEADING.match(raw)
            name = (m.group(1) if m else line).strip()
            continue
        if kind is None:  # the header block: contact details and a tagline
            email = email or next(iter(_EMAIL.findall(line)), "")
            phone = phone or next(iter(_PHONE.findall(line)), "")
            links += _URL.findall(line)
            if not (_EMAIL.search(line) or _PHONE.search(line) or _URL.search(line)):
                if len(split_sentences(line)) > 1:  # a summary under the name, sentence by sentence
                    facts.sentences("summary", line, f"line {n + 1}")
                else:
                    facts.add("headline", line, f"line {n + 1}")
            elif not location:  # "ray@example.net · +1 555 0126 · Tucson, AZ": the rest is a place
                rest = (p.strip() for p in _CONTACT_SPLIT.split(line))
                location = next((p for p in rest if p and not _CONTACT.search(p)), "")
            continue
        bullet = _BULLET.match(raw)
        content = _strip_md(bullet.group(1) if bullet else line)
        dates = _DATES_ONLY.fullmatch(content) and not _JOB_WORD.search(content)
        if kind == "experience" and not bullet and ctx and dates:
            ctx = f"{ctx} ({content})"  # "*Jan 2022 – Present*" under its job's header line
            facts.amend_last("role", ctx)
        elif kind == "experience" and not bullet:
            header = _job_header(content)
            if org and not header[1] and _JOB_WORD.search(header[0]):
                # a title alone, under its employer's header line ("**Brightwater Packaging** —
                # Kentwood, MI", then "Press Assistant | Jan 2022 – Present"): the same employer
                title = header[0].strip("*_ ")
                if not role:
                    ctx = f"{ctx} · {content}"
                    facts.amend_last("role", ctx, title)
                else:  # a second title there: "*Production Associate* | June 2022 – March 2023"
                    ctx = f"{org} · {content}"
                    facts.add("role", ctx, f"line {n + 1}", org=org, role=title)
                role = title
            else:
                org, role, ctx = header
                facts.add("role", ctx, f"line {n + 1}", org=org, role=role)
        elif kind in {"summary", "motivation", "other"} and not bullet:
            facts.sentences(kind if kind != "other" else "summary", content, f"line {n + 1}")
        elif kind == "education":
            school = _job_header(content)[0] if not bullet else ""
            facts.add("education", content, f"line {n + 1}", ctx if bullet else "", org=school)
            ctx = ctx if bullet else content
        else:
            facts.add(
                kind if kind != "other" else "summary", content, f"line {n + 1}", ctx, org, role
            )
    return Profile(name, tuple(facts.items), email, phone, location, tuple(links), "", path)


def _unwrap(lines: list[str]) -> list[tuple[int, str]]:
    """Each line with its index, a wrapped paragraph's or bullet's lines joined to the line they
    go on: one that starts in lower case after a long line with no end ("... the children's and
    YA section of a small" / "independent shop.")."""
    out: list[tuple[int, str]] = []
    for n, line in enumerate(lines):
        prev = out[-1][1].rstrip() if out else ""
        text = line.strip()
        open_end = (
            len(prev.strip()) >= 60
            and not prev.endswith((".", ":", ";", "!", "?"))
            and not _MD_HEADING.match(prev)
            and bool(text)
            and not _BULLET.match(line)
            and not _MD_HEADING.match(line)
        )
        bullet = _BULLET.match(prev)
        indent = len(line) - len(line.lstrip())
        # a paragraph or a bullet goes on in lower case, and a bullet on a line indented as far
        # as its text ("  - Arizona Direct Care Worker training: ... Level 2 Aging and" /
        # "    Physical Disabilities (2022)")
        goes_on = open_end and (
            text[:1].islower() or (bullet is not None and indent >= bullet.start(1))
        )
        if goes_on:
            out[-1] = (out[-1][0], f"{prev} {text}")
        else:
            out.append((n, line))
    return out


def _strip_md(text: str) -> str:
    return re.sub(r"\*+|__|`", "", text).strip().strip("_").strip()  # and "*Shift Lead*, 2018"


def _job_header(line: str) -> tuple[str, str, str]:
    """'Data Analyst — Acme Corp (2019–2022)' → (org, role, context). Role comes first, unless
    the other side is where the job was ("Brightwater Packaging — Kentwood, MI": no title yet)
    or only the other side names a job ("Lakeshore Fulfillment, Grand Rapids MI — Warehouse
    Associate")."""
    body = _YEARS.sub("", line).strip(" ,(|—–-·")
    parts = [p.strip() for p in _JOB_SPLIT.split(body, maxsplit=1) if p.strip()]
    role, org = ([*parts, "", ""])[:2] if len(parts) > 1 else ("", body)
    dash = re.search(r"\s+(?:[—–|·]|--)\s+", body)  # "Brew Hill Coffee, Tacoma · Barista"
    colon = re.search(r":\s+", body)
    place = len(parts) > 1 and _PLACE.fullmatch(parts[1]) and not _JOB_WORD.search(parts[1])
    if place and not _JOB_WORD.search(parts[0]):
        role, org = "", parts[0]
    elif (
        dash and _JOB_WORD.search(body[dash.end() :]) and not _JOB_WORD.search(body[: dash.start()])
    ):
        org, role = body[: dash.start()], body[dash.end() :]
    elif org[:1].islower() and dash:  # "Banquet Server, then Banquet Captain — Scioto River Hotel"
        role, org = body[: dash.start()], body[dash.end() :]
    elif (
        colon
        and _JOB_WORD.search(body[colon.end() :])
        and not _JOB_WORD.search(body[: colon.start()])
    ):  # "Rocket Bakery, Spokane: Barista"
        org, role = body[: colon.start()], body[colon.end() :]
    # and the titles held there later, each with its dates: "Barista (2016–2018), Shift Lead
    # (2018–2019)"
    later = _LATER_TITLE.findall(line) if role else []
    role = ", ".join([role, *later])
    # the place after the employer is no part of its name: "Acme Health — Atlanta, GA",
    # "Harcourt & Lyle, Cardiff"
    org = re.split(
        r"\s+(?:[—–|·]|--)\s+|,\s+(?=[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:,\s+[A-Z]{2})?$)", org
    )[0]
    return org, role, line
