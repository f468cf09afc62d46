"""Checks on a draft (a note section or a cover letter) before anyone sends it.

The grounding checks read the draft sentence by sentence and flag what the sources do not
support: numbers, employers, titles, schools, degrees, certifications, tools and scope verbs
("led" where the matching fact says "contributed"). What counts as a source depends on who a
clause is about: a claim about the applicant (first person, a bullet that opens with a past-tense
verb, "experience with ...") must come from the profile (or ``extra_sources``); a clause about
the company or the role ("your stack", "Pinterest's mission") may also quote the posting.
Beyond the named checks, every capitalised name or set of initials in a claim about the
applicant must be the profile's (``_check_named``): "my AWS Machine Learning Specialty
certification" or "a stint on Stripe's payouts team" is an error even when no table knows it.
Everything is regexes and small tables: ``check`` on a 300-word letter takes a few milliseconds.

The letter frame (greeting, sign-off, name and contact lines) is only checked for placeholders:
the phone digits and dates in it are not claims.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from drafter import lexicon as lx
from drafter.claims import (
    Num,
    about_company,
    applicants,
    clause_of,
    clause_start,
    clauses,
    disowned,
    durations,
    is_claim,
    is_past,
    looking_ahead,
    number_supported,
    numbers,
    owned,
    posting_ok,
    role_spans,
    stated_years,
)
from drafter.evidence import tokens, words
from drafter.profile import Fact, Profile

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


# -- the draft's sentences ------------------------------------------------------------------

_GREETING = re.compile(r"^(?:dear|hi|hello|hey|greetings|to whom)\b", re.I)
_SIGNOFF = re.compile(
    r"^(?:(?:yours )?sincerely|(?:best|kind|warm|warmest)(?: regards| wishes)?|regards|"
    r"thank you(?: for your (?:time|consideration))?|thanks|respectfully|cheers|warmly|"
    r"yours (?:truly|faithfully)|with gratitude|all the best)[,.!]?$",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+(?:\[[ xX]?\]\s+)?")
_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z0-9\"'(\[<{])")


@dataclass(frozen=True)
class _Draft:
    frame: list[str]  # greeting, sign-off, signature and contact lines
    sentences: list[str]  # the body, sentence by sentence
    body_words: int


def _split(text: str, profile: Profile) -> _Draft:
    frame: list[str] = []
    units: list[str] = []
    para: list[str] = []
    contact = [c.lower() for c in (profile.email, profile.phone, *profile.links) if c]
    signed = False

    def flush() -> None:
        if para:
            units.append(" ".join(para))
            para.clear()

    for raw in text.replace("\r\n", "\n").replace("’", "'").split("\n"):
        line = raw.strip()
        low = line.lower()
        is_contact = any(c in low for c in contact) or ("·" in line and len(line.split("·")) >= 2)
        if not line or line.startswith("#"):
            flush()
        elif (
            signed
            or _SIGNOFF.match(line)
            or is_contact
            or (profile.name and low == profile.name.lower())
            or (_GREETING.match(line) and len(line) < 90 and line.endswith((",", ":", "!")))
        ):
            flush()
            frame.append(line)
            signed = signed or bool(_SIGNOFF.match(line))
        elif _BULLET.match(raw):
            flush()
            para.append(_BULLET.sub("", raw).strip())
            flush()
        else:
            para.append(line)
    flush()
    sentences = [s.strip() for unit in units for s in _SPLIT.split(unit) if s.strip()]
    return _Draft(frame, sentences, sum(len(u.split()) for u in units))


# -- names: tools, employers, titles, schools, degrees, certifications ---------------------

_TOOL_RES = [
    (name, re.compile(rf"(?<![\w/+#.-])(?:{pat})(?![\w+#]|-\w)", flags))
    for table, flags in ((lx.TOOLS_ANY_CASE, re.I), (lx.TOOLS_CASED, 0))
    for name, pat in table.items()
]
_tools_names = frozenset(lx.TOOLS_ANY_CASE) | frozenset(lx.TOOLS_CASED)
_CAMEL = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]+\b|\b[A-Za-z0-9]+\.js\b")


def _tools(text: str) -> dict[str, str]:
    """Canonical tool name → the words as written."""
    found = {}
    for name, pattern in _TOOL_RES:
        m = pattern.search(text)
        if m:
            found[name] = m.group(0)
    return found


@lru_cache(maxsize=64)  # the same profile and posting are checked again on every retry
def _tool_set(text: str) -> frozenset[str]:
    names = set(_tools(text))
    return frozenset(names | {skill for name in names for skill in lx.IMPLIES.get(name, ())})


_CAP = r"[A-Z][\w&'.-]*"
_ORG = rf"({_CAP}(?:\s+(?:(?:of|and|&|de)\s+)?{_CAP}){{0,3}})"
_EMPLOYER = [
    re.compile(rf"\b(?:[Aa]t|[Jj]oined|[Ww]ork(?:ed|ing)? (?:for|with)|[Ii]ntern(?:ed)? (?:at|with)"
               rf"|[Cc]onsult(?:ed|ing) for|(?:time|tenure|years|stint|role|position) (?:at|with))"
               rf"\s+{_ORG}"),
    re.compile(rf"\b{_ORG},\s+where I\b"),
    re.compile(r"\b((?:[A-Z][\w&]*\s+){1,3}(?:Inc|Corp|Corporation|LLC|Ltd|GmbH))\b\.?"),
]  # fmt: skip
_NOT_ORGS = re.compile(rf"^(?:{lx.NOT_ORGS})$")
_TITLE_HEAD = rf"(?:{lx.TITLE_HEADS})"
_TITLE = re.compile(
    rf"\b(?:as (?:an? |the )?(?:(?:[\w-]+\s+)?[\w-]+'s )?|promoted to |"
    rf"(?:worked|served|hired|employed) as (?:an? |the )?|"
    rf"(?:role|title|position) (?:as|of) (?:an? |the )?|I(?: am|'m|'ve been| was) (?:an? |the )?|"
    rf"became (?:an? |the )?)((?:[\w/-]+\s+){{0,3}}{_TITLE_HEAD})\b"
    rf"|\b((?:Senior|Sr\.|Lead|Principal|Staff|Chief|Head|Junior|Associate|Director)\s+"
    rf"(?:[A-Z][\w/-]*\s+){{0,3}}{_TITLE_HEAD})\b",
    re.I,
)
_SCHOOL = re.compile(
    r"\b((?:[A-Z][\w.&'-]*\s+){1,4}(?:University|College|Institute|Polytechnic|Academy)"
    r"(?:\s+of\s+(?:[A-Z][\w&'-]*\s?){1,3})?|(?:University|College|Institute) of "
    r"(?:[A-Z][\w&'-]*\s?){1,4}|(?:[A-Z][\w.&'-]*\s+){1,3}School of (?:[A-Z][\w&'-]*\s?){1,3}"
    rf"|{lx.SCHOOL_NAMES})"
)
_DEGREE = re.compile(
    r"(?<![\w.])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in lx.DEGREES.items()) + r")(?![\w])"
    r"(?:\s+(?:degree\s+)?(?:in|of)\s+(?P<field>(?:[A-Za-z-]+)(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}))?"
)
_CERT = re.compile(
    r"\b((?:[A-Z][\w+-]*\s+){0,5}(?:Certified|Certification|Certificate)"
    r"(?:\s+(?:in\s+)?[A-Z][\w+-]*){0,5})"
    r"|\b(?:certified|certification|certificate) (?:in|as) (?:an? )?((?:[\w+-]+\s?){1,4})"
    r"|\bcertified ((?:[A-Z][\w+-]*\s?){1,5})"
    rf"|\b({lx.CERT_ACRONYMS})\b"
    r"|\b((?:[A-Z][A-Z0-9&+-]{1,7}\s+){1,3})(?=certification|certificate|certified\b)"
)  # the last: initials before a lowercase "certification" ("the IAAP WAS certification")


# -- scope verbs ------------------------------------------------------------------------------


def _agency_pattern() -> re.Pattern[str]:
    """Agency verbs, each in the places it claims: past forms anywhere, present forms after "I"
    ("I was leading"), "-ing" forms after "after", "while"... or at the start of a sentence."""
    past = "|".join(w for forms in lx.AGENCY.values() for w in forms[0].split())
    present = "|".join(w for forms in lx.AGENCY.values() for w in forms[1].split())
    ing = "|".join(w for forms in lx.AGENCY.values() for w in forms[2].split())
    return re.compile(
        rf"(?<![\w-])(?P<verb>{past}|{lx.AGENCY_PHRASES})(?![\w-])"
        rf"|\bI (?:\w+ly |also |now |still )?(?P<present>{present})\b"
        rf"|\bI(?: was| am|'m| have been|'ve been) (?:\w+ly |also |now |still )?(?P<prog>{ing})\b"
        rf"|(?:\b(?:after|while|before|since|by|from|when)\s+|^\W*)(?P<ing>{ing})\b",
        re.I,
    )


_AGENCY = _agency_pattern()
_AGENCY_FAMILY = {
    w.lower(): family for family, forms in lx.AGENCY.items() for w in " ".join(forms).split()
} | {"responsible for": "own", "in charge of": "own", "accountable for": "own"}
_MADE = frozenset({"build", "design", "maintain", "train"})
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+|also\s+)?$", re.I
)
_BROAD = re.compile(rf"\b(?:{lx.BROAD_SCOPE})\b", re.I)
_OBJECT_WORD = re.compile(r"[\w'’/+#.-]+")
_DETERMINERS = words("the a an my our their his her its this that these those some every each")
# Words of an object that name no particular thing: "the company's churn model".
_GENERIC = words(
    "company team teams business organisation organization org firm group work project projects "
    "new whole entire end own various several many most all much half some part parts each of"
)
_SHARE = words("most all much half some part parts each many several")
_ANY_MODEL = words("model models classifier classifiers network networks")
_PEOPLE = re.compile(
    rf"\b(?:({lx.PEOPLE_PAST})|\bI (?:currently |now |also )?({lx.PEOPLE_PRESENT})"
    rf"|\b(?:{lx.PEOPLE_ING_CUE})\s+({lx.PEOPLE_ING}))\s+"
    rf"((?:[\w'-]+\s+){{0,4}}?)(?:{lx.PEOPLE})\b",
    re.I,
)
_AGENT = {family: re.compile(rf"\b(?:{nouns})\b", re.I) for family, nouns in lx.AGENT_NOUNS.items()}
_ANON = re.compile(
    rf"\b(?:at|for|with|joined|in|from)\s+(?P<what>(?:an?|one of the|several|many)\s+"
    rf"(?:(?:very|really|most|highly)\s+)?(?P<praise>{lx.ANON_PRAISE})\s+"
    rf"(?P<trade>(?:[\w/&-]+\s+){{0,3}}?)(?P<noun>{lx.ANON_NOUN}))\b",
    re.I,
)
_WEAK = re.compile(rf"\b({lx.WEAK_VERBS})\b", re.I)
_CLICHES = re.compile(rf"\b(?:{lx.CLICHES})\b", re.I)
_PLACEHOLDERS = re.compile(lx.PLACEHOLDERS)


# -- the check --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sources:
    profile: str  # lower-cased text of every fact but motivations, with contexts
    posting: str  # lower-cased posting, company and role
    profile_numbers: list[Num]
    posting_numbers: list[Num]
    durations: set[float]
    spans: dict[str, set[float]]  # years at each employer, from its roles' dates
    stated: set[float]  # years of experience the summary states
    profile_tools: frozenset[str]
    profile_tokens: frozenset[str]
    posting_tools: frozenset[str]
    titles: list[frozenset[str]]
    education: str
    degrees: set[str]
    certs: str
    cert_initials: set[str]
    initials: set[str]  # of the profile's capitalised names: "CKAD", "CNCF"
    employers: set[str]
    facts: list[tuple[Fact, frozenset[str]]]  # every fact with its content tokens
    summary_tokens: frozenset[str]  # of the headline, the summary and the skills
    posting_tokens: frozenset[str]
    plain: frozenset[str]  # tokens that name nothing particular: generic words, the names


def _sources(profile: Profile, posting: str, extra: str, company: str, role: str) -> _Sources:
    facts = [f for f in profile.facts if f.kind != "motivation"]
    text = "\n".join(
        [profile.name, profile.headline, profile.location, *(f.quote() for f in facts), extra]
    )
    text = text.replace("’", "'")
    post = re.sub(r"\s+", " ", "\n".join([posting, company, role]).replace("’", "'"))
    title_src = [profile.headline, *profile.titles, *(f.text for f in profile.of_kind("summary"))]
    edu = " ".join(f.quote() for f in profile.of_kind("education")) + " " + extra
    certs = [f.text for f in profile.of_kind("certification", "award", "education")]
    degrees = {k for m in _DEGREE.finditer(edu) for k, v in m.groupdict().items() if v and k in
               lx.DEGREES}  # fmt: skip
    return _Sources(
        profile=text.lower(),
        posting=post.lower(),
        profile_numbers=numbers(text),
        posting_numbers=numbers(post),
        durations=durations(profile),
        spans=role_spans(profile),
        stated=stated_years(profile),
        profile_tools=_tool_set(text),
        profile_tokens=tokens(text),
        posting_tools=_tool_set(post),
        titles=[_title_words(t) for t in title_src if t],
        education=edu.lower(),
        degrees=degrees,
        certs=" ".join(certs).lower(),
        initials={"".join(w[0] for w in n.split()) for n in _NAME.findall(text) if " " in n},
        cert_initials={"".join(re.findall(r"\b[A-Z]", c.split(",")[0])) for c in certs},
        employers=profile.employers | {f.org for f in profile.facts if f.org},
        facts=[(f, tokens(f.quote())) for f in profile.facts],
        summary_tokens=tokens(
            " ".join([profile.headline, *(f.text for f in profile.of_kind(*_EVERYWHERE))])
        ),
        posting_tokens=tokens(post),
        plain=_PLAIN | tokens(" ".join([company, profile.name])),
    )


def _title_words(title: str) -> frozenset[str]:
    low = re.sub(r"\bsr\.?", "senior", title.lower())
    return frozenset(re.findall(r"[a-z]+", low)) - {"a", "an", "the", "of"}


def check(
    text: str,
    profile: Profile,
    posting: str,
    *,
    company: str = "",
    role: str = "",
    kind: str = "letter",
    max_words: int | None = None,
    extra_sources: str = "",
) -> list[Finding]:
    """Every finding in ``text``, in reading order (sentence findings, then whole-draft ones)."""
    src = _sources(profile, posting, extra_sources, company, role)
    draft = _split(text, profile)
    findings: list[Finding] = []
    for line in draft.frame:
        findings += _placeholders(line)
        if kind == "letter" and _GREETING.match(line):
            findings += _wrong_company(line, company, src)
    seen: list[str] = []
    employers = tuple(sorted(e for e in src.employers if e and e.lower() != company.lower()))
    contact = [c for c in (profile.phone, profile.email, *profile.links) if c]
    for sentence in draft.sentences:
        bare = sentence
        for c in contact:  # the applicant's own phone number is not a claim
            bare = bare.replace(c, " ")
        claim = is_claim(bare, kind, company, employers)
        findings += _placeholders(sentence)
        note = kind == "note"
        findings += _check_numbers(sentence, bare, claim, src, company, note)
        findings += _check_names(sentence, claim, src, company, role)
        findings += _check_tools(sentence, claim, src, company, note)
        if claim:
            findings += _check_scope(sentence, profile, src, company, note)
            findings += _check_anonymous(sentence, src, company, note)
            findings += _check_reach(sentence, findings, profile, src, company, note)
        if kind == "letter":
            findings += _wrong_role(sentence, role)
        findings += _wrong_company(sentence, company, src)
        if claim:
            findings += _check_named(sentence, findings, src, company, role, note)
            findings += _check_support(sentence, findings, src, company, note)
        findings += [
            Finding("cliche", "warning", sentence, m.group(0), "a stock phrase; say it plainly")
            for m in _CLICHES.finditer(sentence)
        ]
        findings += _repetition(sentence, seen)
        seen.append(sentence)
    if kind == "letter":
        findings += _missing(text, company, role)
    if max_words is not None and draft.body_words > max_words:
        findings.append(
            Finding("budget", "warning", "", f"{draft.body_words} words",
                    f"over the budget of {max_words} words by {draft.body_words - max_words}")
        )  # fmt: skip
    return _dedupe(findings)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per kind and words in a sentence; a wrong company is not also a tool or an
    employer."""
    out, keys = [], set()
    companies = {(f.sentence, f.words) for f in findings if f.kind == "company"}
    for f in findings:
        key = (f.kind, f.sentence, f.words.lower())
        if f.kind in ("tool", "claim") and (f.sentence, f.words) in companies:
            continue
        if key not in keys:
            keys.add(key)
            out.append(f)
    return out


def _error(kind: str, sentence: str, words: str, why: str) -> Finding:
    return Finding(kind, "error" if kind in ERROR_KINDS else "warning", sentence, words, why)


def _placeholders(sentence: str) -> list[Finding]:
    return [
        _error("placeholder", sentence, m.group(0), "a template placeholder left in the text")
        for m in _PLACEHOLDERS.finditer(sentence)
    ]


def _check_numbers(
    sentence: str, bare: str, claim: bool, src: _Sources, company: str, note: bool
) -> list[Finding]:
    out = []
    for num in numbers(re.sub(r"\[F\d+(?:,\s*F\d+)*\]", " ", bare)):
        at = max(bare.find(num.words), 0)
        quotable = posting_ok(bare, at, claim, company, note)
        known = src.profile_numbers + (src.posting_numbers if quotable else [])
        if number_supported(num, known, _durations_here(bare, at, src), src.stated):
            continue
        if _quoted_figure(bare, at, src, company) or _counts_a_list(bare, at, num):
            continue
        where = "the profile or the posting" if quotable else "the profile"
        out.append(_error("number", sentence, num.words, f"'{num.words}' is not in {where}"))
    return out


def _durations_here(sentence: str, at: int, src: _Sources) -> set[float]:
    """The durations a figure of years may be: the span of the employer its clause names ("four
    years at Northwind Health" must be Northwind's), else any the profile supports."""
    clause = clause_of(sentence, at).lower()
    named = [spans for org, spans in src.spans.items() if org.lower() in clause]
    return set().union(*named) if named else src.durations


def _quoted_figure(sentence: str, at: int, src: _Sources, company: str) -> bool:
    """A figure the posting states about the company, quoted with its noun in a clause about
    the company: "Wayfinder helps riders ... in 14 cities" when the posting says "14 cities"."""
    m = re.match(r"\S+(?:\s+(?:million|billion|thousand))?\s+[a-z][a-z-]+", sentence[at:])
    if not m or re.sub(r"\s+", " ", m.group(0).lower()) not in src.posting:
        return False
    clause = clause_of(sentence, at)
    return about_company(clause, company) or _impersonal(clause, src)


def _impersonal(clause: str, src: _Sources) -> bool:
    """A clause nobody is the subject of and that names nothing the applicant did or worked
    for ("a trip planner that 3 million riders in 14 cities rely on"): it may quote the posting."""
    said = re.findall(r"[\w']+", clause)
    return not (
        _FIRST_PERSON.search(clause)
        or any(is_past(w) for w in said)
        or any(e.lower() in clause.lower() for e in src.employers)
    )


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|we|our)\b", re.I)
_LIST_ITEM = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")


def _counts_a_list(sentence: str, at: int, num: Num) -> bool:
    """ "dbt, Airflow and Looker, all three named in the posting": a count of the list just
    written is not a claim of its own."""
    before = sentence[:at]
    m = re.search(r"\b(?:all|these|those|the|each of the|all of the)\s+$", before)
    if not m or num.value != num.raw or not 2 <= num.value <= 12:
        return False
    head = re.split(r"[:;.!?]", before[: m.start()].rstrip(" ,"))[-1]
    items = [i for i in _LIST_ITEM.split(head) if i.strip()]
    return len(items) == num.value


def _check_tools(
    sentence: str, claim: bool, src: _Sources, company: str, note: bool
) -> list[Finding]:
    out = []
    hits = [(name, m) for name, pattern in _TOOL_RES for m in pattern.finditer(sentence)]
    hits += [(m.group(0).lower(), m) for m in _CAMEL.finditer(sentence)]
    for name, m in sorted(hits, key=lambda hit: hit[1].start()):
        written, at = m.group(0), m.start()
        if name in src.profile_tools or name in lx.NOT_TOOLS or name == company.lower():
            continue
        if name not in _tools_names and name in src.profile:  # CamelCase word the profile has
            continue
        mine = owned(sentence, m.end())
        if not mine and disowned(sentence, at, m.end()):
            continue
        quoted = not mine and posting_ok(sentence, at, claim, company, note)
        if quoted and name not in _tools_names:
            continue  # an unknown CamelCase name ("VoiceOver") not claimed by the applicant
        if quoted and (name in src.posting_tools or name in src.posting):
            continue
        out.append(_error("tool", sentence, written, f"'{written}' is not in the profile"))
    return out


def _known(phrase: str, src: _Sources, company: str, quotable: bool) -> bool:
    low = phrase.lower()
    if low in src.profile or (company and (low in company.lower() or company.lower() in low)):
        return True
    if any(fuzz.token_set_ratio(low, e.lower()) >= 90 for e in src.employers):
        return True
    return quotable and low in src.posting


def _check_names(
    sentence: str, claim: bool, src: _Sources, company: str, role: str
) -> list[Finding]:
    if not claim:
        return []
    out = []
    schools = [m.group(1).strip() for m in _SCHOOL.finditer(sentence)]
    for school in schools:
        if school.lower() not in src.profile:
            out.append(_error("school", sentence, school, f"'{school}' is not in the profile"))
    for pattern in _EMPLOYER:
        for m in pattern.finditer(sentence):
            org = re.sub(r"(?:'s|\.)$", "", m.group(1).strip())
            if (
                _NOT_ORGS.match(org)
                or any(org in s or s in org for s in schools)
                or org.lower() in _tools_names
                or _known(org, src, company, about_company(sentence, company))
            ):
                continue
            out.append(_error("employer", sentence, org, f"'{org}' is not an employer in the "
                              "profile"))  # fmt: skip
    for m in _TITLE.finditer(sentence):
        title = (m.group(1) or m.group(2)).strip()
        named = _title_words(title)
        if re.search(r"\bto lead$", title, re.I):
            continue  # "I'm excited to lead design": a verb, not a title
        if "certified" in named or any(_same_title(named, t) for t in src.titles):
            continue
        if _target_role(named, role, sentence):
            continue
        if _CERT_CUE.search(clause_of(sentence, m.start())):  # "certified as a ... Specialist"
            out.append(_error("certification", sentence, title, f"'{title}' is not a "
                              "certification in the profile"))  # fmt: skip
            continue
        out.append(_error("title", sentence, title, f"'{title}' is not a title in the profile"))
    for m in _DEGREE.finditer(sentence):
        level = next(k for k, v in m.groupdict().items() if v and k in lx.DEGREES)
        generic = {"bs": "bachelor", "ba": "bachelor", "ms": "master", "ma": "master"}
        ok = (
            level in src.degrees
            or generic.get(level) in src.degrees
            or any(generic.get(d) == level for d in src.degrees)
        )
        if level == "other":  # MFA, BEng...: the same letters must be in the profile
            ok = re.sub(r"\W", "", m.group("other")).lower() in re.sub(r"[^\w ]", "", src.education)
        field = (m.group("field") or "").strip()
        field_words = frozenset(re.findall(r"[a-z]+", field.lower())) - {"and", "of", "the"}
        if ok and field_words and not all(w in src.education for w in field_words):
            ok = False
        if not ok:
            out.append(_error("degree", sentence, m.group(0), f"'{m.group(0)}' is not a degree "
                              "in the profile"))  # fmt: skip
    for m in _CERT.finditer(sentence):
        cert = next(g for g in m.groups() if g).strip()
        if re.match(r"(?:a\s+)?(?:nice[- ]to[- ]haves?|plus|bonus|must[- ]haves?)\b", cert, re.I):
            continue  # "a certification as a nice-to-have": the posting's wording
        cert_words = set(re.findall(r"[a-z0-9+]+", cert.lower())) - lx.CERT_FILLER
        if cert in src.cert_initials or (cert_words and all(w in src.certs for w in cert_words)):
            continue
        out.append(_error("certification", sentence, cert, f"'{cert}' is not a certification "
                          "in the profile"))  # fmt: skip
    return out


_CERT_CUE = re.compile(r"\bcertif\w*|\bcredential|\baccredit\w*", re.I)
# A run of capitalised words or initials: "AWS Machine Learning Specialty", "Stripe's".
_NAME = re.compile(
    r"(?<![\w'’/.@-])(?:[A-Z][\w&+'’.-]*[\w+]|[A-Z])"
    r"(?:\s+(?:(?:of|for|&|de)\s+)?(?:[A-Z][\w&+'’.-]*[\w+]|[A-Z]))*"
)
_NOT_NAMES = words(
    "I I'm I've I'd I'll Dear Hi Hello Thanks Thank Mr Ms Mrs Dr OK AM PM Mac iOS Android "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December English Europe"
)
_TITLE_END = re.compile(rf"\b(?:{lx.TITLE_HEADS})$", re.I)
_CERT_END = re.compile(
    r"\b(?:Certified|Certification|Certificate|Specialty|Specialist|Professional|Associate|"
    r"Practitioner|Expert|Foundations?)$"
)


def _check_named(
    sentence: str, found: list[Finding], src: _Sources, company: str, role: str, note: bool
) -> list[Finding]:
    """Every name the applicant claims must be the profile's: a run of capitalised words or
    initials in a claim about the applicant ("my AWS Machine Learning Specialty certification",
    "a stint on Stripe's payouts team", "as Brightcart's Analytics Lead") that the profile does
    not hold is an error, of the kind the words around it tell (certification, title, employer,
    company), else a plain "claim". Names the posting gives may be quoted where the clause is
    about the company or the role; a name the applicant disowns ("I have not used X") is fine.
    Tools, schools, degrees and the rest are left to their own checks (``found``)."""
    out: list[Finding] = []
    label = sentence.find(": ") if note else -1
    taken = [f.words.lower() for f in found if f.sentence == sentence and f.words]
    lead = len(sentence) - len(sentence.lstrip(" \"'(*-•"))
    for at, name in _names(sentence):
        if at < label + 2:
            continue  # a note's label names a topic of the posting
        parts = name.split()
        if at == lead or re.search(r"[.!?:;]\s+[\"'(]?$", sentence[:at]):
            at += len(parts[0]) + 1  # a capital that opens a sentence names nothing by itself
            parts = parts[1:]
        parts = [re.sub(r"['’]s$", "", p).rstrip(".") for p in parts]
        while parts and (parts[-1] in _NOT_NAMES or parts[-1].lower() in ("of", "and", "for")):
            parts.pop()
        while parts and (parts[0] in _NOT_NAMES or parts[0].lower() in ("of", "and", "for")):
            at += len(parts.pop(0)) + 1
        name = " ".join(parts)
        if len(name) < 2 or re.fullmatch(r"F\d+", name) or _grounded(name, src, company, role):
            continue
        low = name.lower()
        if any(low in t for t in taken):
            continue  # already a tool, school, degree, employer... finding
        if name in _tools(name).values() or _CAMEL.fullmatch(name) or _DEGREE.fullmatch(name):
            continue
        end = at + len(name)
        std = _STANDARD_BEFORE.search(sentence[:at]) if _LEVEL.fullmatch(name) else None
        if std and _grounded(std.group(1), src, company, role):
            continue  # "WCAG 2.2 AA": a level of a standard the profile holds
        if re.match(r"\s+(?:role|position|opening|vacancy|job)\b", sentence[end:]):
            continue  # the role applied for: _wrong_role's business
        quotable = posting_ok(sentence, at, True, company, note)
        if low in src.posting and (quotable or _impersonal(clause_of(sentence, at), src)):
            continue
        if low in src.posting and " " not in name and re.fullmatch(r"[A-Z][a-z]+s", name):
            continue  # a plural the posting uses for its people: "millions of Pinners"
        if disowned(sentence, at, end) and not owned(sentence, end):
            continue
        kind = _name_kind(sentence, at, end, name)
        if kind == "company" and low in src.posting:
            continue
        out.append(_error(kind, sentence, name, f"'{name}' is not in the profile"))
        taken.append(low)
    return out


# A standard's level or version written after it: "WCAG 2.2 AA", "ISO 27001 Annex A".
_LEVEL = re.compile(r"(?:Level\s+)?A{1,3}|v?\d+(?:\.\d+)*|Annex\s+[A-Z]")
_STANDARD_BEFORE = re.compile(r"\b([A-Z][A-Za-z0-9.-]*)(?:\s+v?\d+(?:\.\d+)*)?\s+$")


def _names(sentence: str) -> list[tuple[int, str]]:
    """Each capitalised run with where it starts; a possessive ends one name and may start the
    next: "Brightcart's Analytics Lead" is Brightcart and Analytics Lead."""
    out = []
    for m in _NAME.finditer(sentence):
        at = m.start()
        for piece in re.split(r"(?<=['’]s)\s+", m.group(0)):
            out.append((at, piece))
            at += len(piece) + 1
    return out


def _grounded(name: str, src: _Sources, company: str, role: str, whole: bool = True) -> bool:
    """Does the profile (or the company or role applied for) hold this name, near enough? Two
    names the profile holds, side by side, are held too ("CNCF Certified Kubernetes ...")."""
    parts = name.split()
    if whole and len(parts) > 1:
        for i in range(1, len(parts)):
            left, right = " ".join(parts[:i]), " ".join(parts[i:])
            if _grounded(left, src, company, role, False) and _grounded(
                right, src, company, role, False
            ):
                return True
    low = name.lower()
    if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", src.profile):
        return True
    if company and (low in company.lower() or company.lower() in low):
        return True
    if role and low in role.lower():
        return True
    if name in src.cert_initials or name in src.initials:
        return True
    if any(fuzz.ratio(low, e.lower()) >= 90 for e in src.employers):
        return True
    return len(low) >= 8 and fuzz.partial_ratio(low, src.profile) >= 92


def _name_kind(sentence: str, at: int, end: int, name: str) -> str:
    """What an unsupported name claims, from its own last word and the words around it."""
    before, after = sentence[max(0, at - 40) : at].lower(), sentence[end : end + 40].lower()
    clause = clause_of(sentence, at)
    if _CERT_END.search(name) or _CERT_CUE.search(clause):
        return "certification"
    if _TITLE_END.search(name):
        return "title"
    if looking_ahead(clause) and re.search(r"\b(?:at|to|for|join|joining)\s+$", before):
        return "company"
    if re.search(r"\b(?:at|joined|for|with|on|stint|time|years?)\s+(?:the\s+)?$", before) or (
        re.match(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:team|org|office|group)\b", after)
    ):
        return "employer"
    return "claim"


def _same_title(named: frozenset[str], held: frozenset[str]) -> bool:
    """A title the profile holds, shortened ("Analyst") or qualified ("volunteer Mentor").

    Words added in front must not change rank or job: "Lead Data Analyst" is not "Data Analyst".
    """
    if named <= held:
        return True
    return bool(held) and held <= named and not (named - held) & lx.RANK_WORDS


def _target_role(named: frozenset[str], role: str, sentence: str) -> bool:
    """The role applied for, named as a hope rather than a past job."""
    if not role or not named <= _title_words(role) | {"a", "an"}:
        return False
    return not re.search(r"\b(?:I was|I've been|I worked|worked as|served as|my role as)\b",
                         sentence, re.I)  # fmt: skip


# A past verb right after "I" or "having" is something done, even inside a hope: "excited to
# build on the accessibility standards I set for Loomly".
_DONE_BY_ME = re.compile(r"\b(?:I|having)\s+(?:\w+ly\s+|also\s+)?$")


def _check_scope(
    sentence: str, profile: Profile, src: _Sources, company: str, note: bool
) -> list[Finding]:
    """Agency the applicant claims over a thing ("owned the refunds service") against the fact
    that best supports the thing. Flags a thing no fact mentions (an invented project), a verb
    that claims more than the fact says ("maintained", "contributed to") and a reach no fact
    has ("across all of Loomly's apps")."""
    out = []
    facts = profile.of_kind("experience", "project", "volunteer", "summary", "award")
    label = sentence.find(": ") if note else -1
    for m in _AGENCY.finditer(sentence):
        group = next(g for g in ("verb", "present", "prog", "ing") if m.group(g))
        verb, at = m.group(group), m.start(group)
        participle = group == "verb" and " " not in verb  # not "I was responsible for"
        if at < label or (participle and _PASSIVE.search(sentence[:at])):
            continue  # a note's label ("Leading design: ...") or "models are built"
        quotable = posting_ok(sentence, at, True, company, note)
        if quotable and group == "verb" and re.search(r"\bwho\s+(?:\w+ly\s+)?$", sentence[:at]):
            # "As the person who ran X, I ...": the relative's subject is the applicant
            quotable = about_company(sentence[clause_start(sentence, at) : at], company)
        done = group == "verb" and _DONE_BY_ME.search(sentence[:at])  # "the standards I set"
        if quotable or (disowned(sentence, at, m.end(group)) and not done):
            continue  # the company's, or a hope: "excited to lead design for ..."
        family = _AGENCY_FAMILY.get(verb.lower(), "own")  # "sole owner of"
        if family == "train" and _PEOPLE.match(sentence, at):
            continue  # "trained four analysts": _check_people's business
        thing = _object(sentence, m.end(group))
        if re.match(r"(?:some|any|every)(?:thing|one)\b", thing, re.I):
            continue  # "creating something special" names nothing to check
        claim = f"{verb} {thing}".strip() if thing else verb
        named = _content_words(thing, profile, company)
        if family == "train" and not set(named) - _ANY_MODEL:
            continue  # "trained models in TensorFlow" names no model: the tool check's business
        want = frozenset().union(*(tokens(w) for w in named))
        clause = clause_of(sentence, at)
        if not want:  # no object of its own: fall back on the clause ("the audits I oversaw")
            want = tokens(clause.replace(verb, " ")) - tokens(verb)
        scored = sorted(((len(want & tokens(f.text)), f.id, f) for f in facts), reverse=True)
        best = scored[0][0] if scored else 0
        near = [f for n, _, f in scored if best >= 1 and n >= max(1, best * 0.6)]
        licensed = re.compile(rf"\b(?:{lx.LICENSE[family]})\b", re.I)
        unknown = [w for w in named if not tokens(w) & src.profile_tokens]
        # A project the profile lists is the applicant's own making: "built Trail finder".
        agent = _AGENT.get(family)
        support = [
            f
            for f in near
            if licensed.search(f.text)
            or (f.kind == "project" and family in _MADE)
            or (f.kind in ("summary", "headline") and agent and agent.search(f.text))
        ]
        if support and not unknown:
            broad = _BROAD.search(clause)
            if not broad or any(_BROAD.search(f.text) for f in support):
                continue
            why = f"{support[0].ref} ({support[0].text}) does not say '{broad.group(0)}'"
        elif unknown:
            why = f"no fact in the profile mentions '{' '.join(unknown)}'"
        elif near:
            weak = _WEAK.search(near[0].text) or re.match(r"\w+", near[0].text)
            said = f"says '{weak.group(0)}'" if weak else f"does not say '{verb}'"
            why = f"{near[0].ref} ({near[0].text}) {said}"
        else:
            why = f"no fact in the profile says the applicant {verb.lower()} this"
        out.append(_error("scope", sentence, claim, why))
    return out + _check_people(sentence, profile)


# Words a claim shares with any job and any applicant: they say nothing checkable, so they count
# neither for nor against a clause's grounding (drawn from the tuned sets' clean texts).
_PLAIN = tokens(
    "work team experience role skills data product products job career company companies "
    "opportunity opportunities people things thing time day week every lot kind part years "
    "believe think feel know love enjoy excited proud glad happy care want hope "
    "also really very just currently now today still always often already "
    "make made making get got take took bring brought give gave keep kept "
    "one two three first last next many much few several am was were is be been before after "
    "since hold held spent same kind sort way reason goal matter matters interest interests "
    "mine side own ve ll re comfortable provide insight insights scale "
    "posting listing sentence line writing answer answers mention mentions nice-to-have "
    "thank thanks consider considering application hard worker fast quick learner dedicated "
    "passionate motivated curious couldn myself having"
)
# Facts whose words support a claim wherever they come up: who the applicant is and what they know.
_EVERYWHERE = ("headline", "summary", "skill")
# A claim is unsupported when the best fact holds at most this share of its specific content
# words and lacks two of them or more (chosen on the tuned sets' clean texts: see the bench).
SUPPORT_MAX = 0.6
_SUPPORT_DEBUG: list[tuple[str, float, str]] = []


def _check_support(
    sentence: str, found: list[Finding], src: _Sources, company: str, note: bool
) -> list[Finding]:
    """Positive grounding: each clause in which the applicant says what they are, have or did
    must be mostly made of words one profile fact holds (with the headline and summary). The
    share of the clause's specific content words (``tokens`` less ``_PLAIN``) found in the best
    fact is its support; at or below ``SUPPORT_MAX``, with two such words or more missing, the
    clause is unsupported. A clause that speaks of the company may also draw on the posting; a
    clause that already holds an error of a named kind is left to that finding."""
    out: list[Finding] = []
    label = sentence.find(": ") if note else -1
    flagged = [(f.kind, f.words.lower()) for f in found if f.sentence == sentence and f.words]
    for at, clause in clauses(sentence):
        if at + len(clause) <= label + 1:
            continue  # a note's label names a topic of the posting
        if label > 0 and at < label + 2:
            clause = sentence[label + 2 : at + len(clause)]
        if not applicants(clause, True, company):
            continue
        want = _units(re.sub(r"\[F\d+(?:,\s*F\d+)*\]", " ", clause), src.plain)
        if len(want) < 2:
            continue
        pool = src.summary_tokens
        if re.search(rf"\b(?:{lx.COMPANY_CUES})\b", clause, re.I) or (
            company and company.lower() in clause.lower()
        ):
            pool = pool | src.posting_tokens
        best, fact = max(
            ((sum(1 for u in want if _holds(u, toks | pool)), f) for f, toks in src.facts),
            key=lambda p: p[0],
            default=(sum(1 for u in want if _holds(u, pool)), None),
        )
        support = best / len(want)
        words = clause.strip(" ,.;:-—–()\"'")
        _SUPPORT_DEBUG.append((words, support, " ".join("/".join(sorted(u)) for u in want)))
        if support > SUPPORT_MAX or len(want) - best < 2:
            continue
        kind = _support_kind(words)
        if any(w in words.lower() for k, w in flagged if k in ERROR_KINDS):
            continue  # already an error of a named kind (title, tool...): one finding says it
        quoted = f"the nearest fact is {fact.ref} ({fact.text})" if fact else "no fact matches"
        out.append(_error(kind, sentence, words,
                          f"the profile does not support this: {quoted}"))  # fmt: skip
    return out


def _holds(unit: frozenset[str], toks: frozenset[str]) -> bool:
    """Does ``toks`` hold the word: a stem of it, or one a letter or two longer or shorter that
    starts the same ("focus" and "focused", whose stems differ)?"""
    if unit & toks:
        return True
    return any(
        len(a) >= 4 and a[:4] == b[:4] and 0 < abs(len(a) - len(b)) <= 2
        and (a.startswith(b) or b.startswith(a))
        for a in unit
        for b in toks
    )


def _units(clause: str, plain: frozenset[str]) -> list[frozenset[str]]:
    """The clause's specific content, one unit per word (its stem with its synonyms, so
    "analytical" counts once), plus one per synonym a phrase adds ("A/B testing"). Figures and
    ``plain`` words are left out."""
    units: list[frozenset[str]] = []
    seen: set[str] = set()
    for word in re.findall(r"[\w/+#.'-]*\w", clause):
        word = lx.PARTICIPLES.get(word.lower(), word)  # "having written" claims "wrote"
        unit = frozenset(t for t in tokens(word) - plain if not t[0].isdigit())
        if unit and unit not in units:
            units.append(unit)
        seen |= tokens(word)
    units += [frozenset({t}) for t in tokens(clause) - plain - seen if not t[0].isdigit()]
    return units


def _support_kind(clause: str) -> str:
    """ "I am an AI assistant" claims a title; a clause of doing or knowing claims experience
    (scope); anything else is a plain claim."""
    if re.match(r"(?:\w+\s+){0,2}I(?: am|'m) (?:an? |the )", clause):
        return "title"
    if _AGENCY.search(clause) or re.search(
        r"\b(?:experience|expertise|projects?|work(?:ed|ing)?|helped|as the|review|chair)\b",
        clause,
        re.I,
    ):
        return "scope"
    return "claim"


def _check_reach(
    sentence: str, found: list[Finding], profile: Profile, src: _Sources, company: str, note: bool
) -> list[Finding]:
    """A reach the applicant claims ("single-handedly automated ...", "the guide I wrote was
    adopted across the company") whatever the verb: the facts nearest the clause must claim a
    reach too. A reach the posting asks for ("teach experimentation across the company") is the
    company's, also where the letter quotes it as work the applicant would enjoy."""
    facts = profile.of_kind("experience", "project", "volunteer", "summary", "award", "headline")
    scoped = [f.words for f in found if f.sentence == sentence and f.kind == "scope"]
    out = []
    for m in _BROAD.finditer(sentence):
        at = m.start()
        if posting_ok(sentence, at, True, company, note) or disowned(sentence, at, m.end()):
            continue
        whole = clause_of(sentence, at)
        clause = re.sub(r"^\W*[\w-]+ly\s+", "", whole)  # "single-handedly automated ..."
        if any(w in whole for w in scoped) or not applicants(clause, True, company):
            continue  # the clause's agency is already a scope finding, or not the applicant's
        lead = re.findall(r"[\w'-]+", sentence[: m.start()])[-2:]
        if m.group(0).lower() in src.posting and tokens(" ".join(lead)) <= src.posting_tokens:
            continue  # the posting's own words: "teaching experimentation practices across ..."
        want = tokens(clause_of(sentence, at))
        scored = [(len(want & tokens(f.text)), f) for f in facts]
        best = max((n for n, _ in scored), default=0)
        if any(n and n >= best * 0.6 and _BROAD.search(f.text) for n, f in scored):
            continue
        why = f"no fact in the profile claims a reach like '{m.group(0)}'"
        out.append(_error("scope", sentence, m.group(0), why))
    return out


def _check_anonymous(sentence: str, src: _Sources, company: str, note: bool) -> list[Finding]:
    """An employer named by reputation in the applicant's past ("several years of experience at
    a leading social media company", "worked at a Fortune 500 company") is invented experience
    unless one of the profile's employers fits: every word of its trade ("social media") and its
    praise beyond size ("Fortune 500") must be in the profile."""
    out = []
    for m in _ANON.finditer(sentence):
        at = m.start("what")
        if posting_ok(sentence, at, True, company, note) or disowned(sentence, at, m.end()):
            continue  # "I'd love to work at a leading marketplace like Fernway"
        said = tokens(m.group("trade"))
        if m.group("noun").lower() not in lx.ANON_GENERIC:
            said |= tokens(m.group("noun"))  # "a leading fintech" names its trade
        if re.search(r"\d|fortune|faang|big|four|tier", m.group("praise"), re.I):
            said |= tokens(m.group("praise"))
        if src.employers and said <= src.profile_tokens:
            continue  # "a fast-growing payments company" for a payments platform team
        why = "no employer in the profile is described so" if said else "no employer is named"
        why += "; name the profile's employer or drop it"
        out.append(_error("scope", sentence, m.group("what"), why))
    return out


def _object(sentence: str, end: int) -> str:
    """The noun phrase an agency verb acts on, as written: "designed [Paylane's payout
    scheduling service] in Go". Empty when a verb follows ("the audits I oversaw brought ...")
    or nothing does; a second verb joined on is skipped ("designed and analysed [A/B tests]")."""
    rest = sentence[end:]
    joined = re.match(r"\s+(?:and|or|&)\s+([\w-]+)", rest)
    if joined and is_past(joined.group(1)):
        rest = rest[joined.end() :]
    head = re.split(r"[,;:()—–!?\"]|\.(?:\s|$)", rest, maxsplit=1)[0]
    taken: list[str] = []
    for word in head.split():
        if taken and taken[-1].lower() in _SHARE and word.lower() == "of":
            taken.append(word)  # "reviewed [most of the team's Go code]"
            continue
        if word.lower() in lx.OBJECT_END or (not taken and is_past(word)):
            break
        taken.append(word)
    return " ".join(taken)


def _content_words(thing: str, profile: Profile, company: str) -> list[str]:
    """The words of a thing that name something: no articles, figures or organisations."""
    names = {w.lower() for org in (*profile.employers, company) for w in org.split()}
    out = []
    for word in re.findall(r"[\w/+#.-]+", thing):
        low = re.sub(r"'s$", "", word.lower().strip("."))
        if low in _DETERMINERS | _GENERIC or low in names or not re.search(r"[a-z]", low):
            continue
        if tokens(low):
            out.append(low)
    return out


def _check_people(sentence: str, profile: Profile) -> list[Finding]:
    """ "Mentored four analysts": some fact must say the applicant mentored, taught or hired
    people of that kind: children at a code club do not support "mentored junior engineers"."""
    out = []
    facts = profile.of_kind("experience", "project", "volunteer", "summary", "award", "role")
    for m in _PEOPLE.finditer(sentence):
        if set(m.group(4).lower().split()) & lx.NOT_PEOPLE_OBJECT:
            continue  # "trained a model for analysts"
        group = next(g for g in (1, 2, 3) if m.group(g))
        verb = m.group(group).lower()
        licensed = re.compile(rf"\b(?:{lx.LICENSE[lx.SCOPE_FAMILY[verb]]})\b", re.I)
        claimed = _people_kinds(m.group(0))
        if any(licensed.search(f.text) and _same_people(f, claimed, profile) for f in facts):
            continue
        claim = sentence[m.start(group) : m.end()]
        why = f"no fact in the profile says the applicant {verb} {' or '.join(sorted(claimed))}"
        out.append(_error("scope", sentence, claim, why))
    return out


_PEOPLE_NOUN = re.compile(rf"\b(?:{lx.PEOPLE})\b", re.I)


def _people_kinds(text: str) -> set[str]:
    """ "learners" (children, students) or "colleagues" (everyone else) named in ``text``."""
    nouns = {m.group(0).lower() for m in _PEOPLE_NOUN.finditer(text)}
    return {"learners" if n in lx.LEARNERS else "colleagues" for n in nouns}


def _same_people(fact: Fact, claimed: set[str], profile: Profile) -> bool:
    """Does ``fact`` speak of the kind of people claimed? A role's own facts say whom it served;
    a job's fact that names nobody ("taught four workshops") stands for colleagues."""
    texts = [fact.text]
    if fact.kind == "role" and fact.org:
        texts += [f.text for f in profile.facts if f.org == fact.org and f is not fact]
    seen = set().union(*(_people_kinds(t) for t in texts))
    if seen:
        return claimed <= seen
    volunteer = {f.org for f in profile.of_kind("volunteer") if f.org}
    work = fact.kind != "volunteer" and fact.org not in volunteer
    return work and claimed <= {"colleagues"}


_HOPED_FOR = re.compile(rf"\b(?:to|at|for|with|join|joining)\s+{_ORG}")


def _wrong_company(sentence: str, company: str, src: _Sources) -> list[Finding]:
    if not company:
        return []
    cues = [
        rf"\b(?:[Rr]ole|[Pp]osition|[Oo]pening|[Oo]pportunity|[Tt]eam) at {_ORG}",
        rf"\b[Jj]oin(?:ing)? (?:the team at )?{_ORG}",
        rf"\b{_ORG}'s (?:mission|team|product|platform|users|customers|culture|values)",
        rf"^(?:Dear|Hi|Hello)\b.*\bat {_ORG}",
    ]
    out = []
    for cue in cues:
        for m in re.finditer(cue, sentence):
            org = re.sub(r"(?:'s|\.)$", "", m.group(1).strip())
            if _NOT_ORGS.match(org) or fuzz.token_set_ratio(org.lower(), company.lower()) >= 85:
                continue
            if any(fuzz.token_set_ratio(org.lower(), e.lower()) >= 90 for e in src.employers):
                continue
            out.append(Finding("company", "error", sentence, org,
                               f"the letter is for {company}, not {org}"))  # fmt: skip
    for m in re.finditer(r"\b(?:[Yy]our|[Tt]he) (?:team|company) at \[([^\]\n]{2,60})\]", sentence):
        org = m.group(1).strip()  # a placeholder with a name in it: the draft's company slot
        if fuzz.token_set_ratio(org.lower(), company.lower()) < 85:
            out.append(Finding("company", "error", sentence, m.group(0),
                               f"the letter is for {company}, not {org}"))  # fmt: skip
    named = {f.words for f in out}
    for m in _HOPED_FOR.finditer(sentence):  # "bring my experience to GoCardless"
        org = re.sub(r"(?:'s|\.)$", "", m.group(1).strip())
        if org in named or not looking_ahead(clause_of(sentence, m.start())):
            continue
        if _NOT_ORGS.match(org) or _known(org, src, company, True) or org.lower() in _tools_names:
            continue
        if re.search(rf"\b{re.escape(org.lower())}\b", src.education):
            continue
        out.append(Finding("company", "error", sentence, org,
                           f"the letter is for {company}; {org} is not in the posting or the "
                           "profile"))  # fmt: skip
    return out


def _wrong_role(sentence: str, role: str) -> list[Finding]:
    if not role:
        return []
    pattern = (
        rf"\b(?:the|this|your) ((?:[\w/-]+\s+){{0,3}}?{_TITLE_HEAD})\s+"
        rf"(?:role|position|opening|job|vacancy)\b"
    )
    out = []
    for m in re.finditer(pattern, sentence, re.I):
        named = _title_words(m.group(1))
        if not named <= _title_words(role) and fuzz.token_set_ratio(m.group(1), role) < 85:
            out.append(Finding("role", "error", sentence, m.group(1),
                               f"the letter is for the {role} role"))  # fmt: skip
    return out


def _missing(text: str, company: str, role: str) -> list[Finding]:
    out = []
    low = text.lower().replace("’", "'")
    if company and company.lower() not in low:
        out.append(Finding("company", "warning", "", company, f"the letter never names {company}"))
    role_words = tokens(role)
    if role and role_words and len(role_words & tokens(text)) < 0.75 * len(role_words):
        out.append(Finding("role", "warning", "", role, f"the letter never names the {role} role"))
    return out


def _repetition(sentence: str, seen: list[str]) -> list[Finding]:
    key = re.sub(r"\W+", " ", sentence.lower()).strip()
    if len(key) < 20:
        return []
    for earlier in seen:
        if fuzz.ratio(key, re.sub(r"\W+", " ", earlier.lower()).strip()) >= 90:
            return [Finding("repetition", "warning", sentence, sentence[:60],
                            "repeats an earlier sentence")]  # fmt: skip
    return []


# -- output -----------------------------------------------------------------------------------


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]


def format_findings(findings: list[Finding]) -> str:
    if not findings:
        return "No findings."
    blocks = []
    for f in findings:
        lines = [f"{f.severity} [{f.kind}] {f.words!r}: {f.why}"]
        if f.sentence:
            lines.append(f"    in: {f.sentence}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def feedback(findings: list[Finding]) -> str:
    """One line per problem, phrased as an instruction for the model's next attempt."""
    lines = []
    for f in findings:
        if f.kind in ERROR_KINDS - {"placeholder", "scope"}:
            line = f"Remove '{f.words}': {f.why}; use only facts from the profile."
        elif f.kind == "scope":
            line = f"Replace '{f.words}' with what the profile says: {f.why}."
        elif f.kind == "placeholder":
            line = f"Replace the placeholder '{f.words}' with real text or drop it."
        elif f.kind == "budget":
            line = f"Shorten the text: {f.why}."
        elif f.kind == "repetition":
            line = f"Do not repeat: '{f.sentence}'."
        elif f.kind == "cliche":
            line = f"Drop the stock phrase '{f.words}'."
        else:
            line = f"Fix: {f.why}."
        if line not in lines:
            lines.append(line)
    return "\n".join(f"- {line}" for line in lines)
