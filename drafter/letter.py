"""The letter is for this company and this role: no other company or role named as the one
applied for, and both named somewhere."""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Hamming

from drafter import lexicon as lx
from drafter.claims import clause_of, looking_ahead, numbers
from drafter.evidence import tokens
from drafter.findings import Finding
from drafter.names import (
    NOT_ORGS,
    ORG,
    TITLE_HEAD,
    TOOL_NAMES,
    initials_of,
    known,
    title_words,
)
from drafter.sources import Sources

# A company named in a hope: "bring it to GoCardless", "to see how GoCardless keeps payouts ...".
_HOPED_FOR = re.compile(
    rf"\b(?:to|at|for|with|join|joining|how|why|where|(?:how|why|where) the)\s+(?!I\b){ORG}"
)
# ... or as the owner of what the hope is about or learns from: "curious about GoCardless's
# approach", "learning from GoCardless's risk team"; the people helped or served are the
# company's without an "'s": "helping Fairway Trust grantees".
_HOPED_OWN = re.compile(
    r"\b(?:about|on|from|through|help|helping|serve|serving)\s+(?:(?:grow|build|support)\s+)?(?:the\s+)?"
    r"(?!I\b)"
    r"([A-Z][\w&.-]*(?:\s+(?:(?:of|and|&|de)\s+)?[A-Z][\w&.-]*){0,3}?'s)\s"
)
_HOPED_SERVED = re.compile(
    rf"\b(?:[Hh]elp|[Hh]elping|[Ss]erve|[Ss]erving)\s+(?!I\b){ORG}(?=\s+[a-z])"
)
# ... and so is the company whose people it hopes to serve: "the person Capitol Toyota customers
# trust".
_HOPED_PEOPLE = re.compile(
    rf"(?<=\s)(?![\w-]*ing\b){ORG}(?=\s+(?:customers|clients|patients|members|guests|riders|residents|families|"
    r"students|patrons|shoppers|users)\b)"
)
# ... and so is the one whose things a bullet that looks ahead opens by doing: "Keeping Palouse
# Transit's 42 buses and 18 paratransit vans serving my own community".
_HOPED_DOING = re.compile(rf"^\W*[A-Z][a-z]+ing\s+(?:the\s+)?(?!I\b){ORG}(?=['’]s\s)")
# ... and so is the maker of the products it hopes to learn: "Learning the full Aveda range".
_HOPED_RANGE = re.compile(
    rf"\b(?:the|your)\s+(?:(?:full|whole|entire|new|core)\s+)?{ORG}"
    r"(?=\s+(?:range|line|lineup|portfolio|catalog(?:ue)?|products)\b)"
)
# ... and so is an institution whose things it hopes to care for: "Caring for the images of the
# Minneapolis Institute of Art".
_HOPED_OF = re.compile(
    rf"\bof the (?=(?:[A-Z][\w&'.-]*\s+(?:(?:of|and|&|de)\s+)?){{0,3}}(?:{lx.INSTITUTIONS})\b)"
    rf"{ORG}"
)
# ... or of a firm, by its name's last word: "the participants of Larkspur Retirement Group".
_HOPED_OF_FIRM = re.compile(
    rf"\bof (?=(?:[A-Z][\w&'.-]*\s+){{1,3}}(?:Group|Company|Partners|Associates|Services)\b)"
    rf"{ORG}"
)


# A name that says it is a company: a legal form, or a capital inside a word ("ClearView").
_A_COMPANY = re.compile(r"\b(?:Co|Inc|LLC|Ltd|Corp|Company)\.?$|[a-z][A-Z]")


def wrong_company(sentence: str, company: str, src: Sources, ahead: bool = False) -> list[Finding]:
    """Another company named as the one applied for: in a cue ("the role at X", "joining X"), or
    in a hope ("excited to bring this to X"). A note's topic under a heading that looks ahead
    (``ahead``: "Working on the planning side at X") is a hope without saying so."""
    if not company:
        return []
    cues = [
        rf"\b(?:[Rr]ole|[Pp]osition|[Oo]pening|[Oo]pportunity|[Tt]eam|[Pp]osting|[Ll]isting|[Vv]acancy)"
        rf" at {ORG}",
        rf"\b[Jj]ob at (?:the )?{ORG}",  # "the Bakery Department Manager job at the Sendik's store"
        rf"\b[Jj]oin(?:ing)? (?:the team at )?{ORG}",
        rf"\bI(?:'m| am) (?:writing|applying) to {ORG}",  # "why I'm writing to Northpoint"
        # "Joining the Greater Columbus Convention Center events team", near the company's name
        _JOIN_THE,
        rf"\b{ORG}(?:'s|(?<=s)') (?:mission|team|product|platform|users|customers|culture|values"
        r"|focus|approach)",  # and "Lakeview Memorial Gardens' mission"
        rf"^(?:Dear|Hi|Hello)\b.*\bat {ORG}",
        # a greeting to the company's people: "Dear Ashgrove hiring team," (not "... team at X"),
        # whose team may be named after the company's name ("Dear Ashgrove Prepress team,")
        _GREETING,
    ]
    out = []
    for cue in cues:
        for m in re.finditer(cue, sentence):
            org = _owner(m.group(1))
            if NOT_ORGS.match(org) or _same_company(org, company, cue == _GREETING):
                continue
            if re.search(r"\b(?:Division|Department|Office|Unit|Section|Program)$", org):
                continue  # "Dear GIS Division hiring team,": a part of the company
            work = org.split()[:-1]
            if (
                org.endswith(" Services")
                and work
                and all(re.search(rf"\b{re.escape(w.lower())}\b", src.posting) for w in work)
            ):
                continue  # "Dear Parking Services hiring team," for a parking job: its department
            if org.lower() in src.posting:
                continue  # "Dear Sterile Processing hiring team,": a department the posting names;
                # "the position at Seattle-Tacoma International Airport": where the job is
            if (
                cue == _GREETING
                and not m.group("hiring")
                and not _shares_word(org, company)
                and not _A_COMPANY.search(org)
            ):  # a team named by its work: "Dear Data Science team", "Dear Hiring Team" (not
                continue  # "Hello ClearView Window Co. team")
            if (
                cue == _JOIN_THE
                and not _shares_word(org, company)
                and not (
                    (ahead or looking_ahead(sentence))
                    and org.lower() not in src.posting
                    # a name before the team's own: "the Madewell tech design team"
                    and re.match(r"(?:\s+[a-z][\w-]*)+?\s+team\b", sentence[m.end() :])
                )
            ):  # "joining the Data Science team"; not "Joining the Madewell tech design team"
                continue
            if any(_same_name(org, e) for e in src.employers):
                continue
            out.append(Finding("company", "error", sentence, org,
                               f"the letter is for {company}, not {org}"))  # fmt: skip
    for m in re.finditer(r"\b(?:[Yy]our|[Tt]he) (?:team|company) at \[([^\]\n]{2,60})\]", sentence):
        org = m.group(1).strip()  # a placeholder with a name in it: the draft's company slot
        if fuzz.token_set_ratio(org.lower(), company.lower()) < 85:
            out.append(Finding("company", "error", sentence, m.group(0),
                               f"the letter is for {company}, not {org}"))  # fmt: skip
    out += [
        f
        for f in _near_misses(sentence, company, src, ahead)
        if f.words not in {o.words for o in out}
    ]
    named = {f.words for f in out}
    owners = list(_HOPED_OWN.finditer(sentence))
    for m in [
        *_HOPED_FOR.finditer(sentence),
        *owners,
        *_HOPED_SERVED.finditer(sentence),
        *_HOPED_RANGE.finditer(sentence),
        *_HOPED_OF.finditer(sentence),
        *_HOPED_OF_FIRM.finditer(sentence),
        *_HOPED_PEOPLE.finditer(sentence),
        *_HOPED_DOING.finditer(sentence),
    ]:
        org = _owner(m.group(1))
        if org in named or not (ahead or looking_ahead(clause_of(sentence, m.start()))):
            continue
        if _same_company(org, company) or _SCORED_AT.search(sentence[: m.start(1)]):
            continue  # "Talbridge's Ohio and Midwest team": the company's; "tested at ALTA Level 9"
        parts = re.split(r"\s+(?:and|&)\s+|,\s*", org)  # "Enphase IQ8 and Powerwall": two products
        if NOT_ORGS.match(org) or all(
            known(p, src, company, True) or p.lower() in TOOL_NAMES for p in parts
        ):
            continue
        if re.search(rf"\b{re.escape(org.lower())}\b", src.education):
            continue
        out.append(Finding("company", "error", sentence, org,
                           f"the letter is for {company}; {org} is not in the posting or the "
                           "profile"))  # fmt: skip
        named.add(org)
    return out


_JOIN_THE = rf"\b[Jj]oin(?:ing)? the {ORG}"
_SCORED_AT = re.compile(lx.SCORED_AT, re.I)
_GREETING = (
    rf"^(?:Dear|Hi|Hello)\s+{ORG}"
    r"\s+(?P<hiring>(?i:hiring|recruiting)\s+)?(?i:team|committee)\b(?!\s+at\b)"
)


def _owner(name: str) -> str:
    """A name as the owner of what follows it: "Ashgrove" of "Ashgrove's", "Talbridge" of
    "Talbridge's Ohio and Midwest", "Halloran & Vine Jewelers" of "Halloran & Vine Jewelers'
    Galleria"."""
    bare = re.sub(r"(?:['’]s|(?<=s)['’]|\.)$", "", name.strip())  # "Foxhounds'" too
    return re.split(r"['’]s\s|(?<=s)['’]\s", bare)[0]


def _near_misses(sentence: str, company: str, src: Sources, ahead: bool) -> list[Finding]:
    """A near miss at the company's name, wherever it is said: a name that ends on a word of the
    company's name but its first and shares two words or more and at least half of them, but is
    another ("Brightline Home Services" for "Brightwater Home Services", "Red River Credit Union"
    for "Keystone Prairie Federal Credit Union", "Hollis Creek Septic" for "Hollis Brook Septic
    Services"), or has its words in another order ("Page & Wick Books" for "Wick & Page Books"),
    or in a hope (``ahead``, or the clause looks ahead) is a firm of the same trade; and neither
    an employer of the applicant's nor a name the posting or profile gives. So are the company's
    first words with one misspelt ("Tidewater Pointe" for "Tidewater Point Boatyard"), and its
    name with another last word ("Sundog Balloon Tours" for "Sundog Balloon Rides")."""
    own = _words(company)
    ends = [w for w in company.split()[1:] if re.fullmatch(r"[A-Z][\w&'’.-]{2,}", w)]
    ends += [_SHORT_FORMS[w.lower()] for w in ends if w.lower() in _SHORT_FORMS]  # "Co-op"
    if not ends:
        return []
    run = (
        rf"\b(?!(?i:{lx.GREETINGS}|your|our|my|their|this|that)\b)"  # "Your Home Health ... role"
        rf"((?:[A-Z][\w&'’.-]*\s+(?:(?:of|&|and)\s+)?){{1,4}}"  # "Gilt and Gable Signs" for
        rf"(?:{'|'.join(map(re.escape, ends))})s?)\b"  # "Gilt & Gable Sign Co."
    )
    first = company.split()[0].lower()
    order = _word_list(company)
    trade_word = _trade_word(company)
    out = []
    for m in re.finditer(run, sentence):
        org = m.group(1)
        if not sentence[: m.start(1)].strip(" -*•\"'("):
            org = re.sub(r"^[A-Z][a-z]+ing\s+", "", org)  # a bullet's verb: "Helping Page & ..."
        names = org.split()
        if any(
            w.lower() == first and not _words(" ".join(names[:k])) & own
            for k, w in enumerate(names[1:], 1)
        ):
            continue  # the company, after a capital that opens a bullet: "Keeping Clearwater ..."
        said = [w for w in _word_list(org) if w in own]
        shared = _words(org) & own
        other = _words(org) - own or said != [w for w in order if w in shared]
        # a first word like the company's counts as shared: "Ridgeway Roofing" for "Ridgeline
        # Roofing & Exteriors", "Corwin Auto" for "Corbett Auto Supply"
        alike = int(_alike(_word_list(org)[:1], order[:1]))
        # and a firm of the same trade by its head word, in a hope ("whichever Tidewater Laundry
        # sends techs to" for "Carroway Commercial Laundry") or said with the posting's own
        # figures ("A two-year move of 90,000 specimens at the Roger Williams Park Museum")
        trade = (
            len(names) > 1
            and names[-1] == trade_word
            and (
                (len(names) == 2 and (ahead or looking_ahead(clause_of(sentence, m.start(1)))))
                or _cites_posting(sentence, src)
            )
        )
        if not other:
            continue  # the company's own words (with one inside left out, ``_variant``'s)
        if other and (
            not trade
            and (len(own) < 3 or len(shared) + alike < 2 or 2 * (len(shared) + alike) < len(own))
        ):
            continue
        if (
            org.lower() in src.posting
            or org.lower() in src.profile
            or any(_same_name(org, e) for e in src.employers)
        ):
            continue
        out.append(Finding("company", "error", sentence, org,
                           f"the letter is for {company}, not {org}"))  # fmt: skip
    for m in _FIRM.finditer(sentence):  # a firm named like the company, of another form
        org = m.group(1)
        opening = _word_list(org.split()[0])[:1]  # "champlain" of "Champlain-Hudson"
        if (
            opening
            and opening == _word_list(company.split()[0])[:1]
            and len(_words(" ".join(org.split()[:-1])) & own) >= 2
            and org not in {f.words for f in out}
            and org.lower() not in src.posting
            and org.lower() not in src.profile
            and not any(_same_name(org, e) for e in src.employers)
        ):
            out.append(Finding("company", "error", sentence, org,
                               f"the letter is for {company}, not {org}"))  # fmt: skip
    core = _CIVIC.sub("", company)  # "Cedar Hollow" of "City of Cedar Hollow"
    for m in _NAME_RUN.finditer(sentence):  # any other spelling of the company's name
        org = _owner(_CUES.sub("", m.group(0)))
        verb = _GERUND.match(org)  # a bullet's verb: "Keeping the Fox Valley Foxhounds"
        if verb and verb[1].lower() != company.split()[0].lower():
            org = org[verb.end() :]
        if (_PART.search(org) or _PART.match(sentence, m.end())) and not _A_COMPANY.search(org):
            continue  # a team of the company's: "Dear Bluewing Crew Scheduling team," (not
            # "Hello Turn Point Kayak Co. team,")
        if (
            org not in {f.words for f in out}
            and _variant(_CIVIC.sub("", org), core)
            and org.lower() not in src.posting
            and org.lower() not in src.profile
            and not any(_same_name(org, e) for e in src.employers)
        ):
            out.append(Finding("company", "error", sentence, org,
                               f"the letter is for {company}, not {org}"))  # fmt: skip
    return out


# A name: capitalised words ("BrightStar", "O'Brien" too, but no ACRONYM), with the small words a
# name holds between them ("Museum of Art", "Gilt and Gable").
_NAME_WORD = r"(?:[A-Z][a-z][\w'’.&-]*|[A-Z](?:['’][A-Z])?[a-z]+[A-Z]\w*|&)"
_NAME_RUN = re.compile(rf"(?<![\w-]){_NAME_WORD}(?:\s+(?:(?:of|and|&|the)\s+)?{_NAME_WORD})*")
# Capitalised words that open a sentence or a greeting before a name: "At", "Dear Hiring Team".
_CUES = re.compile(
    r"^(?:(?:At|The|In|For|With|Dear|Hiring|Team|Joining|Join|To|From|And|As|On|By|Of|My|Your"
    r"|Our|Since|After|Before|When|While|Hello|Hi)\s+)+"
)
# "Champlain Canal Corporation" for "Champlain-Hudson State Canal Authority": the company's first
# word and another, in a firm's name of another form
_FIRM = re.compile(
    r"\b((?:[A-Z][\w&'’.-]*\s+){1,4}(?:Corporation|Corp\.|Company|Co\.|Inc\.|LLC|Authority|Group))"
    r"(?!\w)"
)
# A part of a company, after its name or ending it ("Larkfield Patient Access team"), or the
# role applied for ("Your Home Health Scheduling Coordinator role").
_PART = re.compile(
    r"\s+(?:team|office|department|division|unit|staff|role|position|opening|job)\b"
    r"|\b(?:Team|Office)$",
    re.I,
)
_GERUND = re.compile(r"([A-Z][a-z]+ing)\s+(?:the\s+)?")
# Words of a firm's legal form, which say nothing of which firm it is.
_LEGAL = frozenset({"inc", "llc", "ltd", "corp", "company", "corporation"})


def _variant(org: str, company: str) -> bool:
    """Is ``org`` the company's name spelt another way (a plural being the same word)? It is
    when it opens with the company's first word, or one alike (``_alike_word``: "Kestral" for
    "Kestrel"), and differs after it ("Limestone Hill" for "Limestone Hollow Distillery", "Fox
    Valley Foxhounds" for "Fox River Foxhounds Baseball Club", "Kestral Aviation" for "Kestrel
    Avionics"); when it is one long first word misspelt ("Lanterfield" for "Lanternfield Rare
    Coins"); when it shares two words or more and half the company's, whatever its first
    ("Brightline Home Services" for "Brightwater Home Services"); or when it keeps three words or
    more but leaves out some between them or changes their order ("Lumen Neon Works" for "Lumen
    & Tube Neon Works", "Page & Wick Books" for "Wick & Page Books"). The name with words left off
    its end ("Cedar Hollow"), or with more after it ("Arbor Plasma Tulsa East"), is the
    company's own, and so is a word of a company's legal form ("Inc.", "Company")."""
    own = [_singular(w) for w in _word_list(company) if w not in _LEGAL]
    said = [_singular(w) for w in _word_list(org) if w not in _LEGAL]
    if not own or not said:
        return False
    same = [[i for i, o in enumerate(own) if o == w] for w in said]
    if all(same):
        at = [i[0] for i in same]
        return len(said) >= 3 and at != list(range(at[0], at[0] + len(said)))  # words cut out
    if len(said) > len(own) and said[: len(own)] == own:
        return False  # the company's name and more: "Halfmoon Coffee Roasters Seattle"
    alike = _alike_word(said[0], own[0])
    if (said[0] == own[0] or alike) and (len(said) >= 2 or (alike and len(said[0]) >= 7)):
        return True
    shared = sum(1 for w in said if w in own)
    return shared >= 2 and 2 * shared >= len(own)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _alike_word(word: str, other: str) -> bool:
    """Are two words different but alike: four letters or more, one or two off ("Hallow" for
    "Hollow", "Kestral" for "Kestrel")?"""
    return (
        word != other
        and min(len(word), len(other)) >= 4
        and (
            fuzz.ratio(word, other) >= 80
            or (len(word) == len(other) and Hamming.distance(word, other) == 1)
        )
    )


def _trade_word(company: str) -> str:
    """The word of a company's name that says its trade: the last ("Carroway Commercial
    Laundry"), or the one before "of" ("Narragansett Museum of Natural History")."""
    return re.split(r"\s+of\s+", company)[0].split()[-1]


def _cites_posting(sentence: str, src: Sources) -> bool:
    """Does the sentence give a figure of the posting's that the profile lacks ("90,000
    specimens")? It speaks of the job."""
    return any(
        n.raw >= 10
        and any(p.value == n.value for p in src.posting_numbers)
        and not any(p.value == n.value for p in src.profile_numbers)
        for n in numbers(sentence)
    )


# A word of a company's name, as it is often shortened.
_SHORT_FORMS = {"cooperative": "Co-op"}
_LONG_FORMS = {short.lower(): long for long, short in _SHORT_FORMS.items()}


def _words(name: str) -> set[str]:
    return set(_word_list(name))


def _word_list(name: str) -> list[str]:
    """The words of a name that tell it apart, in order, each in its long form ("co-op" is
    "cooperative")."""
    words = re.findall(r"\w+(?:-op)?", name.lower())
    return [_LONG_FORMS.get(w, w) for w in words if len(w) > 2 and w not in ("the", "and")]


def _same_name(org: str, employer: str) -> bool:
    """Is ``org`` the employer's name, near enough, from its first word on? "Marion County Board
    of Elections" is not "Marlow County Board of Elections", however alike the rest."""
    if not org or not employer:
        return False
    first = fuzz.ratio(org.split()[0].lower(), employer.split()[0].lower()) >= 80
    return first and fuzz.token_set_ratio(org.lower(), employer.lower()) >= 90


def _alike(first: list[str], own_first: list[str]) -> bool:
    """Are two names' first words different but alike, opening with the same three letters?"""
    return bool(first and own_first) and first != own_first and first[0][:3] == own_first[0][:3]


def _shares_word(org: str, company: str) -> bool:
    """Does ``org`` share a word with the company's name ("Ashford Print & Packaging" with
    "Ashgrove Print & Packaging"), as a near miss at its name does?"""
    return bool(_words(org) & _words(company))


def _same_company(org: str, company: str, team: bool = False) -> bool:
    """Is ``org`` the company, near enough ("Ashgrove" or "Ashgrove Printing" for "Ashgrove Print
    & Packaging"), or, as a ``team``'s name, one of its teams ("Ashgrove Prepress")? Its first
    word must be one of the company's, however alike the rest: "Ashford Print & Packaging" is
    another company."""
    if org == initials_of(company):
        return True  # "PSDA" for Puget Sound Defender Association
    first = org.split()[0].lower()
    if not any(fuzz.ratio(first, w) >= 80 for w in company.lower().split()):
        return False
    return team or fuzz.token_set_ratio(org.lower(), company.lower()) >= 85


def wrong_role(sentence: str, role: str) -> list[Finding]:
    if not role:
        return []
    pattern = (
        rf"\b(?:the|this|your) ((?:(?!(?:of|a|an)\b)[\w/-]+\s+){{0,3}}?{TITLE_HEAD})\s+"
        rf"(?:role|position|opening|job|vacancy)\b"
    )
    out = []
    for m in re.finditer(pattern, sentence, re.I):
        named = title_words(m.group(1))
        if not named <= title_words(role) and fuzz.token_set_ratio(m.group(1), role) < 85:
            out.append(Finding("role", "error", sentence, m.group(1),
                               f"the letter is for the {role} role"))  # fmt: skip
    return out


def _short_name(text: str, company: str) -> bool:
    """Is the company named by the first words of its name ("Alder Bay" for "Alder Bay Public
    Works", "Fieldstone" for "Fieldstone Credit Union"), capitalised as the name is?"""
    words = company.split()
    leads = (" ".join(words[:n]) for n in range(1, len(words)))
    return any(len(lead) >= 6 and re.search(rf"\b{re.escape(lead)}\b", text) for lead in leads)


# The words before a town's or a county's own name: "City of Cedar Hollow".
_CIVIC = re.compile(r"^(?:the|city of|town of|county of|state of)\s+", re.I)


def missing(text: str, company: str, role: str) -> list[Finding]:
    out = []
    low = text.lower().replace("’", "'")
    core = _CIVIC.sub("", company)
    short = initials_of(core)  # "CBYA" for Casco Bay Youth Athletics
    named = (
        company.lower() in low
        or core.lower() in low
        or _short_name(text, core)
        or (len(short) >= 3 and re.search(rf"\b{re.escape(short)}\b", text) is not None)
    )
    if company and not named:  # "Brennan Falls Parks and Recreation" names "City of Brennan ..."
        out.append(Finding("company", "warning", "", company, f"the letter never names {company}"))
    role_words = tokens(role)
    if role and role_words and len(role_words & tokens(text)) < 0.75 * len(role_words):
        out.append(Finding("role", "warning", "", role, f"the letter never names the {role} role"))
    return out
