"""Who a clause in a draft is about, and the numbers it states: helpers for drafter.review.

A claim about the applicant (first person, a note's bullet, "experience with ...") must come from
the profile; a clause about the company or the role may quote the posting. ``posting_ok`` decides
that for the words at one place in a sentence; ``disowned`` and ``owned`` read the clauses around
a named thing ("I'd love to learn X", "X, which I have used daily"). ``numbers`` finds the
figures in a text and ``number_supported`` matches one against the figures of the sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from drafter import lexicon as lx
from drafter.evidence import words
from drafter.profile import Fact, Profile

# -- who a clause is about --------------------------------------------------------------------

# A draft that speaks of the applicant in the third person ("He has recently joined", "This role
# has allowed him") claims as much as one in the first.
_FIRST = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll)\b|\b(?:my|me|mine|myself|he|he's|him|his|himself|she|she's|her"
    r"|herself)\b",
    re.I,
)
# "We" and "our" in a draft are the applicant's team: "most of our tests use Bayesian methods".
_WE = re.compile(r"\b(?:we|our|we've|we'd)\b", re.I)
_CLAIM_CUE = re.compile(rf"\b(?:{lx.CLAIM_CUES})\b", re.I)
_COMPANY_CUE = re.compile(rf"\b(?:{lx.COMPANY_CUES})\b", re.I)
_INTENT = re.compile(rf"(?:\b|(?<=\w))(?:{lx.INTENT})\b", re.I)
_NEGATION = re.compile(rf"\b(?:{lx.NEGATION})\b", re.I)
# A short lead-in before a colon or a dash that opens the sentence: "Not yet:", "Where I would
# need to learn:". Naming a gap, it disowns all that follows.
_LEAD_IN = re.compile(r"^\W*((?:[\w'/-]+\s+){0,8}[\w'/-]+)(?::|\s+[—–-])\s")
_GAP_LABEL = re.compile(rf"\b(?:{lx.GAP_LABEL})\b", re.I)
_CONTRAST = re.compile(rf"\b(?:{lx.CONTRAST})\b", re.I)
_REFLECTION = re.compile(rf"\b(?:{lx.REFLECTION})\b", re.I)
# (a phrasal verb is another verb: "billing is not held up")
_NOT_USED = re.compile(rf"(?:\b|(?<=\w))(?:{lx.NOT_USED})\b(?!\s+(?:up|back|off|over|out)\b)", re.I)
_PREFERENCE = re.compile(rf"\b(?:{lx.PREFERENCE})\b", re.I)
_STILL = re.compile(rf"\b(?:{lx.STILL_USING})\b", re.I)
_BACK_REF = re.compile(rf"\b(?:{lx.BACK_REFERENCE})\b", re.I)
# A relative clause that claims the thing just named: ", which I have used daily for two years",
# "the PyMC models I already use".
_USED_IT = re.compile(
    rf"(?:[\s,]*(?:which|that)|(?:\s+(?!(?:and|or|but|so|as|if|when|because)\b)[a-z][\w-]*){{0,2}})"
    rf"\s+(?:I|we)(?:'ve|'d|\s+have|\s+had)?\s+(?:\w+ly\s+|also\s+|already\s+|still\s+)?"
    rf"(?:{lx.USED_IT})\b",
    re.I,
)
# Words before a thing that say it was done: "I ran X", "after running X", "Earning X made me".
_DONE = re.compile(
    r"\b(?:I|we|my|our)\b|\b(?:after|since|while|from|by)\s+\w+ing\b|\b\w{3,}ed\b"
    r"|\b(?:earning|passing|completing|obtaining|finishing)\b"
    rf"|\b(?:{'|'.join(lx.PAST_VERBS)})\b",
    re.I,
)
# ... or a chance still ahead: "excited about the chance to bring this to X", or being ready
# for it: "I am ready to work on them directly", "I am ready for weekend shifts", "I have
# prepared for this move deliberately".
_HOPE = re.compile(
    r"\b(?:would|could|should|I'd|I'll|will|apply|applying|join|joining|ready (?:to|for)"
    r"|prepar(?:ed|ing|e) for (?:this|the|a|my) (?:move|change|switch|step|transition)"
    r"|as an? (?:\w+ )?(?:chance|opportunity) to"  # "I see your GS-X lanes as a valuable ..."
    r"|(?:about|for|at|by) the (?:chance|opportunity|prospect) (?:to|of))\b",
    re.I,
)
# Clause breaks, but not the commas and "and"s inside a list ("Python, SQL and R"), nor the dash
# of a range ("60–70% travel").
_CLAUSE = re.compile(
    r"[;:—()]|(?<!\d)–|–(?![\d$£€])|\s-\s|,\s*(?:and|but(?!\s+also\b)|while|whereas|so|where|which)\b"
    r"|\b(?:but(?!\s+also\b)|while|whereas|although|though)\b|\bbecause\b(?!\s+of\b)"
    r"|,\s*(?:as|since)\b(?=\s+(?:I|we)\b)"
    r"|\band (?=(?:I|my|we|you|your|they)\b)|,(?=\s+(?:I|my|you|your|they)\b)"
)
# Brackets written onto a word are part of its name, not an aside: "MLT(ASCP)", "C(ASCP)"; and
# a year in brackets dates what it follows: "I hold the NHA CMAA (2022) and the CHAA".
_GLUED = re.compile(r"(?<=\w)\([^()\s]{1,20}\)|(?<=\w )\((?:19|20)\d\d\)")


def _breaks(sentence: str) -> list[re.Match[str]]:
    """The clause breaks of ``sentence``, past any brackets glued to a name."""
    masked = _GLUED.sub(lambda m: "x" * len(m.group(0)), sentence)
    return list(_CLAUSE.finditer(masked))


def is_past(word: str) -> bool:
    word = word.lower()
    return word in lx.PAST_VERBS or (word.endswith("ed") and len(word) > 4)


def is_claim(sentence: str, kind: str, company: str, employers: tuple[str, ...] = ()) -> bool:
    """About the applicant? A note's bullet is, unless it is plainly about the company. A
    sentence that names one of the applicant's own employers ("Brightcart's checkout tests")
    speaks about the applicant whoever else it names."""
    # the first word, or the first after a note's label: "Shop: worked as lead fabricator"
    first = re.sub(r"^\W+|^\W*[\w'/& -]{1,30}:\s+", "", sentence).split(" ", 1)[0]
    if _FIRST.search(sentence) or is_past(first) or _CLAIM_CUE.search(sentence):
        return True
    if any(re.search(rf"\b{re.escape(e)}\b", sentence) for e in employers if e):
        return True
    ours = [clause_of(sentence, m.start()) for m in _WE.finditer(sentence)]
    if any(not about_company(clause, company) for clause in ours):
        return True
    # a note's label may name the posting's topic ("Food safety habits that fit your HACCP
    # logs: ..."); what follows it is the applicant's own, unless the label is a doing the
    # list spells out ("Dealing five of your games from day one: blackjack, ...")
    label = LEAD.match(sentence)
    if label and GERUND.match(label.group(1)):
        label = None
    return kind == "note" and not about_company(sentence[label.end() if label else 0 :], company)


# A lead-in before a colon: a note's label ("Credentials:", "Tools: dbt, Looker") or a
# letter's ("Tools I use:").
LEAD = re.compile(r"^\W*([^:.;]{1,60}):\s+")


def label_end(sentence: str) -> int:
    """Where a note's label ends (its colon), or -1 when the bullet has none."""
    lead = LEAD.match(sentence)
    return lead.end(1) if lead else -1


# A bullet or label that opens with a gerund: "Dealing five of your games ...".
GERUND = re.compile(r"^\W*[A-Z][a-z]+ing\b")


def posting_ok(sentence: str, at: int, claim: bool, company: str, note: bool = False) -> bool:
    """May the words at ``at`` come from the posting? Yes unless they are the applicant's.

    The nearest subject before the words decides: "you serve 40,000 businesses" is the
    company's even inside "I was excited to read that ..."; "I built X" is the applicant's.
    In a note's bullet with no subject, the label before the colon may name what the posting
    asks for ("Observability with Prometheus: ..."); what follows it lists the applicant's own
    ("Tools: dbt, Looker").
    """
    if not claim:
        return True
    if ahead_at(sentence, at) or reported(sentence, at):
        return True
    clause = clause_of(sentence, at)
    start = sentence.find(clause)
    before = re.findall(r"[\w'’]+", sentence[start:at])
    if _HOW_THEY.search(sentence[start:at]):
        return True  # "Seeing how a real station handles EAS": another's doing
    if _WHAT_IT_FITS.search(sentence[start:at]):
        return True  # "a good match for the GE side of the Clear Fork fleet": what it fits
    # the company by its first word ("Tallbrook's"), not a word it shares with others: the
    # "Market" of "the Eastside Farmers Market token booth" for Valley Commons Farmers Market
    names = {company.split()[0].lower()} if company else set()
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        if _object_of_mine(before, i):
            continue  # "I moved its outputs to Snowflake": the possessive is my verb's object
        if word.lower() == "me" and i and re.fullmatch(_GIVES, before[i - 1], re.I):
            continue  # "your posting gives me 30 days": the company's doing
        named = word[0].isupper() and re.sub(r"'s$", "", word.lower()) in names
        if _COMPANY_CUE.fullmatch(word) or named:  # "Tallbrook's", not the "payroll" it runs
            return True
        if is_past(word) and i and before[i - 1].lower() in ("be", "been", "being"):
            continue  # a passive names no doer: "your posting says it can be earned within"
        if _FIRST.fullmatch(word) or is_past(word):
            return False
        last = i == len(before) - 1
        if last and word.lower() in ("have", "had") and (i == 0 or before[i - 1] == "and"):
            return False  # "..., and have managed X": the subject said before is the applicant
    # A second verb with no subject of its own has the one said before it: "I open graves each
    # year, and record every interment in PlotBox"
    joined = re.search(r",\s*and\s*$", sentence[:start])
    if (
        joined
        and before
        and before[0].islower()
        and (before[0] not in _NOT_VERBS or before[0] in ("a", "an"))
        and not gerund_subject(clause)
    ):  # (and so does a list's last thing: "I hold ..., and an OSHA 10-Hour card")
        return posting_ok(sentence, joined.start(), claim, company, note)
    # No subject before the words: "Helping 3 million riders ..." quotes the posting, while
    # "With 4+ years of experience" and a note's "Tools: dbt, Looker" are still claims.
    if note and not 0 <= at < label_end(sentence):
        return False
    near = sentence[start : min(at + 40, start + len(clause))]
    # "Helping riders in 14 cities is work I would be proud of": a hope after it claims nothing
    # ... and so does a comparison with the applicant's: "A caseload of 45 is about twice [what
    # I carried]"
    near = re.split(r"\bI(?:'d| would| could)\b|\b(?:what|than) I\b", near, maxsplit=1)[0]
    return not (_FIRST.search(near) or _CLAIM_CUE.search(near))


# A doing of someone else's, asked about: "how a real station handles [EAS]".
_HOW_THEY = re.compile(
    r"\b(?:how|where|when|whether|why)\s+(?:the|a|an|your|their|its|other|another)\s+"
    r"(?:[\w-]+\s+){0,2}?[a-z]+s\s+(?:(?:the|its|their|an?)\s+)?$"
)
# What the applicant's work fits is the company's: "a good match for the GE side of [the Clear
# Fork fleet]", "useful for your Maximo rollout".
_WHAT_IT_FITS = re.compile(
    r"\b(?:(?:match|fit|suited|relevant|useful|transfers?|carries over)\s+(?:for|to|with)|fits)"
    r"\s+(?:the|your)\b[^,;:]*$",  # and "which fits the court's Zoom and CourtCall hearings"
    re.I,
)
_GERUND_SUBJECT = re.compile(r"\W*[a-z]+ing\b.*?\b(?:would|will|could|might)\b")


def gerund_subject(clause: str) -> bool:
    """Does the clause open with a gerund that is its subject ("and [running the board for the
    NPR station] would feel like ..."), not a second verb of the clause before it?"""
    return _GERUND_SUBJECT.match(clause) is not None


# Words that open a clause with a subject of its own, or with no verb.
_NOT_VERBS = words(
    "the a an this that these those it its they their you your we our he she his her there"
    " then so also now after before when while since once if as by with without in on at for"
    " from to"
)


def _object_of_mine(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a possessive ("its", "their", "your") opening the object of a past verb
    the applicant did ("I moved its outputs to ...")? Then it is not the clause's subject. A verb
    of noticing keeps it the company's: "I noticed your team uses Snowflake"."""
    if words[i].lower() not in ("its", "their", "your") or i == 0:
        return False
    verb = words[i - 1].lower()
    return is_past(verb) and verb not in lx.PERCEIVED


def reported(sentence: str, at: int) -> bool:
    """Are the words at ``at`` what the applicant read or was told, in a clause of its own with
    no "I" in it: "I understand that [the CPL designation] is preferred"?"""
    clause = clause_of(sentence, at)
    start = sentence.find(clause)
    told = _TOLD.search(sentence, start, at)
    # (the applicant as what is told's object is no subject: "your appointment allows me to")
    if told is None or _FIRST.search(_ME_AFTER.sub(" ", sentence[told.end() : at])):
        return False
    # "that" may go unsaid before what the posting asks ("I understand [GWO ART] is required")
    # or says: "I understand your provisional appointment allows [12 months]", "I understand
    # new hires get [12 months]", "I know August to December means [45 to 50 hours]"
    return (
        bool(told.group(1))
        or _ASKED_FOR.search(clause) is not None
        or re.match(r"\s*your\b", sentence[told.end() :], re.I) is not None
        or _THEIR_VERB.search(sentence, told.end(), at) is not None
    )


# The applicant as the object of what another gives or asks: "your posting gives me 30 days".
_GIVES = r"allows?|lets?|gives?|gave|offers?|asks?|expects?"
_ME_AFTER = re.compile(rf"\b(?:{_GIVES})\s+me\b", re.I)
_TOLD = re.compile(
    r"\bI\s+(?:understand|understood|see|saw|read|noticed|gather|know)\s+(that\b)?", re.I
)
# A verb of what the applicant was told, with a subject of its own: "new hires [get] 12 months".
_THEIR_VERB = re.compile(
    r"\b(?:gets?|has|have|is|are|means?|must|needs?|will|receives?|takes?|runs?)\b", re.I
)
_ASKED_FOR = re.compile(
    r"\b(?:is|are)\s+(?:required|preferred|needed|expected|mandatory|a plus)\b", re.I
)


def ahead_at(sentence: str, at: int) -> bool:
    """Do the words at ``at`` say what the applicant would or hopes to do, after an intent in
    their clause ("I'd take the 30-hour course")?"""
    start = sentence.find(clause_of(sentence, at))
    intents = list(_INTENT.finditer(sentence, start, at))
    if not intents:
        return False
    return _looking_ahead(sentence[intents[-1].end() : at], sentence[at : at + 40])


def _looking_ahead(between: str, after: str) -> bool:
    """After "would love to", "hope to"...: what the applicant wants to do, not has done.

    "I would love to help the 3 million riders" may quote the posting; "excited to bring 8 years
    of experience" and "hope to bring my 20 years" still claim.
    """
    if _FIRST.search(between) or any(is_past(w) for w in re.findall(r"[\w']+", between)):
        return False
    if _STILL.search(between + " " + after):
        return False  # "excited to keep using Framer, like I do now": a claim of present use
    return not (_CLAIM_CUE.search(after) or _YEARS.search(after[:25]))


# Years counted, as experience brought along: "my 20 years", "eight years of" (not "my first year").
_YEARS = re.compile(rf"(?:\d+\+?|\b(?:{'|'.join(lx.NUMBER_WORDS)}))\s+(?:years?|yrs)\b", re.I)


def looking_ahead(clause: str) -> bool:
    """Does the clause say what the applicant hopes to do ("I would love to join X")? Not what
    they were able to do: "I was fortunate enough to join a team that ..." is a record."""
    return bool(_INTENT.search(clause) or _HOPE.search(_WAS_TO.sub(" ", clause)))


# A thing the applicant knows only by reading: "DCRM(B) is so far something I have read about".
_READ_ABOUT = re.compile(
    r"(?:\s*\(\w+\))?\s+is\s+(?:(?:so far|still|only|just)\s+)*(?:something|a thing|a name)\s+"
    r"I(?:'ve| have)?\s+(?:only\s+|just\s+)?(?:read|heard)\s+about\b",
    re.I,
)
_SHORT_OF = re.compile(r"\b(?:one|a) (?:level|step|exam|course) short of (?:the |an? )?$", re.I)
_WAS_TO = re.compile(r"\b(?:was|were)\s+(?:\w+\s+){0,2}to\s+\w+", re.I)


def about_company(clause: str, company: str) -> bool:
    if _FIRST.search(clause):
        return False
    named = bool(company) and company.lower() in clause.lower()
    return named or bool(_COMPANY_CUE.search(clause))


def _next_clause(sentence: str, start: int) -> str:
    """The clause after the one around ``start``, with the words that open it (", which")."""
    breaks = [m for m in _breaks(sentence) if m.start() >= start]
    if not breaks:
        return ""
    end = next((m.start() for m in breaks[1:] if m.start() >= breaks[0].end()), len(sentence))
    return sentence[breaks[0].start() : end]


def clause_start(sentence: str, start: int) -> int:
    """Where the clause around character ``start`` begins."""
    return _clause_start(sentence, start)


def _clause_start(sentence: str, start: int) -> int:
    return max([0, *(m.end() for m in _breaks(sentence) if m.end() <= start)])


def clause_of(sentence: str, start: int) -> str:
    """The clause around character ``start``."""
    cuts = [0, *(m.end() for m in _breaks(sentence) if m.end() <= start)]
    after = [m.start() for m in _breaks(sentence) if m.start() > start]
    return sentence[max(cuts) : (after[0] if after else len(sentence))]


# -- numbers ----------------------------------------------------------------------------------

_NUM = re.compile(  # not a clock ("8:00"), a plan's name ("a 401(k) plan") nor a pattern ("2-2-3")
    r"(?<![\w.:])(?<!\d-\d-)(?!(?<=\d-)\d-\d)(?!\d{1,2}:\d\d)(?!\d+\([a-z]\))(?!\d(?:-\d){2,})"
    r"([$£€])?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![.\d]*\.\d)(\+)?"
    r"(?:\s?(%|percent\b|k\b|K\b|M\b|bn\b|million\b|billion\b|thousand\b))?"
    r"(?![A-Za-z\d])"  # not a code, a class or a form: "1A", "3D", "1099s"
)
_NUM_WORD = re.compile(r"\b(" + "|".join(lx.NUMBER_WORDS) + r")\b", re.I)
_VAGUE_WORD = re.compile(r"\b(" + "|".join(lx.VAGUE_NUMBERS) + r")\b", re.I)
_DATE = re.compile(r"\b((?:19|20)\d\d)-\d\d(?:-\d\d)?\b")
# Initials right before a bare number make it a code, not a quantity: "EN 15194", "ISO 27001",
# "UL 2849" (but "EUR 2 billion" is an amount).
_CODE_BEFORE = re.compile(rf"(?<![\w.])(?!(?:{lx.CURRENCY_CODES})\s)[A-Z]{{2,6}}\s$")
# A time of day is no figure either: "at 3 a.m.".
_CLOCK = re.compile(r"\s?(?:[ap]\.m\.|[ap]m\b|o'clock\b)", re.I)  # and "8:00", never a figure
# ... nor is a day of a month: "the January 11 training class".
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$"
)
_DATED = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+$"
)
_FORTNIGHTLY = re.compile(r"\b(?:bi-?weekly|fortnightly)\b", re.I)
_SEMI = re.compile(r"\bsemi-?(week|month)ly\b", re.I)
_TENS = {20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0}
_ONES_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ONES = re.compile(rf"-({'|'.join(_ONES_WORDS)})\b", re.I)
_AND_A_HALF = re.compile(r"\s+and a half\b", re.I)
_SCALE_WORD = re.compile(r"[\s-]+(hundred|thousand|million)\b", re.I)  # (a hundred: 100)
_PLUS = re.compile(r"-?plus\b|\+", re.I)
# ... nor are the hours of a shift: "alone from eleven to seven, three nights a week", "11-to-7
# shifts".
_HOUR = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight"
_SHIFT_HOURS = re.compile(
    rf"\bfrom\s+(?:{_HOUR})\s+(?:to|until|till)\s+(?:{_HOUR})"
    r"(?=\s*[,.;)]|\s*$|\s+(?:shifts?|nights?|every|each|overnight|at night)\b)"
    rf"|\b\d{{1,2}}-to-\d{{1,2}}(?=\s+shifts?\b)"
    # and a schedule's hours with a clock on either side: "the Monday–Thursday 7 to 3:30 schedule"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:to|[–-])\s*\d{1,2}:\d\d\b|\b\d{1,2}:\d\d\s*(?:to|[–-])\s*\d{1,2}\b",
    re.I,
)
# A number word after "no" counts nothing: "no two groups are alike".
_NO_BEFORE = re.compile(r"\bno\s+$", re.I)
_BY_THE = re.compile(r"\bby the\s+$", re.I)
_SEVERAL = re.compile(r"\b(?:several|a few|many)\s+$", re.I)
# The unit of time a figure counts, if a shorter one than years: "three days", "a 2-week close".
# (a range's first figure counts the unit its second does: "from about 9 to 5 hours a month")
_SPAN = re.compile(r"[\s-]*(?:(?:to|–|-)\s*\d+\s*)?(day|week|month|hour|hr)s?\b", re.I)


def _span(tail: str) -> str:
    m = _SPAN.match(tail)
    return {"hr": "hour"}.get(m.group(1).lower(), m.group(1).lower()) if m else ""


@dataclass(frozen=True)
class Num:
    words: str
    value: float
    raw: float
    percent: bool
    years: bool  # followed by "year(s)": a duration
    span: str = ""  # a shorter unit of time it counts: "day", "week", "month", "hour"


def numbers(text: str) -> list[Num]:
    text = _DATE.sub(r"\1", text)
    hours = [m.span() for m in _SHIFT_HOURS.finditer(text)]
    out = []
    for m in _NUM.finditer(text):
        if any(a <= m.start() < b for a, b in hours):
            continue
        raw = float(m.group(2).replace(",", ""))
        unit = (m.group(4) or "").lower()
        tail = text[m.end() : m.end() + 12].lower()
        code = _CODE_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if not unit and code and not _span(tail):
            continue  # a standard's or a part's code, but "OSHA 10-Hour" counts hours
        if not unit and _CLOCK.match(text, m.end()):
            continue
        if not unit and raw <= 31 and _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # a day of a month: "the January 11 training class"
        if _DATED.search(text, max(0, m.start() - 20), m.start()) and 1900 <= raw <= 2099:
            continue  # a date's year: "November 24, 2026"
        years = _of_years(text, m.start(), tail)
        value = raw * lx.SCALES.get(unit, 1.0)
        percent = unit in ("%", "percent")
        out.append(Num(m.group(0).strip(), value, raw, percent, years, _span(tail)))
    end = 0
    for m in _NUM_WORD.finditer(text):
        if m.start() < end:
            continue  # the "one" of "forty-one", read with it
        if _NO_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue
        if any(a <= m.start() < b for a, b in hours):
            continue
        n = float(lx.NUMBER_WORDS[m.group(1).lower()])
        end = m.end()
        ones = _ONES.match(text, end) if n in _TENS else None
        if ones:  # "Forty-one of my students"
            n, end = n + _ONES_WORDS.index(ones.group(1).lower()) + 1, ones.end()
        half = _AND_A_HALF.match(text, end)
        if half:  # "four and a half years"
            n, end = n + 0.5, half.end()
        scale = _SCALE_WORD.match(text, end)  # "two thousand theses"
        if scale and n < 100:
            n, end = n * lx.SCALES.get(scale.group(1).lower(), 100.0), scale.end()
        plus = _PLUS.match(text, end)  # "four-plus years": at least four
        end = plus.end() if plus else end
        words = text[m.start() : end]
        if n in (12.0, 100.0, 1e3) and _BY_THE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "packed orders by the dozen": a figure of speech
        if n in (100.0, 1e3) and _SEVERAL.search(text, max(0, m.start() - 12), m.start()):
            out.append(Num(words, n, -n, False, False))  # "several hundred lots": "hundreds"
            continue
        tail = text[end : end + 12].lower()
        years = _of_years(text, m.start(), tail)
        out.append(Num(words, n, n, False, years, _span(tail)))
    for m in _VAGUE_WORD.finditer(text):
        n = lx.VAGUE_NUMBERS[m.group(1).lower()]
        out.append(Num(m.group(0), n, -n, False, False))  # raw < 0 marks a magnitude word
    for m in _FORTNIGHTLY.finditer(text):  # "biweekly payroll" is payroll every two weeks
        out.append(Num(m.group(0), 2.0, 2.0, False, False, "week"))
    for m in _SEMI.finditer(text):  # "semi-monthly payroll" is payroll twice a month
        out.append(Num(m.group(0), 2.0, 2.0, False, False, m.group(1).lower()))
    return out


# The last part of a count of years, said without the word again: "eleven years behind the chair,
# the last six focused on colour".
# (an abbreviation's dot ends nothing: "four years at Brightwater Tile Co., the last two")
_IN_SENTENCE = r"(?:[^.;]|\.(?!\s+[A-Z]))"
_THEN_OF_YEARS = re.compile(
    rf"\b(?:years?|yrs)\b{_IN_SENTENCE}{{0,60}}\b(?:and|then)\s+(?:then\s+)?$", re.I
)
_LAST_OF_YEARS = re.compile(
    rf"\b(?:years?|yrs)\b{_IN_SENTENCE}{{0,60}}\bthe (?:last|past|first)\s+$", re.I
)


def _of_years(text: str, at: int, tail: str) -> bool:
    """Does the figure at ``at`` count years: followed by the word, or the last part of a count
    of years before it?"""
    if re.match(r"\s*(?:\+\s*)?(?:years?|yrs)\b", tail):
        return True
    if re.match(r"\s+as\b", tail) and _THEN_OF_YEARS.search(text, max(0, at - 80), at):
        return True  # "two years as a helper and then two as a setter"
    return bool(_LAST_OF_YEARS.search(text, max(0, at - 80), at))


def number_supported(
    num: Num, known: list[Num], durations: set[float], stated: set[float] | None = None
) -> bool:
    """Is ``num`` one of the ``known`` figures? A duration ("four years") must be a duration the
    sources give (``durations``, or a known figure of years): "four workshops" does not support
    "four years"; a lower bound ("10+ years") is met by any such duration as long or longer.
    When the profile states its years of experience (``stated``), a total beyond that is not
    rescued by some other figure that happens to be equal. A span of days, weeks, months or
    hours ("shortened our close by three days") must be one of the same unit: the 3 of a
    "three-way match" or of "three clients" is no span of time."""
    if num.raw < 0:  # "millions": the same word, or a number of that magnitude
        return any(k.raw == num.raw or num.value <= k.value < num.value * 1000 for k in known)
    if num.years:
        if num.value in durations:
            return True
        if num.value % 1 == 0.5 and {num.value - 0.5, num.value + 0.5} & durations:
            return True  # "four and a half years" for Aug 2012 – Feb 2017, counted as 5 by year
        if num.words.endswith(("+", "plus")) and any(  # "10+ years": a lower bound eleven meet
            v >= num.value for v in (*durations, *(k.value for k in known if k.years))
        ):
            return True
        if stated and num.value > max(stated):
            return False
        known = [k for k in known if k.years]
    elif num.span:
        known = [k for k in known if k.span == num.span]
    for k in known:
        if num.percent and not k.percent:
            continue
        if abs(k.value - num.value) < 1e-9 or (num.value == num.raw and k.raw == num.raw):
            return True
    return False


# A role's dates, the months written or not: "2019–2022", "Jun 2019 – Dec 2021", "2022 – Present",
# "June 2017 to July 2022".
_ROLE_DATES = re.compile(
    r"((?:19|20)\d\d)\S*\s*(?:[–-]|to|until|through)\s*(?:[A-Za-z]{3,9}\.?\s+)?((?:19|20)\d\d|present)",
    re.I,
)


def role_spans(profile: Profile) -> dict[str, set[float]]:
    """Years worked at each employer, from its roles' dates ('2019–2022' → 3), and from the
    first role's start to the last one's end where it held several (2014–2017 as a supervisor,
    2017–2021 as a manager: seven years there)."""
    out: dict[str, set[float]] = {}
    for fact, m, start, end in _role_dates(profile):
        out.setdefault(fact.org, set()).add(float(end - start))
        # a start with no month ("2019 – present") is a year short of the count by the
        # calendar until the start's month comes round: six years as well as seven
        monthless = not re.search(r"[A-Za-z]{3,9}\.?\s*$", fact.text[: m.start(1)])
        if m.group(2).lower() == "present" and monthless and end - start > 1:
            out[fact.org].add(float(end - start - 1))
    for org, (first, last) in role_years(profile).items():
        out[org].add(float(last - first))
    return out


def role_years(profile: Profile) -> dict[str, tuple[int, int]]:
    """Each employer's first and last year, from its roles' dates ("present" is this year)."""
    held: dict[str, list[tuple[int, int]]] = {}
    for fact, _, start, end in _role_dates(profile):
        held.setdefault(fact.org, []).append((start, end))
    return {org: (min(s for s, _ in d), max(e for _, e in d)) for org, d in held.items()}


def _role_dates(profile: Profile) -> Iterator[tuple[Fact, re.Match[str], int, int]]:
    """Each dated role of an employer, with its first and last year ("present" is this year):
    every title's dates, where one line gives several ("Barista (2016–2018), Shift Lead
    (2018–2019)")."""
    for fact in profile.of_kind("role"):
        for m in _ROLE_DATES.finditer(fact.text) if fact.org else ():
            end = date.today().year if m.group(2).lower() == "present" else int(m.group(2))
            yield fact, m, int(m.group(1)), end


def study_spans(profile: Profile) -> dict[str, set[float]]:
    """Years spent at each school whose dates the profile gives ("Eastern Washington University —
    Psychology coursework, 2015–2017": 2), for a clause that names the school."""
    out: dict[str, set[float]] = {}
    for fact in profile.of_kind("education"):
        m = _ROLE_DATES.search(fact.text)
        if not m or m.group(2).lower() == "present":
            continue
        for part in re.split(r"\s*[—–,(]\s*", fact.text):
            if re.search(r"\b(?:University|College|Institute|School|Academy)\b", part):
                out.setdefault(part.strip(), set()).add(float(int(m.group(2)) - int(m.group(1))))
    return out


def durations(profile: Profile) -> set[float]:
    """Durations the profile supports: each role's years ("three years at X") and the years of
    experience the summary states. A career total is a statement, not arithmetic: the span from
    the first role to today is not one (it counts gaps and grows with the calendar), and nor is
    the roles' years added up, so "8 years of experience" needs a profile that says so."""
    return set().union(*role_spans(profile).values()) | stated_years(profile)


_STATED = re.compile(
    r"\b(\d+|[a-z]+)\+?\s+(?:years?|yrs)\b(?:\s+of)?\s+(?:\w+\s+)?experience", re.I
)


def stated_years(profile: Profile) -> set[float]:
    """Years of experience the profile's summary or headline states outright ("five years")."""
    texts = [profile.headline, *(f.text for f in profile.of_kind("summary"))]
    out = set()
    for m in _STATED.finditer(" ".join(t for t in texts if t)):
        word = m.group(1).lower()
        value = int(word) if word.isdigit() else lx.NUMBER_WORDS.get(word)
        if value:
            out.add(float(value))
    return out


# -- a thing named: wanted, disowned or owned -------------------------------------------------


_AIM_MY = re.compile(lx.AIM_MY, re.I)
_DONE_WHEN = re.compile(lx.DONE_WHEN, re.I)
_MY_TIME = re.compile(
    r"\b(?:within|in|during|by the end of|over|before|by|after)\s+my\s+first\b", re.I
)


# A further item joined to a list: what is said after it is said of that item.
_ANOTHER_ITEM = re.compile(r",\s*(?:plus|along with|as well as|together with)\b", re.I)


# What the applicant could give, said after a thing, is what comes of it, not a wish for it:
# "together with an associate degree in X, that experience gives me confidence [that I can
# contribute]".
_OUTCOME = re.compile(lx.OUTCOME, re.I)


# A label's things said not had after its colon: "Ross Carbonite, Battlefy: not used yet".
_GAP_AFTER = re.compile(
    r":\s+(?:(?:not|never)\s+(?:yet\s+)?(?:used|held|had|done|run|worked)|not yet|none yet|"
    r"new to me|no (?:hands-on )?experience)\b"
    r"|\)\s*,\s*which\s+I(?:'ve|\s+have)?\s+(?:never|not(?:\s+yet)?)\s+(?:done|used|tried|run)\b",
    re.I,
)


def disowned(sentence: str, start: int, end: int) -> bool:
    """Is the thing named at ``start:end`` wanted or honestly not had, rather than claimed?

    "I'd love to learn PyTorch", "I have not used Kafka" and "to try ProtoPie, which I have not
    used yet" are not claims.
    """
    clause = clause_of(sentence, start)
    at = _clause_start(sentence, start)
    intents = [m.start() + at for m in _INTENT.finditer(clause)]
    rest = _AIM_MY.sub(" ", clause)  # what is still to get is not mine: "to earn my CDL"
    rest = _INTENT.sub(" ", rest)  # nor is "on my list", a wish
    rest = _MY_TIME.sub(" ", rest)  # nor is when: "within my first two years"
    mine = re.search(r"\b(?:my|I've|I have|I used)\b", rest) or _STILL.search(clause)
    if any(i < start for i in intents) and not mine:
        return True
    ahead = [
        i
        for i in intents
        if i < start or not (_ANOTHER_ITEM.search(sentence[end:i]) or _OUTCOME.match(sentence, i))
    ]
    if ahead and not mine and not _DONE.search(sentence[at:start]):
        return True  # "PyTorch is something I'd love to learn"; not "after using X, I'd like",
        # nor "X and Y, plus quarterly funder reports that I hope someone reads"
    aim = _AIM_MY.search(clause)
    if aim and start >= at + aim.end() - 2 and not _DONE_WHEN.search(sentence):
        return True  # "Getting my WFR, which I don't have yet": still to get
    if _READ_ABOUT.match(sentence, end):
        return True  # "DCRM(B) is so far something I have read about": known from books
    if _SHORT_OF.search(sentence[at:start]):
        return True  # "one level short of the Expert certification": the next one, not had
    if _ASKED.search(sentence[at:start]) or _CALLED_FOR.search(sentence[at:start]):
        return True  # "whether the LSW should be my next step", "the role calls for the CPA"
    if _GAP_AFTER.match(sentence, at + len(clause)):
        return True  # "Ross Carbonite, Singular.live, Battlefy: not used yet": the gap after,
        # or "Adhesive treatments (Lascaux, BEVA), which I've never done"
    contrast = _CONTRAST.search(clause)
    if _NEGATION.search(clause) or (contrast and start >= at + contrast.end()):
        return True  # "I have not used Kafka", "from Paylane rather than from AWS"
    aim = _STUDY_AIM.search(clause)
    if aim and start >= at + aim.end():
        return True  # "completed the certificate to build the vocabulary of ADR and RevPAR"
    swap = _SWAP.match(sentence)
    if swap and start < swap.end():
        return True  # "Running the city's model, rather than modelling one street": a change

    if _after_gap_label(sentence, start):
        return _listed(clause)
    following = _SO_THAT.sub(" ", _next_clause(sentence, end))
    return bool(_NOT_USED.search(following) and _BACK_REF.search(following))


# A "that" which opens a purpose or a reason refers back to nothing: "so that billing is not held
# up".
_SO_THAT = re.compile(r"\b(?:so|such|now|given|except) that\b", re.I)


def _after_gap_label(sentence: str, start: int) -> bool:
    lead = _LEAD_IN.match(sentence)
    return bool(lead and start >= lead.end() and gap_label(lead.group(1)))


# The applicant's thing named and nothing more: "What I don't have yet: my Merchant Mariner
# Credential."
_MY_NAME = re.compile(r"\W*my\s+(?:[A-Z][\w'&/-]*\s*|(?:of|and|the)\s+)+\W*")


def _listed(clause: str) -> bool:
    """Is a clause after a gap label part of the list it leads ("Not yet: Kafka, Terraform and
    AWS.", "my Merchant Mariner Credential."), not a sentence of its own that claims ("Learning
    Snowflake: my SQL has been in Redshift")?"""
    return not _FIRST.search(clause) or bool(_MY_NAME.fullmatch(clause))


def gap_listed(sentence: str, start: int) -> bool:
    """Is the thing at ``start`` listed under a gap label, whatever "my" it is named with?"""
    return _after_gap_label(sentence, start) and _listed(clause_of(sentence, start))


# A bullet that opens with a doing set against another ("Running the city's model for basin
# planning, rather than modelling one street at a time") names a change the applicant wants.
_SWAP = re.compile(rf"^\W*[A-Z][a-z]+ing\b[^.;:]*?,?\s+(?:{lx.CONTRAST})\s+[a-z]+ing\b")


def negated(clause: str) -> bool:
    """Does the clause say the applicant has not done or had what it names?"""
    return bool(_NEGATION.search(clause))


def unframed(clause: str) -> str:
    """The clause without the confidence it is said with: "my background in month-end close" of
    "I am confident that my background in month-end close"."""
    return _SURE.sub(" ", clause)


def claimed_part(clause: str) -> str:
    """The clause up to what it sets aside, reflects on or aims at: "my experience comes from
    Paylane" of "... rather than from AWS", "chairing the guild" of "chairing the guild taught me
    how", "I earned X" of "I earned X to start closing that gap", "I check" of "I check whether
    a process is really followed", "Writing help articles" of "Writing help articles once I know
    the products well", "brought food cost to 30%" of "..., right at your target"."""
    found = (
        _CONTRAST.search(clause),
        _REFLECTION.search(clause),
        _PURPOSE.search(clause),
        _ASKED.search(clause),
        _CONDITION.search(clause),
        _OTHERS_DID.search(clause),
        _AND_AIM.search(clause),
        _YOUR_ASIDE.search(clause),
    )
    cuts = [m.start() for m in found if m]
    cuts += [m.start("cut") for m in (_STUDIED.search(clause), _STUDY_AIM.search(clause)) if m]
    return clause[: min(cuts)] if cuts else clause


# An indirect question is asked, not claimed: "so I check [whether a process is really followed]".
# A condition still to be met is no record: "Writing help articles [once I know the products
# well]", "once I've settled in"; a time already passed ("once I knew the codebase") stays.
_PAST_FORMS = "|".join(sorted({*lx.PAST_VERBS, *lx.PARTICIPLES.values(), *lx.STATE_PAST}))
_CONDITION = re.compile(
    rf"\b(?:once|as soon as) (?:I|we)(?:'ve\s|\s+have\s|'m\s|\s+am\s|\s+(?!(?:{_PAST_FORMS})\b"
    rf"|\w+ed\b))",
    re.I,
)
_ASKED = re.compile(r"\bwhether\b", re.I)
# An aside to the company after a comma: "brought food cost to 30%, [right at your target]".
_YOUR_ASIDE = re.compile(r",\s+(?:[\w-]+\s+){0,3}(?:your|you)\b", re.I)
# A credential still to get, joined on: "Building on the conversions I assisted with [and earning
# Navien or Rinnai factory certification]".
_AND_AIM = re.compile(r",?\s+and\s+(?:earning|getting|finishing|completing|passing)\b", re.I)
# What others did to the thing describes it, claiming nothing: "I have tuned a lot of pianos
# [that nobody has played in years]".
_OTHERS_DID = re.compile(
    r"\b(?:that|which|whom?)\s+(?:nobody|no one|someone|somebody|everyone|everybody|anyone|"
    r"people|they|he|she)\b",
    re.I,
)
# ... and what the role asks for is the posting's: "I understand the role calls for the
# Commercial Pesticide Applicator certification".
_CALLED_FOR = re.compile(
    r"\b(?:the|this|your) (?:role|position|job|posting|opening)\s+(?:\w+ly\s+)?(?:calls? for|"
    r"requires?|asks? for|needs?|lists?)\b",
    re.I,
)
# What a thing was done for is an aim, not more of the record: "I earned the certificate in 2024
# to start closing that gap".
_PURPOSE = re.compile(r"\bto (?:start|begin|help|try)\b", re.I)
# What a course covered, and what it was taken to learn: "My certificate [covered the basics]",
# "I completed the certificate [to build the vocabulary of occupancy, ADR and RevPAR]".
_STUDIED = re.compile(
    rf"\b(?:{lx.STUDIES})\s+(?:\w+ly\s+|also\s+|only\s+)?(?P<cut>(?:{lx.STUDIED})\b)", re.I
)
_STUDY_AIM = re.compile(
    rf"\b(?:{lx.STUDIES})\b[^.;:()]{{0,40}}?\s(?P<cut>(?:in order )?to (?:{lx.STUDY_AIMS})\b)",
    re.I,
)


def gap_label(label: str) -> bool:
    """Does a note's or a paragraph's lead-in ("Still to learn", "Gaps") name a gap?"""
    return bool(_NEGATION.search(label) or _INTENT.search(label) or _GAP_LABEL.search(label))


def liked(sentence: str, start: int) -> bool:
    """Does the clause around ``start`` state a liking or an interest ("observability is one of
    my interests, alongside CLIs") rather than something the applicant has or did?"""
    return bool(_PREFERENCE.search(clause_of(sentence, start)))


def owned(sentence: str, end: int) -> bool:
    """Does a relative clause right after ``end`` claim the thing for the applicant?

    "Your list mentions Snowflake, which I have used daily": the applicant's, whoever named it.
    """
    return bool(_USED_IT.match(sentence, end))


# -- clauses of a claim -----------------------------------------------------------------------

# A second verb joined on ("I chair X and wrote Y") starts a clause of its own for grounding, and
# so does a preposition said again ("on a churn model at X and on my side project").
_AND_VERB = re.compile(r",?\s+and\s+(?=(?:also\s+)?[a-z]+\b)")
_PREPOSITIONS = frozenset({"on", "in", "at", "for", "with", "from", "to", "across"})


# A comment on what was just said: "I run research first, a habit that matters more when ...",
# "I regrouped students, a small-scale version of the same loop".
_COMMENT = re.compile(
    r",\s+(?=(?:an?|the)\s+[\w-]+\s+(?:that|which)\b|an?\s+(?:[\w-]+\s+){0,2}"
    r"(?:version|example|kind|form|taste|preview)\s+of\b"
    r"|no (?:small|mean|easy) (?:feat|task|job)\b)"  # "..., no small feat when ..."
)


def clauses(sentence: str) -> list[tuple[int, str]]:
    """The clauses of ``sentence`` with where each starts; "and" before a past-tense verb
    ("... and wrote the team's guide") opens a new one, as does "and" before a preposition the
    clause has already used: each of two things worked on is grounded by its own fact. A comment
    set after a comma ("..., a habit that matters") is a clause of its own."""
    spans, at = [], 0
    breaks = [*_breaks(sentence), *_COMMENT.finditer(sentence)]
    for m in sorted(breaks, key=lambda m: m.start()):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(sentence)))
    out = []
    for start, end in spans:
        at = start
        for m in _AND_VERB.finditer(sentence, start, end):
            nxt = re.findall(r"[a-z]+", sentence[m.end() : m.end() + 30])
            if _opens_clause(nxt, sentence[at : m.start()]):
                out.append((at, sentence[at : m.start()]))
                at = m.end()
        out.append((at, sentence[at:end]))
    return [(at, text) for at, text in out if text.strip(" ,.;:-—–()")]


def _opens_clause(nxt: list[str], before: str) -> bool:
    """Does "and" before the words ``nxt`` open a clause of its own? A past verb does ("and
    wrote the guide"), any verb after "also" does ("and also place the orders"), and so does a
    preposition ``before`` has used already, over a thing rather than a doing ("on a churn model
    ... and on my side project", not "for considering my application and for reading")."""
    also = nxt[:1] == ["also"]
    nxt = nxt[1:] if also else nxt
    if not nxt:
        return False
    if (
        is_past(nxt[0])
        and not any(map(is_past, re.findall(r"[a-z]+", before.lower())))
        and not re.search(r"\b(?:I|we)\b", before)
    ):
        return False  # a list of things, one said with a participle: "from polycarbonate moulds
        # and coloured cocoa butter" (a second deed follows a first: "I spent ... and worked")
    if is_past(nxt[0]) or (also and nxt[0] not in _NOT_VERBS and not nxt[0].endswith("ly")):
        return True  # and "and also place the weekly orders": a duty of its own
    doing = len(nxt) > 1 and nxt[1].endswith("ing")
    return nxt[0] in _PREPOSITIONS and not doing and bool(re.search(rf"\b{nxt[0]}\b", before))


def about_letter(text: str) -> bool:
    """Is the text about the letter itself or its business ("My resume is attached", "I am glad
    to be in Dayton full time while I train") rather than the applicant's record?"""
    return bool(_ABOUT_LETTER.search(text))


def applicants(clause: str, sentence_claim: bool, company: str) -> bool:
    """Is this clause the applicant's own claim of what they are, have or did? First person
    (or no subject in a claim sentence), not a hope, a negation, a question or the company's."""
    if not sentence_claim or "?" in clause:
        return False
    if looking_ahead(clause) or _NEGATION.search(_BY_NOT.sub(" ", clause)):
        return False  # (how a thing was done is no negation of it: "..., mostly by not panicking")
    if _INTENT.search(clause):
        return False
    if _PREFERENCE.search(clause) or _LIMIT.search(clause):
        return False  # a liking, or the limit of what the applicant has ("my only brush with")
    if about_letter(clause):
        return False  # "to include this with my cover letter": the letter, not the record
    clause = OPINION.sub(" ", _ON_YOU.sub(" ", _ROMAN_I.sub(r"\g<grade>", clause)))
    if _WE.search(clause) and not (_OUR_COMPANY.search(clause) or _ALL_OF_US.search(clause)):
        return True
    if _FIRST.search(ME_AFTER.sub(" ", clause)):
        return True
    if _FIRST.search(clause):
        return False  # "Checkout is home ground for me" claims nothing checkable
    # No subject: the applicant's only when it opens like a résumé line ("Led X", "As the X")
    first = re.findall(r"[\w']+", clause)[:2]
    return bool(first) and (is_past(first[0]) or [w.lower() for w in first] in _ROLE_OPENERS)


_ROLE_OPENERS = [["as", "the"], ["as", "a"], ["as", "an"]]
_BY_NOT = re.compile(r"\bby not\b[^,;.]*", re.I)
# A job's grade is no speaker: "the Permit Technician I role", "as an Operator I, I ...".
_ROMAN_I = re.compile(
    r"(?P<grade>\b[A-Z][a-z]{2,} )I(?=\s+(?:role|position|opening|job|posting|title|level|"
    r"vacancy|candidates?)\b|,\s+I\b|[.;)]|$)"
)
_LIMIT = re.compile(rf"\b(?:{lx.LIMITS})\b", re.I)
# When a pastime is done is no part of it ("I also shoot film [in my spare time]"), and saying so
# makes what is done a pastime, which the interests may hold ("Outside work I run my dogs in
# agility trials", "Away from work I print on a restored proof press").
LEISURE = re.compile(rf"\b(?:{lx.LEISURE})\b", re.I)
# What the applicant thinks of the company is about the company: "I understand that your company
# values ...", "I am very impressed by how you have been so dedicated".
_ON_YOU = re.compile(
    r"\bI(?:'m|\s+am)?\s+(?:\w+ly\s+|very\s+|so\s+)*(?:understand|see|know|notice|noticed|read|"
    r"gather|appreciate|admire|impressed by|inspired by|amazed by)\s+(?:that\s+|how\s+|what\s+)?"
    r"(?=(?:you|your|the (?:role|position|posting|job|opening))\b)",
    re.I,
)
# "Our company" in a letter to a company is that company speaking, and so is any "we" beside it.
_OUR_COMPANY = re.compile(r"\bour company\b", re.I)
# "We" of everyone is no team's record: "we are all connected to each other", "how we can be
# better", "our ability to make a difference".
_ALL_OF_US = re.compile(
    r"\bwe(?: are)? all\b|\ball of us\b|\beach other\b|\bone another\b|\beveryone\b"
    r"|\bwe (?:can|cannot|can't)\b|\bour (?:ability|world|planet|future|society|communit\w+)\b",
    re.I,
)
# What the applicant thinks of anything but themselves is an opinion, not a record: "I think the
# job is to lead with one chart", "Records are where food safety lives, in my view", "I'd expect
# Jira tickets to need the same" (but "I think I could", "I believe my work" still speak of the
# applicant).
OPINION = re.compile(
    r"\bI(?:'d|\s+would)?\s+(?:\w+ly\s+|still\s+|also\s+)?"
    r"(?:think|believe|feel|suspect|guess|expect|imagine|appreciate)\s+(?:that\s+)?"
    r"(?!(?:I|I'm|I've|I'd|my|me|we|our)\b)|,?\s*\bin my (?:view|opinion|experience)\b"
    r"|,?\s*\bas far as I (?:can tell|know|can see)\b,?",
    re.I,
)
# Being sure or confident of what the applicant has claims that, no more: "I am confident that
# [my background in month-end close] ...".
_SURE = re.compile(
    r"\bI(?:'m|’m|\s+am)\s+(?:\w+ly\s+)?(?:confident|sure|certain|convinced)\s+(?:that\s+)?"
    r"(?=(?:my|I|I'm|I've|I'd)\b)",
    re.I,
)
# A sentence about the letter itself claims nothing: "to include this with my cover letter",
# "I'm writing about the ... opening", "I should be clear about the gaps", "let me be specific",
# "My resume is attached", "I can start in January".
_ABOUT_LETTER = re.compile(
    r"\b(?:my|this) (?:cover )?letter\b|\bmy application\b"
    r"|\bI(?:'m| am) writing (?:about|regarding|in response|to apply)\b"
    r"|\b(?:why|reason) I(?:'m| am) (?:writing|applying)\b|\bI(?:'m| am) applying (?:for|to)\b"
    r"|\b(?:short|shorter|quick|brief) version of (?:my|the)\b|\bI mention (?:this|that|it)\b"
    r"|\b(?:I(?: should| must| want to|'d like to| will|'ll)|let me) (?:be (?:clear|honest|upfront|"
    r"frank|plain|direct|specific|concrete)|"
    r"say(?! that)|mention|add|note)\b"
    rf"|\b(?:{lx.LOGISTICS})\b",
    re.I,
)
# "me" (or "him", "her") after a preposition or a gerund is no subject: "home ground for me",
# "without calling me", "someone who is worried about her hair"; nor is "my" in a comparison: "a
# different audience from my students".
ME_AFTER = re.compile(
    r"\b(?:for|to|with|without|about|of|at|by|from|like|than|\w+ing)\s+(?:me|him|her)\b"
    r"|\b(?:from|than|unlike)\s+my\b",
    re.I,
)
