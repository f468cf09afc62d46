"""Checks on a draft (a note section or a cover letter) before anyone sends it.

The grounding checks read the draft sentence by sentence and flag what the sources do not
support: numbers, employers, titles, schools, degrees, certifications, tools and scope verbs
("led" where the matching fact says "contributed"). What counts as a source depends on who a
clause is about: a claim about the applicant (first person, a bullet that opens with a past-tense
verb, "experience with ...") must come from the profile (or ``extra_sources``); a clause about
the company or the role ("your stack", "Pinterest's mission") may also quote the posting.
Beyond the named checks, every capitalised name or set of initials in a claim about the
applicant must be the profile's (``names.check_named``): "my AWS Machine Learning Specialty
certification" or "a stint on Stripe's payouts team" is an error even when no table knows it.
Everything is regexes and small tables: ``check`` on a 300-word letter takes a few milliseconds.

The letter frame (greeting, sign-off, name and contact lines) is only checked for placeholders:
the phone digits and dates in it are not claims.

This module reads the draft and the sources and runs the checks; the checks live by concern:
``numbers``, ``names`` (tools, employers, titles, schools, degrees, certifications and other
names), ``scope`` (agency verbs, reach, people, anonymous employers), ``grounding`` (support
for whatever the named checks miss) and ``letter`` (the company and role applied for).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from drafter import lexicon as lx
from drafter.claims import (
    GERUND,
    LEAD,
    durations,
    gap_label,
    is_claim,
    is_past,
    numbers,
    role_spans,
    role_years,
    stated_years,
    study_spans,
)
from drafter.evidence import tokens
from drafter.findings import ERROR_KINDS, Finding, error
from drafter.grounding import check_support, third_person
from drafter.letter import missing, wrong_company, wrong_role
from drafter.names import (
    DEGREE,
    NAME,
    SERVED_AS,
    check_named,
    check_names,
    check_tools,
    title_words,
    tool_set,
)
from drafter.numbers import check_numbers
from drafter.profile import Fact, Profile
from drafter.scope import (
    check_anonymous,
    check_fluency,
    check_reach,
    check_record,
    check_scope,
)
from drafter.sources import Sources

# Finding and ERROR_KINDS are defined with the checks but are this module's public interface.
__all__ = ["ERROR_KINDS", "Finding", "check", "errors", "feedback", "format_findings"]


# -- the draft's sentences ------------------------------------------------------------------

_GREETING = re.compile(rf"^(?:{lx.GREETINGS})\b", re.I)
_SIGNOFF = re.compile(rf"^(?:{lx.SIGNOFFS})[,.!]?$", re.I)
# A task list's box is no placeholder ("- [x] Sent"); "- [X] years of ..." is a slot left blank.
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+(?:\[[ xX]?\]\s+(?![a-z]))?")
# A numbered item run on after the one before it ("(Descartes) 3. Work with dispatchers ..."):
# the model lost a line break, and each item is a sentence of its own. A figure after a closing
# bracket counts nothing ("a score of 97. I also" keeps its figure).
_INLINE_ITEM = re.compile(r"(?<=[)\]])\s+\d{1,2}[.)]\s+(?=[A-Z])")
# ... but not after a title or a place's short form: "at St. Luke's", "Dr. Patel".
_SPLIT = re.compile(
    r"(?<=[.!?])(?<!\bSt\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bMt\.)(?<!\bFt\.)"
    r"[\"')\]]?\s+(?=[A-Z0-9\"'(\[<{])"
)
# A person's or a place's initial after a plain word: "evening classes at J. Sargeant Reynolds",
# "I interned at C.H. Robinson" (but a degree's ends one: "I earned my B.A.").
_INITIAL = re.compile(r"(?:^|\s)[a-z]+\s+([A-HJ-Z]\.|(?:[A-Z]\.){2,3})$")


def _sentences(text: str) -> list[str]:
    """The sentences of a paragraph, an initial not ending one."""
    out: list[str] = []
    for s in (s.strip() for s in _SPLIT.split(text)):
        initial = _INITIAL.search(out[-1]) if out else None
        if initial and not DEGREE.fullmatch(initial.group(1)):
            out[-1] += " " + s
        elif s:
            out.append(s)
    return out


# Markdown emphasis marks no words: "**Gaps:** no Snowflake yet" is the label "Gaps" and its text.
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*])")


# A bullet's label set off by a dash ("Kafka — not yet") reads as one set off by a colon.
_DASH_LABEL = re.compile(r"^((?:[\w'/&().-]+\s+){0,6}?[\w'/&().-]+)\s+[—–]\s+")


def _labelled(bullet: str) -> str:
    m = _DASH_LABEL.match(bullet)
    first = m.group(1).split()[0] if m else ""
    if not m or is_past(first) or re.fullmatch(r"(?:I|I'm|I've|I'd|my|we|our)", first, re.I):
        return bullet  # "I led the migration — it took a year" has no label
    return f"{m.group(1)}: {bullet[m.end() :]}"


_LABEL_LINE = re.compile(r"[A-Z][\w/&'-]*(?: [\w/&'-]+){0,2}: ")


@dataclass(frozen=True)
class _Draft:
    frame: list[str]  # greeting, sign-off, signature and contact lines
    sentences: list[str]  # the body, sentence by sentence
    body_words: int
    ahead: frozenset[int] = frozenset()  # the sentences under a heading that looks ahead
    listed: frozenset[int] = frozenset()  # the sentences of a bullet


def _split(text: str, profile: Profile) -> _Draft:
    frame: list[str] = []
    units: list[tuple[str, bool, bool]] = []  # with whether its heading looks ahead, and a bullet
    para: list[str] = []
    looking = False
    contact = [c.lower() for c in (profile.email, profile.phone, *profile.links) if c]
    signed = False

    intro = ""  # a short line over a list that names a gap: "What I don't have yet:"

    def flush(bullet: bool = False) -> None:
        if para:
            units.append((" ".join(para), looking, bullet))
            para.clear()

    for raw in text.replace("\r\n", "\n").replace("’", "'").split("\n"):
        line = raw.strip()
        low = line.lower()
        is_contact = any(c in low for c in contact) or ("·" in line and len(line.split("·")) >= 2)
        if not line or line.startswith("#"):
            flush()
            intro = "" if line.startswith("#") else intro
            if line.startswith("#"):
                looking = bool(_AHEAD_HEADING.search(line))
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
            item = _labelled(_EMPHASIS.sub("", _BULLET.sub("", raw)).strip())
            # each item of a list under a gap's lead-in is said under it: "What I don't have
            # yet: PELICAN EI."
            para.append(f"{intro} {item}" if intro and ": " not in item else item)
            flush(bullet=True)
        else:
            para.append(_EMPHASIS.sub("", line))
            short = line.endswith(":") and len(line.split()) <= 8
            intro = line if short and gap_label(line[:-1]) else ""
    flush()
    said = [
        # a paragraph opened by a short label lists as a bullet does: "Safety: OSHA 10, ..."
        (s, look, bullet or (n == 0 and _LABEL_LINE.match(s) is not None))
        for unit, look, bullet in units
        for part in _INLINE_ITEM.split(unit)
        for n, s in enumerate(_sentences(part))
    ]
    return _Draft(
        frame,
        [s for s, _, _ in said],
        sum(len(u.split()) for u, _, _ in units),
        frozenset(i for i, (_, look, _) in enumerate(said) if look),
        frozenset(i for i, (_, _, bullet) in enumerate(said) if bullet),
    )


# -- the sources and the check ----------------------------------------------------------------

_CLICHES = re.compile(rf"\b(?:{lx.CLICHES})\b", re.I)
_PLACEHOLDERS = re.compile(lx.PLACEHOLDERS)


# Words a claim shares with any job and any applicant: they say nothing checkable, so they count
# neither for nor against a clause's grounding (drawn from the tuned sets' clean texts).
_AHEAD = re.compile(
    r"^\W*(?:Learning|Picking up|Exploring|Getting to|Growing into|Trying)\b"
    r"|\b(?:excited|eager|can't wait|(?:want|hope|love|keen) to learn)\b",
    re.I,
)
# A note's heading over what the applicant looks forward to: "What am I excited about? What will
# I learn?"
_AHEAD_HEADING = re.compile(r"\b(?:excit\w*|learn\w*|look(?:ing)? forward|grow)\b", re.I)
# one phrase or a list of them, no clauses (a dot inside a name is no stop: "Bill.com")
_BARE_TOPIC = re.compile(r"^(?:[^.;:!?]|\.(?=\w))+\.?$")
# (not the "I" of a name: "I-CAR", "I-9")
_SPEAKS = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|we|our)\b(?!-)", re.I)
# ... but not in what a topic aims at ("Earning my CRCST", "Growing my SQL") or when ("within my
# first year", "once my clinical hours are done")
_NOT_SPOKEN = re.compile(
    r"^\W*(?:Earning|Getting|Finishing|Completing|Passing|Growing|Building|Improving|Strengthening|"
    r"Sharpening|Deepening|Broadening|Expanding|Moving|Bringing|Carrying)\s+my\b"
    r"|\b(?:within|in|during|by the end of)\s+my\s+first\b|\bonce\s+my\b|\bnot (?:just|only) my\b"
    r"|^\W*[A-Z][a-z]+ing\s+my\s+own\b"  # "Running my own crew full time": a thing to have
    r"|\b(?:instead of|rather than) my\b"  # "Seeing all 14 acres instead of my one section"
    r"|\b(?:a step|a level|an upgrade) (?:up )?from my\b"  # "..., a step up from my enclosures"
    r"|\bnew to me\b"  # "Rope setting on 45-foot walls (new to me)"
    # ... nor where the applicant's people are: "Staying in West Texas, close to my family"
    r"|\b(?:close|closer|near|nearer)(?: to)? my (?:family|home|kids|children|parents|partner)\b"
    # and a comparison with what the applicant knows: "four times the size of what I know"
    r"|\b(?:size of|than) (?:what|anything) I(?:'ve| have)? (?:know|run|done|had|worked)\b"
)
_PHONE = re.compile(r"(?<![\w$])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\w)")
# drafter's own instructions said back: "Write exactly 4 bullet points on each of ...".
_INSTRUCTION = re.compile(
    r"^\W*(?:write|list|answer|include|keep|use|do not|don't)\b.{0,80}?"
    r"\b(?:bullets?|bullet points?|sentences?|paragraphs?|words|evidence|profile|posting)\b",
    re.I,
)
# drafter's prompt names its parts in capitals ("TASK:", "the POSTING (and the RESEARCH, if
# given)"), and a draft that calls the profile a template is describing its own input.
_PROMPT_WORDS = re.compile(rf"\b(?:{lx.PROMPT_LABELS})\b|\b(?i:profile|posting) template\b")
# A fact's section says what it is: a volunteer role supports "I volunteer as a mentor", a
# certificate "my CIP designation" and the training completed or earned for it ("I completed
# CITI Good Clinical Practice training in 2024"), a language "my languages are English and
# Polish", a school's line the degree finished there ("I finished an associate degree in ...").
_ROLE_OF = {
    "volunteer": tokens("volunteer volunteering"),
    "certification": tokens(
        "certification certificate designation credential training completed earned passed"
    ),
    "language": tokens("language languages"),
    "education": tokens("degree graduated studied finished completed"),
}
_PLAIN = tokens(
    "work team experience role skills data product products job jobs career company companies "
    "opportunity opportunities people things thing time day week every lot kind part years "
    "hour hours there here "
    "believe think feel know love enjoy excited proud glad happy care want hope "
    "also really very just currently now today still always often already recently instead "
    "mostly mainly largely partly "
    "make made making get got take took bring brought give gave keep kept do does did done "
    "little whole "
    "one two three first last next many much few several am was were is be been before after "
    "since hold held spent same kind sort way reason goal matter matters interest interests "
    "mine side own ve ll re comfortable provide insight insights scale "
    "everything anything something nothing "
    "posting listing sentence line writing answer answers mention mentions nice-to-have "
    "thank thanks consider considering application hard worker fast quick learner dedicated "
    "passionate motivated curious couldn myself having "
    "too again away immediately promptly down problem problems describe describes described "
    "background align aligns aligned roughly approximately nearly almost around "
    "similarly likewise gets getting become became becomes becoming eventually finally "
    "see sees busy plenty even"
)
# Facts whose words support a claim wherever they come up: who the applicant is and what they know
# (with where they live).
_EVERYWHERE = ("headline", "summary", "skill")


# A volunteer post's line names where it was: "St. Margaret's Parish, Sunday lunch for seniors
# (2020 - present)".
_VOLUNTEERED = re.compile(r"([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*),\s[^()]*\((?:19|20)\d\d")


_UNFINISHED = re.compile(
    r"\b(?:did not|didn't|never) (?:finish|complete|graduate)|\bnot (?:completed|finished)\b"
    r"|\b(?:incomplete|unfinished|withdrew)\b",
    re.I,
)


# A credential the profile says is not held yet: "Member, American Translators Association (since
# 2023) — not certified yet".
_NOT_YET = re.compile(
    r"\bnot (?:yet )?(?:certified|held|earned)\b|\b(?:pending|in progress)\b", re.I
)


def _sources(profile: Profile, posting: str, extra: str, company: str, role: str) -> Sources:
    facts = [f for f in profile.facts if f.kind != "motivation"]
    state = re.search(r",\s*([A-Z]{2})\b", profile.location)
    # where the applicant lives, a US state's code written out: "Madison, WI Wisconsin"
    where = f"{profile.location} {lx.US_STATES.get(state[1], '') if state else ''}".strip()
    text = "\n".join([profile.name, profile.headline, where, *(f.quote() for f in facts), extra])
    text = text.replace("’", "'")
    post = re.sub(r"\s+", " ", "\n".join([posting, company, role]).replace("’", "'"))
    title_src = [profile.headline, *profile.titles, *(f.text for f in profile.of_kind("summary"))]
    # a post a duty line says the applicant serves in: "Serve as acting company officer ..."
    title_src += [m.group(1) for f in facts for m in SERVED_AS.finditer(f.text)]
    # and a title without its note in brackets: "Sales Lead (Keyholder)" is a Sales Lead
    title_src += [re.sub(r"\s*\([^)]*\)", "", t) for t in title_src if "(" in t]
    edu = " ".join(f.quote() for f in profile.of_kind("education")) + " " + extra
    certs = [f.text for f in profile.of_kind("certification", "award", "education")]
    # a degree the profile says was left unfinished ("AAS coursework, 2018-2019 (did not
    # finish)") is not held
    held = " ".join(
        f.quote() for f in profile.of_kind("education") if not _UNFINISHED.search(f.text)
    )
    degrees = {k for m in DEGREE.finditer(f"{held} {extra}") for k, v in m.groupdict().items()
               if v and k in lx.DEGREES}  # fmt: skip
    initials = _initials(text, profile)
    fact_tokens = [(f, _fact_tokens(f)) for f in profile.facts]
    wants = "\n".join(f.text for f in profile.of_kind("motivation")).lower()
    return Sources(
        profile=text.lower(),
        wants=wants,
        posting=post.lower(),
        posting_names=frozenset(re.findall(r"(?<=[a-z,] )[A-Z][\w+-]+", post)),
        profile_numbers=numbers(text),
        posting_numbers=numbers(post),
        want_numbers=numbers(wants),
        durations=durations(profile),
        spans=role_spans(profile),
        years_worked=role_years(profile),
        studies=study_spans(profile),
        stated=stated_years(profile),
        profile_tools=tool_set(text),
        profile_tokens=tokens(text) | tokens(" ".join(initials)),
        posting_tools=tool_set(post),
        titles=[title_words(t) for t in title_src if t],
        education=edu.lower(),
        degrees=degrees,
        certs=" ".join(certs).lower(),
        skills=" ".join(f.text for f in profile.of_kind("skill")).lower(),
        initials=initials,
        # a credential's initials, and its issuer's ("NHA" for National Healthcareer Association)
        cert_initials={"".join(re.findall(r"\b[A-Z]", c.split(",")[0])) for c in certs}
        | _name_initials(  # (and two: "Club TD" for "Club Tournament Director")
            " ".join(
                f.text for f in profile.of_kind("certification") if not _NOT_YET.search(f.text)
            ),
            fewest=2,
        ),
        employers=profile.employers
        | {f.org for f in profile.facts if f.org}
        | {m[1] for f in profile.of_kind("volunteer") if (m := _VOLUNTEERED.match(f.text))},
        facts=fact_tokens,
        jobs=_jobs(fact_tokens),
        summary_tokens=tokens(
            " ".join(
                [
                    profile.headline,
                    where,
                    *(f.text for f in profile.of_kind(*_EVERYWHERE)),
                ]
            )
        )
        | tokens(" ".join(initials)),
        posting_tokens=tokens(post),
        plain=_PLAIN | tokens(" ".join([company, profile.name])),
        name=profile.name,
    )


def _jobs(facts: list[tuple[Fact, frozenset[str]]]) -> list[tuple[Fact, frozenset[str]]]:
    """Each job's duties taken together, under its first: a clause may sum up one job from two
    of its lines ("On every tenant improvement we handed our wiring over to the controls
    technicians" from "control wiring ... in 14 commercial tenant improvements" and "Assisted
    controls technicians ..."); and so may the certifications ("I hold EPA 608 Universal and
    OSHA 10-Hour cards")."""
    jobs: dict[tuple[str, str], tuple[Fact, frozenset[str]]] = {}
    for f, toks in facts:
        if (f.kind == "experience" and f.org) or f.kind == "certification":
            key = (f.kind, f.org if f.kind == "experience" else "")
            first, held = jobs.get(key, (f, frozenset()))
            jobs[key] = (first, held | toks)
    return list(jobs.values())


def _fact_tokens(fact: Fact) -> frozenset[str]:
    """The words of a fact, with each part of a hyphenated one ("go-live" holds "live"), the
    initials of the names it gives ("IEC" of "Independent Electrical Contractors") and the level
    of a degree it gives ("associate" of "AAS")."""
    quote = fact.quote()
    levels = {k for m in DEGREE.finditer(quote) for k, v in m.groupdict().items() if v and k in
              lx.DEGREES}  # fmt: skip
    return (
        tokens(" ".join(levels))  # "associate" of "AAS"
        | tokens(quote)
        | tokens(quote.replace("-", " "))
        | tokens(" ".join(_name_initials(quote)))
        | _ROLE_OF.get(fact.kind, frozenset())
    )


_LINKED_NAME = re.compile(
    r"\b(?!The\b)[A-Z][\w-]*(?:[^\S\n]+(?:of|and|for|the|at|in)[^\S\n]+[A-Z][\w-]*|[^\S\n]+[A-Z][\w-]*)+"
)


def _initials(text: str, profile: Profile) -> set[str]:
    """Initials the profile's names and skills stand for: "CNCF", and "DFM" for a skill listed
    as "design for manufacturing"."""
    skills = [s for f in profile.of_kind("skill") for s in re.split(r"[:,;]", f.text)]
    spelled = [s for s in skills if 2 <= len(s.split()) <= 5]
    names = _name_initials(text.replace("–", "-"))  # "Wisconsin–Milwaukee" is one name
    return names | {"".join(w[0] for w in s.split()).upper() for s in spelled}


def _name_initials(text: str, fewest: int = 3) -> set[str]:
    """Initials of the names in ``text``: "CNCF", "SAIT" for "Southern Alberta Institute of
    Technology", the first words' initials before the rest written out ("IEC Rocky Mountain"
    for "Independent Electrical Contractors Rocky Mountain", "UC Berkeley"), and the last words'
    initials after the first ("Class A CDL")."""
    names = [n for n in NAME.findall(text) if " " in n]
    names += [  # "SAIT" for "Southern Alberta Institute of Technology", "UTEP" for "The
        # University of Texas at El Paso"
        " ".join(w for w in n.split() if w[0].isupper())
        for n in _LINKED_NAME.findall(text)
    ]
    out = set()
    for name in names:
        parts = name.split()
        out.add("".join(w[0] for w in parts))
        place = re.fullmatch(r"([A-Z])[\w.'’]*[-–]([A-Z][\w.'’]*)", parts[-1])
        if place:  # "UW-Milwaukee" for "University of Wisconsin–Milwaukee"
            out.add("".join(w[0] for w in parts[:-1]) + f"{place[1]}-{place[2]}")
        out |= {"".join(w[0] for w in parts[:k]) + " " + " ".join(parts[k:])
                for k in range(2, len(parts))}  # fmt: skip
        # and the last words' initials (the ``fewest`` or more) after the first written out:
        # "Class A CDL" for "Class A Commercial Driver's License", and those initials alone
        for k in range(1, len(parts) - fewest + 1):
            tail = "".join(w[0] for w in parts[k:])
            out |= {tail, " ".join(parts[:k]) + " " + tail}
    return out


def _opens_with_deed(said: str, posting: str) -> bool:
    """Does a bullet open with a past verb ("Built the intake form"), rather than with a name the
    posting gives that only looks like one ("Applied Epic and EZLynx"), a term of the posting's
    ("confined space entry") or a compound that only ends like one ("Self-performed carpentry at
    Ruscilli")?"""
    first = re.sub(r"^\W+", "", said).split()[:2]
    if not first or "-" in first[0] or not is_past(first[0]):
        return False
    if len(first) == 2 and re.search(rf"\b{re.escape(' '.join(first).lower())}\b", posting.lower()):
        return False
    if re.search(rf"[a-z,] {re.escape(first[0])}\b", posting):
        return False  # a name the posting gives mid-sentence: "Lightspeed" ("... in Lightspeed")
    name = re.match(r"\W*([A-Z][\w-]*\s+[A-Z][\w.+-]*[\w+])", said)
    return not (name and name.group(1) in posting)


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
            findings += wrong_company(line, company, src)
    seen: list[str] = []
    employers = tuple(sorted(e for e in src.employers if e and e.lower() != company.lower()))
    contact = [c for c in (profile.phone, profile.email, *profile.links) if c]
    # In a note about what the applicant is excited to do or learn, a bullet with no subject
    # ("Improving observability with Prometheus") names a topic of the posting, not a tool used.
    # A note with a heading that looks ahead says which bullets are such topics: only its own.
    ahead = kind == "note" and not draft.ahead and any(_AHEAD.search(s) for s in draft.sentences)
    for at, sentence in enumerate(draft.sentences):
        bare = sentence
        for c in contact:  # the applicant's own phone number is not a claim
            bare = bare.replace(c, " ")
        bare = _PHONE.sub(" ", bare)  # nor is one written another way: "712 555 0148"
        findings += _placeholders(sentence)
        if _echoed(sentence, src):
            continue
        # a letter's bullet lists the applicant's own, as a note's does: "- Art background: BA
        # in art history from UW-Madison"
        read_as = "note" if at in draft.listed else kind
        claim = is_claim(third_person(bare, src), read_as, company, employers)
        # a letter's bullet with no label lists the applicant's own as a note's does
        note = kind == "note" or (at in draft.listed and ": " not in sentence)
        # under a heading that looks ahead, a labelled bullet's topic is what follows its label
        # ("Tools: Ignition SCADA, Hach instruments"); elsewhere a label lists the applicant's own
        said = LEAD.sub("", sentence) if at in draft.ahead else sentence
        unspoken = _NOT_SPOKEN.sub(" ", said)
        speaks = _SPEAKS.search(unspoken)
        topic = (
            (ahead or at in draft.ahead)
            and ": " not in said
            and bool(
                GERUND.match(said)
                # under a heading that looks ahead, a phrase with no subject and no deed names a
                # thing to learn ("Power BI and SQL.")
                or (
                    at in draft.ahead
                    and _BARE_TOPIC.match(said.split("; ")[0])  # and an aside after it
                    and not speaks
                    and bool(said.split())
                    and not _opens_with_deed(said, posting)
                )
            )
        )
        # a topic looked forward to that nobody speaks in ("Moving from one 312-room hotel to a
        # portfolio of 11", "Designing training on safe lifting", "Earning my CRCST") may quote
        # the posting's names and figures and claims no duty done
        aim = topic and not speaks
        own = claim and not aim
        findings += check_numbers(sentence, bare, own, src, company, note)
        findings += check_names(sentence, own, src, company, role)
        # a topic nobody speaks in may name what the posting names
        findings += check_tools(sentence, claim, src, company, note and not topic, aim)
        if own:
            before = draft.sentences[at - 1] if at else ""
            findings += check_scope(sentence, profile, src, company, note, before)
            findings += check_anonymous(sentence, src, company, note)
            findings += check_reach(sentence, findings, profile, src, company, note)
            findings += check_fluency(sentence, src)
            findings += check_record(sentence, src)
        if kind == "letter":
            findings += wrong_role(sentence, role)
        # under a heading that looks ahead, a bullet's topic before its label's colon hopes too:
        # "Self-performed carpentry at Ruscilli: work I know"
        lead = re.split(r": |, ", sentence)[0]
        hoped = (
            at in draft.ahead and not _SPEAKS.search(lead) and not _opens_with_deed(lead, posting)
        )
        findings += wrong_company(sentence, company, src, bool(topic) or hoped)
        if claim:
            findings += check_named(sentence, findings, src, company, role, note and not topic, aim)
        # a topic looked forward to ("Turning my glossary habit into style guides") is no record
        # to ground, unless the applicant speaks in it ("because I already review ...")
        if claim and not (topic and not re.search(r"\bI\b(?!-)", unspoken)):
            findings += check_support(sentence, findings, src, company, note)
        findings += [
            Finding("cliche", "warning", sentence, m.group(0), "a stock phrase; say it plainly")
            for m in _CLICHES.finditer(sentence)
        ]
        findings += _repetition(sentence, seen)
        seen.append(sentence)
    if kind == "letter":
        findings += missing(text, company, role)
    if max_words is not None and draft.body_words > max_words:
        findings.append(
            Finding("budget", "warning", "", f"{draft.body_words} words",
                    f"over the budget of {max_words} words by {draft.body_words - max_words}")
        )  # fmt: skip
    return _dedupe(findings)


def _echoed(sentence: str, src: Sources) -> bool:
    """Does the sentence only say back what drafter was given? A whole line of the posting
    copied as a bullet ("Familiarity with dbt, Airflow or similar tools") claims nothing, and
    neither does an instruction of drafter's prompt or a sentence naming the prompt's parts."""
    flat = re.sub(r"\s+", " ", sentence).strip(" .;").lower()
    if len(flat.split()) >= 3 and flat in src.posting:
        return True
    return bool(_INSTRUCTION.match(sentence) or _PROMPT_WORDS.search(sentence))


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per kind and words in a sentence; a wrong company is not also a tool or a
    plain claim."""
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


def _placeholders(sentence: str) -> list[Finding]:
    return [
        error("placeholder", sentence, m.group(0), "a template placeholder left in the text")
        for m in _PLACEHOLDERS.finditer(sentence)
    ]


def _repetition(sentence: str, seen: list[str]) -> list[Finding]:
    key = re.sub(r"\W+", " ", sentence.lower()).strip()
    if len(key) < 20:
        return []
    figures = sorted(n.value for n in numbers(sentence))
    for earlier in seen:
        if figures != sorted(n.value for n in numbers(earlier)):
            continue  # "Sous Chef with 2+ years ...", "Chef with 10+ years ...": two statements
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
