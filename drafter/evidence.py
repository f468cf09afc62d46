"""Requirements of a posting, each matched to the profile facts that support it.

``requirements()`` reads the list items under headings such as "What we're looking for" or
"Responsibilities" (Markdown, bold-line or "Requirements:" headings; ``-``/``*``/``+``/numbered
bullets) and falls back to sentences when the posting has no lists. ``build()`` scores every
(requirement, fact) pair with an IDF-weighted token overlap (IDF over the profile's facts, so
words every fact shares count for little) plus rapidfuzz for near-spellings, after a small
synonym table has expanded abbreviations ("k8s", "BSc", "A/B testing"). A requirement with no
fact above ``MIN_SCORE`` is a gap.
"""

from __future__ import annotations

import math
import re
import textwrap
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from drafter.profile import Fact, Profile, split_sentences

MIN_SCORE = 0.3


def words(text: str) -> frozenset[str]:
    """A word set written as one string, so long tables stay readable."""
    return frozenset(text.split())


_COUNTS = "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
_COUNTS += " sixteen seventeen eighteen nineteen twenty"

# Abbreviation or variant → words appended to the text, so both spellings meet on one token.
SYNONYMS: dict[str, str] = {
    r"k8s": "kubernetes",
    r"swe|se": "software engineer",
    r"sde": "software engineer",
    r"ml": "machine learning",
    r"dl": "deep learning",
    r"ai": "artificial intelligence",
    r"nlp": "natural language processing",
    r"stats|statistical|statistically": "statistics",
    r"b\.?sc?|b\.?a|b\.s\.|b\.a\.|bachelor'?s?|undergraduate": "bachelor degree",
    r"msc|m\.sc|m\.s\.?|m\.?a|master'?s?|mba": "master degree",
    r"ph\.?d\.?|doctorate|doctoral": "doctorate degree",
    r"a/b[ -]?(?:tests?|testing|experiments?)|ab tests?|split tests?|experiments?": (
        "experimentation"
    ),
    r"postgres": "postgresql",
    r"sklearn": "scikit-learn",
    r"golang": "go",
    r"js": "javascript",
    r"ts": "typescript",
    r"gcp": "google cloud",
    r"aws": "amazon web services cloud",
    r"azure": "cloud",
    r"ux": "user experience",
    r"ui": "user interface",
    r"ci/cd|cicd": "continuous integration",
    r"a11y|wcag|screen[- ]readers?": "accessibility",
    r"usability (?:studies|tests?|testing)": "user research",
    r"pytorch|tensorflow|keras": "deep learning machine learning",
    r"scikit-learn|xgboost|churn model|classifiers?": "machine learning",
    r"statsmodels|regression|econometrics|causal inference|time-series": "statistics",
    r"forecast(?:s|ing)?": "forecasting",
    r"analy[sz](?:e|ed|es|is|ing)|analytics|analytical": "analysis",
    r"statistics|mathematics|math|economics|physics|computer science|engineering": "quantitative",
    r"docker|kubernetes": "containers",
    r"mysql|postgresql|sqlite|databases?": "sql database",
    r"apis?|endpoints?|services?|backend": "backend api",
    r"mentor(?:ed|ing)?|coach(?:ed|ing)?|taught|teach(?:ing)?|workshops?": "mentoring",
    r"presented|presentations?|explain(?:ed)?|communicat\w*|taught|workshops?": "communication",
    r"guides?|best practices|playbooks?|standards|guidelines": "guidelines",
    r"cross-functional\w*|partner(?:ed|s)?|collaborat\w*|stakeholders?": "collaboration",
    r"wireframes?|mockups?|prototyp\w*": "prototyping",
    r"city|cities|municipal|municipalities": "municipal",
    r"helped|assisted|supported": "assisted",
    r"roll(?:ed|ing)? out|rollouts?": "rollout",
    r"(?:work)?sheets?|forms?|templates?": "form",
    r"wrote|written|drafted|drafting": "write",
    r"reps?": "representative",
    # irregular past forms hold their verb: "built them" for "Build style sheets"
    r"built": "build",
    r"ran": "run",
    r"taught": "teach train",  # "taught 4 new hires" for "Trained 4 new workers"
    r"mend(?:ed|ing|s)?|fix(?:ed|es|ing)?": "repair",  # "mended whatever came back torn"
    r"kept": "keep",
    r"sold": "sell",
    r"drove|driven": "drive",
    # a cadence said either way: "biweekly" for "every two weeks"
    r"bi-?weekly|fortnightly|every (?:two|other) weeks": "biweekly",
    r"bi-?monthly|every (?:two|other) months": "bimonthly",
    r"weekly|every week|once a week": "weekly",
    r"monthly|every month|once a month": "monthly",
    r"daily|every day|each day": "daily",
    # a count in words holds its figure: "fifteen of them" for "15 sessions"
    **{word: str(n) for n, word in enumerate(_COUNTS.split(), 2)},
    # a quarter by its number: "the second quarter" for "Q2"
    r"first quarter": "q1",
    r"second quarter": "q2",
    r"third quarter": "q3",
    r"fourth quarter": "q4",
    r"1st": "first",
    r"2nd": "second",
    r"3rd": "third",
}
_SYNONYMS = [
    (re.compile(rf"(?<![\w/])(?:{pat})(?![\w/])"), words) for pat, words in SYNONYMS.items()
]

# Words every posting and resume shares: they would match anything and mean little.
STOPWORDS = words(
    "a an and or the of to in on for with at by from as is are be been being it its this that "
    "these those we you your our us they them their i my me myself ourselves who whom which "
    "what when where how "
    "will would can could should may might must shall do does did has have had not no nor but "
    "if then than so such also into about over under across per via etc eg ie able ability "
    "abilities strong excellent proven solid good great deep demonstrated plus experience "
    "experienced skills skill work working works worked knowledge understanding related "
    "relevant including include includes other others new years year role team teams "
    "environment fast paced using use used help helps helping ensure well both all any more "
    "most some each own wide array within while where needed need needs way ways like "
    "preferred required requirement requirements bonus nice ideal ideally candidate looking "
    "familiarity familiar similar data through why"
) | words(_COUNTS)  # a count said in words is its figure's token: "four" is "4"

_REQ_HEADINGS = (
    "looking for", "look for", "requirement", "qualification", "you have", "you bring",
    "you'll bring", "about you", "who you are", "must have", "nice to have", "bonus",
    "preferred", "skills", "what you need", "we expect", "we'd love", "you might be",
    "to be successful", "ideal candidate", "experience",
)  # fmt: skip
_RESP_HEADINGS = (
    "what you'll do", "what you will do", "responsibilit", "the role", "your role",
    "your impact", "day to day", "day-to-day", "you will", "you'll", "what you'll work on",
    "in this role", "key duties", "duties", "the job", "what the job involves",
)  # fmt: skip
_SKIP_HEADINGS = (
    "benefit", "perk", "we offer", "about us", "about the company", "compensation", "salary",
    "equal opportunity", "why join", "life at", "our values", "how to apply", "pay range",
)  # fmt: skip

_MD_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*$")
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__):?$")
_COLON_LINE = re.compile(r"^([A-Z][^.!?:]{1,60}):\s*(.*)$")
_BULLET = re.compile(r"^(?:[-*+•]|\d{1,2}[.)])\s+(.+)$")


@dataclass(frozen=True)
class Requirement:
    text: str
    kind: str  # "requirement" | "responsibility" | "other"
    heading: str


@dataclass(frozen=True)
class Match:
    fact: Fact
    score: float  # in [0, 1]


@dataclass(frozen=True)
class Evidence:
    requirement: Requirement
    matches: tuple[Match, ...]

    @property
    def refs(self) -> list[str]:
        return [m.fact.ref for m in self.matches]


@dataclass(frozen=True)
class EvidenceMap:
    items: tuple[Evidence, ...]

    @property
    def gaps(self) -> list[Requirement]:
        return [e.requirement for e in self.items if not e.matches]

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": [
                {
                    "requirement": e.requirement.text,
                    "kind": e.requirement.kind,
                    "heading": e.requirement.heading,
                    "matches": [
                        {"ref": m.fact.ref, "score": round(m.score, 3), "fact": m.fact.quote()}
                        for m in e.matches
                    ],
                }
                for e in self.items
            ],
            "gaps": [r.text for r in self.gaps],
        }


# -- requirements ---------------------------------------------------------------------------


def _clean(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # [label](url) → label
    text = re.sub(r"\*\*|__|`|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)", "", text)
    return " ".join(text.replace("’", "'").split())


def _heading_kind(name: str) -> str | None:
    """'requirement' / 'responsibility' / 'skip' for a known heading, 'other' otherwise."""
    key = _clean(name).lower().rstrip(":")
    if any(w in key for w in _SKIP_HEADINGS):
        return "skip"
    if any(w in key for w in _RESP_HEADINGS):
        return "responsibility"
    if any(w in key for w in _REQ_HEADINGS):
        return "requirement"
    return "other"


def _heading(line: str) -> str | None:
    """The heading's name when ``line`` is a heading in any of the styles postings use."""
    for pattern in (_MD_HEADING, _BOLD_LINE):
        m = pattern.match(line)
        if m:
            return m.group(1).strip()
    m = _COLON_LINE.match(line)
    if m and not m.group(2) and len(m.group(1).split()) <= 8:
        return m.group(1)
    if (
        len(line) <= 40
        and not line.endswith((".", ","))
        and _heading_kind(line)
        not in (
            None,
            "other",
        )
    ):
        return line  # a bare "Requirements" line
    return None


def requirements(posting: str) -> list[Requirement]:
    """The posting's requirements and responsibilities, in order."""
    found: list[tuple[str, str, str]] = []  # (text, heading kind, heading)
    heading, kind = "", "other"
    for raw in textwrap.dedent(posting.replace("\r\n", "\n")).split("\n"):
        line = raw.strip()
        if not line:
            continue
        bullet = _BULLET.match(line)
        name = None if bullet else _heading(line)
        if name is not None:
            heading, kind = _clean(name).rstrip(":"), _heading_kind(name) or "other"
            continue
        inline = _COLON_LINE.match(line)
        if not bullet and inline and inline.group(2):
            head_kind = _heading_kind(inline.group(1))
            if head_kind in ("requirement", "responsibility"):  # "Requirements: Python; SQL"
                for part in re.split(r";\s*", inline.group(2)):
                    found.append((_clean(part), head_kind, inline.group(1)))
                continue
        if bullet:
            found.append((_clean(bullet.group(1)), kind, heading))
        elif raw[:1].isspace() and found and found[-1][2] == heading and kind != "skip":
            text, k, h = found.pop()  # a wrapped bullet's continuation line
            found.append((f"{text} {_clean(line)}", k, h))
    found = [f for f in found if f[0] and f[1] != "skip"]
    known = [f for f in found if f[1] in ("requirement", "responsibility")]
    if known:
        return [Requirement(t, k, h) for t, k, h in known]
    if found:
        return [Requirement(t, "other", h) for t, _, h in found]
    return _sentence_requirements(posting)


_CUES = re.compile(
    r"\b(?:experience|years|proficien\w*|knowledge|familiar\w*|degree|ability|skills?|"
    r"fluen\w*|expert\w*|you (?:will|have|bring)|you'll|responsible|must|should|"
    r"required|preferred)\b",
    re.IGNORECASE,
)


def _sentence_requirements(posting: str) -> list[Requirement]:
    """A posting with no lists: the sentences that ask for something."""
    out = []
    for sentence in split_sentences(_clean(posting)):
        if _CUES.search(sentence):
            kind = (
                "responsibility"
                if re.search(r"you(?:'ll| will)", sentence, re.I)
                else ("requirement")
            )
            out.append(Requirement(sentence, kind, ""))
    return out


# -- matching -------------------------------------------------------------------------------


_TOKEN = re.compile(r"[a-z0-9]+(?:[+#]+|(?:[.\-/&][a-z0-9]+)*)")


def _stem(word: str) -> str:
    word = word.replace("yz", "ys").replace("iz", "is")
    for suffix in ("ship", "ing", "ed", "es", "s", "er"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            if suffix in ("ing", "ed") and len(word) > 5 and word.endswith("ell"):
                word = word[:-1]  # "modelled", "labelling": one l, as in "model"
            if suffix in ("es", "s") and word.endswith("er") and len(word) >= 6:
                word = word[:-2]  # "funders" as "funder": both "fund"
            break
    return word[:7]


@lru_cache(maxsize=4096)
def tokens(text: str) -> frozenset[str]:
    """Content-word stems of ``text``, with synonym expansions added. A hyphenated word of
    content words gives them as well as itself: "desk-setup handouts" are on "desk setup"."""
    low = text.lower().replace("’", "'")
    extra = [words for pattern, words in _SYNONYMS if pattern.search(low)]
    words = _TOKEN.findall(" ".join([low, *extra]))
    words += [part for w in words if "-" in w for part in compound(w)]
    return frozenset(
        _stem(w) for w in words if (w not in STOPWORDS and len(w) > 1) or w == "r" or w.isdigit()
    )


def _content(part: str) -> bool:
    """Is a part of a hyphenated word a word of its own ("setup" of "desk-setup"; not "up" of
    "stack-up" or "help" of "self-help")?"""
    return len(part) >= 3 and part not in STOPWORDS


def compound(word: str) -> list[str]:
    """The parts of a hyphenated word made only of content words ("desk-setup": desk, setup;
    "Core-based": core, based), else none ("self-help", "stack-up", "e-commerce")."""
    parts = word.split("-")
    return parts if len(parts) > 1 and all(_content(p.lower()) for p in parts) else []


def _score(query: frozenset[str], doc: frozenset[str], idf: dict[str, float]) -> float:
    if not query or not doc:
        return 0.0
    default = max(idf.values(), default=1.0)
    total = got = 0.0
    for term in query:
        weight = idf.get(term, default)
        total += weight
        if term in doc:
            got += weight
        elif len(term) >= 5:
            best = max(
                (fuzz.ratio(term, d) for d in doc if abs(len(d) - len(term)) <= 2), default=0
            )
            if best >= 85:
                got += 0.7 * weight
    # Coverage of a long requirement by one fact is rarely high: the square root spreads the
    # useful range (one or two shared rare words) over [0, 1].
    return min(1.0, math.sqrt(got / total)) if total else 0.0


def build(posting: str, profile: Profile, top: int = 3) -> EvidenceMap:
    """Each requirement with its ``top`` best supporting facts; no facts means a gap."""
    facts = [f for f in profile.facts if f.kind not in ("motivation", "headline")]
    docs = [tokens(f.text) for f in facts]
    n = len(docs)
    df: dict[str, int] = {}
    for doc in docs:
        for term in doc:
            df[term] = df.get(term, 0) + 1
    idf = {t: math.log(1 + n / c) for t, c in df.items()}
    items = []
    for req in requirements(posting):
        query = tokens(req.text)
        scored = sorted(
            ((_score(query, doc, idf), i) for i, doc in enumerate(docs)),
            key=lambda pair: (-pair[0], pair[1]),
        )
        matches = tuple(Match(facts[i], s) for s, i in scored[:top] if s >= MIN_SCORE)
        items.append(Evidence(req, matches))
    return EvidenceMap(tuple(items))


def format_table(emap: EvidenceMap, width: int = 100) -> str:
    """Requirement → facts, one block each, then the gaps."""
    lines: list[str] = []
    for n, item in enumerate(emap.items, 1):
        req = item.requirement
        lines.append(textwrap.shorten(f"R{n} [{req.kind}] {req.text}", width, placeholder="…"))
        for m in item.matches:
            quote = textwrap.shorten(m.fact.quote(), width - 16, placeholder="…")
            lines.append(f"    {m.fact.ref:>4} {m.score:.2f}  {quote}")
        if not item.matches:
            lines.append("    (no evidence)")
    gaps = emap.gaps
    lines.append("")
    lines.append(f"Gaps ({len(gaps)} of {len(emap.items)} with no evidence in the profile):")
    lines += ["  - " + textwrap.shorten(g.text, width - 4, placeholder="…") for g in gaps] or [
        "  none"
    ]
    return "\n".join(lines)


_JOINING = STOPWORDS | {"since", "until", "after", "before", "during", "around", "among"}


def spells(initials: str, text: str) -> bool:
    """Does ``text`` spell ``initials`` out, word by word ("SOPs" in "standard operating
    procedures", "O&P" in "orthotic and prosthetic")? Three letters or more: two would be
    spelled by chance ("and in"), unless a plural spells a plural ("NPs" in "nurse
    practitioners") or an ampersand joins them."""
    pair = re.fullmatch(r"([A-Z])&([A-Z])", initials)
    if pair:  # "O&P" in "orthotic and prosthetic"
        a, b = pair.group(1).lower(), pair.group(2).lower()
        return re.search(rf"\b{a}[a-z]+s?\s*(?:and|&)\s*{b}[a-z]+", text, re.I) is not None
    plural = re.fullmatch(r"([A-Z]{2,})s", initials)
    letters = plural.group(1) if plural else initials
    if not re.fullmatch(r"[A-Z]{3,6}", letters) and not (plural and len(letters) == 2):
        return False
    parts = [rf"{c}[a-z]*" for c in letters.lower()]
    if plural and len(letters) == 2:
        parts[-1] = rf"{letters[-1].lower()}[a-z]+s"  # the plural's last word ends in "s"
    spelled = r"[ -]+".join(parts)
    # words of one line that name a thing, not a chance run of them: "and disarm the", "cutting
    # payroll prep"; a small word may join two ("point-of-sale")
    return any(
        not re.search(r"^\w+(?:ing|ed)\b", m.group(0), re.I)
        and not {w.lower() for w in re.split(r"[ -]+", m.group(0))[:: len(letters) - 1]} & _JOINING
        for m in re.finditer(rf"\b{spelled}\b", text, re.I)
    )
