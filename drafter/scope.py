"""Scope: how much the applicant claims to have done. An agency verb ("led", "owned",
"maintained") must be one the fact about its object licenses; a reach ("across the company"),
people mentored or trained, an employer named by reputation, a language's level ("fluent"
where the profile says "conversational") and a spotless record ("zero rejected packages") must
be the profile's too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter import lexicon as lx
from drafter.claims import (
    LEISURE,
    about_company,
    applicants,
    claimed_part,
    clause_of,
    clause_start,
    disowned,
    is_past,
    label_end,
    looking_ahead,
    posting_ok,
)
from drafter.evidence import compound, spells, tokens, words
from drafter.findings import Finding, error
from drafter.profile import Fact, Profile
from drafter.sources import Sources


def _agency_pattern() -> re.Pattern[str]:
    """Agency verbs, each in the places it claims: past forms anywhere, present forms after "I"
    ("I was leading"), "-ing" forms after "after", "while"... or at the start of a sentence."""
    past = "|".join(w for forms in lx.AGENCY.values() for w in forms[0].split())
    present = "|".join(w for forms in lx.AGENCY.values() for w in forms[1].split())
    ing = "|".join(w for forms in lx.AGENCY.values() for w in forms[2].split())
    return re.compile(
        rf"(?<![\w-])(?P<verb>{past}|{lx.AGENCY_PHRASES})(?![\w-])"
        rf"|\bI(?:'ve| have| had)? (?:\w+ly |also |now |still )?(?P<present>{present})\b"
        rf"|\bI(?: was| am|'m| have been|'ve been) (?:\w+ly |also |now |still )?(?P<prog>{ing})\b"
        rf"|(?:\b(?:after|while|before|since|by|from|when)\s+|^\W*)(?P<ing>{ing})\b",
        re.I,
    )


AGENCY = _agency_pattern()
# Every form of every agency verb, with its family: "built" -> "build".
AGENCY_FORMS = {
    w.lower(): family for family, forms in lx.AGENCY.items() for w in " ".join(forms).split()
}
_AGENCY_FAMILY = AGENCY_FORMS | {
    "responsible for": "duty", "in charge of": "own", "accountable for": "duty",
    "rolled out": "ship", "set up": "build", "set": "define",
}  # fmt: skip
_MADE = frozenset({"build", "design", "maintain", "train"})
# A participle after these is done to the thing, not by the applicant: "was built", "reports
# ..., each built from what someone told me".
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|,\s*each|,\s*all|,\s*both|into|for|of)\s+"
    r"(?:\w+ly\s+|also\s+|already\s+|still\s+)?$"
    # and one that says what a thing was kept as: "kept the shared drive organized"
    r"|\b(?:kept|keep|keeps|keeping|left|leave)\s+(?:[\w'-]+\s+){1,4}$",
    re.I,
)
_BROAD = re.compile(rf"\b(?:{lx.BROAD_SCOPE})\b", re.I)
_BUILT_AROUND = re.compile(lx.BUILT_AROUND, re.I)
_SOMEONE_ELSE = re.compile(r"\b(?:someone|somebody|anyone|anybody) else\s+$|\bothers\s+$", re.I)
_DETERMINERS = words("the a an my our their his her its this that these those some every each")
# Words of an object that name no particular thing: "the company's churn model", "our two most
# recent hires" (when a thing came is no part of what it is).
_GENERIC = words(
    "company team teams business organisation organization org firm group work project projects "
    "new whole entire end own various several many most all much half some part parts each of "
    "recent latest newest newly "
    "there here "  # a place said again: "I also ran the cutter there"
    # when: "run payroll every two weeks", "trained nine new operators last pre-season"
    "every day days week weeks month months year years hour hours night nights morning mornings "
    "quarter quarters daily weekly monthly last past previous next current "
    # how many, roughly: "maintain roughly 150 display tanks"
    "about around roughly approximately nearly almost over "
    "small little big large"  # how big: "run a small string clinic"
)
_PRONOUNS = words("it them this that these those ones")
_SHARE = words("most all much half some part parts each many several")
_ANY_MODEL = words("model models classifier classifiers network networks")
_PEOPLE = re.compile(
    rf"\b(?:({lx.PEOPLE_PAST})|\bI (?:currently |now |also )?({lx.PEOPLE_PRESENT})"
    rf"|\b(?:{lx.PEOPLE_ING_CUE})\s+({lx.PEOPLE_ING}))\s+"
    rf"((?:[\w'-]+\s+){{0,4}}?)(?:{lx.PEOPLE})\b",
    re.I,
)
_PEOPLE_VERB = re.compile(rf"{lx.PEOPLE_PAST}|{lx.PEOPLE_PRESENT}|{lx.PEOPLE_ING}", re.I)
_PEOPLE_AFTER = re.compile(rf"\s+(?:[\w'-]+\s+){{0,4}}?(?:{lx.PEOPLE})\b", re.I)
_AGENT = {family: re.compile(rf"\b(?:{nouns})\b", re.I) for family, nouns in lx.AGENT_NOUNS.items()}
_ANON = re.compile(
    rf"\b(?:at|for|with|joined|in|from)\s+(?P<what>(?:an?|one of the|several|many)\s+"
    rf"(?:(?:very|really|most|highly)\s+)?(?P<praise>{lx.ANON_PRAISE})\s+"
    rf"(?P<trade>(?:[\w/&-]+\s+){{0,3}}?)(?P<noun>{lx.ANON_NOUN}))\b",
    re.I,
)
# A startup needs no praise to be named by reputation: "at a Berlin fintech startup".
_ANON_STARTUP = re.compile(
    r"\b(?:at|for|with|joined|in|from)\s+(?P<what>an?\s+(?P<praise>)"
    r"(?P<trade>(?:[\w/&-]+\s+){1,3}?)(?P<noun>start-?ups?|scale-?ups?))\b",
    re.I,
)
# Ranked among its trade, any trade: "for one of the largest grocers in Oregon".
_ANON_RANKED = re.compile(
    rf"\b(?:at|for|with|joined|in|from)\s+(?P<what>one of the\s+(?P<praise>{lx.ANON_PRAISE})\s+"
    rf"(?P<trade>(?:[\w/&-]+\s+){{0,3}}?)(?P<noun>[a-z][\w-]*[a-rt-z]s))\b",
    re.I,
)
_WEAK = re.compile(rf"\b({lx.WEAK_VERBS})\b", re.I)


# A past verb right after "I" or "having" is something done, even inside a hope: "excited to
# build on the accessibility standards I set for Loomly".
_DONE_BY_ME = re.compile(r"\b(?:I|having)\s+(?:\w+ly\s+|also\s+)?$")


# A thing that names nothing: "something special", "everyone", "how I work".
# Running a unit of work or of people is leading it ("ran the spring shutdown", "ran our events
# program", "run the lift evacuation drill"); running anything else is doing it ("run a set
# route", "run fertigation").
_RUN_UNIT = re.compile(
    r"(?:(?:an?|the|my|our|\w+'s)\s+)?(?:[\w'’-]+\s+){0,3}?(?:teams?|stores?|shops?|shifts?|"
    r"crews?|departments?|programs?|programmes?|events?|meetings?|sessions?|workshops?|trainings?|"
    r"classes|projects?|jobs|offices?|branch(?:es)?|clinics?|sites?|units?|restaurants?|kitchens?|"
    r"campaigns?|studies|experiments?|tests?|trials?|operations?|business|desk|floor|labs?|"
    r"warehouse|facility|plant|shutdowns?|drives?|audits?|reviews?|inventor(?:y|ies)|counts?|"
    r"schedules?|budgets?|payroll|books|service|systems?|pilots?|launch(?:es)?|drills?|"
    r"exercises?|rehearsals?|pantr(?:y|ies)|shelters?|leagues?|camps?|librar(?:y|ies))\b",
    re.I,
)
# A participle after an article, with one word and a comma between at most, describes the noun
# after it: "a calm, organized crew", "the managed accounts".
# ... and after a noun and before "by", says how the noun is arranged: "a tracker organized by
# hours" (not "the crew I organized by phone", whose subject comes between).
_AFTER_NOUN = re.compile(r"\b(?!(?:and|then|also)\b)[a-z]{3,}\s+$")
_BY = re.compile(r"\s+by\b")
_ADJECTIVE_AT = re.compile(r"\b(?:an?|the|very|more|most|well)\s+(?:[\w-]+,\s+)?$", re.I)
# Nothing after the word but the end of the sentence: "chops and soup bones, supervised."
_ENDS = re.compile(r"\s*[.;)]?\s*$")
# What is kept rather than led: "manage a parts inventory worth about $15,000" is a duty.
_KEPT = re.compile(
    r"(?:(?:an?|the|our|my)\s+)?(?:[\w'’-]+\s+){0,2}?(?:inventor(?:y|ies)|stock|supplies|records|"
    r"files|books)(?=\s+worth\b|\s*$)",  # (not "managed parts ordering")
    re.I,
)
# Driving a vehicle, a route, for an employer or at all is doing it ("drove a 72-passenger bus",
# "I drove for Franklin Valley Local Schools", "Before driving I ran ..."), not leading ("drove
# the rollout").
_DRIVE = words("drove drive drives driving")
_DRIVEN = re.compile(
    r"\s+(?:for\b|(?:an?|the|my|our|\w+'s)\s+(?:[\w-]+\s+){0,3}?(?:bus(?:es)?|trucks?|vans?|"
    r"routes?|cars?|forklifts?|ambulances?|shuttles?|cabs?|taxis?|tractors?|rigs?|semis?)\b)"
    r"|\s*(?:[,.;]|\s(?:I|we)\b)",  # or nothing driven at all: "Before driving I ran the forklift"
    re.I,
)
# A particle after the verb is the verb's: "wrote up", "put out", "set down".
_PARTICLE = re.compile(r"^\s+(?:up|out|down|together)(?=\s+(?:an?|the|our|my|\w+'s)\b)", re.I)
_NOTHING_NAMED = re.compile(
    r"(?:some|any|every)(?:thing|one|where)\b|(?:how|why|whether)$|an? lot$|lots$", re.I
)  # ("opened a lot of other people's purchasing decisions")
# "everything I build", "whatever I built": no particular thing.
_ANYTHING_I = re.compile(
    r"\b(?:(?:every|any|some)(?:thing|one)|whatever)\s+(?:I\s+(?:\w+ly\s+)?)?$"
    # ... nor what the applicant has in them: "the skills I have built", "habits I built"
    r"|\b(?:skills?|habits?|instincts?|confidence|knowledge|relationships?|trust|reputation)"
    r"\s+(?:that\s+|which\s+)?I(?:'ve|\s+have|\s+had)?\s+(?:\w+ly\s+)?$",
    re.I,
)

# A doing named after "before", "after" or "since", the applicant's own clause right after it,
# is a time, the work named by its trade: "Before setting I worked the front desk".
_BEFORE_WORK = re.compile(r"\b(?:before|after|since)\s+$", re.I)
_THEN_I = re.compile(r"\s*,?\s+I\b")


def check_scope(
    sentence: str, profile: Profile, src: Sources, company: str, note: bool, before: str = ""
) -> list[Finding]:
    """Agency the applicant claims over a thing ("owned the refunds service") against the fact
    that best supports the thing. Flags a thing no fact mentions (an invented project), a verb
    that claims more than the fact says ("maintained", "contributed to") and a reach no fact
    has ("across all of Loomly's apps"). A pronoun for the thing ("Building it") stands for
    what was named before it, in the sentence or else in the one ``before``, and the verb is
    held to the facts nearest that."""
    out = []
    facts = profile.of_kind("experience", "project", "volunteer", "summary", "award", "skill")
    label = label_end(sentence) if note else -1
    for m in AGENCY.finditer(sentence):
        group = next(g for g in ("verb", "present", "prog", "ing") if m.group(g))
        verb, at = m.group(group), m.start(group)
        if verb.isupper() and not sentence.isupper():
            continue  # "LED flasher conversions": a name in capitals, not the verb
        participle = group == "verb" and " " not in verb  # not "I was responsible for"
        done = group == "verb" and _DONE_BY_ME.search(sentence[:at])  # "the standards I set"
        if (at < label and not done) or (participle and _PASSIVE.search(sentence[:at])):
            continue  # a note's label ("Leading design: ...", not "when I led X: ...")
        if participle and _ADJECTIVE_AT.search(sentence[:at]):
            continue  # "how much a calm, organized crew matters": a word for the crew
        if participle and _AFTER_NOUN.search(sentence[:at]) and _BY.match(sentence, m.end(group)):
            continue  # "an Excel tracker organized by hours on each unit": how it is arranged
        if participle and re.search(r",\s*$", sentence[:at]) and _ENDS.match(sentence, m.end()):
            continue  # "Band saw: chops and soup bones, supervised": how it was done
        quotable = posting_ok(sentence, at, True, company, note)
        if quotable and group == "verb" and re.search(r"\bwho\s+(?:\w+ly\s+)?$", sentence[:at]):
            # "As the person who ran X, I ...": the relative's subject is the applicant
            quotable = about_company(sentence[clause_start(sentence, at) : at], company)
        if quotable or (disowned(sentence, at, m.end(group)) and not done):
            continue  # the company's, or a hope: "excited to lead design for ..."
        if _BUILT_AROUND.match(sentence, at):
            continue  # "built my career around helping riders": a figure of speech
        if _SOMEONE_ELSE.search(sentence[:at]):
            continue  # "carrying out a plan someone else wrote": another's doing
        when = _BEFORE_WORK.search(sentence[:at])
        if group == "ing" and when and _THEN_I.match(sentence, m.end()):
            continue  # "Before setting I worked the front desk": a time, the work named by trade
        family = _AGENCY_FAMILY.get(verb.lower(), "own")  # "sole owner of"
        if _PEOPLE_VERB.fullmatch(verb) and _PEOPLE_AFTER.match(sentence, m.end(group)):
            continue  # "trained four analysts", "supervised two techs": _check_people's business
        thing = _object(sentence, m.end(group))
        if family == "duty" and re.match(r"(?:the\s+)?(?:whole|entire|all)\b", thing, re.I):
            family = "own"  # "responsible for the whole payments infrastructure": more than a duty
        doing = family == "run" and not _RUN_UNIT.match(thing)
        doing = doing or (verb.lower() in _DRIVE and bool(_DRIVEN.match(sentence, m.end(group))))
        if family == "manage" and _KEPT.match(thing):
            doing = True  # "manage a parts inventory": keeping it, a duty of its own
        if doing:
            family = "duty"  # "I run a set route", "run fertigation": doing it, not leading it
        rel = _RELATIVE.search(sentence[:at]) if done and not thing else None
        if rel:  # "the recommendation models I built at Brightcart": the object comes first
            thing = rel.group("np")
        # "creating something special", "everything I build", "shaped how I work" name nothing
        if _NOTHING_NAMED.match(thing) or _ANYTHING_I.search(sentence[: m.start()]):
            continue
        # the words as written, with a second verb joined on: "negotiated and awarded [the ...]"
        found = sentence.find(thing, m.end(group)) if thing else -1
        end = found + len(thing) if found >= 0 else m.end(group) + len(f" {thing}")
        claim = sentence[at:end] if found >= 0 else f"{verb} {thing}".strip()
        if rel:
            claim = sentence[rel.start("np") : m.end(group)]
        reach = _BROAD.match(sentence, m.end(group) + 1 if rel else end)
        if reach:  # "rolled out [the guide] across the whole company": the reach is claimed too
            claim = f"{claim} {reach.group(0)}"
        named = _content_words(thing, profile, company)
        if family == "train" and not set(named) - _ANY_MODEL:
            continue  # "trained models in TensorFlow" names no model: the tool check's business
        want = frozenset().union(*(tokens(w) for w in named))
        clause = clause_of(sentence, at)
        if want and LEISURE.search(clause) and want <= tokens(src.wants):
            continue  # a pastime the interests name: "Outside work I run my dogs in trials"
        described = _THAT_DOES.match(sentence, end) if want else None
        if described:  # "the spreadsheet [that follows consignors' items from house to buyer]"
            want |= tokens(described.group(1))
        if not want:  # no object of its own: fall back on a second verb's, up to a comma
            # ("review and index about 90 deeds, ..."), else the clause ("the audits I oversaw")
            after = re.split(r"[,;:]", sentence[m.end(group) :], maxsplit=1)[0]
            second = re.match(r"\s+(?:and|or)\s+[a-z]+\s", after)
            want = (tokens(after) if second else None) or tokens(clause.replace(verb, " "))
            want -= tokens(verb)
            if thing.lower() in _PRONOUNS:  # and on what it stands for, named before it
                want |= tokens(sentence[: m.start()]) or tokens(before)
        short = _acronyms(thing)  # "SOPs" for "standard operating procedures"
        scored = sorted(
            (
                (
                    len(want & _done(f.text)) + _compounds(named, f.text) + _spelled(short, f.text),
                    f.id,
                    f,
                )
                for f in _at_employer(sentence, m, facts)
            ),
            reverse=True,
        )
        best = scored[0][0] if scored else 0
        near = [f for n, _, f in scored if best >= 1 and n >= max(1, best * 0.6)]
        # the verb itself licenses itself: "Set rooms from banquet event orders" for "I set rooms"
        # (a word inside a compound is no verb, "chain-drive units", unless it is done:
        # "shadow-trained")
        licensed = re.compile(
            rf"(?:(?<![\w-])|(?<=-)(?=\w*ed\b))(?:re-?)?(?:{lx.LICENSE[family]}|{re.escape(verb)})\b",
            re.I,
        )
        spelled = {a.lower() for a in short if spells(a, src.profile)}
        unknown = [w for w in named if not _known(w, src) and w not in spelled]
        # A project the profile lists is the applicant's own making: "built Trail finder".
        agent = _AGENT.get(family)
        support = [
            f
            for f in near
            if _licenses(licensed, f.text, f.kind == "skill")
            or (f.kind == "project" and family in _MADE)
            or (doing and f.kind == "skill")  # "run fertigation" where a skill lists fertigation
            # a duty line that is the thing itself: "Case notes in Penelope within 48 hours"
            # (a making or a doing, not a leading: "headed the payments platform team")
            or (
                f.kind == "experience"
                and family not in ("lead", "manage", "own")
                and bool(thing)
                and _opens_with(f.text, thing)
            )
            or (f.kind in ("summary", "headline") and agent and _not_wished(agent, f.text))
        ]
        if support and not unknown:
            broad = _BROAD.search(clause)
            if not broad or any(_BROAD.search(f.text) for f in support):
                continue
            why = f"{support[0].ref} ({support[0].text}) does not say '{broad.group(0)}'"
            if broad.group(0) not in claim:
                claim = broad.group(0)  # the reach is what the fact lacks: name it
        elif unknown:
            why = f"no fact in the profile mentions '{' '.join(unknown)}'"
        elif near:
            weak = _WEAK.search(near[0].text) or re.match(r"\w+", near[0].text)
            said = f"says '{weak.group(0)}'" if weak else f"does not say '{verb}'"
            why = f"{near[0].ref} ({near[0].text}) {said}"
        else:
            why = f"no fact in the profile says the applicant {verb.lower()} this"
        out.append(error("scope", sentence, claim, why))
    return out + _check_people(sentence, profile)


# What a fact wishes for lends it no words: "I run a small crew on service changes [and want to
# lead a residential solar installation crew]" is no record of installing anything.
_WISH_TAIL = re.compile(
    r"(?:,\s*|\s+)(?:(?:and|but)\s+)?(?:I\s+)?(?:want|hope|plan|aim|would like|'d like|"
    r"would love|'d love|wish)\s+to\b[^.;]*",
    re.I,
)


@lru_cache(maxsize=1024)
def _done(fact: str) -> frozenset[str]:
    return tokens(_WISH_TAIL.sub(" ", fact))


# A verb the applicant only helped with licenses the help: "Helped the operations manager build
# weekly lane reports" does not support "I built our weekly lane reports".
_HELPED = re.compile(r"\b(?:helped|assisted|supported)\s+(?:[\w'-]+\s+){0,3}$", re.I)


def _opens_with(fact: str, thing: str) -> bool:
    """Does the fact open with the thing, its article aside ("Case notes in Penelope ..." for
    "case notes")?"""
    bare = re.sub(r"^(?:the|a|an|my|our)\s+", "", thing.strip(), flags=re.I).lower()
    return len(bare.split()) >= 2 and fact.lower().startswith(bare)


def _licenses(licensed: re.Pattern[str], fact: str, skill: bool = False) -> bool:
    """Does ``fact`` say the applicant did the verb, not helped with it or wants to ("I want to
    lead a solar crew")? A skill says so only as a doing ("Kodak Prinergy (viewing and approving
    proofs)"), not as a field of skill ("project management"); a job's noun licenses it only as
    the applicant's own ("Store Manager"), not someone else's ("sent the report to the general
    manager")."""
    return any(
        not _HELPED.search(fact[: m.start()])
        and (not skill or m.group(0).endswith("ing"))
        and not (m.group(0).lower().endswith(("er", "or")) and _SOMEONE.search(fact[: m.start()]))
        for m in _not_wished_all(licensed, fact)
    )


_SOMEONE = re.compile(r"\b(?:the|to|for|with|under|a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _not_wished_all(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` not in a wish ("want to lead a crew")."""
    return [
        m
        for m in pattern.finditer(text)
        if not looking_ahead(text[max(0, m.start() - 30) : m.end()])
    ]


def _not_wished(pattern: re.Pattern[str], text: str) -> bool:
    return bool(_not_wished_all(pattern, text))


_ALL_N = re.compile(r"all (\w+) of", re.I)


def _as_digits(count: str) -> str:
    """A count as digits: "14" for "fourteen"."""
    return str(lx.NUMBER_WORDS.get(count.lower(), count))


def check_reach(
    sentence: str, found: list[Finding], profile: Profile, src: Sources, company: str, note: bool
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
        if at >= clause_start(sentence, at) + len(claimed_part(whole)):
            continue  # a lesson drawn: "which has shown me how much families rely on every ..."
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
        count = _ALL_N.match(m.group(0))
        counted = count and re.compile(rf"(?<![\w$.,]){_as_digits(count[1])}\s+[a-z]")
        if counted and any(n and n >= best * 0.6 and counted.search(f.text) for n, f in scored):
            continue  # "all 14 of St. Brendan's windows" for "the church's 14 stained glass
            # windows": the fact counts the whole
        why = f"no fact in the profile claims a reach like '{m.group(0)}'"
        out.append(error("scope", sentence, m.group(0), why))
    return out


def check_anonymous(sentence: str, src: Sources, company: str, note: bool) -> list[Finding]:
    """An employer named by reputation in the applicant's past ("several years of experience at
    a leading social media company", "worked at a Fortune 500 company") is invented experience
    unless one of the profile's employers fits: every word of its trade ("social media") and its
    praise beyond size ("Fortune 500") must be in the profile."""
    out = []
    found = [*_ANON.finditer(sentence), *_ANON_STARTUP.finditer(sentence)]
    starts = {m.start() for m in found}
    found += [m for m in _ANON_RANKED.finditer(sentence) if m.start() not in starts]
    for m in found:
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
        out.append(error("scope", sentence, m.group("what"), why))
    return out + _check_described(sentence, src, company)


# A description set after an employer's name: "Northwind Health, a regional hospital network,".
# (not a part of the time there: "four years at Copperline Coffee, the last two as a shift lead")
_DESCRIBED = re.compile(
    r",\s+(?P<what>(?:an?|one of the|the)\s+(?!(?:last|first|past|final)\b)[^,;:()—–]+?)"
    r"(?=\s*(?:[,;:()—–]|\.(?:\s|$)|$))"
)


# ... but a comment on the work done there is none: "a habit that carries over to ...", "a
# good match for the GE side of the Clear Fork fleet".
_OF_THE_WORK = re.compile(
    r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:habit|skill|lesson|practice|routine|discipline|task|way)\b"
    r"|(?:an?|the)\s+(?:[\w-]+\s+)?(?:match|fit|bridge|grounding|preparation)\s+(?:for|to)\b"
)
_NO_TRADE = tokens(" ".join(lx.ANON_GENERIC))
_WHERE_I = re.compile(r"\s+(?:where|in which|at which|when)\s+(?:I|we)\b.*", re.I)


def _check_described(sentence: str, src: Sources, company: str) -> list[Finding]:
    """What the draft says an employer is ("Fieldnote Labs, a venture-backed startup", "Altura,
    one of the largest makers in the US") must be in the profile's words: a description no
    fact gives is invented, however the employer is named."""
    out = []
    for org in src.employers:
        for named in re.finditer(rf"\b{re.escape(org)}\b", sentence):
            m = _DESCRIBED.match(sentence, named.end())
            if not m or about_company(m.group("what"), company):
                continue  # "at Loomly, the kind of studies Wayfinder runs": the company's
            if _OF_THE_WORK.match(m.group("what")):
                continue  # "..., a habit that carries over to a stocked service van": the work
            # what the applicant did there is a claim of its own: "a four-physician practice
            # [where I perform about 25 venipunctures a day]"
            what = _WHERE_I.sub("", m.group("what"))
            said = tokens(what) - src.plain - _NO_TRADE
            if said <= src.profile_tokens:
                continue
            missing = " ".join(sorted(said - src.profile_tokens))
            why = f"the profile does not describe {org} so ({missing})"
            out.append(error("employer", sentence, what, why))
    return out


# A noun phrase before "I" and a past verb: "the booking app I led", "models that I built" (the
# nearest: "a link to [a broadcast] I produced").
_RELATIVE = re.compile(
    r"\b(?:the|my|our|those|these|a|an)\s+"
    r"(?P<np>(?:(?!(?:the|my|our|a|an|to)\b)[\w/-]+\s+){1,4}?)(?:that\s+|which\s+)?"
    r"I\s+(?:\w+ly\s+|also\s+)?$",
    re.I,
)


def _at_employer(sentence: str, m: re.Match[str], facts: list[Fact]) -> list[Fact]:
    """The facts that may support a verb whose clause names where it was done ("I built at
    Brightcart"): those of that employer, and the summary's. All facts when none is named."""
    clause = clause_of(sentence, m.start())
    orgs = {f.org for f in facts if f.org}
    here = [o for o in orgs if re.search(rf"\b(?:at|for|with) {re.escape(o)}\b", clause)]
    if len(here) != 1:
        return facts
    return [f for f in facts if f.org == here[0] or f.kind == "summary"]


_KIND_OF = re.compile(r"^\s+(?:the|a|an|this|that)\s+(?:kinds?|sorts?|types?)\s+of\b", re.I)


_WHEN_ONLY = re.compile(
    r"(?:last|this|that|every|each)\s+(?:week|month|year|spring|summer|fall|autumn|winter|season"
    r"|weekend)|(?:in\s+)?(?:19|20)\d\d|\w+\s+(?:years|months|weeks)\s+ago",
    re.I,
)


def _object(sentence: str, end: int) -> str:
    """The noun phrase an agency verb acts on, as written: "designed [Paylane's payout
    scheduling service] in Go". Empty when a verb follows ("the audits I oversaw brought ...")
    or nothing does; a second verb joined on is skipped ("designed and analysed [A/B tests]")."""
    rest = _KIND_OF.sub(" ", sentence[end:], count=1)  # "ran [the kind of] shifts ..."
    rest = _PARTICLE.sub(" ", rest, count=1)  # "wrote [up] the night report"
    joined = re.match(r"\s+(?:and|or|&)\s+([\w-]+)", rest)
    if joined and is_past(joined.group(1)):
        rest = rest[joined.end() :]
    head = re.split(r"[,;:()—–!?\"]|\.(?:\s|$)", rest, maxsplit=1)[0]
    if _WHEN_ONLY.fullmatch(head.strip()):
        return ""  # "a footbridge that I rebuilt [last fall]": when, not what
    taken: list[str] = []
    said = head.split()
    for i, word in enumerate(said):
        if taken and taken[-1].lower() in _SHARE and word.lower() == "of":
            taken.append(word)  # "reviewed [most of the team's Go code]"
            continue
        if word.lower() in lx.OBJECT_END or (not taken and is_past(word)):
            break
        if is_past(word) and said[i + 1 : i + 2] in (["me"], ["us"]):
            break  # the sentence's own verb: "Building [it] showed me how much ..."
        taken.append(word)
    return " ".join(taken)


# What a thing does, said after it: "the spreadsheet that follows consignors' items ...".
_THAT_DOES = re.compile(r"\s+(?:that|which)\s+([^,;.]+)", re.I)
_JOINED = re.compile(r"([a-z]+)-(?:per|of|to|and|in|by|on|for|a)-([a-z]+)")


def _known(word: str, src: Sources) -> bool:
    """Does the profile hold the word, alone or as the first part of a compound ("storm" of
    "stormwater", "work" of "workflow")? A hyphenated word of content words needs each of them
    ("desk-setup" in "handouts on desk setup"), and two joined by a small word need both
    ("photo-per-pinning"); any other is held only whole ("self-help" is not in "self-employed")."""
    parts = compound(word)
    if parts:  # held whole ("sit-skis" for "sit-ski") or by each of its parts
        whole = {t for t in tokens(word) if "-" in t}
        return bool(whole & src.profile_tokens) or all(_known(p, src) for p in parts)
    joined = _JOINED.fullmatch(word.lower())
    if joined and _known(joined[1], src) and _known(joined[2], src):
        return True  # "photo-per-pinning": its two content words, whatever small word joins them
    return bool(tokens(word) & src.profile_tokens) or _compounds([word], src.profile) > 0


def _acronyms(thing: str) -> list[str]:
    """The initials written in a thing ("SOPs")."""
    return re.findall(r"\b[A-Z]{3,6}s?\b", thing)


def _spelled(acronyms: list[str], text: str) -> int:
    """How many of ``acronyms`` ``text`` spells out: "SOPs" are "standard operating procedures"."""
    return sum(1 for short in acronyms if spells(short, text))


def _compounds(words: list[str], text: str) -> int:
    """How many of ``words`` open a longer compound in ``text`` ("storm" in "stormwater")."""
    low = text.lower()
    return sum(1 for w in words if len(w) >= 4 and re.search(rf"\b{re.escape(w)}[a-z]{{4,}}", low))


def _content_words(thing: str, profile: Profile, company: str) -> list[str]:
    """The words of a thing that name something: no articles, figures or organisations."""
    names = {w.lower() for org in (*profile.employers, company) for w in org.split()}
    out = []
    for word in re.findall(r"[\w/+#.-]+", thing):
        if word.endswith("'s"):
            continue  # an owner ("the city's model") says whose the thing is, not what it is
        low = word.lower().strip(".")
        if (
            low in _DETERMINERS | _GENERIC | _PRONOUNS
            or low in names
            or not re.search(r"[a-z]", low)
        ):
            continue
        if low in lx.NUMBER_WORDS or re.match(rf"(?:\d+|{'|'.join(lx.NUMBER_WORDS)})-", low):
            continue  # a figure, which the numbers check reads: "every two weeks", "six-person"
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
        if disowned(sentence, m.start(group), m.end()):
            continue  # "I have not supervised student workers either": a gap named
        verb = m.group(group).lower()
        licensed = re.compile(rf"\b(?:{lx.LICENSE[lx.SCOPE_FAMILY[verb]]})\b", re.I)
        claimed = _people_kinds(m.group(0))
        if any(licensed.search(f.text) and _same_people(f, claimed, profile) for f in facts):
            continue
        claim = sentence[m.start(group) : m.end()]
        why = f"no fact in the profile says the applicant {verb} {' or '.join(sorted(claimed))}"
        out.append(error("scope", sentence, claim, why))
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


def check_fluency(sentence: str, src: Sources) -> list[Finding]:
    """A language claimed fluent, native or bilingual ("I am fully fluent in Spanish") where
    the profile gives it a lesser level ("Spanish: conversational")."""
    out = []
    for m in _FLUENT.finditer(sentence):
        lang = m.group("after") or m.group("before")
        if not lang or lang in _NOT_LANGUAGES:
            continue
        low = lang.lower()
        near = [
            _around(src.profile, n.start(), n.end())
            for n in re.finditer(rf"\b{low}\b", src.profile)
        ]
        if near and not any(_STRONG.search(t) for t in near) and any(_WEAK.search(t) for t in near):
            out.append(error("claim", sentence, m.group(0),
                             f"the profile gives {lang} a lesser level than this"))  # fmt: skip
    return out


def check_record(sentence: str, src: Sources) -> list[Finding]:
    """A spotless record claimed ("zero rejected packages so far", "I have never failed an
    inspection") that no profile line gives: a line with a word of none ("zero", "no", "never",
    "without") and a content word of what was never lost."""
    out: list[Finding] = []
    records = list(_RECORD.finditer(sentence))
    lines = [t for t in src.profile.splitlines() if _NONE.search(t)] if records else []
    bests = [t for t in src.profile.splitlines() if "record" in t] if records else []
    for m in records:
        named = m.group("what", "never", "none", "no", "verb", "perfect", "best")
        what = tokens(" ".join(g for g in named if g)) - src.plain
        if what and not any(what & tokens(t) for t in (bests if m.group("best") else lines)):
            rest = _CLAUSE_REST.match(sentence, m.end()) if m.group("verb") else None
            said = sentence[m.start() : rest.end() if rest else m.end()]
            out.append(error("claim", sentence, said.strip(),
                             "no fact in the profile gives this record"))  # fmt: skip
    return out


# "zero rejected packages", "no lost-time incidents", "never failed an inspection" (but
# not "never had the chance", a gap), "a perfect inspection score", "an agency record"
_RECORD = re.compile(
    r"\b(?:zero|without a single)\s+(?P<what>(?:[\w-]+\s+){0,2}[\w-]+?)"
    r"(?=\s+(?:so far|in|on|at|for|across|over|since|during|through|this|last|all)\b|\s*[,.;:()]"
    r"|\s*$)"
    r"|\bno\s+(?P<none>(?:[\w-]+\s+){0,2}(?:incidents?|accidents?|injur(?:y|ies)|violations?"
    r"|findings|complaints|callbacks|comebacks|chargebacks|citations|write-ups))\b"
    # ... and "I haven't let a single misspelled name out the door"
    # (not "I haven't had a dedicated collections job", a gap)
    r"|\b(?:never\s+(?:once\s+)?(?:had|missed|failed|lost|dropped|let|sent|shipped)"
    r"|(?:haven't|have not|hasn't|has not)\s+(?:once\s+)?(?:missed|failed|lost|dropped|let|sent"
    r"|shipped))\s+(?:an?|any|one|a single)\s+"
    r"(?!(?:single\s+)?(?:chance|opportunity|reason|need|job|role|position)\b)"
    r"(?P<never>[\w-]+(?:\s+(?!(?:out|in|on|at|for|since|during|to|from)\b)[\w-]+){0,2})"
    # "no transcript of mine has ever been rejected"
    r"|\bno\s+(?P<no>[\w-]+)\s+(?:[\w'-]+\s+){0,3}?(?:has|have|had)\s+ever\s+been\s+"
    r"(?P<verb>[\w-]+ed)\b"
    # "a perfect inspection score last year", "a spotless audit record"
    r"|\b(?:perfect|spotless|flawless)\s+(?P<perfect>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:scores?|records?|ratings?|results?)\b"
    # and a best ever: "$410,000 new, an agency record"
    r"|\b(?:an?|the|a new)\s+(?P<best>all-time|agency|company|department|store|shop|state"
    r"|national|club|team|school|personal)\s+record\b",
    re.I,
)
# the rest of the clause a record said in full is said in: "... rejected [by a court]"
_CLAUSE_REST = re.compile(r"[^,.;:()]*")
_NONE = re.compile(r"\b(?:zero|no|never|without|none|0|100\s?%|perfect|spotless|clean)\b", re.I)


def _around(text: str, start: int, end: int, span: int = 30) -> str:
    """The words within ``span`` characters of ``text[start:end]``, on its own line."""
    first = max(text.rfind("\n", 0, start) + 1, start - span)
    last = text.find("\n", end)
    return text[first : min(last if last >= 0 else len(text), end + span)]


_FLUENT = re.compile(
    r"(?:\b(?P<before>[A-Z][a-z]+)\s+\(?)?"
    r"\b(?:(?:fully|completely|totally)\s+)?(?:fluent|native|bilingual)\b"
    r"(?:\s+(?:in|speaker of)\s+(?:English\s+and\s+)?(?P<after>[A-Z][a-z]+))?"
)
_STRONG = re.compile(r"\b(?:fluent|fluency|native|bilingual|mother tongue|full professional)\b")
_WEAK = re.compile(
    r"\b(?:conversational|basic|intermediate|elementary|limited|beginner|some|working|"
    r"learning|rusty)\b"
)
_NOT_LANGUAGES = words("I My Fully Completely Totally The And")
