"""Names a draft claims: tools, employers, titles, schools, degrees, certifications, and any
other capitalised name or set of initials in a claim about the applicant.

Each must be the profile's; a name the posting gives may be quoted where the clause is about
the company or the role.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from drafter import lexicon as lx
from drafter.claims import (
    LEAD,
    LEISURE,
    about_company,
    about_letter,
    clause_of,
    clause_start,
    disowned,
    gap_listed,
    gerund_subject,
    is_past,
    liked,
    looking_ahead,
    negated,
    owned,
    posting_ok,
    reported,
)
from drafter.evidence import STOPWORDS, spells, tokens, words
from drafter.findings import Finding, error
from drafter.numbers import impersonal
from drafter.sources import Sources

# -- recognising names ----------------------------------------------------------------------

_TOOL_RES = [
    (name, re.compile(rf"(?<![\w/+#.-])(?:{pat})(?![\w+#]|-\w)", flags))
    for table, flags in ((lx.TOOLS_ANY_CASE, re.I), (lx.TOOLS_CASED, 0))
    for name, pat in table.items()
]
TOOL_NAMES = frozenset(lx.TOOLS_ANY_CASE) | frozenset(lx.TOOLS_CASED)
# A product's name in CamelCase, or opening with small letters ("iTero", "eCornell", "eQUEST"),
# or *.js.
_CAMEL = re.compile(
    r"\b[A-Z][a-z]+[A-Z][A-Za-z]+\b|\b[a-z]{1,3}[A-Z](?:[a-z]|[A-Z]{2,})[A-Za-z]*\b"
    r"|\b[A-Za-z0-9]+\.js\b"
)


def _tools(text: str) -> dict[str, str]:
    """Canonical tool name → the words as written."""
    found = {}
    for name, pattern in _TOOL_RES:
        m = pattern.search(text)
        if m:
            found[name] = m.group(0)
    return found


@lru_cache(maxsize=64)  # the same profile and posting are checked again on every retry
def tool_set(text: str) -> frozenset[str]:
    names = set(_tools(text))
    return frozenset(names | {skill for name in names for skill in lx.IMPLIES.get(name, ())})


_CAP = r"[A-Z][\w&'.-]*"
# An organisation's name: "Hospice of the Miami Valley", but not "Altura I worked".
ORG = rf"({_CAP}(?:\s+(?:(?:of(?:\s+the)?|and|&|de)\s+)?(?!I\b){_CAP}){{0,3}})"
_EMPLOYER = [
    re.compile(rf"\b(?:[Aa]t(?:\s+the)?|[Jj]oined|[Ww]ork(?:ed|ing)? (?:for|with)"
               rf"|[Ii]ntern(?:ed)? (?:at|with)|[Cc]onsult(?:ed|ing) for"
               rf"|(?:time|tenure|years|stint|role|position) (?:at|with)"
               rf"|[Mm]y team at"
               rf"|[Ff]ill(?:ed|ing)? in (?:(?:on|at)\s+(?:[\w'-]+\s+){{1,4}})?for)"
               rf"\s+{ORG}"),
    re.compile(rf"\b{ORG},\s+where I\b"),
    # a post's place inside the workplace: "a year at the front desk of Planet Fitness"
    re.compile(rf"\bat the (?:[\w-]+\s+)?(?:desk|counter|kitchen|warehouse|office) of\s+{ORG}"),
    # "a summer as a Cataloging Specialist with Cedar Rapids Public Library"
    re.compile(rf"\bas an? (?:[A-Z][\w-]*\s+){{1,4}}(?:with|for)\s+(?:the\s+)?{ORG}"),
    re.compile(r"\b((?:[A-Z][\w&]*\s+){1,3}(?:Inc|Corp|Corporation|LLC|Ltd|GmbH))\b\.?"),
]  # fmt: skip
# A workplace said to be the applicant's must be one of its employers, even when the profile
# names it as something else (a tool): "my team at Figma".
_MY_PLACE = re.compile(r"\b(?:[Mm]y team|time|tenure|years|stint|role|position) at\b")
# Serving or working somewhere makes the place a workplace, whatever else the profile calls it
# (the issuer of a certificate): "serving as a Court Interpreter ... at the Arizona Supreme Court".
# (not the degree: "a Master of Social Work at Seattle University")
# (and a crew, team or job at a place is work there: "the art handling crew at the Art Institute")
_WORKING = re.compile(
    r"(?:\b(?<!social )(?<!can )(?<!could )(?<!would )(?<!will )(?<!to )"  # not "I can work at"
    r"(?:serv|work)(?:e|es|ed|ing|s)?\b[^.;:,]{0,80}"
    r"|\b(?:crew|team|staff|job|shift)\s+at\s+(?:the\s+)?)$",
    re.I,
)
NOT_ORGS = re.compile(rf"^(?:{lx.NOT_ORGS})$")
TITLE_HEAD = rf"(?:{lx.TITLE_HEADS})"
# A stretch of time a post was held for: "Two years as assistant engineer".
_STRETCH = r"(?:years?|months?|seasons?|summers?)"
# A ranked post of any trade: "lead naturalist", "senior transcriptionist".
_RANKED = (
    r"(?:senior|lead|head|chief|principal)\s+(?:[\w-]+\s+){0,2}[a-z][\w-]*"
    r"(?:er|or|ist|ian|smith|wright|man)"
)
_TITLE = re.compile(
    # a ranked post the applicant holds, or rose to: "where I'm lead naturalist", "from
    # apprentice to lead locksmith"
    rf"\b(?:I(?: am|'m|'ve been| have been| was)(?: now| currently| still)?"
    rf"|from (?:an? )?[\w-]+(?:\s+[\w-]+)? to) (?:an? |the )?({_RANKED})\b|"
    rf"\b(?:as (?:an? |the )?(?:(?:[\w-]+\s+)?[\w-]+'s )?|promoted to |(?:stepped|moved) up to |"
    rf"(?:worked|served|hired|employed) as (?:an? |the )?|"
    rf"(?:role|title|position) (?:as|of) (?:an? |the )?|"
    rf"\bmy (?:job )?(?:role|title|position) (?:is|was|has been) (?:now |currently )?"
    rf"(?:an? |the )?|"
    rf"^\W*(?:role|title|position):\s+(?:an? |the )?|"  # a note's "Role: field supervisor ..."
    rf"I(?: am|'m|'ve been| have been| was) (?:now |currently |still |already |also )?"
    rf"(?:an? |the )?"
    rf"(?:[\w-]+['’]s )?|"
    # "I've also been the shop's service manager", "and since 2024 its floor supervisor",
    # "later field supervisor", "formerly kitchen manager at Buckeye Burger Bar"
    rf"I(?:'ve| have) (?:also|now) been (?:an? |the )?(?:[\w-]+['’]s )?|"
    rf"\bsince (?:\w+ )?\d{{4}},? (?:its|their|the) (?!(?:last|past|first|next)\b)"
    rf"|, later (?:an? |the )?|\bformerly (?:an? |the )?|"
    rf"became (?:an? |the )?|(?:he|she)(?:'s| is| was) (?:not (?:just|only) )?(?:an? |the )?"
    rf")((?:(?!(?:the|an?)\s)[\w/&-]+\s+){{0,3}}{TITLE_HEAD})\b"  # (not "person the lead")
    rf"|\bmy fellow ((?:[\w/&-]+\s+){{0,3}}{TITLE_HEAD})s\b"
    # a rank before a post ("lead nursing assistant"; but "staff" and the rest only as a title's
    # capitals, and no article between: "staff often need a chaplain" is no post)
    rf"|\b((?:Senior|Sr\.|Lead|Principal|Chief|Head|Junior|(?-i:Staff|Associate|Director))\s+"
    rf"(?:(?!(?:an?|the)\s)[A-Z][\w/-]*\s+){{0,3}}{TITLE_HEAD})\b"
    # a rank before a capitalised job of any trade: "As Senior Registrar at ..." (not in a name
    # after its possessive: "St. Brendan's Senior Services", nor the "Head Start" programme)
    r"|(?<!['’]s )\b(?!(?-i:Head Start)\b)"
    r"((?-i:(?:Senior|Sr\.|Lead|Principal|Chief|Head|Junior|Associate)"
    # (nor in a school's or an institution's name: "Santa Rosa Junior College")
    rf"(?!(?:\s+[A-Z][\w/-]*){{0,2}}\s+(?:College|School|University|Academy|{lx.INSTITUTIONS})\b)"
    r"(?:\s+[A-Z][a-z][\w/-]*){1,3}))\b"
    # ... or after a possessive, the applicant's post: "as the co-op's Senior Agronomist"
    r"|\bas (?:the|an?) [\w-]+['’]s ((?-i:(?:Senior|Lead|Head|Chief|Principal)"
    r"(?:\s+[A-Z][a-z][\w/-]*){1,3}))\b"
    # a job of any trade said with where it was held: "As a senior property adjuster at Prairie"
    r"|\bas (?:an? |the )((?:[\w-]+\s+){0,3}[a-z][\w-]*(?:er|or|ist|ian))"
    r"(?=\s+(?:at|for|with)\s+(?-i:[A-Z]))"  # and "one summer as an oiler for Barnhart Crane"
    # or held since a year: "as assistant organ curator since 2017"
    r"|\bas (?:an? |the )?((?:[\w-]+\s+){0,3}[a-z][\w-]*(?:er|or|ist|ian)(?<!volunteer))"
    r"(?=\s+since\s+(?:\w+\s+)?\d{4})"
    # or held last, whatever the trade: "most recently as assistant conservator", "now as
    # assistant dockmaster:", "(now assistant manager)"
    r"|\b(?:most recently|recently|currently|now|later|eventually|finally) as (?:an? |the )?"
    r"((?:[\w-]+\s+){0,2}[a-z][\w-]*(?:er|or|ist|ian)(?<!volunteer))(?=\s*[,;.:)]|\s*$)"
    rf"|\(now (?:an? |the )?((?:[\w-]+\s+){{0,2}}(?:{TITLE_HEAD}|[a-z][\w-]*(?:er|or|ist|ian)))\)"
    # or a capitalised one said with where it was held: "before that a Loan Counseling Specialist
    # at Meridian"
    r"|(?<!\bwith )(?<!\bby )(?<!\bfrom )\ban? ((?-i:(?:[A-Z][\w-]*\s+){1,3})"
    rf"(?:{lx.TITLE_HEADS}))(?=\s+at\s+(?-i:[A-Z]))"
    # or written as a formal title before the clause it opens: "as Digital Archivist, I ..."
    r"|(?<!such )(?<!well )\bas (?:[A-Z][\w-]*['’]s\s+)?"  # "as Brightwell's Assistant Cataloguer"
    r"((?-i:(?:[A-Z][\w-]*\s+){0,3}[A-Z][a-z][\w-]*(?:er|or|ist|ian)))"
    r"(?=,?\s+I\b|\s+(?:at|for|with)\s+(?-i:[A-Z]))"
    # or a promotion to a capitalised job of any trade: "promoted to Staff Appraiser"
    r"|\bpromoted to ((?-i:(?:[A-Z][\w/-]*\s+){0,3}[A-Z][a-z][\w-]*))"
    # or ranked, whatever the trade: "as a senior caseworker with newly arrived families"
    r"|\bas (?:an? |the )((?:senior|lead|head|chief|principal)\s+(?:[\w-]+\s+){0,2}"
    r"[a-z][\w-]*(?:er|or|ist|ian))\b"
    # or held before, whatever the trade: "former assistant brewer" (not "my former manager")
    r"|(?<!\bmy )(?<!\bour )(?<!\bthe )(?<!\ba )\bformer ((?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*(?:er|or|ist|ian|ant))\b"
    # or held for a stint, whatever the trade: "A stint as a part-time veterinary assistant"
    r"|\bstint as (?:an? |the )?((?:[\w-]+\s+){0,3}[a-z][\w-]*(?:er|or|ist|ian|ant))\b"
    # or for a stretch of time: "Three-plus years as assistant signal maintainer on the ..."
    rf"|\b{_STRETCH}\s+as (?:an? |the )?((?:[\w-]+\s+){{0,3}}"
    r"[a-z][\w-]*(?:er|or|ist|ian|ant)(?<!volunteer))(?=\s+(?:on|at|for|with|in)\b|\s*[,;.:)]|\s*$)"
    # or a rank before a job of small letters opening a bullet or what its label lists:
    # "Holds and circulation: Lead page for Polaris ILS"
    r"|(?:^\W*|:\s+)((?-i:(?:Lead|Senior|Head|Chief)\s+(?:[a-z]+(?:er|or|ist|ian|ant)|page|clerk"
    r"|hand|tech|aide|cook|guard|mate|nurse)))\b(?!-)"
    # or opening a note's bullet with where it was held: "Shift supervisor at Reno County ..."
    rf"|^((?:[\w/&-]+\s+){{0,3}}{TITLE_HEAD})(?=\s+at\s+(?-i:[A-Z]))",
    re.I,
)
# A post held, named bare after serving or acting as it, whatever the trade: "I serve as captain
# on Engine 4", "served as acting company officer on about 30 shifts a year".
SERVED_AS = re.compile(
    r"\b(?:serve|serves|served|serving|act|acts|acted|acting)\s+as\s+(?!an?\b|the\b|my\b|our\b)"
    r"((?:[a-z][\w/-]*\s+){0,2}?[a-z][\w/-]*)(?=\s+(?:on|at|for|of|in|with|to|during|when)\b"
    r"|\s*[,.;:()]|\s*$)",
    re.I,
)
_SERVE_AS = re.compile(
    rf"\bI(?:'ve|\s+have|\s+had)?\s+(?:\w+ly\s+|also\s+)?{SERVED_AS.pattern}", re.I
)
# A second title joined on to one already claimed, then what it is over: "and tech lead for".
_CO_TITLE = re.compile(
    r"\band (?:an? |the )?((?!I\b)(?:[\w/-]+\s+){1,2}(?:lead|head|manager|owner|architect))"
    r"\s+(?:for|of|on)\b()"
    # or any title held where it was: "a carpenter for 13 years and general foreman at Buckeye"
    rf"|\band (?:then |\w+ly )?(?:an? |the )?((?!I\b)(?:[\w/-]+\s+){{0,2}}{TITLE_HEAD}|{_RANKED})"
    r"(?=,?\s+(?:at\s+(?:the\s+)?(?-i:[A-Z])|with\s+(?:\w+\s+)?(?:years?|\d)"
    r"|(?:there\s+)?since\s+(?:\w+\s+)?\d{4})"  # "and frame shop manager there since 2023"
    # or ends the clause after one title already said: "as front desk lead and assistant general
    # manager."
    r"|\s*[.;]|$)",
    re.I,
)
# A title set off by a comma and held since a year: "6–8 stops a day at Bright Pane, crew leader
# since 2023".
_SINCE_TITLE = re.compile(
    rf",\s+((?:[\w/-]+\s+){{0,2}}{TITLE_HEAD})(?=\s+since\s+(?:\w+\s+)?\d{{4}})", re.I
)
# ... or opening what a label lists, with where or since when: "Routes: crew leader on a set
# route of about 28 properties a week".
_LABEL_TITLE = re.compile(
    rf"^\W*(?:[\w/&'-]+\s+){{0,3}}[\w/&'-]+:\s+((?:[\w/-]+\s+){{0,2}}{TITLE_HEAD}|{_RANKED})"
    r"(?=\s+(?:on|at|for|with|since)\b|,\s+(?-i:(?!I\b)[A-Z]))",  # or its employer after a comma
    re.I,
)
_SCHOOL = re.compile(
    r"\b((?:[A-Z][\w.&'-]*\s+){1,4}(?:University|College|Institute|Polytechnic|Academy)"
    r"(?:\s+of\s+(?:[A-Z][\w&'–-]*\s?){1,3})?|(?:University|College|Institute) of "
    r"(?:[A-Z][\w&'–-]*\s?){1,4}|(?:[A-Z][\w.&'-]*\s+){1,3}School of (?:[A-Z][\w&'-]*\s?){1,3}"
    rf"|{lx.SCHOOL_NAMES})"
)
# A place named as a school by its last word, where an employer might stand.
_A_SCHOOL = re.compile(r"\b(?:School|College|University|Institute|Polytechnic|Academy)$")
# A place of study named by what was studied there, whatever its name: "my design modules at
# Goldsmiths", "I studied at Lakehead".
_STUDIED_AT = re.compile(
    rf"\b(?:(?:(?:{lx.STUDIES})|(?:studied|studying)(?:\s+[\w-]+){{0,6}}?|semesters?|intensives?"
    r"|exchange|class|course|intro(?:duction)? to(?:\s+[\w-]+){1,3}?)\s+at"
    r"|(?:degree|diploma|(?-i:B\.?[AS]\.?|M\.?[AS]\.?|MBA|MFA|AAS?))"  # "BA in art history from"
    r"(?:\s+in\s+(?:[\w-]+\s+){1,3}?)?\s*from)\s+(?:the\s+)?"
    r"((?-i:[A-Z][\w&'.–-]*)(?:\s+(?:of\s+|&\s+)?(?-i:[A-Z][\w&'.-]*)){0,4})",  # "UW–Stevens Point"
    re.I,
)
DEGREE = re.compile(
    r"(?<![\w.])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in lx.DEGREES.items()) + r")(?![\w])"
    r"(?:\s+(?:degree\s+)?(?:in|of)\s+(?P<field>(?:[A-Za-z-]+)(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}))?"
)
_CERT = re.compile(
    r"\b((?:[A-Z][\w+-]*\s+){0,5}(?:Certified|Certification|Certificate|Credential)"
    r"(?:\s+(?:in\s+)?[A-Z][\w+-]*){0,5})"
    r"|\b(?:certified|certification|certificate) (?:in|as) (?:an? )?(?!\d|(?:my|your|our|the)\b)"
    r"((?:(?!(?:from|at|through|via|with)\b)[\w+-]+\s?){1,4})"
    r"|\bcertified ((?:[A-Z][\w+-]*\s?){1,5})|\b([A-Z][A-Z0-9&+]{1,7})-certified\b"
    rf"|\b({lx.CERT_ACRONYMS})\b"
    r"|\b((?:[A-Z][A-Z0-9&+-]{1,7}(?:/[A-Z0-9&+-]{3,10})?\s+){1,3}"  # and "IPC/WHMA-A-620"
    r"(?:(?!(?:certif\w*|and|or|but|not|yet)\b)[a-z]+\s+){0,3})"
    r"(?=certifications?\b|certificate\b|certified\b)|\b((?:[A-Z][A-Z0-9&+-]{1,7}\s+){1,3})(?=endorsements?\b)"
    r"|\b(?!(?:A|An|The|My|Our|Your)\b)((?:[A-Z][\w+-]*\s+){2,5})(?=certifications?\b|certificates?\b)"
    r"|\b((?:[A-Z][a-z]+\s+){1,2}(?:[a-z]+\s+){0,3}(?:licen[cs]e|notary(?: public)?))\b"
)  # "Nebraska adjuster license", "Washington notary public"; before them: initials before a
# lowercase "certification" ("the IAAP WAS certification");
# a lowercase name ends where its issuer begins ("a certificate in landscape design from ...")


# A credential's letters after a preposition and "our" or "the" name the person who holds it
# ("for our outside CPA", "checked with the CPA"), unless the credential itself follows ("the CPA
# exam").
_TO_THE_HOLDER = re.compile(
    r"\b(?:for|to|with|from|by)\s+(?:our|the|their)\s+(?:(?:outside|external|staff)\s+)?$", re.I
)
_CRED_ITSELF = re.compile(
    r"\s+(?:exams?|licen[cs]es?|certifications?|credentials?|designations?|courses?)\b", re.I
)


# Words a title is often shortened to.
_TITLE_SHORT = {"vet": "veterinary", "tech": "technician", "asst": "assistant", "mgr": "manager"}
_SHORTENED = re.compile(rf"\b(?:{'|'.join(_TITLE_SHORT)})\b")


def title_words(title: str) -> frozenset[str]:
    low = re.sub(r"\bsr\.?", "senior", title.lower())
    low = re.sub(r"\baides?\b", "assistant", low)  # a nurse aide is a nursing assistant
    low = _SHORTENED.sub(lambda m: _TITLE_SHORT[m[0]], low)  # "vet assistant" is a Veterinary
    # Assistant
    return frozenset(re.findall(r"[a-z]+", low)) - {"a", "an", "the", "of"}


# -- the checks -------------------------------------------------------------------------------


def check_tools(
    sentence: str, claim: bool, src: Sources, company: str, note: bool, aim: bool = False
) -> list[Finding]:
    """Tools named in ``sentence`` that the profile lacks; the posting's may be quoted where the
    clause is the company's, or in an ``aim``: a topic looked forward to ("Growing my SQL with
    PostgreSQL")."""
    out = []
    hits = [(name, m) for name, pattern in _TOOL_RES for m in pattern.finditer(sentence)]
    hits += [(m.group(0).lower(), m) for m in _CAMEL.finditer(sentence)]
    for name, m in sorted(hits, key=lambda hit: hit[1].start()):
        written, at = m.group(0), m.start()
        if name in src.profile_tools or name in lx.NOT_TOOLS or name == company.lower():
            continue
        if company.lower().startswith(f"{name} "):
            continue  # the company by its first word: "SunSheen" of "SunSheen Panel Care"
        if name not in TOOL_NAMES and name in src.profile:  # CamelCase word the profile has
            continue
        if spells(written, src.profile):
            continue  # "O&P" where the profile says "orthotic and prosthetic"
        if (
            re.fullmatch(r"\W*", sentence[:at])
            and written[1:].islower()
            and _word_in(name, src.profile)
        ):
            continue  # "Vault: backup vault teller": a word of the profile's, capitalised to
            # open the bullet, not HashiCorp's tool
        mine = owned(sentence, m.end())
        if not mine and (disowned(sentence, at, m.end()) or _an_interest(sentence, at, name, src)):
            continue
        quoted = not mine and (
            aim
            or posting_ok(sentence, at, claim, company, note)
            or about_letter(clause_of(sentence, at))
        )  # or the letter's business: "available for an interview or the CritiCall test"
        if quoted and name not in TOOL_NAMES:
            continue  # an unknown CamelCase name ("VoiceOver") not claimed by the applicant
        if quoted and (name in src.posting_tools or name in src.posting):
            continue
        if _CREW_AFTER.match(sentence, m.end()) and _WORKED_ON.search(sentence[:at]):
            out.append(error("employer", sentence, written, f"'{written}' is not an employer in "
                              "the profile"))  # fmt: skip
            continue  # "on SunPower install crews", "in the OhioHealth urgent care network"
        if _CERT_AFTER.match(sentence, m.end()):  # "my CoreCHI certification": a credential
            out.append(error("certification", sentence, written, f"'{written}' is not a "
                              "certification in the profile"))  # fmt: skip
            continue
        out.append(error("tool", sentence, written, f"'{written}' is not in the profile"))
    return out


_MEMBER_AFTER = re.compile(r"\s+(?:member|membership)\b", re.I)
_CERT_AFTER = re.compile(r"\s+(?:certification|certificate|credential|licen[cs]e)\b", re.I)


_CREW_AFTER = re.compile(
    r"\s+(?:(?!(?:so|the|and|to|for|that|which|an?)\b)[\w-]+\s+){0,2}"
    r"(?:crews?|teams?|network|system|hospitals?|clinics?)\b(?!['’])"
)
_WORKED_ON = re.compile(r"\b(?:on|with|for|at|joined|in)\s+(?:the\s+|an?\s+)?$", re.I)


def _name_word(word: str) -> bool:
    """May a capitalised word open a name of two words ("Wells Fargo"), not a sentence ("As
    Grounds Lead", "Daily Spektrix work", "Named Employee of the Quarter")?"""
    low = word.lower()
    return (
        low not in STOPWORDS and low not in _ADVERBS and not is_past(low) and not low.endswith("ly")
    )


_ADVERBS = words("already also still now just then once ever soon")


def _word_in(word: str, text: str) -> bool:
    """Is ``word`` a word of ``text`` on its own: "vault" in "backup vault teller"?"""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def _an_interest(sentence: str, at: int, name: str, src: Sources) -> bool:
    """Is the thing at ``at`` named as a liking ("one of my interests, alongside CLIs", "for
    me it's Taiwanese oolong"), or in a doing said as a pastime ("Away from work I print on a
    restored Vandercook proof press"), that the profile's interests or motivations hold? Neither
    claims experience with it."""
    held = _word_in(name.lower(), src.wants)
    clause = clause_of(sentence, at)
    pastime = LEISURE.search(sentence[:at]) or LEISURE.search(clause)
    return held and (liked(sentence, at) or bool(pastime) or _said_again(clause, name, src))


def _said_again(clause: str, name: str, src: Sources) -> bool:
    """Is the clause one line of the interests said again, its words nearly all that line's ("I
    ride the Old Mill Rail Trail most Sundays" for "I ride the Old Mill Rail Trail with my kids
    most Sundays")?"""
    said = tokens(clause) - src.plain - tokens(name)  # what the clause says beside the name
    return len(said) >= 2 and any(
        name in line and len(said & tokens(line)) >= 0.8 * len(said)
        for line in src.wants.splitlines()
    )


def known(phrase: str, src: Sources, company: str, quotable: bool, employer: bool = False) -> bool:
    """Does the profile (or the company applied to, or the posting where ``quotable``) hold
    ``phrase``? As an ``employer``, only the profile's employers and the company will do."""
    low = phrase.lower()
    if company and (low in company.lower() or company.lower() in low):
        return True
    if low in src.profile and not employer:
        return True
    if any(fuzz.token_set_ratio(low, e.lower()) >= 90 for e in src.employers):
        return True
    if any(re.match(rf"{re.escape(low)}\b", e.lower()) for e in src.employers if e):
        return True  # the first words of an employer's name: "at St." of "St. Luke's"
    if phrase in src.initials:
        return True  # "UW" for the profile's "University of Wisconsin–Madison"
    if quotable and low in src.posting:
        return True
    parts = phrase.split(" and ")  # "notice at Tidewater and Salish": two employers named
    return len(parts) > 1 and all(known(p, src, company, quotable, employer) for p in parts)


def _shortened(low: str, text: str) -> bool:
    """Is ``low`` words of ``text`` cut short, each at least three letters ("med-surg" of
    "medical-surgical")?"""
    parts = re.split(r"[\s-]+", low)
    if len(parts) < 2 or any(len(p) < 3 or not p.isalpha() for p in parts):
        return False
    return (
        re.search(r"\b" + r"[a-z]*[\s-]+".join(map(re.escape, parts)) + r"[a-z]*\b", text)
        is not None
    )


def _a_state(sentence: str, m: re.Match[str], src: Sources) -> bool:
    """Is a degree's letters a US state's code the sources name ("MA" for Massachusetts), with
    nothing that makes it a degree: no article, no field, no "degree"?"""
    state = lx.US_STATES.get(m.group(0), "").lower()
    return (
        bool(state)
        and not m.group("field")
        and not re.search(r"\b(?:an?|my|her|his|the)\s+$", sentence[: m.start()], re.I)
        and not re.match(r"\s+(?:degree|in|from|of)\b", sentence[m.end() :], re.I)
        and (state in src.profile or state in src.posting)
    )


def check_names(sentence: str, claim: bool, src: Sources, company: str, role: str) -> list[Finding]:
    if not claim:
        return []
    out = []
    schools = [m.group(1).strip() for m in _SCHOOL.finditer(sentence)]
    schools += [  # "my design modules at Goldsmiths"
        m.group(1).rstrip(".")
        for m in _STUDIED_AT.finditer(sentence)
        if not any(m.group(1).rstrip(".") in s for s in schools)
        and not re.search(r"\b(?:Club|League|Gym)\.?$", m.group(1))  # "classes at the Chess Club"
    ]
    worked = [  # "I worked in the financial aid office at Gateway Community College": an employer
        s
        for s in schools
        if re.search(rf"\bat\s+(?:the\s+)?{re.escape(s)}", sentence)
        and _WORKING.search(sentence[: sentence.find(s)])
    ]
    schools = [s for s in schools if s not in worked]
    for school in schools:
        if company and (school.lower() in company.lower() or company.lower() in school.lower()):
            continue  # the college applied to
        if school.lower() in src.posting and looking_ahead(sentence):
            continue  # the posting's own training, looked ahead to: "the Parking Enforcement
            # Academy is where I would learn"
        short = {school, school.replace("–", "-")}  # "DMACC", "UW–Milwaukee" as initials
        if school.lower() not in src.profile and not short & src.initials:
            out.append(error("school", sentence, school, f"'{school}' is not in the profile"))
    for pattern in _EMPLOYER:
        for m in pattern.finditer(sentence):
            org = re.sub(r"(?:'s|\.)$", "", m.group(1).strip())
            owner = re.split(r"['’]s\s", org)[0]
            if owner != org and known(owner, src, company, False, employer=True):
                org = owner  # "at Brightline Optical's Cherry Creek store": the owner's store
            working = m.group(0)[:2].lower() == "at" and _WORKING.search(sentence[: m.start()])
            applied = re.search(r"\bappl(?:y|ying|ied|ication)\b", sentence[: m.start()], re.I)
            if (_MY_PLACE.search(m.group(0)) and not applied) or working:
                # "my team at Figma", "serving as a Court Interpreter at X": an employer (not
                # "applying for the position at X": the company's check)
                held = known(org, src, company, False, employer=True) or bool(
                    # a site the profile's own jobs were at: "labor ... at the Orange County
                    # Convention Center"
                    re.search(rf"\bat (?:the )?{re.escape(org.lower())}\b", src.profile)
                )
            else:
                held = (
                    org.lower() in TOOL_NAMES
                    or known(org, src, company, about_company(sentence, company))
                    or negated(clause_of(sentence, m.start(1)))  # "I haven't worked with Clarity"
                    # a hope ("I would like to be the first kind at The Wren") names no employer;
                    # the company it hopes for is wrong_company's to check
                    or disowned(sentence, m.start(1), m.end(1))
                    # and the job's own place, in the letter's business: "I can work at
                    # Seattle-Tacoma International Airport"
                    or (
                        org.lower() in src.posting
                        and (about_letter(clause_of(sentence, m.start(1))) or applied is not None)
                    )  # or applied for there: "the Park Ranger position at Agate Point"
                )
            if held or NOT_ORGS.match(org) or any(org in s or s in org for s in schools):
                continue
            if re.search(lx.SCORED_AT, sentence[: m.start(1)], re.I):
                continue  # "tested at ALTA Level 9": a level, not a workplace
            if _PLACED_AT.search(sentence[: m.start(1)]):
                continue  # "second place at the Cascadia Latte Art Throwdown": a contest
            if _PRODUCT_AFTER.match(sentence, m.end(1)) and not working:
                continue  # "worked with Argus Titan controls": a product, the tool checks' business
            if _A_SCHOOL.search(org) and not working:  # "I trained at Paul Mitchell The School"
                out.append(error("school", sentence, org, f"'{org}' is not in the profile"))
                continue
            out.append(error("employer", sentence, org, f"'{org}' is not an employer in the "
                              "profile"))  # fmt: skip
    titles = list(_TITLE.finditer(sentence))
    titles += [
        m
        for m in _SERVE_AS.finditer(sentence)
        if not any(t.start() <= m.start(1) < t.end() for t in titles)
    ]
    # "I am a Software Engineer on the team and tech lead for the refunds service", "a carpenter
    # for 13 years and general foreman at Buckeye"
    titles += list(_SINCE_TITLE.finditer(sentence))  # "at Bright Pane, crew leader since 2023"
    titles += list(_LABEL_TITLE.finditer(sentence))  # "Routes: crew leader on a set route"
    titles += [
        m
        for m in _CO_TITLE.finditer(sentence, titles[0].end() if titles else 0)
        if titles or (m.group(3) and not re.match(r"\s*[.;]|\s*$", sentence[m.end() :]))
    ]
    for m in titles:
        title = next(g for g in m.groups() if g).strip()
        # "I was [promoted to] banquet captain": the title is what follows
        title = re.sub(r"^(?:promoted|named|made|appointed|elected)\s+(?:to|as)\s+", "", title)
        if re.match(r"not\b", title, re.I):
            continue  # "I'm not a ProLiteracy trainer": a gap
        if re.match(r"one\s+\w+ing\b", title, re.I):
            continue  # "I was the one helping the chief": who did what, no post
        if re.match(r"your\s", title, re.I) or re.match(r"[a-z]+ing\s+\w+\s+your\s", title):
            continue  # "as your current head sawyer retires": the company's, or the job applied
            # for ("I'm writing about your Assistant Store Manager opening")
        if re.match(r"(?:my|our|their|his|her|your) own\b", title, re.I):
            continue  # "I've been my own editor": a figure of speech
        title = re.sub(r"^(?:their|his|her|our|your)\s+", "", title)  # "as their mentor"
        title = re.sub(r"^.*\b(?:for|to) (?:an? |the )", "", title)  # "[applying for the] Engineer"
        named = title_words(title)
        if re.search(r"\bto lead$", title, re.I) or title.lower() == "leader":
            continue  # "I'm excited to lead design": a verb, not a title; "as a leader": a quality
        formal = all(w[0].isupper() for w in title.split())  # "Digital Archivist": all its own
        if any(_same_title(named, t, formal) for t in src.titles):
            continue
        parts = [title_words(p) for p in re.split(r"\s+and\s+", title)]
        if len(parts) > 1 and all(
            any(_same_title(p, t, formal) for t in src.titles) for p in parts
        ):
            continue  # "a helper and laborer" for "Drywall Helper / Laborer": two words, one post
        if "certified" in named and (
            formal or tokens(" ".join(named - {"certified"})) <= tokens(src.certs)
        ):  # "Certified Kubernetes Administrator": the certification check's; "as a certified
            continue  # nursing assistant" where the profile holds one: its certification
        head = title.lower().split()[-1]
        if any(head in t for t in src.titles) and re.search(
            rf"\b{re.escape(title.lower())}", src.profile
        ):
            continue  # "a hospital intern": a Pharmacy Intern, whose "hospital internship" it was
        # a post the profile gives as held ("Driver mentor since 2021: ..."), maybe qualified:
        # "weekend crew lead" for "Crew lead on weekend jobs since 2024"
        words = title.lower().split()
        posts = [" ".join(words)]
        if len(words) >= 3 and words[0] not in lx.RANK_WORDS and not formal:
            posts.append(" ".join(words[1:]))
        if any(
            re.search(rf"(?m)(?:^|: |\bas (?:an? )?|\bbeen (?:an? )?){re.escape(p)}\b", src.profile)
            # or said with a word of place before it: "Site climb-rescue trainer since 2022"
            or (
                " " in p
                and any(
                    q not in lx.RANK_WORDS | lx.LESSER_RANKS
                    for q in re.findall(rf"(?m)(?:^|: )([\w-]+) {re.escape(p)}\b", src.profile)
                )
            )
            for p in posts
        ):
            continue
        if "licensed" in named and tokens(" ".join(named - {"licensed"})) <= tokens(src.certs):
            continue  # "a licensed engineer": the profile's "Professional Engineer (PE)" licence
        if _target_role(named, role, sentence):
            continue
        if _BESIDE.search(sentence[: m.start(m.lastindex or 0)]):
            continue  # "working beside a senior researcher": someone else
        # "certified as a ... Specialist" (but "as a certified veterinary technician" is a title)
        if _CERT_CUE.search(clause_of(sentence, m.start()).replace(title, " ")):
            out.append(error("certification", sentence, title, f"'{title}' is not a "
                              "certification in the profile"))  # fmt: skip
            continue
        out.append(error("title", sentence, title, f"'{title}' is not a title in the profile"))
    for m in DEGREE.finditer(sentence):
        if m.group("other") == "MLS" and re.search(r"\b[A-Z][a-z]+\s+$", sentence[: m.start()]):
            continue  # "Bright MLS": a listing service, not a library degree
        level = next(k for k, v in m.groupdict().items() if v and k in lx.DEGREES)
        if _a_state(sentence, m, src):
            continue  # "Journeyman electrician (MA, 2020)": the state the sources place things in
        generic = lx.GENERIC_DEGREE
        ok = (
            level in src.degrees
            or (level == "degree" and bool(src.degrees))
            or generic.get(level) in src.degrees
            or any(generic.get(d) == level for d in src.degrees)
        )
        if level == "other":  # MFA, BEng...: the same letters must be in the profile, or the
            # words they stand for ("BFA" for "Bachelor of Fine Arts")
            code = re.sub(r"\W", "", m.group("other")).lower()
            ok = code in re.sub(r"[^\w ]", "", src.education) or bool(
                re.search(r"\b" + r"\w*\s+(?:of\s+)?".join(code) + r"\w*", src.education)
            )
        field = (m.group("field") or "").strip()
        field_words = frozenset(re.findall(r"[a-z]+", field.lower())) - {"and", "of", "the"}
        if ok and field_words and not all(w in src.education for w in field_words):
            ok = False
        if not ok and not _not_held(sentence, m.start(), m.end()):
            out.append(error("degree", sentence, m.group(0), f"'{m.group(0)}' is not a degree "
                              "in the profile"))  # fmt: skip
    creds = list(_CERT.finditer(sentence))
    listed = [
        m
        for m in _SMALL_CRED.finditer(sentence)
        if not any(n.start() < m.end(1) and m.start(1) < n.end() for n in creds)
        and not looking_ahead(clause_of(sentence, m.start(1)))
    ]
    for m in [*creds, *listed]:
        cert = next(g for g in m.groups() if g).strip()
        if cert.lower() in ("certification", "certificate", "certified", "credential"):
            continue  # the word alone ("Certification testing is ...") names none
        if re.match(r"(?:a\s+)?(?:nice[- ]to[- ]haves?|plus|bonus|must[- ]haves?)\b", cert, re.I):
            continue  # "a certification as a nice-to-have": the posting's wording
        # "licence" and "license" are one word
        cert_words = set(re.findall(r"[a-z0-9+]+", cert.lower().replace("licence", "license")))
        cert_words -= lx.CERT_FILLER
        certs = src.certs.replace("licence", "license")
        # each word in the certifications, or their initials ("MOS" Excel)
        in_certs = {w for w in cert_words if w in certs or w.upper() in src.cert_initials}
        if cert in src.cert_initials or (cert_words and in_certs == cert_words):
            continue
        if m in listed and all(re.search(rf"\b{re.escape(w)}", src.profile) for w in cert_words):
            continue  # "forklift certification" where the profile's forklift work is certified
            # under another name ("Powered Industrial Truck Operator")
        bare = re.search(r"licen|certifi", cert.lower())  # no more than the word
        if not cert_words and bare and bare.group(0) in src.profile:
            continue  # "a valid license", where the profile holds a driver's license
        if (
            bare
            and bare.group(0) == "licen"
            and any(
                "licen" in f.text.lower()
                and cert_words <= set(re.findall(r"[a-z0-9+]+", f.text.lower()))
                for f, _ in src.facts
                if f.kind != "motivation"  # not one the applicant hopes to earn
            )
        ):
            continue  # "a valid Vermont license": a skill line's "Valid Vermont driver's license"
        if title_words(cert) in src.titles:
            continue  # "as a Certified Nursing Assistant": a title the profile gives, held
        if _not_held(sentence, m.start(), m.end()):
            continue
        if cert.lower() in src.posting and reported(sentence, m.start()):
            continue  # "I understand that the CPL designation is preferred": the posting's
        if _TO_THE_HOLDER.search(sentence[: m.start()]) and not _CRED_ITSELF.match(
            sentence, m.end()
        ):
            continue  # "the year-end packet for our outside CPA": a person who holds it
        out.append(error("certification", sentence, cert, f"'{cert}' is not a certification "
                          "in the profile"))  # fmt: skip
    for m in _CODED.finditer(sentence):  # "OSHA 30" where the profile has "OSHA 10-Hour"
        level_of = (
            rf"\b{m[1].lower()}(?:[\s-]?(?:level\s+)?|\b[^.;]{{0,60}}?\blevel\s+)(\d{{1,5}})\b"
        )
        levels = re.findall(level_of, src.profile)  # and "SNA Certificate in ... – Level 1"
        if not levels or _not_held(sentence, m.start(), m.end()):
            continue
        said = [(m[2], m.group(0).removesuffix(m[3] or ""))]
        if m[3]:  # "SNA Level 1 and Level 2"
            said.append((m[4], f"Level {m[4]}"))
        for level, claimed in said:
            if level not in levels:
                why = f"the profile has {m[1]} {' or '.join(dict.fromkeys(levels))}, not {level}"
                out.append(error("certification", sentence, claimed, why))
    for m in _CDL_CLASS.finditer(sentence):  # "Class A CDL" where the profile has Class B
        classes = {a or b for a, b in _CDL_CLASS.findall(src.profile)}
        claimed = (m[1] or m[2]).lower()
        if classes and claimed not in classes and not _not_held(sentence, m.start(), m.end()):
            why = f"the profile's CDL is Class {' or '.join(sorted(classes)).upper()}"
            out.append(error("certification", sentence, m.group(0), why))
    for m in _ENDORSEMENT.finditer(sentence):  # "a tanker endorsement" the profile lacks
        endorsed = rf"\b{m[1].lower()}\b[^.;\n]{{0,40}}\bendorsement"  # "air brakes endorsement"
        if not re.search(endorsed, src.profile) and not _not_held(sentence, m.start(), m.end()):
            why = f"the profile has no {m[1].lower()} endorsement"
            out.append(error("certification", sentence, m.group(0), why))
    return out


# A credential in small letters, after an article or "my" ("I already hold a commercial pesticide
# applicator license", "with a forklift certification") or in a list ("Safety: forklift
# certification, first aid/CPR", "..., commercial shellfish permit"); not a driving licence, which
# is the letter's business, nor a thing a clerk handles ("a business license application"), nor
# a duty listed ("checking tax certifications"). Documents come in the plural ("HOA certificates
# and tax certificates", "building permits"); a credential only as "certifications".
_SMALL_CRED = re.compile(
    r"(?:\b(?:an?|my)\s+|(?:^\W*[\w' /&-]{1,30}:\s+|[,;]\s+|\s+and\s+)(?![a-z]+ing\s))"
    r"(?:(?:current|valid|active|full)\s+)?(?!(?:[\w-]+\s+){0,3}driv)"
    r"((?:(?!(?:and|or|an?|my|the|of|for|in|on|with|to)\b)[a-z][\w-]*\s+){1,3}"
    r"(?:licen[cs]e|certifications?|certificate|permit))\b"
    r"(?!\s+(?:application|renewal|process|requirement|fee|exam|course|class|test|program"
    r"|holder|number)s?\b)"
)


# Another person the applicant works near: "beside a senior researcher", "under a master".
_BESIDE = re.compile(
    r"\b(?:beside|alongside|next to|with|under|shadowing|from|by|assist(?:ed|ing)?|help(?:ed|ing)?"
    r"|support(?:ed|ing)?|report(?:ed|ing)? to|work(?:ed|ing)? for|for)\s+"
    r"(?:an?|the|our|your|other|more)\s+$"
    # and someone the applicant works with: "Our lead programmer checks each one", "A senior
    # analyst reviewed every call I made"
    r"|(?:^|[,;:]\s+|\b(?:and|but|so|then)\s+)\W*(?:our|my|their|his|her)\s+$|^\W*an?\s+$",
    re.I,
)
# Initials with a number: a course, level or standard ("OSHA 30", "ISO 27001").
_CODED = re.compile(
    r"\b([A-Z]{2,6})[\s-](?:Level\s+)?(\d{1,5})\b"  # and "RVTI Level 2"
    r"((?:,\s*|\s+(?:and|or|&)\s+)Level\s+(\d{1,5})\b)?"  # "SNA Level 1 and Level 2"
)


# A commercial licence's class and endorsements.
_CDL_CLASS = re.compile(
    r"\b(?:[Cc]lass\s+([A-Ca-c])\s+(?:CDL|cdl|[Cc]ommercial)|(?:CDL|cdl)[\s,-]+[Cc]lass\s+([A-Ca-c]))\b"
)
_ENDORSEMENT = re.compile(
    r"\b(tanker|hazmat|passenger|school bus|doubles(?:/triples)?|air brakes?)\s+(?:\(\w\)\s+)?"
    r"endorsements?\b",
    re.I,
)


def _not_held(sentence: str, start: int, end: int) -> bool:
    """A degree or certification named as one the applicant lacks or wants ("I don't hold an
    AWS certification yet"), not as their own ("from my MFA", whatever gap is near)."""
    before = sentence[:start]
    if _TO_GET_MY.search(before) and not _DONE_WHEN.search(sentence):
        return True  # "Getting my ServSafe Manager certification": one still to get
    if re.match(r",?\s+(?:a step )?up from\b", sentence[end:]):
        return True  # "OSHA 30, up from my OSHA 10": the next step
    if gap_listed(sentence, start):
        return True  # "What I don't have yet: my Merchant Mariner Credential."
    mine = re.search(r"\bmy\s+(?:[\w-]+\s+)?$", before, re.I)  # "My bachelor's in ..."
    return not mine and disowned(sentence, start, end)


_DONE_WHEN = re.compile(lx.DONE_WHEN, re.I)
# (and the second of two named: "earning Navien or [Rinnai] factory certification")
_TO_GET_MY = re.compile(
    rf"{lx.AIM_GET}\s+(?:(?:my|the|an?)\s+)?(?:[\w-]+\s+)?(?:(?:or|and)\s+)?$", re.I
)


# A label naming licences: "Licence: CDL Class B".
_LICENCE = re.compile(r"\blicen[cs]es?\b", re.I)
# (not "certificates", which are often documents: "HOA certificates and tax certificates")
_CERT_CUE = re.compile(r"\bcertif(?!icates\b)\w*|\bcerts?\b|\bcredential|\baccredit\w*", re.I)
# A run of capitalised words or initials: "AWS Machine Learning Specialty", "Stripe's", joined
# by "of the" too: an honour's "Technician of the Year" is one name, not "Technician" and "Year".
NAME = re.compile(
    r"(?<![\w'’/.@-])(?:[A-Z][\w&+'’.-]*[\w+]|[A-Z])"  # (a name ends at a line's end)
    r"(?:[^\S\n]+(?:(?:of(?:[^\S\n]+the)?|for|&|de)[^\S\n]+)?(?:[A-Z][\w&+'’.-]*[\w+]|[A-Z]))*"
)
_COMMUTE = re.compile(r"\s+is\s+an?\s+(?:\w+\s+)?(?:commute|drive)\b")
_NOT_NAMES = words(
    "I I'm I've I'd I'll Dear Hi Hello Thanks Thank Mr Ms Mrs Dr OK AM PM CV Mac iOS Android "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December English Europe Christmas "
    "Thanksgiving Easter Halloween Hanukkah Intro"
)
_TITLE_END = re.compile(rf"\b(?:{lx.TITLE_HEADS})$", re.I)
_CERT_END = re.compile(
    r"\b(?:Certified|Certification|Certificate|Specialty|Specialist|Professional|Associate|"
    r"Practitioner|Expert|Foundations?|Belt)$"
)


def check_named(
    sentence: str,
    found: list[Finding],
    src: Sources,
    company: str,
    role: str,
    note: bool,
    aim: bool = False,
) -> list[Finding]:
    """Every name the applicant claims must be the profile's: a run of capitalised words or
    initials in a claim about the applicant ("my AWS Machine Learning Specialty certification",
    "a stint on Stripe's payouts team", "as Brightcart's Analytics Lead") that the profile does
    not hold is an error, of the kind the words around it tell (certification, title, employer,
    company), else a plain "claim". Names the posting gives may be quoted where the clause is
    about the company or the role; a name the applicant disowns ("I have not used X") is fine.
    Tools, schools, degrees and the rest are left to their own checks (``found``)."""
    out: list[Finding] = []
    # a note's label is short: "Three years of repair at X and Y: hinges, ..." claims X and Y
    tools_line = LEAD.match(sentence)
    lead_in = tools_line if note else None
    label = lead_in.end(1) if lead_in and len(lead_in.group(1)) <= _SHORT_LABEL else -1
    # names already found (a tool, a school...); a clause found unsupported does not name them
    taken = [
        f.words.lower()
        for f in found
        if f.sentence == sentence
        and f.words
        and f.kind not in ("scope", "claim")
        and len(f.words.split()) <= _NAME_WORDS
    ]
    lead = len(sentence) - len(sentence.lstrip(" \"'(*-•<>["))
    own_list = (
        tools_line.end()
        if tools_line and _OWN_LABEL.search(tools_line.group(1)) and not aim
        else len(sentence) + 1
    )
    for at, name in _names(sentence):
        if label >= 0 and at < label + 2:
            continue  # a note's label names a topic of the posting
        parts = name.split()
        opens = at == lead or re.search(r"[.!?:;]\s+[\"'(]?$", sentence[:at])
        if opens and len(parts) > 1 and _grounded(name, src, company, role):
            continue  # the profile's, with the capital that opens the sentence: "Club TD ..."
        # initials after a label name a thing ("Credentials: GCDF"), and so does a name the
        # posting gives, there or after a ";" in what the label lists ("...; R-net programming")
        after_label = 0 < label == at - 2 or (0 < label < at and sentence[:at].endswith("; "))
        if opens and not (
            after_label
            and (
                parts[0] in src.posting_names
                or re.fullmatch(r"[A-Z]{3,}", parts[0])
                or (len(parts) > 1 and _name_word(parts[0]))  # "Cash handling: Wells Fargo"
            )
        ):
            at += len(parts[0]) + 1  # a capital that opens a sentence names nothing by itself,
            parts = parts[1:]  # but after a label it may be a name the posting gives ("Brightly")
            # or one word of a longer name
        parts = [_JOINED_ON.sub("", p).rstrip(".") for p in parts]
        while parts and (parts[-1] in _NOT_NAMES or parts[-1].lower() in ("of", "and", "for")):
            parts.pop()
        while parts and (parts[0] in _NOT_NAMES or parts[0].lower() in ("of", "and", "for")):
            at += len(parts.pop(0)) + 1
        name = " ".join(parts)
        if len(name) < 2 or re.fullmatch(r"F\d+", name) or _grounded(name, src, company, role):
            continue
        if name.endswith("s") and _grounded(name[:-1], src, company, role):
            continue  # "DCW Levels 1–2" where the profile has "DCW ... Level 1"
        days = name.split("-")
        if all(w in _NOT_NAMES or w[:-1] in _NOT_NAMES or w in ("to", "through") for w in days):
            continue  # "a Monday-to-Friday schedule": days, not a name
        low = name.lower()
        if any(low in t for t in taken):
            continue  # already a tool, school, degree, employer... finding
        if name in _tools(name).values() or _CAMEL.fullmatch(name) or DEGREE.fullmatch(name):
            continue
        if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", name) and (
            DEGREE.fullmatch(f"{name}.") or _grounded(name.replace(".", ""), src, company, role)
        ):
            continue  # dotted initials: "an A.A.S. in Business Management"
        end = at + len(name)
        std = _STANDARD_BEFORE.search(sentence[:at]) if _LEVEL.fullmatch(name) else None
        if std and _grounded(std.group(1), src, company, role):
            continue  # "WCAG 2.2 AA": a level of a standard the profile holds
        if re.match(
            r"(?:\s+(?:I{1,3}|IV|[1-4]))?\s+(?:role|position|opening|vacancy|job)\b", sentence[end:]
        ):
            continue  # the role applied for: letter.wrong_role's business
        # the last item of the applicant's own list is theirs too: "I schedule ..., and handle
        # refunds in Mindbody"
        head = sentence[: clause_start(sentence, at)]
        joined = bool(
            re.search(r"\b(?:and|or)\W*$", head)
            and _MINE.search(head)
            and not looking_ahead(head)  # "I'd like to learn X, and work with mills in Vietnam"
            and _NO_SUBJECT.match(sentence, len(head))
            and not gerund_subject(sentence[len(head) :])
        )
        quotable = aim or (posting_ok(sentence, at, True, company, note) and not joined)
        # what follows a note's label lists the applicant's own ("Credentials: ... and the CRME"),
        # and so does a letter's line labelled as their skills ("Skills: Genesys Cloud and Verint")
        listed = (note and 0 < label < at) or own_list <= at
        clause = clause_of(sentence, at)
        posted = (
            low in src.posting
            or bool(  # and the plural of initials it gives: "PTs"
                re.fullmatch(r"[A-Z]{2,}s", name) and re.search(rf"\b{low[:-1]}\b", src.posting)
            )
        )
        if (
            posted
            and not listed
            and not _listed_beside(sentence[:at], src.skills)  # "our Cobra Class 4 and a Landis 3"
            # a note's bullet with no subject is the applicant's: "Processing payroll in ADP"
            and (
                quotable
                or (not note and not joined and impersonal(clause, src))
                or about_letter(clause)
            )
        ):
            continue  # the posting's, or its place or hours in the letter's business
        if low in src.posting and re.fullmatch(r"[A-Z][a-z]+(?:er|or|ian|ist|ee|ant|ent)s", name):
            continue  # a plural the posting uses for its people: "millions of Pinners"
        to_get = _TO_GET_MY.search(sentence[:at]) and not _DONE_WHEN.search(sentence)
        if (disowned(sentence, at, end) or to_get) and not owned(sentence, end):
            continue  # "I have not used X"; "... and earning Navien or Rinnai certification"
        if aim and all(
            re.search(rf"(?<!\w){re.escape(w)}(?!\w)", src.posting) for w in low.split()
        ):
            continue  # a topic looked forward to, in the posting's words: "the AHLEI CHSP"
        if _an_interest(sentence, at, low, src):
            continue
        if _KIN.search(sentence[:at]):
            continue  # "my own dog, Biscuit": a pet's or a relative's name
        if _COMMUTE.match(sentence, at + len(name)):
            continue  # "so Lyons is a commute I'm happy to make": a place
        if posted and _FROM_TO.search(sentence[:at]):
            continue  # "nets headed anywhere from Newport to Eureka": the posting's places
        if _PLACES_AFTER.match(sentence, end):
            continue  # "fine for St. Louis and Lake counties": places
        if _PLACE_END.search(name) and (_IN_PLACE.search(sentence[:at]) or about_letter(sentence)):
            continue  # "a farm in Buena Vista County", "I live in Flowery Branch, so Hall County
            # is home": a place, not an employer
        kind = _name_kind(sentence, at, end, name, src.employers)
        if _MEMBER_AFTER.match(sentence, end):
            kind = "claim"  # "already an AEA member": a membership, whatever the posting calls it
        elif kind == "claim" and _posting_cert(low, src.posting):
            kind = "certification"  # "Putting my APICS CPIM to work", a credential the posting asks
        elif kind in ("claim", "employer") and _posting_tool(low, src.posting):
            kind = "tool"  # "Work orders: Brightly", a system the posting asks for
        elif kind == "claim" and _posting_software(low, src.posting):
            kind = "tool"  # "reservations in Molo": "marina reservation software; Molo preferred"
        elif (
            kind == "employer"
            and _posting_software(low, src.posting)
            and _WITH.search(sentence[:at])
        ):  # "on the bigger pads with Trimble Earthworks": "GPS machine control (Trimble ...)"
            kind = "tool"
        elif kind in ("claim", "tool") and _listed_beside(sentence[:at], src.certs):
            kind = "certification"  # "H2S Awareness, SafeLand USA and OSHA 10": beside one held
        elif kind in ("claim", "employer") and _listed_beside(sentence[:at], src.skills):
            kind = "tool"  # "Trimble Access and Carlson Survey": beside a tool the skills list
        if kind == "company" and low in src.posting:
            continue
        out.append(error(kind, sentence, name, f"'{name}' is not in the profile"))
        taken.append(low)
    return out


# A participle joined on says what the name did ("Matheson-trained", "Core-based"), and a place's
# word where it is ("Sacramento-area"); a possessive or a plural of figures is no part of it.
_JOINED_ON = re.compile(r"['’]s$|(?<=\d)s$|-[a-z]+(?:ed|en|ing)$|-(?:area|region|wide)$")
_MINE = re.compile(r"\b(?:I|I've|I'm|my)\b")
# A thing worked with, not for: "on the bigger pads [with] Trimble Earthworks".
_WITH = re.compile(r"\b(?:with|using|in)\s+(?:the\s+)?$", re.I)
# A clause that opens with its verb, no subject of its own: "[and] handle refunds in Mindbody".
_NO_SUBJECT = re.compile(
    r"\s*(?!(?:your|you|the|we|they|it|this|that|there|an?|our|his|her|its|their|so|then|why|how|"
    r"what|where|when|which|who|getting|earning|finishing|completing|passing)\b)"
    r"[a-z]+\b"  # and one that opens with a participle: "[and] assembling Octanorm frames"
)
_KIN = re.compile(
    r"\bmy\s+(?:own\s+)?(?:dog|cat|horse|pet|puppy|son|daughter|kid|husband|wife|partner|"
    r"mother|father|mom|dad|brother|sister|grandmother|grandfather)\s*,?\s+$",
    re.I,
)
_FROM_TO = re.compile(r"\bfrom\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}\s+to\s+$", re.I)
_PLACES_AFTER = re.compile(
    r"(?:[.\s]+(?:(?:and|or|&)\s+)?[A-Z][\w.'’-]*)*\s+(?:counties|parishes|townships|boroughs)\b"
)
_PLACE_END = re.compile(r"\b(?:County|Parish|Township|Borough|Valley|Region|Coast)$")
_IN_PLACE = re.compile(
    r"\b(?:(?:in|near|from|outside|around|across|along)\s+)?the\s+$"
    r"|\b(?:in|near|from|outside|around|across|along)\s+$",
    re.I,
)
# The most words a name found by another check runs to ("AWS Certified Solutions Architect").
_NAME_WORDS = 6
# A standard's level or version written after it: "WCAG 2.2 AA", "ISO 27001 Annex A".
_LEVEL = re.compile(r"(?:Level\s+)?A{1,3}|v?\d+(?:\.\d+)*|Annex\s+[A-Z]")
_STANDARD_BEFORE = re.compile(r"\b([A-Z][A-Za-z0-9.-]*)(?:\s+v?\d+(?:\.\d+)*)?\s+$")


def _names(sentence: str) -> list[tuple[int, str]]:
    """Each capitalised run with where it starts; a possessive ends one name and may start the
    next: "Brightcart's Analytics Lead" is Brightcart and Analytics Lead."""
    out = []
    for m in NAME.finditer(sentence):
        at = m.start()
        for piece in re.split(r"(?<=['’]s)\s+", m.group(0)):
            out.append((at, piece))
            at += len(piece) + 1
    return out


# Words a firm's name may drop when said short: "Coulee State Athletics" for "Coulee State
# University Athletics".
_DROPPABLE = words("university college community company co inc llc ltd corporation corp group the")


def _short_for(said: str, name: str) -> bool:
    """Is ``said`` ``name`` with only generic words left out, its first word kept?"""
    short, full = said.split(), name.split()
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0]:
        return False
    rest = iter(full)
    kept = all(w in rest for w in short)  # the words said, in their order
    return kept and all(w in short or w.strip(".,") in _DROPPABLE for w in full)


def _grounded(name: str, src: Sources, company: str, role: str, whole: bool = True) -> bool:
    """Does the profile (or the company or role applied for) hold this name, near enough? Two
    names the profile holds, side by side, are held too ("CNCF Certified Kubernetes ...")."""
    parts = name.split()
    if whole and len(parts) > 1:
        for i in range(1, len(parts)):
            # the words that join two names join nothing: "[Program Supervisor] for [Mountain Cubs]"
            left = re.sub(r"\s+(?:for|of|&)$", "", " ".join(parts[:i]))
            right = re.sub(r"^(?:for|of|&)\s+", "", " ".join(parts[i:]))
            if any(re.search(rf"\s{re.escape(right)}\w?$", e) for e in src.employers):
                continue  # the end of an employer's name, with another start: "Montana
                # Conservation Corps" beside "Bitterroot Backcountry Conservation Corps"
            if _grounded(left, src, company, role, False) and _grounded(
                right, src, company, role, False
            ):
                return True
    low = name.lower()
    one = low[:-1] if re.fullmatch(r"[A-Z]{2,}s", name) else low  # "RFIs" for "RFI" and back
    if re.search(rf"(?<![\w-]){re.escape(one)}s?(?!\w|-(?!\w+(?:ed|en|ing)\b))", src.profile):
        return True  # and its participle: "ABA" in "ABA-approved"
    if _shortened(low, src.profile):
        return True  # "4 West Med-Surg" for the profile's "4 West Medical-Surgical Unit"
    if company and (low in company.lower() or company.lower() in low):
        return True
    if company and name == initials_of(company):
        return True  # "PSDA" for Puget Sound Defender Association
    if role and low in role.lower():
        return True
    if re.fullmatch(r"[A-Z]{2,}", name) and name in initials_of(role):
        return True  # "QC" for the "Quality Control Lab Technician" applied for
    if name in src.cert_initials or name in src.initials or spells(name, src.profile):
        return True  # "NPs" for the profile's "nurse practitioners"
    if any(fuzz.ratio(low, e.lower()) >= 90 or _short_for(low, e.lower()) for e in src.employers):
        return True
    if re.search(r"\s(?:[IVX]{1,4}|\d{1,3})$", name):
        return False  # a level is held as written: "Ginner School Level II" beside its "Level I"
    return len(low) >= 8 and fuzz.partial_ratio(low, src.profile) >= 92


def initials_of(name: str) -> str:
    """ "Puget Sound Defender Association" → "PSDA" (small words and "&" left out)."""
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", name))


_SCHOOL_END = re.compile(r"\b(?:School|College|University|Academy)$")


_QUALS = re.compile(r"\bquals?\b|\bqualifications\b", re.I)


def _name_kind(sentence: str, at: int, end: int, name: str, employers: set[str]) -> str:
    """What an unsupported name claims, from its own last word and the words around it (and
    the applicant's ``employers``: a name listed beside one of them is one too)."""
    before, after = sentence[max(0, at - 40) : at].lower(), sentence[end : end + 40].lower()
    clause = clause_of(sentence, at)
    lead = LEAD.match(sentence)  # "Credentials: ... and the CRME": the label names its kind
    if (
        lead
        and lead.end() <= at
        and (
            _CERT_CUE.search(lead.group(1))
            or _LICENCE.search(lead.group(1))
            or _QUALS.search(lead.group(1))
        )
    ):
        return "certification"  # "Credentials: ...", "Licence: CDL Class B", "Quals: ..."
    # a name used in the part of the clause that holds it, after a credential said before
    # "and": "I'm CASAS certified and [already enter learner hours in LACES]"
    part = re.split(r"\b(?:and|but)\b", sentence[clause_start(sentence, at) : at])[-1]
    if re.search(r"\bwith\s+$", before) and _FIRM_ING.search(name):
        return "employer"  # "a spring run with Tri-State Shearing": a firm by its trade
    if _USED_IN.search(part) and not _CERT_CUE.search(part + after) and not _CERT_END.search(name):
        return "tool"
    if _SCHOOL_END.search(name) and re.search(r"\bfrom\s+(?:the\s+)?$", before):
        return "school"  # "a certificate from Mid-Atlantic Horseshoeing School": its issuer
    if _CERT_END.search(name) or _CERT_CUE.search(clause) or _EXAM.search(before):
        return "certification"
    if lead and lead.end() <= at and _TOOL_LABEL.search(lead.group(1)):
        return "tool"  # "Tools: I preflight in Adobe Acrobat Pro and Esko"
    if _ISSUED.search(name):
        return "certification"  # "an NPIP Authorized Testing Agent": a credential, not a post
    if _TITLE_END.search(name):
        return "title"
    if looking_ahead(clause) and re.search(r"\b(?:at|to|for|join|joining)\s+$", before):
        return "company"
    if _PLACED_AT.search(before):
        return "claim"  # "took second place at the Cascadia Latte Art Throwdown": a contest
    if (
        _USED_IN.search(sentence[max(0, at - 60) : at])
        or _tool_listed(sentence[max(0, at - 40) : at])
        or _PRODUCT_AFTER.match(after)
        or (re.search(r"\bwith\s+an?\s+$", before) and _MODEL_NUMBER.match(after))
    ):
        return "tool"
    if (
        re.search(r"\b(?:at|joined|for|with|on|stint|time|years?)\s+(?:the\s+)?$", before)
        or re.search(r"\bexperience\s+from\s+$", before)  # "Food plant experience from Foster"
        or re.match(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:team|org|office|group)\b", after)
        or _listed_after(sentence[:at], employers)  # "(Harcourt & Lyle, and Connells before)"
        or _listed_before(sentence[end:], employers)  # "(Breakout Games, then Cipher & Key)"
        # a crew of it worked on: "a summer on a Pan Am Railways signal gang"
        or (re.search(r"\bon\s+an?\s+$", before) and _CREW_OF.match(after))
        # or one of its people: "Wells Fargo teller before Harbor Point"
        or _ONE_OF_ITS.match(after)
    ):
        return "employer"
    if re.search(r"\bmy\s+$", before) and _INITIALS.fullmatch(name) and not _OF_USE.match(after):
        return "certification"  # "My APICS CPIM gives me ...": letters the applicant holds
    # a licence held, by its letters: "I am an Ohio LSW", "as a DANB COA", "current in AHA BLS"
    if re.search(r"\b(?:i'm|i am|as) an?\s+$", before) and re.search(r"\b[A-Z]{2,}$", name):
        return "certification"
    if _HELD_IN.search(before) and _INITIALS.fullmatch(name):
        return "certification"
    if re.search(r"\bhold\s+(?:an?|my|the)?\s*(?:current|valid|active)?\s*$", before):
        return "certification"  # "I hold a current Wilderness First Responder from NOLS"
    if _INITIALS.fullmatch(name) and re.match(r"\s+\d{1,5}[a-z]?\b", after):
        return "certification"  # a standard or course by its letters and code: "NFPA 70E"
    return "claim"


# A model number after a name: "with a Spectrum TDR 350" (not a year).
_MODEL_NUMBER = re.compile(r"\s+(?!(?:19|20)\d\d\b)[a-z]{0,3}\d{2,5}[a-z]?\b")
_FIRM_ING = re.compile(r"\s(?!(?:Training|Learning|Building)$)[A-Z][a-z]+ing$")
_HELD_IN = re.compile(r"\b(?:current|certified|trained) (?:in|on)\s+$")
_CREW_OF = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:gang|crew|team)s?\b")
_ONE_OF_ITS = re.compile(
    r"\s+(?:teller|clerk|cashier|barista|driver|picker|associate|cook|server|nurse|aide)s?"
    r"\s+(?:before|at|until|since|from|in|for)\b"
)
_ISSUED = re.compile(r"\b(?:Authorized|Certified|Licensed|Accredited)\b")
_PLACED_AT = re.compile(
    r"\b(?:place|prize|ribbon|medal|won|winning|finished|placed)\s+(?:at|in)\s+(?:the\s+)?$"
    # and a round of it: "placed second in the junior final at the Golden Shears"
    r"|\b(?:finals?|heats?|semi-?finals?|rounds?)\s+(?:at|of)\s+(?:the\s+)?$"
)
# A name written in capitals only, one or more words: "CPIM", "APICS CPIM", "PMP".
_INITIALS = re.compile(r"[A-Z][A-Z0-9&+]{1,7}(?:\s+[A-Z][A-Z0-9&+]{1,7})*")
# ... followed by what it is used for or known as, not held: "my SQL skills", "my CRM system".
_OF_USE = re.compile(
    rf"\s+(?:{lx.TOOL_NOUNS}|skills?|experience|knowledge|work|team|data|reports?)\b", re.I
)


def _posting_cert(low: str, posting: str) -> bool:
    """Does the posting call the name a certification ("APICS CPIM or CSCP certification",
    "certified in CPIM")? What it asks for, it names the kind of."""
    name = rf"(?<![\w-]){re.escape(low)}(?![\w-])"
    cue = r"(?:certif\w*|credentials?|accredit\w*|licen[cs]\w*)"
    return bool(
        re.search(rf"{name}[^.;:]{{0,30}}?\b{cue}", posting)
        or re.search(rf"\b{cue}\s+(?:in\s+|as\s+)?(?:an?\s+)?{name}", posting)
    )


# Kinds of software by their letters: "Lightspeed POS", "Sunquest or another LIS".
_SYSTEMS = "lis|crm|pos|erp|ehr|emr|cmms|ats|hris|tms|wms|lms|pms"


def _posting_tool(low: str, posting: str) -> bool:
    """Does the posting call the name a system ("Brightly or another work order system",
    "Sunquest or another LIS", "our laboratory information system (Sunquest)")?"""
    name = rf"(?<![\w-]){re.escape(low)}(?![\w-])"
    kind = rf"(?:{lx.TOOL_NOUNS}|{_SYSTEMS})"
    return bool(
        re.search(
            rf"{name}\s+(?:or|and)\s+(?:an?other|other|similar|any)\s+(?:[\w-]+\s+){{0,2}}{kind}\b",
            posting,
        )
        or re.search(rf"\b{kind}\s*\((?:[\w-]+\s+){{0,3}}{name}", posting)
        or re.search(rf"{name}(?:\s+[\w-]+){{0,3}}\s+{kind}\s+or\b", posting)
    )


def _posting_software(low: str, posting: str) -> bool:
    """Does the posting name it within a few words of a kind of system ("Experience with marina
    reservation software; Molo strongly preferred", "Altru, Galaxy or a similar ticketing and
    point-of-sale system"), or ask the applicant to know it ("Working knowledge of Bluebeam
    Revu", "Croptracker experience a plus")? (``posting`` is the flattened posting: one line.)"""
    name = rf"(?<![\w-]){re.escape(low)}(?![\w-])"
    kind = rf"\b(?:{lx.TOOL_NOUNS}|{_SYSTEMS})\b"
    known = r"\b(?:experience|knowledge|proficiency|familiarity|fluency)\s+(?:with|of|in)\s+"
    return bool(
        re.search(rf"{name}.{{0,60}}?{kind}|{kind}.{{0,60}}?{name}", posting)
        or re.search(rf"{known}[^.;]{{0,40}}?{name}", posting)
        or re.search(rf"{name}\s+(?:experience|knowledge|proficiency|familiarity)\b", posting)
    )


# A note's label longer than this says where the work was, not the posting's topic: "Repair at
# Temple and the Library Company of Philadelphia: ...".
_SHORT_LABEL = 40
# A lead-in before a colon (claims.LEAD) that names tools: "Tools:", "Software:", "Systems I
# know:", "Skills:".
_TOOL_LABEL = re.compile(rf"\b(?:tools?|tooling|stack|skills?|{lx.TOOL_NOUNS})\b", re.I)
# ... or the applicant's credentials: "Certifications: Red Cross First Aid/CPR/AED (2024), ..."
_OWN_LABEL = re.compile(
    rf"{_TOOL_LABEL.pattern}|{_QUALS.pattern}|\bcertif\w*|\bcerts?\b|\bcredentials?\b"
    r"|\blicen[cs]es?\b",
    re.I,
)
# Words before a name that make it an exam passed or a credential held: "I passed the CPACC",
# "I finished APICS CLTD last spring".
_EXAM = re.compile(
    r"\b(?:pass(?:ed|ing)?|sat|sitting|earn(?:ed|ing)?|obtain(?:ed|ing)?|gain(?:ed|ing)?|"
    r"finish(?:ed|ing)?|complet(?:ed|ing)|"
    r"hold(?:ing)?|held)\s+(?:the\s+|an?\s+|my\s+)?"
    r"(?:[\w-]+(?:,\s+|\s+and\s+)(?:the\s+|an?\s+|my\s+)?){0,3}$",  # "hold the X and the PHR"
    re.I,
)
# Words before a name that make it a tool worked in: "I model in Creo", "using Onshape", "built
# in both Articulate Rise and Storyline", "reports from Clarity", "set up a project in Lokalise",
# "review rate recommendations in IDeaS G3", "I use the NIOSH lifting equation", "promote them on
# Viva Engage"; and so do words of being at ease in one: "I am already comfortable in Jeppesen
# Crew Tracking".
_USED_IN = re.compile(
    r"\b(?:(?:model|modell?ed|work|worked|design|designed|build|built|code|coded|draw|drew|"
    r"prototype|prototyped|draft|drafted|run|ran|simulate|simulated|deploy|deployed|host|"
    r"hosted|pull|pulled|export|exported|query|queried|set up|configured|tracked|review|reviewed|"
    r"check|checked|enter|entered|entering|update|updated|analy[sz]e|analy[sz]ed|log|logged|"
    r"logging|working|process|processed|processing|prepare|prepared|preparing|schedule|"
    r"scheduled|scheduling|written|write|wrote|kept|keep|organi[sz]ed|organi[sz]e|stored|store|"
    r"catalog(?:ue)?d?|catalogu?ing|indexed|indexing|tagged|tagging|docket|docketed|docketing|"
    r"mix|mixed|mixing|edit|edited|editing|record|recorded|recording|test|tested|testing|"
    r"measure|measured|apply|applied|track|tracking|reconcile|reconciled|reconciling|"
    r"close|closed|closing|cut|cutting|book|booked|booking|"
    r"comfortable|proficient|experienced|skilled)(?:\s+[\w-]+){0,5}"
    r"\s+(?:in|into|with|from|through|via)|use|used|using|install|installed|installing|"
    r"(?:knowledge|experience|familiarity|proficiency|fluency)\s+(?:of|with|in)|(?:use|users?)\s+of|"
    r"know|knew|(?:know|knew) my way around|(?:run|runs|ran) on|"
    r"program|programmed|programming|"
    r"(?:send|sent|share|shared|post|posted|log|logged|book|booked|issue|issued|track|tracked|"
    r"order|ordered|process|processed|(?:e-)?file|(?:e-)?filed|(?:e-)?filing)"
    r"(?:\s+[\w-]+){0,6}\s+(?:through|via)|"
    r"(?:move|moved|moving)(?:\s+[\w-]+){1,6}\s+into|"  # not "moved on from X to Y": a job
    r"(?:spent|spend|spending)(?:\s+[\w-]+){1,4}\s+in|"  # "I have spent a few months in Epic"
    r"(?:upload|uploaded|uploading|export|exported|import|imported|submit|submitted|migrate|"
    r"migrated|migrating)"
    r"(?:\s+[\w-]+){0,6}\s+(?:to|into|through|via)|"
    r"(?:post|share|promote|publish|advertise|announce)(?:e?d)?(?:\s+[\w-]+){0,3}\s+(?:on|in)|"
    # a thing done with a named product: "I've sprayed Level 5 with a Graco Mark V"
    # (not an honour received: "recognised with a Learning Innovator of the Year award")
    r"(?!(?:recogni[sz]|honou?r|present|award|reward|credit)ed\b)[a-z]+ed(?:\s+[\w-]+){0,4}\s+"
    r"with\s+(?:an?|my|our))"
    r"(?:\s+(?:both|either|the))?(?:\s+(?:the\s+)?[A-Z][\w.+#/-]*(?:\s+[A-Z][\w.+#/-]*){0,3}"
    rf"(?:\s+(?:{lx.TOOL_NOUNS}))?(?:,|\s+and|\s+or))*"
    r"\s+$",
    re.I,
)


# A product noun right after a name, not a team's: "worked on Metasys systems during service calls".
# (one word may say its kind: "a Tiger boom mower")
_PRODUCT_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{lx.TOOL_NOUNS})\b(?!\s+(?:team|group|org)\b)")


# The joint between two items of a list ("X, and ", "X or ", "X & "), and a model number or
# version an item may carry before it ("PastPerfect 5 and TMS").
_JOINT = r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_MODEL = r"(?:\s+\d[\w.]*)?"


def _listed_after(before: str, names: set[str]) -> bool:
    """Does ``before`` end with one of ``names``, or its first words ("Harcourt & Lyle" of
    "Harcourt & Lyle Estate Agents"), and a list's joint ("X, and ", "X or ", "X and then ")?"""
    return any(re.search(rf"\b{re.escape(h)}{_LIST_JOINT}$", before) for h in _heads(names))


def _listed_before(after: str, names: set[str]) -> bool:
    """Does ``after`` open with a list's joint and one of ``names``, or its first words ("X,
    then Cipher & Key")?"""
    return any(re.match(rf"{_LIST_JOINT}{re.escape(h)}\b", after) for h in _heads(names))


_LIST_JOINT = rf"{_JOINT}(?:then\s+|later\s+)?(?:the\s+)?"


def _heads(names: set[str]) -> set[str]:
    """Each name and its first words, four letters or more: "Harcourt & Lyle" of "Harcourt &
    Lyle Estate Agents"."""
    heads = {" ".join(n.split()[:k]) for n in names for k in range(1, len(n.split()) + 1)}
    return {h for h in heads if len(h) > 3}


def _listed_beside(before: str, held: str) -> bool:
    """Is a name listed right after one that ``held`` (the profile's skills or credentials)
    gives: "on our Bernhard Express Dual and a Foley Accu-Pro", "H2S Awareness, SafeLand USA"?
    It is one of the same kind."""
    m = _LISTED_NAME.search(before)
    return m is not None and m.group(1).lower() in held


_LISTED_NAME = re.compile(  # (with its model number: "our Cobra Class 4 and a Landis 3")
    rf"\b((?:[A-Z][\w.+#-]*\s+){{0,3}}[A-Z][\w.+#-]*{_MODEL}){_JOINT}(?:an?\s+|the\s+)?$"
)


def _tool_listed(before: str) -> bool:
    """Is a name listed right after a tool ("SolidWorks and Creo", "Figma, Maze")? It is
    claimed as a tool too, and so is one after a tool's version ("PastPerfect 5 and TMS")."""
    m = re.search(rf"([\w.+#-]+){_MODEL}{_JOINT}$", before)
    return m is not None and bool(_tools(m.group(1)) or _CAMEL.fullmatch(m.group(1)))


def _same_title(named: frozenset[str], held: frozenset[str], formal: bool = False) -> bool:
    """A title the profile holds, shortened ("Analyst") or qualified ("volunteer Mentor").

    Words added in front must not change rank or job: "Lead Data Analyst" is not "Data Analyst";
    and a title written as a formal one, every word capitalised, is all its own words: "Digital
    Archivist" is not "Archivist".
    """
    if named <= held:
        return True
    if formal:
        return False
    return bool(held) and held <= named and not (named - held) & lx.RANK_WORDS


def _target_role(named: frozenset[str], role: str, sentence: str) -> bool:
    """The role applied for, named as a hope rather than a past job."""
    if not role or not named <= title_words(role) | {"a", "an"}:
        return False
    return not re.search(
        r"\b(?:I was|I've been|I worked|worked as|served as|my role as|my fellow|I am an?|I'm an?"
        rf"|{_STRETCH} as"  # "Two years as assistant engineer"
        r"|(?:he|she)(?:'s| is)(?: not (?:just|only))? an?)\b",
        sentence,
        re.I,
    )
