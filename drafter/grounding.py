"""Positive grounding: whatever the named checks do not recognise, a clause in which the
applicant says what they are, have or did must be mostly made of words one profile fact holds.
"""

from __future__ import annotations

import re

from drafter import lexicon as lx
from drafter.claims import (
    LEISURE,
    about_letter,
    applicants,
    claimed_part,
    clauses,
    is_past,
    label_end,
    unframed,
)
from drafter.evidence import compound, tokens
from drafter.findings import ERROR_KINDS, Finding, error
from drafter.scope import AGENCY, AGENCY_FORMS
from drafter.sources import Sources

# A claim is unsupported when the best fact holds at most this share of its specific content
# words and lacks two of them or more (chosen on the tuned sets' clean texts: see the bench).
SUPPORT_MAX = 0.6


def check_support(
    sentence: str, found: list[Finding], src: Sources, company: str, note: bool
) -> list[Finding]:
    """Positive grounding: each clause in which the applicant says what they are, have or did
    must be mostly made of words one profile fact holds (with the headline and summary). The
    share of the clause's specific content words (``tokens`` less ``Sources.plain``) found in the
    best fact is its support; at or below ``SUPPORT_MAX``, with two such words or more missing, the
    clause is unsupported. A clause that speaks of the company may also draw on the posting; a
    clause that already holds an error of a named kind is left to that finding."""
    out: list[Finding] = []
    label = label_end(sentence) if note else -1
    flagged = [(f.kind, f.words.lower()) for f in found if f.sentence == sentence and f.words]
    facts = [*src.facts, *src.jobs]
    spoke = False  # a clause before was the applicant's
    lesson = False  # the clause before was a lesson drawn
    for at, clause in _listed_deeds(sentence, label, clauses(sentence)):
        after_lesson, lesson = lesson, False
        if at and about_letter(sentence[:at]) and not _SPEAKER.search(clause):
            continue  # "I am available Saturdays, ... [and extended holiday hours]": still the
            # letter's business
        if at + len(clause) <= label + 1:
            continue  # a note's label names a topic of the posting
        if label > 0 and at < label + 2:
            clause = sentence[label + 2 : at + len(clause)]
        mine = applicants(third_person(clause, src), True, company)
        # each honour said (a note's bullet is the applicant's, and so is what "and" adds to a
        # clause of theirs: "I won second place ..., and first place for page design"), and
        # whether one fact names it
        joined = re.search(r"\band\s*$", sentence[:at]) or re.match(r"\W*and\b", clause)
        named_me = _NAMED_ME.search(clause)  # "Hearthstone did name me Aide of the Year"
        # and so is what a relative clause says of it: "supervising volunteers, which the society
        # recognized with its volunteer leadership award"
        relative = re.search(r",\s*which\s*$", sentence[:at])
        theirs = mine or note or (spoke and (joined or relative) is not None) or bool(named_me)
        spoke = spoke or mine or re.match(r"\W*I\b", clause) is not None  # "I also enjoyed ..."
        honours = [h.group(0) for h in _HONOUR.finditer(clause)] if theirs else []
        names = [n for n in map(_honour_name, honours) if n]
        unheld = [n for n in names if not _honoured(n, src)]
        if unheld:
            out.append(
                error("claim", sentence, unheld[0], "no fact in the profile names this honour")
            )
            continue
        if not mine:
            continue
        for honour in honours:  # honours held, unless it is work a fact did for the event: "the
            # venue side of the Great Lakes Collegiate Rocket League championship"
            if not _worked_at(_honour_name(honour), src):
                clause = clause.replace(honour, " ")
        if _COURSE_WHICH.search(sentence[:at]) and _STUDIED_BARE.match(clause):
            continue  # "the CIPD Certificate, [which gave names to things I did]": its content
        said = unframed(claimed_part(clause))
        if after_lesson and joined:
            lesson = True
            continue  # the rest of a lesson: "which taught me how to keep guests safe [and
            # engaged around the heat]"
        lesson = said != clause and not (
            applicants(said, True, company) or any(e in said for e in src.employers)
        )
        if lesson:
            continue  # a reflection ("Those sessions changed how I look at a flow"): no claim
        if _uses_own(said, src):
            continue  # "For batch clean-up I use OpenRefine today": a tool the profile lists
        if _FOUNDATION.search(clause):
            continue  # "I have built a practical foundation in locks, keys and ...": what the
            # years left, in the writer's words
        summed = _SUMS_UP.search(sentence[max(0, at - 40) : at + len(clause)])
        if summed and not _AGENCY_ANY.search(clause):
            continue  # a career's or a job's sum, in the writer's words: its names and figures
            # are the other checks' business
        words = said.strip(" ,.;:-—–()\"'")
        kind = _support_kind(words)
        if kind is None:
            continue  # a view, a habit or a state of mind ("I know which records go stale
            # first", "I ask for documents once, up front"): the writer's own words, whose
            # names and figures the other checks read
        bare = _WROTE_UP.sub(r"\1", LEISURE.sub(" ", said))
        want = _units(re.sub(r"\[F\d+(?:,\s*F\d+)*\]", " ", bare), src.plain)
        if len(want) < 2:
            continue
        pool = src.summary_tokens
        lead = company.split()[0] if company else ""  # "SunSheen" of "SunSheen Panel Care"
        if (
            re.search(rf"\b(?:{lx.COMPANY_CUES})\b", clause, re.I)
            or (company and company.lower() in clause.lower())
            or (len(lead) >= 5 and re.search(rf"\b{re.escape(lead)}\b", clause))
        ):
            pool = pool | src.posting_tokens
        best, fact = max(
            ((sum(1 for u in want if _holds(u, toks | pool)), f) for f, toks in facts),
            key=lambda p: p[0],
            default=(sum(1 for u in want if _holds(u, pool)), None),
        )
        support = best / len(want)
        if support > SUPPORT_MAX or len(want) - best < 2:
            continue
        if any(w in words.lower() for k, w in flagged if k in ERROR_KINDS):
            continue  # already an error of a named kind (title, tool...): one finding says it
        quoted = f"the nearest fact is {fact.ref} ({fact.text})" if fact else "no fact matches"
        out.append(error(kind, sentence, words,
                          f"the profile does not support this: {quoted}"))  # fmt: skip
    return out


def _listed_deeds(sentence: str, label: int, parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The clauses, with a note's list after its label cut at each item that opens with a past
    verb: "Handling: hold for vet and farrier, trailer loading, [ponied horses to the track]" is
    a deed of its own, which its own fact must ground."""
    if label < 0:
        return parts
    out = []
    for at, clause in parts:
        cuts = [
            m.end()
            for m in re.finditer(r",\s+(?=([a-z]+)\b)", clause)
            if at + m.start() > label and is_past(m.group(1))
        ]
        for start, end in zip([0, *cuts], [*cuts, len(clause)], strict=True):
            out.append((at + start, clause[start:end]))
    return out


_FOUNDATION = re.compile(rf"\b(?:{lx.FOUNDATION})", re.I)


# A clause that sums up a career, a job or what the applicant brings is said in the writer's own
# words, which no one fact holds: "I've spent years writing for people waiting at bus stops",
# "For fifteen years my job has been to open up houses", "Most of my job is making sure ...",
# "What I can offer instead is seven years of school records".
_SUMS_UP = re.compile(
    r"\bI(?:'ve| have)? spent (?:\w+ |\w+-\w+ ){0,3}(?:years|decades|career|working life|"
    r"adult life)\b"
    r"|\bfor (?:(?:the (?:last|past) )?(?:\w+|\w+-\w+|\d+\+?) )?"
    r"(?:years|seasons|springs|summers|autumns|falls|winters),? (?:I|my)\b"
    r"|\b(?:most|much|all|a lot|a (?:big|large|good) part|part) of my (?:\w+ )?(?:job|work|"
    r"workday|day|week|career|time|life)\b"
    r"|\bmy (?:\w+ )?(?:job|work|workday|nights|days|experience|career|working life) "
    r"(?:so far )?(?:is|was|"
    r"has been|have been|revolves?|revolved|started|starts)\b"
    r"|\bwhat I (?:can )?(?:offer|bring|promise)\b|\bI (?:can )?(?:also )?(?:offer|bring)\b"
    # how many places it was learned in: "My hands-on skills come from two settings"
    r"|\bmy (?:[\w-]+ )?(?:skills|experience|background|training) (?:comes?|came) from "
    r"(?:\w+ )?(?:settings|places|workplaces|jobs|roles)\b"
    r"|\b(?:mostly|mainly|usually|most days),? I\b",
    re.I,
)
# ... unless it claims to have led, built or managed something, in any form of the verb.
_AGENCY_ANY = re.compile(rf"\b(?:{'|'.join(AGENCY_FORMS)})\b", re.I)
# "Up" after a verb is the verb's ("wrote up the night report"), except in "set up", a doing of its
# own.
_WROTE_UP = re.compile(r"\b(?!set\b)([a-z]+ed|wrote|made|took|put|drew|kept)\s+up\b", re.I)
# What a course gave, taught or covered, said in a relative clause after its name, is its content,
# as after the bare word ("my certificate covered the basics"): "I completed the CIPD Level 3
# Certificate in Learning and Development Practice, [which gave names and structure to things I
# had been doing by instinct]".
_COURSE_WHICH = re.compile(rf"\b(?:{lx.STUDIES})\b[^.;:()]{{0,60}}?,?\s+(?:which|that)\s*$", re.I)
_STUDIED_BARE = re.compile(rf"\W*(?:\w+ly\s+|also\s+)?(?:{lx.STUDIED})\b", re.I)
# An honour won: "Rio Grande Electric's safety award", "Employee of the Month".
_HONOUR = re.compile(
    r"\b(?:blue|red|purple|champion|first[- ]place|top)[\s-]+ribbon\b"
    r"|(?:[\w'’-]+\s+){0,3}(?:award|prize|medal|trophy|championship|rodeo|contest"
    r"|of the (?:year|month)"
    r"(?: award)?"
    r"|(?-i:of the Quarter))s?\b"  # (not "the end of the quarter")
    r"|\b(?<!\bin the )(?:first|second|third|1st|2nd|3rd) place\b"  # (not "in the first place")
    # a placing in a round of a contest: "placed second in the junior final at the Golden Shears"
    r"|\b(?:placed|finished|came)\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+in\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:finals?|heats?|semi-?finals?|rounds?|division|class)\b"
    r"(?:\s+(?:at|of)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,4})?"
    # a class or division won: "won the apprentice class at a regional shoeing contest"
    r"|\bwon\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}(?:class|division|category)\b"
    # and a title of honour: "it got me named Milwaukee's Best Banquet Captain"
    r"|\b(?:named|voted|chosen as)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?-i:(?:Best|Top)(?:\s+[A-Z][\w-]*){1,4}|(?:best|top)(?:\s+(?!(?:in|at|for|of|on|by)\b)[a-z][\w-]*){1,3})",
    re.I,
)


def _honour_name(phrase: str) -> str:
    """The honour without the verb or article before it: "won [a gold medal]", "named
    [Ridgeline's Dispatcher of the Year]"."""
    words = phrase.split()
    while words and (is_past(words[0]) or words[0].lower() in _BEFORE_HONOUR):
        words.pop(0)
    return " ".join(words)


_BEFORE_HONOUR = frozenset(["was", "were", "a", "an", "the", "took", "got", "won"])


def _honour_words(name: str) -> frozenset[str]:
    """The words that name an honour, without its owner ("Rio Grande Electric's [safety
    award]")."""
    return tokens(" ".join(w for w in name.split() if not re.search(r"['’]s$", w)))


def _honoured(name: str, src: Sources) -> bool:
    """Does one fact name the honour? A title "of the Year" or "Best X" must be that title's own
    ("Operator of the Year" is not held by an operator's years); other honours by their words
    ("Rio Grande Electric's safety award" by "safety award"; an award's own fact need not say
    "award")."""
    m = _OF_THE.search(name) or re.match(r"(?:Best|Top|best|top)\s+\S.*", name)
    if m:  # ... and so must a title of honour: "Best Florist" is not held by a best year
        return re.search(rf"\b{re.escape(m.group(0).lower())}", src.profile) is not None
    said = _honour_words(name)
    return any(
        said - (_GENERIC_HONOUR if fact.kind == "award" else frozenset()) <= toks
        for fact, toks in src.facts
    )


def _worked_at(name: str, src: Sources) -> bool:
    """Does a fact of work name the honour whole, as an event it was done for ("Ran the venue
    side of the 2024 Great Lakes Collegiate Rocket League championship")?"""
    said = _honour_words(name)
    return bool(said) and any(
        fact.kind in ("experience", "volunteer") and said <= toks for fact, toks in src.facts
    )


# What an award fact is without saying it: "our Top Protection Sales Agent [award]"
_GENERIC_HONOUR = tokens("award prize honor honour")


_OF_THE = re.compile(r"[\w'’-]+\s+of\s+the\s+(?:year|month|quarter)\b", re.I)


_NAMED_ME = re.compile(r"\b(?:named?|voted|chose|made|gave|awarded)\s+me\b", re.I)
_SPEAKER = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|we|our)\b")


def third_person(text: str, src: Sources) -> str:
    """The text with the applicant's name read as "she" ("Hannah Lindqvist is an experienced
    civil engineer who ..."): a claim in the third person is still a claim."""
    return text.replace(src.name, "she") if src.name else text


def _holds(unit: frozenset[str], toks: frozenset[str]) -> bool:
    """Does ``toks`` hold the word: a stem of it, or one a letter or two longer or shorter that
    starts the same ("focus" and "focused", whose stems differ)?"""
    if unit & toks:
        return True
    if any(" " in u and all(_holds(frozenset({p}), toks) for p in u.split()) for u in unit):
        return True  # a compound's words: "desk setup" holds "desk-setup"
    return any(
        len(a) >= 4
        and a[:4] == b[:4]
        and 0 < abs(len(a) - len(b)) <= 2
        and (a.startswith(b) or b.startswith(a))
        for a in unit
        if " " not in a
        for b in toks
    )


# Using a tool the profile lists (or having picked it up) is the profile's claim, whatever it is
# said to be used for.
_USES = re.compile(
    r"\bI(?:'ve|\s+have)?\s+(?:\w+ly\s+|still\s+|also\s+)?"
    r"(?:use|used|work in|rely on|picked up|learned|learnt)\s",
    re.I,
)


def _uses_own(clause: str, src: Sources) -> bool:
    """Is the clause "I use X" with every word of X in one fact ("For batch clean-up I use
    OpenRefine today")? What it is used for is the applicant's own account of it."""
    m = _USES.search(clause)
    used = _units(clause[m.end() :], src.plain) if m else []
    return bool(used) and any(all(_holds(u, toks) for u in used) for _, toks in src.facts)


_RUN = frozenset({"run", "runs", "ran", "running"})
_TRIALS = re.compile(r"\b(?:experiments?|tests?|studies|study|trials?)\b", re.I)
_RAN_TRIALS = tokens("designed analysed analyzed conducted")


def _units(clause: str, plain: frozenset[str]) -> list[frozenset[str]]:
    """The clause's specific content, one unit per word (its stem with its synonyms, so
    "analytical" counts once), plus one per synonym a phrase adds ("A/B testing"). Figures (in
    digits or words: "four jobs") and ``plain`` words are left out. A hyphenated word is one
    unit, held whole or, when it is made of content words, by all of them ("desk-setup" by
    "desk setup"); never by one part ("self-help" by "self-employed")."""
    units: list[frozenset[str]] = []
    seen: set[str] = set()
    trial = _TRIALS.search(clause)
    clause = _DOING_NOW.sub(" ", clause)
    # a verb and its particle are held by the noun they make too: "set up" by "setup"
    joined = {m.start(i): m[1] + m[2] for m in _PHRASAL.finditer(clause) for i in (1, 2)}
    for found in re.finditer(r"[\w/+#.'-]*\w", clause):
        written = found.group(0)
        word = lx.PARTICIPLES.get(written.lower(), written)  # "having written" claims "wrote"
        if written.lower() in lx.NUMBER_WORDS:
            continue  # "four jobs": a figure, which the numbers check reads
        parts = [tokens(p) for p in compound(word)]
        unit = frozenset(t for t in tokens(word).difference(*parts) - plain if t[0].isalpha())
        if parts:  # "desk-setup" is "desk setup": both words held make one unit
            held = [min(p - plain) for p in parts if p - plain]
            unit = unit | {" ".join(held)} if held else frozenset()
        if unit and found.start() in joined:
            unit |= tokens(joined[found.start()])
        if trial and written.lower() in _RUN:
            unit |= _RAN_TRIALS  # running experiments is designing and analysing them
        if unit and unit not in units:
            units.append(unit)
        seen |= tokens(word) | tokens(written)
    units += [frozenset({t}) for t in tokens(clause) - plain - seen if not _figure(t)]
    return units


_PHRASAL = re.compile(r"\b([a-z]+)\s+(up|out|back|over|off)\b", re.I)
# "what I'm doing" names no deed, "somewhere along the way" no time or place, "for a paycheck"
# no employer, and "(kept ...) up to date" nothing kept
_DOING_NOW = re.compile(
    r"\bwhat (?:I'm|I am|I was|we're|we are) doing\b"
    r"|\b(?:somewhere |at some point )?along the way\b|\bfor (?:a|my) (?:paycheck|living)\b"
    r"|\bup[ -]to[ -]date\b",
    re.I,
)


def _figure(token: str) -> bool:
    return token[0].isdigit() or token in lx.NUMBER_WORDS


_ALONGSIDE = re.compile(
    r"\b(?:alongside|with)\s+(?:an?|some|the|my)\s+(?:[\w-]+\s+){0,2}"
    r"(?:team|colleagues|people|professionals|peers|company|organi[sz]ation)\b",
    re.I,
)


# A past verb after the applicant, regular or not: "I overhauled ...", "I set up ...".
_DOING = re.compile(
    r"(?:\b(?:I|he|she)(?:'ve|\s+have|\s+has|\s+had)?\s+(?:\w+ly\s+|also\s+)?|^\W*)"
    rf"(\w+ed|{'|'.join(sorted(lx.PAST_VERBS))})\b",
    re.I,
)


# The applicant speaking as one of a team or company: "thanks to the work done by our team".
_INSIDER = re.compile(r"\b(?:we|our|us)\b", re.I)


# What the applicant has done, said to fit the job: "my working knowledge of the FDCPA carries
# over directly", "my clinic experience ... has prepared me well to contribute".
_FITS = re.compile(
    r"\b(?:carr(?:y|ies) over|(?:translates?|transfers?) (?:directly|well)"
    r"|(?:have|has) (?:\w+ )?prepared me)\b",
    re.I,
)


_USED_TO = re.compile(r"\bI(?:'m| am) (?:\w+ly |also )?(?:used|accustomed) to\b", re.I)


def _support_kind(clause: str) -> str | None:
    """ "I am an AI assistant" claims a title; a clause of doing or knowing claims experience
    (scope); an honour, or work beside or as one of a team, is a plain claim. Anything else is a
    state of mind, a habit or a description ("I know the usual causes of remakes", "I ask for
    documents once, up front"): None, a view in the writer's own words, which no fact need
    hold."""
    if re.match(r"(?:\w+\s+){0,2}I(?: am|'m) (?:an? |the )", clause):
        return "title"
    if _FITS.search(clause):
        return None  # a view of how the applicant fits the job
    if re.search(r"\b[A-Z]\w*\s+(?:Award|Prize|Medal)\b", clause):
        return "claim"  # "The Fleet Safety Award I received last year": an honour, not a duty
    if _USED_TO.search(clause):
        return None  # a habit: "So I'm used to working fast without getting sloppy"
    doing = _DOING.search(clause)
    if doing and doing.group(1).lower() not in lx.PERCEIVED:
        return "scope"  # "I overhauled the payout scheduler", "He has recently joined": a duty
    if re.search(r"\b(?:former|employee|role|position)\b", clause, re.I):
        return "scope"  # "As a former employee", "I have been very fortunate in this position"
    if _ALONGSIDE.search(clause):
        return "claim"  # "working alongside some amazing people": who, not what
    if AGENCY.search(clause) or re.search(
        r"\b(?:experience|expertise|skills|projects?|work(?:ed|ing)|helped|as the|review"
        r"|chair(?:ed|ing)?(?! to\b))\b",  # "chaired the committee", not "gripping the chair to"
        clause,
        re.I,
    ):
        return "scope"
    return "claim" if _INSIDER.search(clause) else None
