"""Figures a draft states: counts, amounts, percentages and years of experience must be the
profile's, or the posting's where the clause quotes the company."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from drafter import lexicon as lx
from drafter.claims import (
    LEAD,
    ME_AFTER,
    OPINION,
    Num,
    about_company,
    about_letter,
    ahead_at,
    clause_of,
    disowned,
    is_past,
    number_supported,
    numbers,
    posting_ok,
)
from drafter.evidence import tokens
from drafter.findings import Finding, error
from drafter.sources import Sources


def check_numbers(
    sentence: str, bare: str, claim: bool, src: Sources, company: str, note: bool
) -> list[Finding]:
    out, ranges = _year_ranges(sentence, bare, src, claim, company, note)
    after: dict[str, int] = {}  # where to look for a figure said again: "30-minute ... 30 days"
    label = LEAD.match(bare)  # "Logistics: ... the $21–$25/hour range works for me": the job's
    business = bool(label and _BUSINESS.search(label.group(1)))
    for num in numbers(_IDIOMS.sub(" ", re.sub(r"\[F\d+(?:,\s*F\d+)*\]", " ", bare))):
        at = max(bare.find(num.words, after.get(num.words, 0)), 0)
        after[num.words] = at + len(num.words)
        if any(num.words in r for r in ranges):
            continue  # one end of a range already found unsupported
        short = _SHORT_RANGE.search(bare[:at]) if len(num.words) == 2 else None
        if short and re.search(
            rf"\b{short[2]}{num.words}\b|\b{short[1]}\S*\s*[–-]\s*{num.words}\b", src.profile
        ):
            continue  # "the 2022–23 inventory": the profile's year 2023
        if about_letter(clause_of(bare, at)):
            continue  # the letter's business: "I can start two weeks after an offer"
        ahead = ahead_at(bare, at)
        if ahead and number_supported(num, src.want_numbers, set()):
            continue  # a goal the profile's own wants give: "Pushing toward 200 a day"
        if claim and ahead and (num.span or num.years or num.words.lower() == "twice"):
            continue  # a plan's length of time: "I'd take the 30-hour course"; how often:
            # "I would rather ask once than ruin a gown twice"
        # a figure in a gap the applicant names ("I have not yet led design for a product used
        # by 3 million riders") claims nothing, but still quotes the posting or the profile
        quotable = (
            business
            or posting_ok(bare, at, claim, company, note)
            or disowned(bare, at, at + len(num.words))
        )
        if not quotable and _headcount_unsupported(bare, at, num, src):
            out.append(error("number", sentence, num.words,
                             f"a team of {num.words} is not in the profile"))  # fmt: skip
            continue
        known = src.profile_numbers + (src.posting_numbers if quotable else [])
        spans = _durations_here(bare, at, src)
        if _NEARLY.search(bare[:at]):  # "nearly five years" for Feb 2022 to now: 2026 - 2022 is 4
            spans = spans | {s + 1 for s in spans}
        if number_supported(num, known, spans, src.stated):
            continue
        if (
            not num.years
            and not num.span
            and _YEARS_BEFORE.search(bare[:at])
            and number_supported(replace(num, years=True), known, spans, src.stated)
        ):
            continue  # "about six years in the Air Force and five at a repair station": years
        if num.years and _WINDOW.search(bare[:at]) and any(s >= num.value for s in spans):
            continue  # "for the past two years" of a post held three: a window inside it
        if _SEASONS.match(bare, at + len(num.words)) and num.value - 1 in spans:
            continue  # "four summers at Camp Birchwood" for 2017 to 2020: each year's season
        if _in_named_dates(bare, num, src):
            continue  # "Those falls, from 2018 to 2020, were at Sweetwater Orchards" (2018–2021)
        if _quoted_figure(bare, at, src, company) or _counts_a_list(bare, at, num):
            continue
        if _sum_of_parts(bare, at, num, src):
            continue  # "roughly 150 display tanks, about 120 freshwater and 30 saltwater"
        if (
            num.value
            and _ONE_IN.search(bare[:at])
            and any(k.percent and abs(k.value - 100 / num.value) < 0.5 for k in src.profile_numbers)
        ):
            continue  # "one custom match in twenty came back": the profile's "about 5%"
        if _counts_a_profile_list(bare, at, num, src) or _point_in_time(bare, at, num):
            continue
        if _ROLES.match(bare, at + len(num.words)) and 2 <= num.value <= len(src.spans):
            continue  # "between the two roles", "my skills come from two settings": the
            # profile's employers counted, or some of them
        if _IT_TAKES.search(bare[:at]) and _MOMENTS.match(bare, at + len(num.words)):
            continue  # "asking takes five seconds": what a thing costs, no record
        if _AGE.match(bare, at + len(num.words)):
            continue  # "as a nervous eight-year-old": someone's age, no claim
        if (
            num.words.lower() in ("hundred", "thousand", "million")
            and _MANY_SMALL.match(bare, at + len(num.words))
            and bare[:at].endswith("a ")
        ):
            continue  # "a hundred small decisions": a figure of speech
        if num.words == "1":
            continue  # "about 1 day/week": a count of one claims next to nothing
        if num.value == num.raw and num.value <= 10 and _DISCOURSE.match(bare, at + len(num.words)):
            continue  # "two words your posting puts side by side", "three reasons"
        where = "the profile or the posting" if quotable else "the profile"
        out.append(error("number", sentence, num.words, f"'{num.words}' is not in {where}"))
    return out


# A lead-in that names the letter's business, the job's terms: "Logistics:", "Schedule and pay:".
_BUSINESS = re.compile(
    r"\b(?:logistics|availability|schedule|pay|salary|wages?|start(?:ing)? date|travel|hours"
    r"|location|commute|relocation|notice)\b",
    re.I,
)


# Figures of speech made of figures: "aren't exactly nine-to-five", "24/7".
_IDIOMS = re.compile(
    r"\b(?:nine|9)[- ]to[- ](?:five|5)(?:er)?\b|\b24/7\b"
    r"|\bor two\b(?=\s*(?:[.,;:!?)]|$))",  # "engrave a test plate or two": a few
    re.I,
)


def _sum_of_parts(sentence: str, at: int, num: Num, src: Sources) -> bool:
    """Is the figure the sum of the two that follow it in its sentence, each the profile's?"""
    after = [n for n in numbers(sentence[at + len(num.words) :]) if not n.years and n.raw > 0]
    return any(
        abs(a.value + b.value - num.value) < 1e-9
        and number_supported(a, src.profile_numbers, set())
        and number_supported(b, src.profile_numbers, set())
        for a, b in pairwise(after)
    )


_ONE_IN = re.compile(r"\b(?:one|1)\s+(?:[\w-]+\s+){0,3}?in\s+$", re.I)
_SEASONS = re.compile(r"\s+(?:summers|winters|springs|autumns|falls|seasons)\b", re.I)
_IT_TAKES = re.compile(r"\b(?:takes?|took|taking)\s+(?:about\s+|only\s+|just\s+|all of\s+)?$", re.I)
_MOMENTS = re.compile(r"\s+(?:seconds?|minutes?)\b", re.I)
_WINDOW = re.compile(r"\b(?:the|these)\s+(?:past|last)\s+$", re.I)
_MANY_SMALL = re.compile(r"\s+(?:small|little|tiny|different|other)\b", re.I)  # "a hundred small"
_AGE = re.compile(r"[\s-]*(?:years?|months?)[\s-]+olds?\b", re.I)
# Years said once for two figures: "six years in the U.S. Air Force and [five] at ...".
_YEARS_BEFORE = re.compile(r"\b\w+\s+years\b[^;:]{0,60}\band\s+$", re.I)
_NEARLY = re.compile(r"\b(?:nearly|almost|close to|just under|not quite)\s+$", re.I)
# A span of years whose end gives only its last two digits: "the 2022–23 inventory".
_SHORT_RANGE = re.compile(r"(?<![\w.-])((19|20)\d\d)\s*[–-]\s*$")


_YEAR_RANGE = re.compile(
    r"(?<![\w.-])((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d|present)(?![\w.-])", re.I
)


def _year_ranges(
    sentence: str, bare: str, src: Sources, claim: bool, company: str, note: bool
) -> tuple[list[Finding], list[str]]:
    """A span of years ("2018-2023", "2019–present") must be one the profile gives, from that
    start to that end: two years it names apart do not make it. Where the clause may quote the
    posting, the posting's span will do ("the 1937–1991 Minnesota collection")."""
    out, ranges = [], []
    for m in _YEAR_RANGE.finditer(bare):
        start, end = m.groups()
        said = f"(?:{end.lower()}|{end[2:]}\\b)" if end.isdigit() else end.lower()
        if re.search(rf"{start}\S*\s*[–-]\s*{said}", src.profile):
            continue  # (and the profile's "2022-23" for "2022–2023")
        if re.search(rf"\b{start}\s*(?:[–-]|to|through)\s*{end.lower()}\b", src.posting) and (
            posting_ok(bare, m.start(), claim, company, note)
        ):
            continue
        if end.isdigit() and any(start in f.text and end in f.text for f, _ in src.facts):
            continue  # "no recordables in 2024-2025" for one fact's "in 2024 or 2025"
        ranges.append(m.group(0))
        out.append(error("number", sentence, m.group(0), f"'{m.group(0)}' is not in the profile"))
    return out, ranges


_SIZED = re.compile(r"-(?:person|member|strong)\s+(?:[\w-]+\s+)?(?:crew|team|staff|shift)\b")


def _headcount_unsupported(sentence: str, at: int, num: Num, src: Sources) -> bool:
    """The size of a team the applicant joined or led ("the team of 40", "a nine-person crew")
    must be a team's size in the profile: the same figure counting something else ("40
    experiments", "a nine-month calendar") does not make it, but one counting people ("a store
    of 42 staff", "a three-person crew") does, learners aside."""
    sized_here = _SIZED.match(sentence, at + len(num.words))  # "with a nine-person crew"
    if not (re.search(r"\bteam of\s+$", sentence[:at], re.I) or sized_here):
        return False
    figures = {num.words.lower(), f"{num.value:g}"}
    for n in map(re.escape, figures):
        sized = rf"\b(?:team|staff|crew|workforce) of {n}\b|(?<![\w.,]){n}-(?:person|strong)\b"
        if re.search(sized, src.profile):
            return False
        for m in re.finditer(rf"(?<![\w.,]){n} (?:[\w-]+ )?({lx.PEOPLE})\b", src.profile):
            if m.group(1) not in lx.LEARNERS:
                return False
    return True


def _durations_here(sentence: str, at: int, src: Sources) -> set[float]:
    """The durations a figure of years may be: the span of the employer or school its clause
    names ("four years at Northwind Health" must be Northwind's) or of the roles in the trade it
    names ("three years of traffic experience"), else any the profile supports."""
    clause = _own_stretch(sentence, at)
    places = [*src.spans.items(), *src.studies.items()]  # "two years of psychology at X College"
    named = [spans for org, spans in places if any(n in clause for n in _short(org))]
    field = _OF_EXPERIENCE.search(clause)
    if field and not named:  # "three years of traffic experience": the roles in traffic
        trade = tokens(field.group(1))
        orgs = {f.org for f, toks in src.jobs if trade & toks}
        named = [src.spans[org] for org in orgs if org in src.spans]
    return set().union(*named) if named else src.durations


def _own_stretch(sentence: str, at: int) -> str:
    """The clause around the figure at ``at``, from the figure before it to the one after: "six
    years of courier work [and two seasons as a dock hand at Hudson Shores Marina]" names the
    marina for the two seasons, not the six years."""
    clause = clause_of(sentence, at)
    start = sentence.find(clause)
    figures = [(start + m.start(), start + m.end()) for m in _FIGURE.finditer(clause)]
    lo = max([end for begin, end in figures if begin < at], default=start)
    hi = min([begin for begin, _ in figures if begin > at], default=start + len(clause))
    return sentence[lo:hi].lower()


_FIGURE = re.compile(rf"\b(?:\d+|{'|'.join(lx.NUMBER_WORDS)})\b", re.I)
_OF_EXPERIENCE = re.compile(r"\byears?\s+(?:of|in)\s+((?:[\w/-]+\s+){1,2}?)experience\b")


def _in_named_dates(sentence: str, num: Num, src: Sources) -> bool:
    """Is the figure a year inside the dates of a role at an employer the sentence names?"""
    if not (num.value.is_integer() and 1900 < num.value < 2100):
        return False
    low = sentence.lower()
    return any(
        first <= num.value <= last and any(n in low for n in _short(org))
        for org, (first, last) in src.years_worked.items()
    )


def _short(org: str) -> list[str]:
    """An employer as a letter may name it: whole, without a note in brackets ("Blue Ridge
    Market (floral department)"), or without the trade word that ends it ("Petal & Stem
    Florist")."""
    bare = re.sub(r"\s*\([^)]*\)", "", org).lower()
    words = bare.split()
    return [org.lower(), bare] + ([" ".join(words[:-1])] if len(words) >= 3 else [])


def _quoted_figure(sentence: str, at: int, src: Sources, company: str) -> bool:
    """A figure the posting states about the company, quoted with its noun in a clause about
    the company: "Wayfinder helps riders ... in 14 cities" when the posting says "14 cities", or
    in a clause of its own nobody is the subject of ("I'd be glad to talk about how a kitchen's
    habits could serve a plant of 220 people")."""
    m = re.match(r"\S+(?:\s+(?:million|billion|thousand))?\s+[a-z][a-z-]+", sentence[at:])
    if not m or re.sub(r"\s+", " ", m.group(0).lower()) not in src.posting:
        return False
    clause = clause_of(sentence, at)
    start = sentence.find(clause)
    inner = _SUBORDINATE.split(sentence[start:at])[-1] + clause[at - start :]
    if about_company(clause, company) or impersonal(clause, src) or impersonal(inner, src):
        return True
    # a relative clause about someone else: "a retailer that ships to all 50 states"
    rel = _RELATIVE.search(sentence[start:at])
    return rel is not None and impersonal(rel.group(0), src)


_SUBORDINATE = re.compile(r"\b(?:how|whether|why|what)\b", re.I)
_RELATIVE = re.compile(r"\b[a-z]+ (?:that|which|who) (?:[a-z]+ ){1,3}$")


def impersonal(clause: str, src: Sources) -> bool:
    """A clause nobody is the subject of and that names nothing the applicant did or worked
    for ("a trip planner that 3 million riders in 14 cities rely on"): it may quote the posting.
    "Me" after a preposition is no subject ("monthly visits to Phoenix are fine with me"), and
    nor is the applicant of an opinion ("I'd expect Jira tickets to need the same")."""
    said = re.findall(r"[\w']+", clause)
    return not (
        _FIRST_PERSON.search(ME_AFTER.sub(" ", OPINION.sub(" ", clause)))
        or any(is_past(w) for w in said)
        or any(e.lower() in clause.lower() for e in src.employers)
    )


# The applicant's employers counted: "between the two roles".
_ROLES = re.compile(
    r"\s+(?:roles|jobs|positions|employers|companies|settings|workplaces|places)\b", re.I
)
# Things a letter counts in its own argument, not in the applicant's record.
_DISCOURSE = re.compile(rf"\s+(?:\w+\s+)?(?:{lx.DISCOURSE_NOUNS})\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|we|our)\b", re.I)
_LIST_ITEM = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")


_LISTED_AFTER = re.compile(r"[^:.;]{0,60}:\s*([^.;:]+?)[.!]?\s*$")


def _counts_a_list(sentence: str, at: int, num: Num) -> bool:
    """ "dbt, Airflow and Looker, all three named in the posting": a count of the list just
    written, or of the one its colon opens, is not a claim of its own."""
    if num.value != num.raw or not 2 <= num.value <= 12:
        return False
    listed = _LISTED_AFTER.match(sentence, at + len(num.words))
    if listed:  # "Dealing five of your games from day one: blackjack, roulette, ..."
        return len([i for i in _LIST_ITEM.split(listed.group(1)) if i.strip()]) == num.value
    before = sentence[:at]
    m = re.search(r"\b(?:all|these|those|the|each of the|all of the)\s+$", before)
    if not m:
        return False
    head = re.split(r"[:;.!?]", before[: m.start()].rstrip(" ,"))[-1]
    items = [i for i in _LIST_ITEM.split(head) if i.strip()]
    return len(items) == num.value


def _counts_a_profile_list(sentence: str, at: int, num: Num, src: Sources) -> bool:
    """ "85 tractors across three states" where a fact lists "Ohio, Indiana and Kentucky": a
    count, in words, of three or more one-word things the profile names in a row; or of two
    years it lists before the noun counted ("two holiday peaks" for "the 2019 and 2020 holiday
    peaks")."""
    if num.words.lower() not in lx.NUMBER_WORDS or not 2 <= num.value <= 12:
        return False
    year = r"(?:19|20)\d\d"
    if num.value == 2:
        noun = re.match(r"\s+([a-z][\w-]*)", sentence[at + len(num.words) :])
        paired = noun and rf"\b{year} and {year} {re.escape(noun.group(1))}\b"
        return bool(paired and re.search(paired, src.profile))
    item, more = r"[\w.-]+", int(num.value) - 2
    # "Ohio, Indiana and Kentucky", or years with no "and": "Summers 2019, 2020, 2021"
    listed = rf"\b{item}(?:, {item}){{{more}}},? and {item}\b|\b(?:{year}, ){{{more + 1}}}{year}\b"
    return bool(re.search(listed, src.profile))


_TIME_UNIT = re.compile(r"\b(?:day|week|month|year|quarter|phase)\s+$", re.I)


def _point_in_time(sentence: str, at: int, num: Num) -> bool:
    """ "discover it in month two": a figure in words after a unit of time names a point in it,
    counting nothing of the record; and so does an hour of the day ("texts at six in the
    morning")."""
    if _HOUR_OF_DAY.match(sentence, at + len(num.words)) and num.value <= 12:
        return True
    return num.words.lower() in lx.NUMBER_WORDS and bool(_TIME_UNIT.search(sentence[:at]))


_HOUR_OF_DAY = re.compile(r"\s+(?:in the (?:morning|afternoon|evening)|at night|o'clock)\b", re.I)
