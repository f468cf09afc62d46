from __future__ import annotations

import importlib.util
import shutil
import sys
import time
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from drafter import claims, profile, review
from drafter.page import Page
from tests.conftest import FIXTURES, PROFILES, SAMPLE, write_profile

GOLDEN = FIXTURES / "golden"


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "bench" / "review_recall.py"
    spec = importlib.util.spec_from_file_location("review_recall", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["review_recall"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def jordan() -> profile.Profile:
    return profile.load(PROFILES / "jordan-rivera.yaml")


@pytest.fixture(scope="module")
def sam() -> profile.Profile:
    return profile.load(PROFILES / "sam-okafor.json")


@pytest.fixture(scope="module")
def priya() -> profile.Profile:
    return profile.load(PROFILES / "priya-nair.md")


@pytest.fixture(scope="module")
def posting() -> str:
    return Page.load(SAMPLE).job_description


def _check(
    text: str, who: profile.Profile, posting: str = "", max_words: int | None = None
) -> list[review.Finding]:
    """A letter with no company or role given: only the sentence checks speak."""
    return review.check(text, who, posting, max_words=max_words)


def _note(text: str, who: profile.Profile, company: str) -> list[review.Finding]:
    """A note section for ``company`` with no posting: its bullets are the applicant's."""
    return review.check(text, who, "", company=company, kind="note")


def _ahead(bullets: str) -> str:
    """A note's bullets under the heading that looks ahead."""
    return f"# What am I excited about? What will I learn?\n\n{bullets}"


def _kinds(findings: list[review.Finding]) -> list[tuple[str, str]]:
    return [(f.kind, f.words) for f in findings]


def _errors(
    text: str, who: profile.Profile, posting: str = "", **context: str
) -> set[tuple[str, str]]:
    """The kind and words of each error ``review.check`` finds in ``text``."""
    return set(_kinds(review.errors(review.check(text, who, posting, **context))))


def _assert_clean(
    texts: tuple[str, ...], who: profile.Profile, posting: str = "", **context: str
) -> None:
    """Each of ``texts`` (letter sentences, or note bullets with ``kind="note"``) draws no
    error."""
    for text in texts:
        assert _errors(text, who, posting, **context) == set(), text


def _flags(findings: list[review.Finding], finding: str | tuple[str, str]) -> bool:
    """Is there a finding of this kind (a string), or of this kind on these words (a pair)?"""
    return finding in _kinds(findings) or finding in [f.kind for f in findings]


LETTER = (GOLDEN / "texts" / "jordan-pinterest-letter-clean.txt").read_text(encoding="utf-8")


# -- the golden set ---------------------------------------------------------------------------


def _tuned_sets() -> dict[str, Path]:
    sets: dict[str, Path] = _bench().tuned_sets()
    return sets


@pytest.mark.parametrize("name", list(_tuned_sets()))
def test_every_planted_claim_in_each_tuned_golden_set_is_flagged(name: str) -> None:
    bench = _bench()
    result = bench.evaluate(bench.load_cases(_tuned_sets()[name]))
    assert sorted(result.missed) == sorted(_KNOWN_MISSES.get(name, []))
    assert result.planted >= 24  # the fewest: tuned-127 and tuned-128 (24 each)


# tuned-7, tuned-13, tuned-15 and tuned-17: real output of the small embedded model that
# the checks do not reach yet (statements as a company, "we"; a past visit; a wrong title after four
# adjectives; an employer named only in lowercase, "(the paypal job)"; a note's label as a
# claim, "Project Management"; a year an unsupported event happened, "In 2018"; a clause beside
# an employer already flagged), and planted clauses that are flagged, but under another kind
# by a named check (title 'lead designer', claim 'AI', degree 'Master of Engineering', a number
# in "He has recently joined the team of 40" and "the 2018-2023 winners of the ... award"),
# which the grounding check then leaves alone. tuned-15's are the vague first-person claims about a
# record or a team that its stricter labels count, not all reached yet, and so are most of
# tuned-17's (a team, a project, the company said as "we"). tuned-31, tuned-32 and tuned-36: the
# few planted claims their headers list (work taken from an agency, an inflation or a duty in a
# verb the scope check does not read, a wrong company in a hope). The
# other sets have none.
_KNOWN_MISSES = {
    "tuned-7 (former hold-out)": [
        'h6-priya-wayfinder-letter-planted: scope "lead designer on Loomly\'s Android app"',
        "h6-jordan-pinterest-letter-model: title 'I am an AI assistant'",
        "h6-jordan-pinterest-letter-model: title 'passionate data scientist'",
        'h6-sam-ledgerly-letter-model: claim "honored by the world\'s largest technology provider"',
        "h6-sam-ledgerly-letter-model: claim 'the fastest refund in the market'",
        "h6-priya-wayfinder-note-model: scope 'When I first started working here'",
    ],
    "tuned-13 (former hold-out)": [
        "h12-jordan-fernway-excited-model: scope 'He has recently joined'",
        "h12-jordan-fernway-excited-model: scope 'chronic diseases, particularly diabetes'",
        "h12-jordan-pinterest-letter-model: scope 'helped shape our platform'",
        "h12-sam-ledgerly-excited-model: employer 'Go**: The work is paid, you will get paid for "
        "it too (the paypal job)'",
        "h12-sam-ledgerly-excited-model: scope 'Project Management'",
        'h12-sam-ledgerly-excited-model: claim "I\'m a Master of Engineering"',
        "h12-sam-ledgerly-excited-model: employer 'Ledgerly!**: The work is paid, you will get "
        "paid for it too (the paypal job)'",
        "h12-priya-wayfinder-letter-model: number 'In 2018'",
        "h12-priya-wayfinder-letter-model: scope 'many different teams across various industries'",
        "h12-priya-pinterest-excited-model: claim 'is an example of how AI can be applied in "
        "business'",
    ],
    "tuned-15 (former hold-out)": [
        "h14-marisol-harvestlane-letter-concise-model: claim 'In my upcoming role I have been "
        "given a chance'",
        "h14-rafael-fieldstone-letter-formal-model: claim 'amazing opportunities we have at "
        "Fieldstone Credit Union'",
        "h14-rafael-fieldstone-letter-formal-model: claim 'at the forefront of the People"
        " Analytics field'",
        "h14-rafael-fieldstone-letter-formal-model: claim 'join a team that brings together"
        " professionals who share my values'",
        "h14-rafael-fieldstone-letter-warm-model: title 'a fieldstone banker'",
        "h14-rafael-fieldstone-letter-warm-model: scope 'giving back for many years now to help "
        "people from all over the world access jobs'",
        "h14-hannah-alderbay-letter-confident-model: certification 'Professional Engineer by the "
        "Environmental and Sustainable Sustainability Council'",
        "h14-hannah-alderbay-letter-confident-model: tool 'sustainable systems engineering'",
        "h14-hannah-alderbay-letter-warm-model: claim 'as we continue to push boundaries'",
        "h14-hannah-alderbay-letter-warm-model: claim 'I have many more connections and"
        " recommendations'",
    ],
    "tuned-17 (former hold-out)": [
        "h17-tomas-larkspur-letter-concise-model: scope 'is currently working on preserving our "
        "Digital Asset Management System'",
        "h17-tomas-larkspur-letter-concise-model: claim 'his team is working together'",
        "h17-tomas-larkspur-letter-concise-model: claim 'the other projects we are involved with'",
        "h17-tomas-larkspur-letter-concise-model: claim 'giving a presentation in front of a "
        "panel'",
        "h17-tomas-larkspur-letter-warm-model: claim 'the people who help me get started with "
        "this project'",
        "h17-tomas-larkspur-letter-warm-model: claim 'We provide them everything they need'",
        "h17-tomas-larkspur-letter-warm-model: claim 'I have been working hard to make this work'",
        "h17-tomas-larkspur-letter-warm-model: tool 'specialize in digital preservation'",
        "h17-tomas-larkspur-letter-warm-model: claim 'my own research projects'",
        "h17-hana-tallgrass-letter-formal-model: scope 'dedicated to enhancing our "
        "transportation planning and logistics'",
        "h17-hana-tallgrass-letter-formal-model: claim 'My team has been working diligently on a "
        "project'",
        "h17-hana-tallgrass-letter-formal-model: scope 'our own role in Tallgrass Supply'",
        "h17-hana-tallgrass-letter-formal-model: claim 'This project has been planned for "
        "several years'",
        "h17-hana-tallgrass-letter-formal-model: claim 'our company’s mission'",
        "h17-hana-tallgrass-letter-formal-model: claim 'continue working with you as a team'",
        "h17-hana-tallgrass-letter-warm-model: claim 'HARRY K.'",
        "h17-ines-calloway-excited-model: claim 'proud of the fact that we are able to adapt and "
        "innovate so quickly'",
        "h17-ines-calloway-excited-model: claim 'The work has been really rewarding'",
        "h17-ines-calloway-letter-confident-model: claim 'at the forefront of our national "
        "project management team'",
        "h17-ines-calloway-letter-confident-model: claim 'proud to be a part of the team'",
        "h17-ines-calloway-letter-confident-model: claim 'we always keep coming up with "
        "something new'",
        "h17-ines-calloway-letter-warm-model: scope 'serving as a Court Interpreter for the "
        "Calloway Health team'",
        "h17-ines-calloway-letter-warm-model: claim 'my work with law enforcement agencies "
        "across the state of Arizona'",
        "h17-ines-calloway-letter-warm-model: claim 'the staff team at Calloway Health'",
        "h17-ines-calloway-letter-warm-model: claim 'I have created a professional document'",
    ],
    "tuned-31 (former hold-out)": ["h31-maren-lumen-letter-planted: employer 'Veritext'"],
    "tuned-32 (former hold-out)": [
        "h32-danielle-pennridge-letter-planted: scope 'processed payroll for the whole store'",
        "h32-dale-cedarrun-letter-planted: company 'City of Fairborn'",
    ],
    "tuned-36 (former hold-out)": [
        "h36-gabriela-riverbend-letter-planted: scope 'schedule specialist referrals for patients'",
    ],
    "tuned-37 (former hold-out)": [
        "h37-hazel-fenwick-letter-planted: scope \"directed all children's and teen programming "
        'across the library system"',
    ],
    "tuned-40 (former hold-out)": ["h40-nico-halfmoon-note-planted: title 'art director'"],
    "tuned-47 (former hold-out)": [
        "h47-theo-northwind-note-planted: certification 'Avid Certified User'"
    ],
    "tuned-48 (former hold-out)": [
        "h48-talia-fernhill-note-planted: scope 'edged and mounted lenses'"
    ],
    "tuned-49 (former hold-out)": [
        "h49-gwen-fernhill-letter-planted: company 'Ridgeline Books'",
        "h49-gwen-fernhill-note-planted: scope 'developmental edits'",
        "h49-gwen-fernhill-note-planted: certification 'Denver Publishing Institute'",
    ],
    "tuned-50 (former hold-out)": [
        "h50-marcus-granitewash-note-planted: certification 'MSHA Part 48'"
    ],
    "tuned-52 (former hold-out)": [
        "h52-marcus-northreach-letter-planted: tool 'an EXFO OTDR'",
        "h52-ines-compass-rose-letter-planted: tool 'a little in Amadeus'",
    ],
    "tuned-55 (former hold-out)": [
        "h55-colette-harborview-note-planted: scope 'pre-reviewed loan files for underwriting'",
        "h55-hollis-cedarprairie-note-planted: certification 'CVT'",
        "h55-luis-northgate-note-planted: title 'Lead operator'",
    ],
    "tuned-56 (former hold-out)": [
        'h56-ruth-larchmont-note-planted: scope "handled the building\'s EMIS submissions"',
        "h56-ruth-larchmont-note-planted: certification 'already hold a notary commission'",
        "h56-tobias-juniperlowe-letter-planted: company 'Westbrook Home'",
    ],
    "tuned-57 (former hold-out)": [
        "h57-walt-truenorth-letter-planted: scope 'supervised the framing crews'",
        "h57-walt-truenorth-letter-planted: school 'Ferris State University'",
        "h57-kofi-lanternhill-letter-planted: claim 'won Best Local Short'",
    ],
    "tuned-58 (former hold-out)": [
        "h58-ruth-clearwater-letter-planted: school 'University of Wisconsin–Milwaukee'",
    ],
    "tuned-59 (former hold-out)": [
        "h59-lucia-alvarado-letter-planted: scope 'drafted I-485 adjustment packages'",
    ],
    "tuned-60 (former hold-out)": [
        "h60-derek-copperleaf-letter-planted: tool 'exocad'",
        "h60-hannah-riverbend-note-planted: certification 'CVA'",
    ],
    "tuned-61 (former hold-out)": [
        "h61-ruth-lantern-hill-letter-planted: scope"
        " 'planned and ran fourteen author events on my own'",
    ],
    "tuned-62 (former hold-out)": [
        "h62-ruth-harlowsprings-note-planted: title 'Permit Coordinator'",
        "h62-lucia-verbatim-note-planted: employer 'TransPerfect'",
    ],
    "tuned-63 (former hold-out)": [
        "h63-rory-kettlecreek-letter-planted: employer 'TruGreen'",
        "h63-tomasz-larchmont-letter-planted: title 'front office manager'",
        "h63-tomasz-larchmont-letter-planted: tool 'OPERA Cloud'",
    ],
    "tuned-65 (former hold-out)": [
        "h65-wade-cedarhollow-letter-planted: certification"
        " 'Briggs & Stratton Master Service Technician'",
        "h65-wade-cedarhollow-note-planted: title 'shop foreman'",
        "h65-imogen-alderfinch-letter-planted: company 'Brightline Residential'",
    ],
    "tuned-67 (former hold-out)": [
        "h67-wade-ridgeback-letter-planted: scope 'did the estimates for smaller residential jobs'",
        "h67-wade-ridgeback-letter-planted: tool 'We track jobs in Jobber'",
    ],
    "tuned-70 (former hold-out)": [
        "h70-eamon-cinderpeak-letter-planted: number 'crew of 22'",
    ],
    "tuned-71 (former hold-out)": [
        "h71-tobias-whitlow-note-planted: claim 'Young Alumnus of the Year'",
    ],
    "tuned-72 (former hold-out)": [
        "h72-marisol-crestline-note-planted: scope"
        " 'Prepared our plant for its HLAC accreditation inspection'",
        "h72-calvin-marlow-letter-planted: scope"
        " 'taken witness statements for two local defense attorneys'",
        "h72-jolene-brightline-note-planted: employer 'Xerox'",
    ],
    "tuned-73 (former hold-out)": [
        "h73-lena-calloway-letter-planted: title 'Assistant Executive Housekeeper'",
    ],
    "tuned-74 (former hold-out)": [
        'h74-desmond-aldervalley-letter-planted: tool "Epic\'s ROI module"',
        "h74-lori-crestline-note-planted: employer 'Gallup'",
    ],
    "tuned-76 (former hold-out)": [
        "h76-lucia-tamarack-note-planted: company 'Birchwood County'",
        "h76-kenji-bluestem-letter-planted: employer 'iHeartMedia'",
    ],
    "tuned-77 (former hold-out)": [
        "h77-ray-prairiesteam-letter-planted: employer 'Stanley Steemer'",
        "h77-ray-prairiesteam-letter-planted: tool 'Hydramaster'",
    ],
    "tuned-79 (former hold-out)": [
        "h79-marcus-severnpoint-letter-planted: title 'Assistant Dockmaster'",
        'h79-marcus-severnpoint-note-planted: scope "manage the fuel dock\'s ordering budget"',
    ],
    "tuned-80 (former hold-out)": [
        "h80-dario-northgate-note-planted: company 'Clopay'",
        "h80-imogen-willamette-letter-planted: scope 'approved the wire disbursements'",
        "h80-imogen-willamette-note-planted: tool 'Qualia'",
    ],
    "tuned-83 (former hold-out)": [
        "h83-luis-keystone-note-planted: scope 'ran the commercial fire alarm jobs'",
        "h83-aaliyah-clearwater-letter-planted: scope 'cannulated AV fistulas'",
    ],
    "tuned-84 (former hold-out)": [
        "h84-jonah-northpines-letter-planted: scope 'I write the behavior intervention plans'",
        "h84-jonah-northpines-note-planted: tool 'Proloquo2Go'",
        'h84-dana-riverbend-note-planted: scope "did the shop\'s color separations"',
    ],
    "tuned-86 (former hold-out)": [
        "h86-marcus-ridgeline-letter-planted: certification 'WreckMaster 4/5 certified'",
        "h86-marcus-ridgeline-note-planted: scope 'rollover recoveries on I-75'",
        "h86-jonah-baldhollow-letter-planted: scope 'I hired every one of them'",
    ],
    "tuned-87 (former hold-out)": [
        "h87-dale-ridgeline-letter-planted: tool 'TIG welding on stainless'",
        "h87-joss-brightwater-note-planted: certification 'forklift certified'",
    ],
    "tuned-89 (former hold-out)": [
        "h89-ruth-alder-house-note-planted: company 'The Danforth Hotel'",
    ],
    "tuned-90 (former hold-out)": [
        "h90-ines-whitcombe-letter-planted: scope"
        ' "rewrote the office\'s emergency response protocol"',
        "h90-ines-whitcombe-note-planted: certification 'already an IDI Qualified Administrator'",
        "h90-dana-lumen-letter-planted: employer 'Orangetheory Fitness'",
        "h90-dana-lumen-note-planted: school 'CU Boulder'",
    ],
    "tuned-91 (former hold-out)": [
        'h91-hannah-brightline-note-planted: scope "managing the hospital\'s accounts receivable"',
        "h91-wren-riverbend-letter-planted: title 'then assistant technical director'",
        "h91-wren-riverbend-letter-planted: tool 'and in Vectorworks'",
    ],
    "tuned-92 (former hold-out)": [
        "h92-dale-hilltop-note-planted: scope 'broke down beef primals at Northgate'",
        "h92-dale-hilltop-note-planted: school 'Fox Valley Technical College'",
        "h92-joanne-south-sound-letter-planted: claim 'Volunteer of the Year award'",
    ],
    "tuned-94 (former hold-out)": [
        "h94-rosa-lilac-letter-planted: company 'Spokane Orthodontic Specialists'",
    ],
    "tuned-96 (former hold-out)": [
        "h96-dario-brightline-letter-planted: scope 'schedule the whole production floor'",
    ],
    "tuned-97 (former hold-out)": [
        "h97-travis-pawnee-letter-planted: scope 'train new warehouse hires'",
        "h97-celia-whitcombe-note-planted: scope 'drafted Form 706 estate tax returns'",
    ],
    "tuned-98 (former hold-out)": [
        "h98-luis-harborview-note-planted: company 'Seaport Regency'",
    ],
    "tuned-99 (former hold-out)": [
        "h99-priya-northshore-letter-planted: scope 'independently conduct tinnitus consultations'",
        "h99-priya-northshore-note-planted: company 'Beltone'",
        "h99-priya-northshore-note-planted: tool 'Real-ear checks on the Audioscan Verifit'",
        "h99-jolene-bitterroot-letter-planted: tool 'coded wire tagging on the NMT Mark IV'",
        "h99-jolene-bitterroot-note-planted: certification 'certified backpack shocker operator'",
        "h99-jolene-bitterroot-note-planted: number '12 new hires'",
    ],
    "tuned-100 (former hold-out)": [
        "h100-caleb-hearthline-letter-planted: number '40 remodel jobs'",
        "h100-caleb-hearthline-letter-planted: tool '2020 Design drawings'",
        "h100-caleb-hearthline-note-planted: company 'Hearthstone'",
        'h100-hallie-cbya-letter-planted: scope "wrote the site\'s behavior support plan"',
        "h100-hallie-cbya-note-planted: tool 'Brightwheel'",
    ],
    "tuned-103 (former hold-out)": [
        "h103-marcus-ridgeline-note-planted: scope 'ran my own crew of 6'",
        "h103-dana-fernhollow-letter-planted: scope"
        " 'built the master production schedule for the whole range'",
    ],
    "tuned-105 (former hold-out)": [
        "h105-jamie-looplug-letter-planted: number 'about 25 refurbished bikes'",
    ],
    "tuned-106 (former hold-out)": [
        "h106-gemma-tamarack-note-planted: claim 'Best in Show'",
    ],
    "tuned-108 (former hold-out)": [
        "h108-ilse-fernhill-note-planted: tool 'Mohawk Blendal powders'",
        "h108-terrence-lakeshore-letter-planted: certification 'ACLS'",
        "h108-terrence-lakeshore-note-planted: employer 'St. Vincent Medical Center'",
    ],
    "tuned-109 (former hold-out)": [
        "h109-ruben-hearthline-letter-planted: tool 'Chimscan'",
        "h109-jolene-cedarhollow-note-planted: school 'Wright State'",
    ],
    "tuned-110 (former hold-out)": [
        "h110-kyle-skyview-letter-planted: certification 'SPRAT Level 1 rope access'",
        "h110-kyle-skyview-note-planted: employer 'Window Genie'",
    ],
    "tuned-112 (former hold-out)": [
        "h112-marisol-pugetsky-note-planted: tool 'running belt loaders'",
    ],
    "tuned-113 (former hold-out)": [
        "h113-walt-valleycommons-note-planted: certification 'ServSafe Manager'",
    ],
    "tuned-114 (former hold-out)": [
        "h114-ines-bellwether-letter-planted: certification 'Registered Piano Technician'",
        "h114-kofi-granite-loft-letter-planted: scope 'guest set on the 45-foot lead walls'",
        "h114-kofi-granite-loft-letter-planted: certification 'USA Climbing Level 2'",
    ],
    "tuned-115 (former hold-out)": [
        "h115-keisha-tricounty-letter-planted: certification"
        " 'The Pennsylvania Early Intervention Service Coordinator credential'",
        "h115-keisha-tricounty-note-planted: scope 'facilitated their IFSP meetings'",
    ],
    "tuned-116 (former hold-out)": [
        "h116-dario-tidewater-note-planted: title 'Assistant Dockmaster'",
        "h116-lena-mercervalley-letter-planted: tool 'entered purchase orders in Produce Pro'",
    ],
    "tuned-123 (former hold-out)": [
        "h123-marisol-halfmoon-letter-planted: tool 'Loring S35 Kestrel'",
    ],
    "tuned-124 (former hold-out)": [
        "h124-darnell-hollis-letter-planted: number 'about ten stops a day'",
        "h124-marisol-brightwater-letter-planted: scope 'supervise a three-person field crew'",
    ],
    "tuned-125 (former hold-out)": [
        'h125-callum-reefline-note-planted: certification "I\'m already an EFR Instructor"',
        "h125-jada-larkspur-note-planted: scope 'lit two mainstage shows as lighting designer'",
    ],
    "tuned-126 (former hold-out)": [
        "h126-teresa-ridgeline-note-planted: scope 'remote online notarizations'",
    ],
    "tuned-127 (former hold-out)": [
        "h127-hazel-camas-letter-planted: number 'more than forty swarms'",
    ],
    "tuned-129 (former hold-out)": [
        "h129-owen-fallowcreek-letter-planted: number 'forty horses a week'",
    ],
    "tuned-130 (former hold-out)": [
        "h130-caleb-brushy-letter-planted: certification 'NHLA Inspector Training School'",
        "h130-caleb-brushy-letter-planted: scope 'supervises the green chain'",
    ],
    "tuned-131 (former hold-out)": [
        "h131-inez-cinder-note-planted: scope 'co-teaching the spring glassblowing course'",
    ],
    "tuned-132 (former hold-out)": [
        'h132-caleb-highhollow-note-planted: scope "camp\'s zip line"',
    ],
    "tuned-133 (former hold-out)": [
        "h133-marisol-cardinal-letter-planted: scope 'performed neck resets'",
        "h133-desmond-wickham-note-planted: tool 'ultrasonic welder'",
    ],
    "tuned-134 (former hold-out)": [
        "h134-inez-ashgrove-letter-planted: scope 'full Goodyear welt resoles'",
        "h134-desmond-meridian-letter-planted: tool 'Witschi timegrapher'",
    ],
    "tuned-136 (former hold-out)": [
        "h136-imani-midstate-note-planted: scope 'all new-hire training'",
        "h136-dolores-cedarvalley-letter-planted: scope 'redrawn six routes'",
        "h136-dolores-cedarvalley-letter-planted: employer 'First Student'",
    ],
    "tuned-137 (former hold-out)": [
        "h137-otis-aldercreek-letter-planted: scope 'running the patina room'",
        "h137-otis-aldercreek-note-planted: title 'assistant patineur'",
        "h137-hana-prairiehands-note-planted: title 'service desk lead'",
    ],
    "tuned-138 (former hold-out)": [
        "h138-reuben-riverbend-note-planted: employer 'Lakeside Lift & Ramp'",
        "h138-noor-ptarmigan-note-planted: tool 'Anvil frame fixture'",
        "h138-delphine-cascadia-letter-planted: number 'two dozen public star parties'",
    ],
    "tuned-139 (former hold-out)": [
        "h139-miriam-whitcombe-letter-planted: scope 're-leaded two lancet panels'",
        "h139-luis-calloway-letter-planted: claim 'current KHRGC groom license'",
    ],
    "tuned-140 (former hold-out)": [
        "h140-theo-eastwater-note-planted: tool 'Shure Wireless Workbench'",
        "h140-nadia-harrow-letter-planted: certification 'Colorado Antiquarian Book Seminar'",
        "h140-nadia-harrow-note-planted: scope 'catalogued the map collection'",
        "h140-caleb-riverbend-note-planted: claim 'Class A CDL'",
    ],
    "tuned-141 (former hold-out)": [
        "h141-caleb-wickford-letter-planted: scope 'place the weekly orders'",
        "h141-ines-crosswind-letter-planted: number 'sixty transient boats'",
    ],
    "tuned-142 (former hold-out)": [
        "h142-desmond-champlain-letter-planted: certification 'OSHA 10-Hour'",
    ],
    "tuned-143 (former hold-out)": [
        "h143-owen-ozark-letter-planted: scope 'vent-sexed chicks'",
        "h143-calvin-kessler-note-planted: scope 'cataloged the plat maps'",
    ],
    "tuned-145 (former hold-out)": [
        "h145-ines-bulwark-letter-planted: scope 'safe combination changes'",
        "h145-ines-bulwark-letter-planted: tool 'borescope'",
        "h145-kofi-spacreek-letter-planted: claim 'top-rated detailer'",
        "h145-lorraine-parcelpan-letter-planted: number 'nine-person crew'",
        "h145-lorraine-parcelpan-note-planted: tool 'Robot Coupe'",
    ],
    "tuned-146 (former hold-out)": [
        "h146-noelle-willow-note-planted: scope 'insulin injections'",
        "h146-marcus-keystone-letter-planted: scope 'a CNC lathe'",
    ],
    "tuned-147 (former hold-out)": [
        "h147-tobias-calder-note-planted: claim 'hold a Class B CDL'",
    ],
    "tuned-148 (former hold-out)": [
        "h148-roz-bellwether-note-planted: tool 'cut ganache on a guitar cutter'",
        "h148-marcus-ashgrove-letter-planted: employer 'Amazon fulfillment center'",
        "h148-marcus-ashgrove-note-planted: scope 'planned delivery routes for the fleet'",
    ],
    "tuned-149 (former hold-out)": [
        "h149-rafael-doublemtn-letter-planted: certification 'GWO Advanced Rescue Training'",
        "h149-darlene-nplains-letter-planted: scope 'worked prevented planting claims'",
        "h149-imogen-harborlight-note-planted: scope 'called a regional tour'",
    ],
    "tuned-150 (former hold-out)": [
        "h150-kenji-ironworks-note-planted: scope 'produced the championship broadcast'",
    ],
    "tuned-151 (former hold-out)": [
        "h151-renata-cascadia-letter-planted: scope 'full engine changes'",
    ],
    "tuned-153 (former hold-out)": [
        "h153-nell-yaquina-letter-planted: tool 'hydraulic swaging machine'",
    ],
    "tuned-156 (former hold-out)": [
        "h156-mateo-lockwright-letter-planted: tool 'Houdini MIND'",
    ],
    "tuned-157 (former hold-out)": [
        "h157-curtis-permian-letter-planted: scope 'trained two new dispatchers'",
        "h157-ines-pinewire-letter-planted: claim 'won the conference individual title'",
        "h157-ines-pinewire-note-planted: scope 'custom sets for my college team'",
    ],
    "tuned-158 (former hold-out)": [
        'h158-naomi-bayview-letter-planted: scope "served on the hospital\'s ethics committee"',
        "h158-naomi-bayview-letter-planted: school 'Luther Seminary'",
        "h158-naomi-bayview-letter-planted: degree 'Doctor of Ministry'",
        "h158-naomi-bayview-note-planted: tool 'Vocera'",
        "h158-theo-ironwood-letter-planted: tool 'Anton Paar Alcolyzer'",
        "h158-theo-ironwood-letter-planted: certification 'Certified Cicerone'",
        "h158-theo-ironwood-note-planted: scope 'ran the twice-weekly panel'",
    ],
    "tuned-159 (former hold-out)": [
        "h159-callum-sagecreek-note-planted: scope 'handled bookings for the crew'",
    ],
    "tuned-160 (former hold-out)": [
        "h160-tobias-badlands-note-planted: claim 'North Dakota real estate license'",
        "h160-hollis-swancrest-letter-planted: number 'six seasons'",
        "h160-hollis-swancrest-note-planted: scope 'two weeks as relief lookout'",
    ],
    "tuned-161 (former hold-out)": [
        "h161-marcus-secondst-letter-planted: scope 'posted bonds'",
        "h161-marcus-secondst-note-planted: school 'Fresno State'",
    ],
    "tuned-162 (former hold-out)": [
        "h162-nadia-maplehollow-letter-planted: scope"
        " 'tournament stringer for the Dayton Junior Open'",
        "h162-owen-skyward-letter-planted: certification 'Part 107 remote pilot certificate'",
        "h162-owen-skyward-letter-planted: tool 'Avian Dissuader'",
        "h162-owen-skyward-note-planted: claim 'state pyrotechnics licence'",
    ],
    "tuned-163 (former hold-out)": [
        "h163-nadia-tririver-letter-planted: certification 'Vector Control Technician certificate'",
        "h163-nadia-tririver-note-planted: tool 'Argo'",
        "h163-hollis-cedarledge-letter-planted: tool 'Smartrek'",
        "h163-hollis-cedarledge-note-planted: scope 'installed eight miles of mainline'",
    ],
    "tuned-164 (former hold-out)": [
        "h164-tobias-meridian-letter-planted: number 'up to four tons'",
    ],
    "tuned-166 (former hold-out)": [
        "h166-emmett-limestone-note-planted: claim 'a CDL'",
        "h166-ines-fenwick-letter-planted: scope 'state capitol rotunda'",
    ],
    "tuned-167 (former hold-out)": [
        "h167-ines-sesuit-note-planted: number 'over four summers'",
        "h167-ines-sesuit-note-planted: claim 'commercial shellfish permit'",
        "h167-owen-blackriver-letter-planted: tool 'Hortau'",
        "h167-della-loupvalley-letter-planted: scope 'ringman for the 4-H auction'",
        "h167-della-loupvalley-note-planted: tool 'Tru-Test'",
    ],
    "tuned-168 (former hold-out)": [
        "h168-nell-threeknobs-letter-planted: certification"
        " 'Commercial Pesticide Applicator license'",
    ],
    "tuned-169 (former hold-out)": [
        "h169-tomasz-ironwood-letter-planted: number 'about forty vehicles'",
        "h169-tomasz-ironwood-letter-planted: scope 'I ran those calls myself'",
        "h169-tomasz-ironwood-letter-planted: certification 'Commercial Tire Service"
        " certification'",
        "h169-tomasz-ironwood-note-planted: tool 'ESCO bead breaker'",
        "h169-tomasz-ironwood-note-planted: scope 'running his dispatch board'",
        "h169-naomi-northwoods-letter-planted: claim 'licensed social worker'",
        "h169-naomi-northwoods-letter-planted: certification 'CVA credential'",
    ],
    "tuned-170 (former hold-out)": [
        "h170-priya-hearthside-letter-planted: school 'Johnson & Wales'",
        "h170-hollis-tidewater-note-planted: scope 'main engine top-end overhaul'",
    ],
    "tuned-171 (former hold-out)": [
        "h171-marisol-tidewater-letter-planted: tool 'CARIS HIPS and SIPS'",
        "h171-marisol-tidewater-note-planted: claim 'active TWIC card'",
        "h171-noor-juniper-note-planted: scope 'pin basic hems and bustles'",
    ],
    "tuned-172 (former hold-out)": [
        "h172-denise-harrow-note-planted: employer 'Durham School Services'",
        "h172-tobias-wildcrest-letter-planted: tool 'Anton Paar Alex 500'",
        "h172-ines-kessler-letter-planted: claim 'pesticide applicator license'",
        "h172-ines-kessler-letter-planted: degree 'MA in Museum Studies'",
        "h172-ines-kessler-note-planted: certification 'HEART-trained'",
    ],
}


# Tuned sets still above 1 noisy sentence in 20, in their clean texts or with their planted texts'
# other sentences, each held to the noisy clean sentences it may not exceed (their cases.yaml
# headers list what is left and why).
_KNOWN_NOISY = {
    "tuned-31 (former hold-out)": 1,  # of 78
    "tuned-33 (former hold-out)": 3,  # of 82
    "tuned-38 (former hold-out)": 3,  # of 75
    "tuned-42 (former hold-out)": 3,  # of 79
    "tuned-59 (former hold-out)": 3,  # of 73
    "tuned-66 (former hold-out)": 2,  # of 77
    "tuned-75 (former hold-out)": 3,  # of 82
    "tuned-79 (former hold-out)": 5,  # of 80
    "tuned-84 (former hold-out)": 5,  # of 78
    "tuned-85 (former hold-out)": 4,  # of 77
    "tuned-87 (former hold-out)": 3,  # of 74
    "tuned-91 (former hold-out)": 5,  # of 77
    "tuned-162 (former hold-out)": 2,  # of 90
    "tuned-170 (former hold-out)": 4,  # of 72
}


@pytest.mark.parametrize("name", list(_tuned_sets()))
def test_clean_sentences_of_each_tuned_golden_set_rarely_draw_findings(name: str) -> None:
    bench = _bench()
    result = bench.evaluate(bench.load_cases(_tuned_sets()[name]))
    clean = result.parts["clean"]
    if name in _KNOWN_NOISY:
        assert clean.noisy_sentences <= _KNOWN_NOISY[name], result.alarms
        return
    assert clean.noisy_sentences * 20 <= clean.sentences, result.alarms
    if name.startswith(("tuned-7", "tuned-13", "tuned-15", "tuned-17")):
        return  # its planted texts are real model output, incoherent beside what was labelled
    assert result.noisy_sentences * 20 <= result.clean_sentences, result.alarms
    assert result.false_alarms * 20 <= result.clean_sentences, result.alarms


def test_tuned_sets_include_every_former_hold_out() -> None:
    assert list(_tuned_sets()) == [
        "tuned",
        "tuned-2 (former hold-out)",
        "tuned-3 (former hold-out)",
        "tuned-4 (former hold-out)",
        "tuned-5 (former hold-out)",
        "tuned-6 (former hold-out)",
        "tuned-7 (former hold-out)",
        "tuned-8 (former hold-out)",
        "tuned-9 (former hold-out)",
        "tuned-10 (former hold-out)",
        "tuned-11 (former hold-out)",
        "tuned-12 (former hold-out)",
        "tuned-13 (former hold-out)",
        "tuned-14 (former hold-out)",
        "tuned-15 (former hold-out)",
        "tuned-16 (former hold-out)",
        "tuned-17 (former hold-out)",
        "tuned-18 (former hold-out)",
        "tuned-19 (former hold-out)",
        "tuned-20 (former hold-out)",
        "tuned-21 (former hold-out)",
        "tuned-22 (former hold-out)",
        "tuned-23 (former hold-out)",
        "tuned-24 (former hold-out)",
        "tuned-25 (former hold-out)",
        "tuned-26 (former hold-out)",
        "tuned-27 (former hold-out)",
        "tuned-28 (former hold-out)",
        "tuned-29 (former hold-out)",
        "tuned-30 (former hold-out)",
        "tuned-31 (former hold-out)",
        "tuned-32 (former hold-out)",
        "tuned-33 (former hold-out)",
        "tuned-34 (former hold-out)",
        "tuned-35 (former hold-out)",
        "tuned-36 (former hold-out)",
        "tuned-37 (former hold-out)",
        "tuned-38 (former hold-out)",
        "tuned-39 (former hold-out)",
        "tuned-40 (former hold-out)",
        "tuned-41 (former hold-out)",
        "tuned-42 (former hold-out)",
        "tuned-43 (former hold-out)",
        "tuned-44 (former hold-out)",
        "tuned-45 (former hold-out)",
        "tuned-46 (former hold-out)",
        "tuned-47 (former hold-out)",
        "tuned-48 (former hold-out)",
        "tuned-49 (former hold-out)",
        "tuned-50 (former hold-out)",
        "tuned-51 (former hold-out)",
        "tuned-52 (former hold-out)",
        "tuned-53 (former hold-out)",
        "tuned-54 (former hold-out)",
        "tuned-55 (former hold-out)",
        "tuned-56 (former hold-out)",
        "tuned-57 (former hold-out)",
        "tuned-58 (former hold-out)",
        "tuned-59 (former hold-out)",
        "tuned-60 (former hold-out)",
        "tuned-61 (former hold-out)",
        "tuned-62 (former hold-out)",
        "tuned-63 (former hold-out)",
        "tuned-64 (former hold-out)",
        "tuned-65 (former hold-out)",
        "tuned-66 (former hold-out)",
        "tuned-67 (former hold-out)",
        "tuned-68 (former hold-out)",
        "tuned-69 (former hold-out)",
        "tuned-70 (former hold-out)",
        "tuned-71 (former hold-out)",
        "tuned-72 (former hold-out)",
        "tuned-73 (former hold-out)",
        "tuned-74 (former hold-out)",
        "tuned-75 (former hold-out)",
        "tuned-76 (former hold-out)",
        "tuned-77 (former hold-out)",
        "tuned-78 (former hold-out)",
        "tuned-79 (former hold-out)",
        "tuned-80 (former hold-out)",
        "tuned-81 (former hold-out)",
        "tuned-82 (former hold-out)",
        "tuned-83 (former hold-out)",
        "tuned-84 (former hold-out)",
        "tuned-85 (former hold-out)",
        "tuned-86 (former hold-out)",
        "tuned-87 (former hold-out)",
        "tuned-88 (former hold-out)",
        "tuned-89 (former hold-out)",
        "tuned-90 (former hold-out)",
        "tuned-91 (former hold-out)",
        "tuned-92 (former hold-out)",
        "tuned-93 (former hold-out)",
        "tuned-94 (former hold-out)",
        "tuned-95 (former hold-out)",
        "tuned-96 (former hold-out)",
        "tuned-97 (former hold-out)",
        "tuned-98 (former hold-out)",
        "tuned-99 (former hold-out)",
        "tuned-100 (former hold-out)",
        "tuned-101 (former hold-out)",
        "tuned-102 (former hold-out)",
        "tuned-103 (former hold-out)",
        "tuned-104 (former hold-out)",
        "tuned-105 (former hold-out)",
        "tuned-106 (former hold-out)",
        "tuned-107 (former hold-out)",
        "tuned-108 (former hold-out)",
        "tuned-109 (former hold-out)",
        "tuned-110 (former hold-out)",
        "tuned-111 (former hold-out)",
        "tuned-112 (former hold-out)",
        "tuned-113 (former hold-out)",
        "tuned-114 (former hold-out)",
        "tuned-115 (former hold-out)",
        "tuned-116 (former hold-out)",
        "tuned-117 (former hold-out)",
        "tuned-118 (former hold-out)",
        "tuned-119 (former hold-out)",
        "tuned-120 (former hold-out)",
        "tuned-121 (former hold-out)",
        "tuned-122 (former hold-out)",
        "tuned-123 (former hold-out)",
        "tuned-124 (former hold-out)",
        "tuned-125 (former hold-out)",
        "tuned-126 (former hold-out)",
        "tuned-127 (former hold-out)",
        "tuned-128 (former hold-out)",
        "tuned-129 (former hold-out)",
        "tuned-130 (former hold-out)",
        "tuned-131 (former hold-out)",
        "tuned-132 (former hold-out)",
        "tuned-133 (former hold-out)",
        "tuned-134 (former hold-out)",
        "tuned-135 (former hold-out)",
        "tuned-136 (former hold-out)",
        "tuned-137 (former hold-out)",
        "tuned-138 (former hold-out)",
        "tuned-139 (former hold-out)",
        "tuned-140 (former hold-out)",
        "tuned-141 (former hold-out)",
        "tuned-142 (former hold-out)",
        "tuned-143 (former hold-out)",
        "tuned-144 (former hold-out)",
        "tuned-145 (former hold-out)",
        "tuned-146 (former hold-out)",
        "tuned-147 (former hold-out)",
        "tuned-148 (former hold-out)",
        "tuned-149 (former hold-out)",
        "tuned-150 (former hold-out)",
        "tuned-151 (former hold-out)",
        "tuned-152 (former hold-out)",
        "tuned-153 (former hold-out)",
        "tuned-154 (former hold-out)",
        "tuned-155 (former hold-out)",
        "tuned-156 (former hold-out)",
        "tuned-157 (former hold-out)",
        "tuned-158 (former hold-out)",
        "tuned-159 (former hold-out)",
        "tuned-160 (former hold-out)",
        "tuned-161 (former hold-out)",
        "tuned-162 (former hold-out)",
        "tuned-163 (former hold-out)",
        "tuned-164 (former hold-out)",
        "tuned-165 (former hold-out)",
        "tuned-166 (former hold-out)",
        "tuned-167 (former hold-out)",
        "tuned-168 (former hold-out)",
        "tuned-169 (former hold-out)",
        "tuned-170 (former hold-out)",
        "tuned-171 (former hold-out)",
        "tuned-172 (former hold-out)",
    ]
    # each hold-out's one run
    for n in range(3, 173):
        assert (GOLDEN / f"tuned-{n}" / "first-run.txt").exists()


def test_bench_lists_each_former_hold_out_s_blind_run(capsys: pytest.CaptureFixture[str]) -> None:
    _bench().main(["--first-runs"])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + len(list(GOLDEN.glob("tuned-*/first-run.txt")))
    assert "  tuned-19     21/27 = 77.8% |  24/27 | 9/57 = 15.8%" in lines


def test_bench_reports_tuned_sets_and_each_hold_out_separately(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A new hold-out folder in holdout2's manifest format is found, run and reported apart.

    The hold-out sets themselves are measured, not asserted on: a test would make them tuning
    data. So the hold-out here is a copy of a tuned set under a hold-out name.
    """
    bench = _bench()
    fixtures = tmp_path / "fixtures"
    golden = fixtures / "golden"
    golden.mkdir(parents=True)
    for shared in ("profiles", "pages"):
        (fixtures / shared).symlink_to(FIXTURES / shared)
    (golden / "postings").symlink_to(GOLDEN / "postings")
    shutil.copy(GOLDEN / "cases.yaml", golden / "cases.yaml")
    (golden / "texts").symlink_to(GOLDEN / "texts")
    for name in ("tuned-2", "tuned-10", "holdout9", "holdout12"):
        shutil.copytree(GOLDEN / "tuned-3", golden / name)
    assert list(bench.sets(golden)) == [
        "tuned",
        "tuned-2 (former hold-out)",
        "tuned-10 (former hold-out)",
        "hold-out holdout9",
        "hold-out holdout12",
    ]
    bench.main(["holdout9", "tuned-10"], golden=golden)
    out = capsys.readouterr().out
    assert out.count("== ") == 2 and "== hold-out holdout9" in out
    assert "recall" in out and "missed:" not in out
    assert out.count("flagged at all:") == 2
    assert out.count("in clean texts:") == 2 and out.count("in planted texts:") == 2


def test_bench_splits_false_alarms_by_text_and_severity(tmp_path: Path) -> None:
    """Findings in clean texts are counted apart from findings beside planted claims, and errors
    apart from warnings."""
    bench = _bench()
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "clean.txt").write_text(
        "I design A/B tests at Brightcart. I am a team player.\n", encoding="utf-8"
    )
    (tmp_path / "texts" / "planted.txt").write_text(
        "I use Snowflake daily. I contributed to a churn model. I use 42 dashboards.\n",
        encoding="utf-8",
    )
    (tmp_path / "posting.md").write_text("We run experiments.", encoding="utf-8")
    profile_path = (PROFILES / "jordan-rivera.yaml").resolve()
    (tmp_path / "cases.yaml").write_text(
        "cases:\n"
        f"  - {{id: c, profile: {profile_path}, posting: posting.md, text: texts/clean.txt, "
        "kind: note, planted: []}\n"
        f"  - {{id: p, profile: {profile_path}, posting: posting.md, text: texts/planted.txt, "
        "kind: note, planted: [{kind: tool, words: Snowflake}]}\n",
        encoding="utf-8",
    )
    result = bench.evaluate(bench.load_cases(tmp_path / "cases.yaml"))
    clean, planted = result.parts["clean"], result.parts["planted"]
    assert (clean.texts, clean.sentences, clean.errors, clean.warnings) == (1, 2, 0, 1)
    assert (planted.texts, planted.sentences, planted.errors, planted.warnings) == (1, 2, 1, 0)
    assert clean.noisy_sentences + planted.noisy_sentences == result.noisy_sentences == 2


def test_clean_letter_with_frame_draws_no_findings(jordan: profile.Profile, posting: str) -> None:
    found = review.check(
        LETTER, jordan, posting, company="Pinterest", role="Data Scientist", max_words=350
    )
    assert found == []


# -- grounding --------------------------------------------------------------------------------


def test_flags_numbers_not_in_the_profile(jordan: profile.Profile, posting: str) -> None:
    found = _check("I raised conversion by 12% and saved $2M across 40 experiments.", jordan)
    assert _kinds(found) == [("number", "12%"), ("number", "$2M")]
    assert all(f.severity == "error" for f in found)


def test_number_words_and_role_durations_are_sources(jordan: profile.Profile) -> None:
    text = "I have 5 years of experience, including three years at Northwind Health."
    assert _check(text, jordan) == []
    assert _kinds(_check("I have eleven years of experience.", jordan)) == [("number", "eleven")]


def test_posting_numbers_are_fine_about_the_company_not_as_claims(
    jordan: profile.Profile, posting: str
) -> None:
    ok = "Pinterest serves hundreds of millions of Pinners, and I want to help them."
    assert _check(ok, jordan, posting) == []
    claim = _check("I analysed data for hundreds of millions of users.", jordan, posting)
    assert ("number", "hundreds") not in _kinds(claim)  # "50 million rows" supports millions
    assert _kinds(_check("I have worked with billions of rows.", jordan, posting)) == [
        ("number", "billions")
    ]


def test_contact_phone_and_education_year_draw_nothing(jordan: profile.Profile) -> None:
    text = "My BSc in Statistics is from Oregon State University, 2019. Call me on +1 555 0142."
    assert _check(text, jordan) == []


def test_flags_employer_school_and_degree_not_in_profile(jordan: profile.Profile) -> None:
    text = "I worked at Google after an MSc in Physics from Stanford University."
    assert sorted(_kinds(_check(text, jordan))) == [
        ("degree", "MSc in Physics"),
        ("employer", "Google"),
        ("school", "Stanford University"),
    ]


def test_flags_title_the_profile_does_not_hold(jordan: profile.Profile) -> None:
    found = _check("As a Lead Data Analyst at Brightcart, I ran experiments.", jordan)
    assert _kinds(found) == [("title", "Lead Data Analyst")]
    assert _check("As a Senior Data Analyst at Brightcart, I ran experiments.", jordan) == []


def test_target_role_as_a_hope_is_not_a_title_claim(jordan: profile.Profile) -> None:
    hope = "As a Data Scientist at Pinterest, I would build on this."
    assert review.check(hope, jordan, "", company="Pinterest", role="Data Scientist") == []
    found = _check("I worked as a Data Scientist at Brightcart.", jordan)
    assert ("title", "Data Scientist") in _kinds(found)


def test_flags_certification_unless_profile_or_its_initials(sam: profile.Profile) -> None:
    assert _check("I hold the CKAD.", sam) == []
    assert _check("I am a Certified Kubernetes Application Developer.", sam) == []
    assert _kinds(_check("I am a Certified Kubernetes Administrator.", sam)) == [
        ("certification", "Certified Kubernetes Administrator")
    ]


def test_flags_tool_claimed_even_when_the_posting_names_it(
    jordan: profile.Profile, posting: str
) -> None:
    assert _kinds(_check("I trained models in PyTorch.", jordan, posting)) == [("tool", "PyTorch")]


def test_company_stack_learning_and_honest_gaps_are_not_tool_claims(
    jordan: profile.Profile, posting: str
) -> None:
    text = (
        "Your teams use PyTorch and TensorFlow. I would love to learn PyTorch. "
        "I have not used TensorFlow yet."
    )
    assert _check(text, jordan, posting) == []


def test_flags_led_when_fact_says_contributed(jordan: profile.Profile) -> None:
    found = _check("I led the churn model in scikit-learn with the data science team.", jordan)
    assert _kinds(found) == [("scope", "led the churn model")]
    assert "Contributed" in found[0].why and "F7" in found[0].why


def test_scope_verb_the_fact_uses_is_fine(jordan: profile.Profile) -> None:
    assert _check("I built a Python and SQL pipeline in Airflow.", jordan) == []


def test_flags_managed_when_no_fact_says_so(sam: profile.Profile) -> None:
    found = _check("I managed the refunds service in Go.", sam)
    assert _kinds(found) == [("scope", "managed the refunds service")]
    assert "Maintained" in found[0].why


def test_note_bullets_are_claims_unless_about_the_company(
    jordan: profile.Profile, posting: str
) -> None:
    note = "- Trained models in TensorFlow\n- Pinterest uses TensorFlow and PyTorch"
    found = review.check(note, jordan, posting, company="Pinterest", kind="note")
    assert _kinds(found) == [("tool", "TensorFlow")]


def test_qualifier_in_front_of_a_held_title_is_accepted_but_not_a_rank(
    sam: profile.Profile,
) -> None:
    assert _check("Every week I teach Python as a volunteer mentor at Code Club.", sam) == []
    assert _kinds(_check("I was a senior mentor at Code Club.", sam)) == [
        ("title", "senior mentor")
    ]


def test_posting_number_after_looking_ahead_is_not_a_claim(jordan: profile.Profile) -> None:
    posting = "Wayfinder helps 3 million riders plan trips. You bring 12+ years of experience."
    hope = "I would love to help the 3 million riders who plan trips with Wayfinder."
    assert _check(hope, jordan, posting) == []
    assert _kinds(_check("I helped 3 million riders.", jordan, posting)) == [
        ("number", "3 million")
    ]
    bring = "I am excited to bring 12 years of experience."
    assert _kinds(_check(bring, jordan, posting)) == [("number", "12")]


def test_tool_disowned_in_the_following_clause_is_not_a_claim(jordan: profile.Profile) -> None:
    assert _check("I also know of ProtoPie, which I have not used yet.", jordan) == []
    assert _kinds(_check("I prototyped in ProtoPie, which is fast.", jordan)) == [
        ("tool", "ProtoPie")
    ]


def test_flags_mentoring_people_when_no_fact_says_so(
    jordan: profile.Profile, sam: profile.Profile
) -> None:
    found = _check("I mentored four analysts on experiment design.", jordan)
    assert _kinds(found) == [("scope", "mentored four analysts")]
    assert _check("I trained four analysts on experiment design.", jordan) == []  # taught
    assert _check("I mentored children at Code Club.", sam) == []  # a Mentor there
    assert _check("I trained a churn model for analysts in scikit-learn.", jordan) == []


FERNWAY = "Nice to have: Looker or Tableau. Experience with Snowflake."
WAYFINDER = "Wayfinder helps 3 million riders plan trips on public transit in 14 cities."


def test_tool_the_applicant_says_they_used_in_a_relative_clause_is_a_claim(
    jordan: profile.Profile,
) -> None:
    used = "Your nice-to-have list mentions Snowflake, which I have used daily."
    found = review.errors(review.check(used, jordan, FERNWAY, company="Fernway"))
    assert _kinds(found) == [("tool", "Snowflake")]
    honest = "Your nice-to-have list mentions Snowflake, which I have not used yet."
    assert review.errors(review.check(honest, jordan, FERNWAY, company="Fernway")) == []
    quoted = "Your nice-to-have list mentions Snowflake, which is a good fit for this role."
    assert review.errors(review.check(quoted, jordan, FERNWAY, company="Fernway")) == []


def test_note_bullet_listing_tools_is_a_claim_unless_about_the_company(
    jordan: profile.Profile,
) -> None:
    note = (
        "- Tools: dbt, Airflow, Looker and Tableau.\n"
        "- Your stack uses Tableau and Snowflake.\n"
        "- Fernway uses Snowflake.\n"
        "- Reporting in Tableau: Looker is the tool I know."
    )
    found = review.check(note, jordan, FERNWAY, company="Fernway", kind="note")
    assert _kinds(found) == [("tool", "Tableau")]
    assert found[0].sentence.startswith("Tools:")


def test_tools_outside_camel_case_are_known_from_the_table(jordan: profile.Profile) -> None:
    found = _check("I moved our reporting from Looker to Mode and Metabase.", jordan)
    assert sorted(_kinds(found)) == [("tool", "Metabase"), ("tool", "Mode")]
    assert _check("I like a quiet mode of work with product teams.", jordan) == []


def test_unknown_camel_case_names_are_not_errors_outside_a_claim(
    priya: profile.Profile,
) -> None:
    about = (
        "Wayfinder's riders deserve a trip planner that works with VoiceOver and TalkBack, "
        "and I would love to help build it."
    )
    assert review.check(about, priya, WAYFINDER, company="Wayfinder") == []
    claim = review.check("I tested every screen with VoiceOver.", priya, WAYFINDER)
    assert _kinds(claim) == [("tool", "VoiceOver")]


def test_posting_figure_with_its_noun_is_fine_in_a_clause_about_the_company(
    priya: profile.Profile,
) -> None:
    far = (
        "Wayfinder helps 3 million riders plan trips on public transit in 14 cities, "
        "and I would like to help."
    )
    assert review.check(far, priya, WAYFINDER, company="Wayfinder") == []
    launched = "Wayfinder launched trip planning in 14 cities."
    assert review.check(launched, priya, WAYFINDER, company="Wayfinder") == []
    mine = review.check("I shipped apps in 14 cities.", priya, WAYFINDER, company="Wayfinder")
    # shipping is a duty of its own: the one app Priya took to release does not say "apps"
    assert _kinds(review.errors(mine)) == [("number", "14"), ("scope", "shipped apps")]


def test_mentoring_needs_the_same_kind_of_people_or_a_job(
    sam: profile.Profile, jordan: profile.Profile
) -> None:
    found = _check("Along the way I mentored two junior engineers on the team.", sam)
    assert ("scope", "mentored two junior engineers") in _kinds(found)
    assert _check("I mentored children at Code Club.", sam) == []  # a Mentor there
    assert _check("I trained four analysts on experiment design.", jordan) == []  # workshops


def test_teaching_support_means_teaching_people_not_an_onboarding_flow(
    priya: profile.Profile,
) -> None:
    found = _check("I trained 15 designers to use it.", priya)
    assert ("scope", "trained 15 designers") in _kinds(found)


def test_initials_before_a_lowercase_certification_are_a_certification_claim(
    priya: profile.Profile, sam: profile.Profile
) -> None:
    found = _check("I hold the IAAP WAS certification.", priya)
    assert _kinds(found) == [("certification", "IAAP WAS")]
    assert _check("I hold the CKAD certification.", sam) == []


# -- placeholders, names, style -----------------------------------------------------------


def test_flags_placeholders_anywhere_even_in_the_frame(jordan: profile.Profile) -> None:
    text = (
        "Dear [Hiring Manager Name],\n\nI admire <company> and {{team}} at XYZ Corp.\n\n"
        "Best,\n[Your Name]"
    )
    words = [f.words for f in _check(text, jordan) if f.kind == "placeholder"]
    assert words == ["[Hiring Manager Name]", "[Your Name]", "<company>", "{{team}}", "XYZ Corp"]


def test_fact_citations_are_not_placeholders(jordan: profile.Profile) -> None:
    assert _check("I taught four internal workshops [F8] [F2, F3].", jordan) == []


def test_flags_missing_and_wrong_company_and_role(jordan: profile.Profile) -> None:
    text = "Dear Hiring Team at Etsy,\n\nI am applying for the Product Manager role at Etsy."
    found = review.check(text, jordan, "", company="Pinterest", role="Data Scientist")
    assert ("company", "Etsy") in _kinds(found)
    assert ("role", "Product Manager") in _kinds(found)
    missing = [f for f in found if not f.sentence]
    assert {f.kind for f in missing} == {"company", "role"}
    assert all(f.severity == "warning" for f in missing)


def test_flags_budget_repetition_and_cliches(jordan: profile.Profile) -> None:
    text = (
        "I am writing to express my interest in the Data Scientist role at Pinterest. "
        "I am a team player. I am a data analyst at Brightcart. I am a data analyst at Brightcart."
    )
    found = review.check(text, jordan, "", company="Pinterest", role="Data Scientist", max_words=20)
    assert sorted(f.kind for f in found) == ["budget", "cliche", "cliche", "repetition"]
    assert all(f.severity == "warning" for f in found)


# -- output -----------------------------------------------------------------------------------


def test_format_and_feedback_name_each_problem(jordan: profile.Profile) -> None:
    found = _check("I raised conversion by 12% at Pinterest as a Data Scientist.", jordan)
    assert review.errors(found) == found
    text = review.format_findings(found)
    assert "error [number] '12%'" in text and "in: I raised conversion" in text
    assert review.format_findings([]) == "No findings."
    assert review.feedback(found).splitlines()[0].startswith("- Remove '12%'")
    assert found[0].to_dict()["kind"] == "number"


def test_a_topic_under_a_heading_that_looks_ahead_claims_no_duty(
    jordan: profile.Profile, posting: str
) -> None:
    bullet = "- Designing onboarding courses for new analysts.\n"
    ahead = "## What am I excited about? What will I learn?\n\n"
    back = "## Where can I add value?\n\n"
    kw = {"company": "Pinterest", "role": "Data Scientist", "kind": "note"}
    assert review.check(ahead + bullet, jordan, posting, **kw) == []
    assert _kinds(review.check(back + bullet, jordan, posting, **kw)) == [
        ("scope", "Designing onboarding courses")
    ]


def test_a_company_in_a_topic_under_a_heading_that_looks_ahead_is_the_one_hoped_for(
    jordan: profile.Profile, posting: str
) -> None:
    bullet = "- Working on ranking experiments at Etsy instead of running its checkout tests.\n"
    ahead = "## What am I excited about? What will I learn?\n\n"
    kw = {"company": "Pinterest", "role": "Data Scientist", "kind": "note"}
    assert ("company", "Etsy") in _kinds(review.check(ahead + bullet, jordan, posting, **kw))
    text = "Working on ranking experiments at Etsy instead of running its checkout tests."
    assert ("company", "Etsy") not in _kinds(_check(text, jordan, posting))


def test_the_people_a_hope_would_help_name_their_company_without_an_s(
    jordan: profile.Profile, posting: str
) -> None:
    kw = {"company": "Pinterest", "role": "Data Scientist"}
    text = "I would love to help Etsy sellers trust the experiments they run."
    assert ("company", "Etsy") in _kinds(review.check(text, jordan, posting, **kw))
    text = "I would love to help Pinterest creators trust the experiments they run."
    assert not review.errors(review.check(text, jordan, posting, **kw))


# What most letters say about themselves, their attachments and the next step, and the
# applicant's plain wishes: none is a claim to ground (a rule that flags one flags most letters).
_COMMON = """I am applying for the Data Scientist role at Pinterest.
I am writing to apply for the Data Scientist position at Pinterest.
Thank you for your time and consideration.
I look forward to hearing from you.
I would welcome the chance to discuss how I could contribute.
My resume is attached.
Please find my resume attached.
Please find my CV attached.
I have attached my portfolio for your review.
I am happy to share more details or references on request.
I can start in January.
I am available for an interview at your convenience.
I'm happy to talk whenever suits you.
I can start two weeks after an offer.
I would give my current employer two weeks' notice.
I live in Portland, a short drive from your office.
The 8:00 to 4:30 schedule works for me.
Four ten-hour days suit me fine.
I can meet for an interview any weekday afternoon.
A rotation that gets me home more evenings would suit me.
Please consider me for the Data Scientist opening.
Your second-shift schedule fits my plans.
I would be available to start in July.
I'd need about six weeks to finish the appointments already on my book.
My resume is attached, and you can view my portfolio at jordan.example.com.
I would welcome the chance to talk and could start two weeks after an offer.
I am open to either rotation and comfortable with early starts.
I am based in Portland, OR and open to remote work.
I am available Saturdays, one evening a week and extended holiday hours.
I can attend the four-day training in March.
I am excited about the chance to join Pinterest.
I believe my background is a good match for this role.
I believe my background aligns well with your requirements.
I am comfortable with 60-70% regional travel and overnight stays.
Based on the posted range of $50,000–$56,000, I am seeking a salary of $54,000.
My salary expectation falls within your posted range of $68,000 to $82,000.
I'm happy to walk through my portfolio in an interview.
I've attached my writing sample.
Given the posted range of $20 to $25 per hour, I would be comfortable at $22 per hour.
You can reach me at 712 555 0148.
That is why I am writing to you.
My expectations fall within the posted $27.00–$33.00 hourly range.
I can work the 2-2-3 twelve-hour schedule, days or nights.
Early starts and long shifts are normal for me.
Five days a week in the office is fine.
I am eager to learn from the team.
I enjoy working with product teams.
I would bring curiosity and care to the work.
Thank you for considering my application.
I hope to hear from you soon.
You can reach me at jordan.rivera@example.com."""


@pytest.mark.parametrize("sentence", _COMMON.splitlines())
def test_common_letter_sentences_draw_no_findings(
    sentence: str, jordan: profile.Profile, posting: str
) -> None:
    text = f"Dear Pinterest hiring team,\n\n{sentence}\n\nSincerely,\nJordan Rivera\n"
    found = review.check(text, jordan, posting, company="Pinterest", role="Data Scientist")
    assert review.errors(found) == []


def test_a_place_the_posting_names_may_be_fine_with_the_applicant(jordan: profile.Profile) -> None:
    posting = "Remote within Oregon, with monthly visits to our Salem office."
    text = "I live in Portland, so remote work with monthly visits to Salem is fine with me."
    assert not review.errors(_check(text, jordan, posting))
    text = "I ran the Salem office's weekly experiment review."
    assert review.errors(_check(text, jordan, posting))


def test_a_bare_phrase_under_a_heading_that_looks_ahead_is_a_thing_to_learn(
    jordan: profile.Profile,
) -> None:
    posting = "Nice to have: Kubernetes, Snowflake or BigQuery."
    heading = "## What am I excited about? What will I learn?\n\n"

    def note(text: str) -> list[review.Finding]:
        return review.check(text, jordan, posting, company="Pinterest", kind="note")

    assert not note(f"{heading}- Snowflake and Kubernetes.\n")
    for bullet in ("Migrated Brightcart to Snowflake.", "I run Snowflake and Kubernetes."):
        assert ("tool", "Snowflake") in _kinds(note(f"{heading}- {bullet}\n")), bullet
    found = note("## Where can I add value?\n\n- Snowflake and Kubernetes.\n")
    assert ("tool", "Snowflake") in _kinds(found)


def test_a_place_named_as_a_school_where_an_employer_might_stand_is_a_school(
    jordan: profile.Profile,
) -> None:
    found = _check("I trained at Riverside The School before Brightcart.", jordan)
    assert ("school", "Riverside The School") in _kinds(found)


def test_the_maker_of_a_range_hoped_to_learn_is_the_company(jordan: profile.Profile) -> None:
    heading = "## What am I excited about? What will I learn?\n\n"
    found = _note(
        f"{heading}- Learning the full Globex range of ad products.\n", jordan, "Pinterest"
    )
    assert ("company", "Globex") in _kinds(found)
    assert not _note(f"{heading}- Learning the full Pinterest range of ad products.\n", jordan,
                     "Pinterest")  # fmt: skip


def test_a_platform_posted_on_and_a_letter_s_skills_line_are_the_applicant_s_tools(
    jordan: profile.Profile,
) -> None:
    posting = "You will share results through Looker Studio, Yammerly and Verint reports."
    found = _check("I share the readouts on Yammerly every week.", jordan, posting)
    assert ("tool", "Yammerly") in _kinds(found)
    found = _check("Skills: SQL, Python and Verint.", jordan, posting)
    assert ("tool", "Verint") in _kinds(found)
    assert not review.errors(_check("Skills: SQL and Python.", jordan, posting))


def test_a_scope_finding_quotes_the_words_as_written(jordan: profile.Profile) -> None:
    found = _check("At Brightcart I negotiated and awarded the vendor contracts.", jordan)
    assert ("scope", "negotiated and awarded the vendor contracts") in _kinds(found)


def test_an_associate_degree_in_small_letters_is_a_degree(tmp_path: Path) -> None:
    who = write_profile(
        tmp_path,
        "d.yaml",
        "name: Dee\nskills: [Excel]\neducation:\n  - {degree: AAS, field: Supply Chain"
        " Management, school: Columbus State Community College, year: 2023}\n",
    )
    assert not _check("I finished an associate degree in supply chain management.", who)
    found = _check("I earned an associate degree in civil engineering technology.", who)
    assert ("degree", "associate degree in civil") in _kinds(found)


def test_a_name_opening_a_bullet_is_checked_even_beside_a_clause_found_unsupported(
    jordan: profile.Profile,
) -> None:
    posting = "You will work a queue of tickets in Zendesk."
    found = review.check(
        "- Used Zendesk macros at Brightcart for common VPN questions.\n", jordan, posting,
        company="Pinterest", kind="note",
    )  # fmt: skip
    assert ("tool", "Zendesk") in _kinds(found)
    found = _check("My clinical grounding is a licence and the BCPS credential.", jordan)
    assert ("certification", "BCPS") in _kinds(found)


def test_days_and_the_letter_s_business_name_no_claim(jordan: profile.Profile) -> None:
    posting = "Hybrid in Salem, Oregon: on site for the first eight weeks, Monday to Friday."
    for text in (
        "After years of weekends, a Monday-to-Friday schedule appeals to me.",
        "I am glad to be in Salem full time while I train.",
    ):
        assert not review.errors(_check(text, jordan, posting)), text
    assert review.errors(_check("I ran the Salem office's weekly experiment review.", jordan))


def test_a_credential_worked_toward_is_not_held(jordan: profile.Profile) -> None:
    for text in (
        "Working toward the Certified Payroll Professional.",
        "I would be glad to earn the CPIM within your first year.",
    ):
        assert not review.errors(_check(text, jordan)), text
    assert review.errors(_check("I earned the Certified Payroll Professional in 2023.", jordan))


def test_a_blank_slot_after_a_bullet_is_no_task_box(jordan: profile.Profile) -> None:
    found = _note("- [X] years of A/B testing at Brightcart.\n", jordan, "Pinterest")
    assert ("placeholder", "[X]") in _kinds(found)
    assert not _note("- [x] Ran A/B tests at Brightcart.\n", jordan, "Pinterest")


def test_a_tool_entered_in_and_an_employer_listed_beside_one(jordan: profile.Profile) -> None:
    posting = "Hands-on experience with Oracle Argus Safety."
    found = _check("I have also practised entering cases in Argus Safety.", jordan, posting)
    assert ("tool", "Argus Safety") in _kinds(found)
    found = _note("- Moving from analytics (Brightcart, and Globex before that).\n", jordan,
                  "Pinterest")  # fmt: skip
    assert ("employer", "Globex") in _kinds(found)


def test_a_title_the_profile_words_as_its_own_internship_is_held(tmp_path: Path) -> None:
    who = write_profile(
        tmp_path,
        "i.yaml",
        "name: Ines\nsummary: Pharmacist with a hospital internship.\nexperience:\n"
        "  - {company: Greenway, title: Pharmacy Intern, start: 2018, end: 2019}\n",
    )
    found = _check("As a hospital intern I answered drug questions at Greenway.", who)
    assert not [f for f in found if f.kind == "title"]
    found = _check("As a lead intern I answered drug questions at Greenway.", who)
    assert any(f.kind == "title" for f in found)


def test_a_figure_of_the_letter_s_business_may_quote_the_posting(jordan: profile.Profile) -> None:
    posting = "On site in Salem for the first eight weeks, then hybrid."
    text = "I am happy to be in Salem every day for the first eight weeks."
    assert not review.errors(_check(text, jordan, posting))
    found = _check("I ran eight pricing experiments in Salem.", jordan, posting)
    assert ("number", "eight") in _kinds(found)


def test_a_job_s_words_said_another_way_are_held(tmp_path: Path) -> None:
    who = write_profile(
        tmp_path,
        "i.yaml",
        "name: Ines\ncontact: {location: 'Columbus, OH'}\nexperience:\n"
        "  - company: Greenway\n    title: Pharmacist\n    start: 2019\n    highlights:\n"
        "      - Filed 14 reaction reports with FDA MedWatch\n"
        "      - Wrote a one-page form for recording the side effects patients report\n",
    )
    for text in (
        "I filed 14 reports with MedWatch, each built from what a patient told me.",
        "I drafted a one-page sheet for recording side effects as patients report them.",
        "Another Ohio winter at the counter is not what I want.",
    ):
        assert not review.errors(_check(text, who)), text
    assert review.errors(_check("I built the MedWatch reporting portal at Greenway.", who))


def test_what_the_applicant_cared_about_most_and_a_wish_that_goes_on_claim_nothing(
    jordan: profile.Profile,
) -> None:
    for text in (
        "The part of the job I have cared about most is listening when a merchant is unhappy.",
        "I'd like to work where the experiment is the point, and where I can stay with a"
        " product for longer than one launch.",
    ):
        assert not review.errors(_check(text, jordan)), text


def test_a_topic_looked_forward_to_may_name_a_credential(jordan: profile.Profile) -> None:
    heading = "## What am I excited about? What will I learn?\n\n"
    posting = "PCQI certification within six months of hire."

    def note(bullet: str) -> list[review.Finding]:
        return review.check(f"{heading}- {bullet}\n", jordan, posting, kind="note")

    assert not note("Earning PCQI certification and learning how an SQF audit runs.")
    assert ("certification", "PCQI") in _kinds(note("I hold the PCQI certification."))


def test_a_plan_s_name_and_a_pay_cycle_are_no_invented_figures(tmp_path: Path) -> None:
    who = write_profile(
        tmp_path,
        "d.yaml",
        "name: Delia\nexperience:\n  - company: Hollis Hardware\n    title: Bookkeeper\n"
        "    start: 2018\n    highlights:\n      - Run biweekly payroll for 16 hourly staff\n"
        "      - Set up a 401(k) plan for the staff\n",
    )
    text = "At Hollis I run payroll every two weeks, and I set up a 401(k) plan for the staff."
    assert not review.errors(_check(text, who))
    found = _check("At Hollis I run payroll every three weeks.", who)
    assert ("number", "three") in _kinds(found)


def test_a_heading_says_which_bullets_look_ahead_and_a_company_s_plain_word_is_no_name(
    jordan: profile.Profile,
) -> None:
    text = (
        "## Where can I add value?\n\n- Processing payroll in Gusto Workforce as well as Excel.\n\n"
        "## What am I excited about? What will I learn?\n\n- Learning multi-state payroll.\n"
    )
    posting = "Experience with Gusto Workforce is a plus."
    found = review.check(text, jordan, posting, company="Tallbrook Payroll Services", kind="note")
    assert ("tool", "Gusto Workforce") in _kinds(found)


def test_a_licensed_verb_in_a_wish_licenses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(
        "name: Marcus\nsummary: I run a small crew and want to lead a solar installation crew.\n"
        "experience:\n  - company: Rio Grande Electric\n    title: Electrician\n    start: 2019\n"
        "    highlights:\n      - Helped a subcontractor tie three rooftop PV systems in\n",
        encoding="utf-8",
    )
    found = _check(
        "In 2022 I led the installation of three rooftop PV systems.", profile.load(path)
    )
    assert any(f.kind == "scope" for f in found)


def test_an_honour_a_level_and_a_crew_must_be_the_profile_s(tmp_path: Path) -> None:
    who = write_profile(
        tmp_path,
        "m.yaml",
        "name: Marcus\nexperience:\n  - company: Rio Grande Electric\n    title: Electrician\n"
        "    start: 2019\n    highlights: [Wired 300 homes]\ncertifications:\n"
        "  - OSHA 10-Hour Construction, 2021\nawards: [Dispatcher of the Year, Ridgeline (2023)]\n",
    )
    found = _check("I won Rio Grande Electric's safety award in 2023.", who)
    assert ("claim", "Grande Electric's safety award") in _kinds(found)
    assert not review.errors(_check("I was named Ridgeline's Dispatcher of the Year.", who))
    assert ("certification", "OSHA 30") in _kinds(_check("I've completed OSHA 30.", who))
    assert not review.errors(_check("I've completed OSHA 10.", who))
    found = _check("I spent a summer on SunPower install crews.", who)
    assert ("employer", "SunPower") in _kinds(found)


def test_joining_a_place_named_near_the_company_is_the_wrong_company(
    jordan: profile.Profile,
) -> None:
    heading = "## What am I excited about? What will I learn?\n\n"
    note = f"{heading}- Joining the Greater Columbus Convention Center events team.\n"
    found = _note(note, jordan, "Larkfield Conference Center")
    assert ("company", "Greater Columbus Convention Center") in _kinds(found)
    assert not _note(f"{heading}- Joining the Data Science team.\n", jordan, "Pinterest")


def test_a_title_held_since_and_a_short_form_that_ends_no_sentence(
    jordan: profile.Profile,
) -> None:
    found = _note("- Biweekly reports at Brightcart, where I have been Office Manager.\n", jordan,
                  "Pinterest")  # fmt: skip
    assert ("title", "Office Manager") in _kinds(found)
    found = _check("I registered patients for a summer at St. Luke's Health System.", jordan)
    assert ("employer", "St. Luke's Health System") in _kinds(found)


def test_a_verb_the_profile_uses_licenses_itself(tmp_path: Path) -> None:
    who = write_profile(
        tmp_path,
        "d.md",
        "# Dani\n\n## Experience\n\n### Banquet Captain — Scioto River Hotel\n2015 – 2018\n\n"
        "- Set rooms from banquet event orders (BEOs) in rounds and theatre layouts\n",
    )
    assert not review.errors(_check("I set rooms from BEOs in rounds and theatre layouts.", who))
    assert review.errors(_check("I set the venue's annual events budget.", who))


def test_two_products_hoped_for_are_not_a_company(jordan: profile.Profile) -> None:
    posting = "Experience with Enphase IQ8 microinverters and Powerwall 3 batteries."
    heading = "## What am I excited about? What will I learn?\n\n"
    text = f"{heading}- Getting properly fluent with Enphase IQ8 and Powerwall 3 installs.\n"
    found = review.check(text, jordan, posting, company="Copperline Solar", kind="note")
    assert not [f for f in found if f.kind == "company"]


def test_a_pattern_a_code_s_hours_and_a_course_still_to_take(tmp_path: Path) -> None:
    who = write_profile(
        tmp_path,
        "c.yaml",
        "name: Callum\nexperience:\n  - company: Gulf Towing\n    title: Deckhand\n"
        "    start: 2018\n    highlights: [Handled lines at steel docks]\ncertifications:\n"
        "  - OSHA 10-Hour Maritime card\n",
    )
    posting = "A 2-2-3 rotation. OSHA 30-hour card within 90 days."
    text = "My OSHA card is the 10-hour one, so I'd take the 30-hour course inside your window."
    assert not review.errors(_check(text, who, posting))
    assert not review.errors(_check("A 2-2-3 rotation would suit me.", who, posting))
    assert ("certification", "OSHA 30") in _kinds(_check("I hold an OSHA 30 card.", who))


def test_more_trades_have_titles_and_a_master_cook_holds_no_degree(jordan: profile.Profile) -> None:
    found = _note("- Radio: as relief captain I've called landings at Brightcart.\n", jordan,
                  "Pinterest")  # fmt: skip
    assert ("title", "relief captain") in _kinds(found)
    assert not [f for f in _check("I trained under a master electrician.", jordan)
                if f.kind == "degree"]  # fmt: skip
    found = _check("I hold a Master of Public Administration.", jordan)
    assert any(f.kind == "degree" for f in found)


def test_a_tool_known_sent_through_or_entered_into_is_a_tool(jordan: profile.Profile) -> None:
    posting = "Experience with Workday, Brightwheel or Navis N4."
    for text, name in (
        ("I bring working knowledge of Workday alongside Excel.", "Workday"),
        ("I send the parents photos and daily notes through Brightwheel.", "Brightwheel"),
        ("I have also entered deck logs into Navis N4 for a customer.", "Navis N4"),
    ):
        assert ("tool", name) in _kinds(_check(text, jordan, posting)), text


def test_an_honour_a_title_or_a_certificate_in_a_note_s_bullet_is_a_claim(
    jordan: profile.Profile,
) -> None:
    for bullet, finding in (
        ("Recognition: Employee of the Year award at Brightcart, 2022.", "claim"),
        ("Shift supervisor at Brightcart since 2021.", "title"),
    ):
        found = _note(f"## Where can I add value?\n\n- {bullet}\n", jordan, "Pinterest")
        assert any(f.kind == finding for f in found), bullet
    found = _check("I recently added the Color Management Professional certification.", jordan)
    assert ("certification", "Color Management Professional ") in _kinds(found) or any(
        f.kind == "certification" and "Color Management Professional" in f.words for f in found
    )


def test_days_in_the_plural_are_no_name(jordan: profile.Profile) -> None:
    found = _check("My Saturdays already belong to A/B testing.", jordan)
    assert not [f for f in found if f.words == "Saturdays"]


def test_a_company_named_without_its_city_of_is_named(jordan: profile.Profile) -> None:
    text = "Dear hiring team,\n\nI want to run programs for Brennan Falls Parks and Recreation.\n"
    found = review.check(text, jordan, "", company="City of Brennan Falls Parks and Recreation")
    assert not [f for f in found if f.kind == "company"]


def test_a_name_worked_through_uploaded_to_or_entered_in_is_a_tool(
    jordan: profile.Profile,
) -> None:
    posting = "Lennd, Azzule or Intelex experience is a plus."
    for text, name in (
        ("At Brightcart I also issued every crew pass through Lennd.", "Lennd"),
        ("I uploaded our hygiene and bin tag logs to Azzule before each audit.", "Azzule"),
        ("I am comfortable entering inspections and training records in Intelex.", "Intelex"),
    ):
        assert ("tool", name) in _kinds(_check(text, jordan, posting)), text
    found = _note("- Food plant experience from Foster Farms.\n", jordan, "Pinterest")
    assert ("employer", "Foster Farms") in _kinds(found)


# What letters say of lessons, likings, opinions, fit, wishes, schedules and gaps: none is a record
# to ground (each was a false alarm on a blind set once).
_NO_RECORD = [
    "My earlier role at Brightcart gave me a strong foundation in moving data safely.",
    "I am particularly drawn to the part of your role that involves listening to merchants.",
    "I appreciate that the posting recognises analysts' notice periods.",
    "I'd expect Looker tickets for your engineers to need the same thing.",
    "Industry experience is what I am missing.",
    "Getting to know Looker and dbt alongside an experienced team.",
    "Ever since, I have wanted to be the one who frames the first question.",
    "Honestly the tests that failed taught me more.",
    "The lesson I keep relearning is that the slow part of analysis is rarely the math.",
    "That is the part I worry about least.",
    "I want to get back into analytics, and this role fits both parts of my background.",
    "The part of a lead role I feel most ready for is the people.",
    "I'd like to learn how a team runs research, and working next to a senior researcher"
    " sounds right.",
    "I took a course to get some structure, and I picked up more SQL there.",
    "That stretch gave me real respect for the merchants on the other end.",
    "So I know what happens when a dashboard shows the wrong version.",
    "I have learned to slow down and explain each step.",
    "Somewhere along the way I started wanting to know what happens after a launch.",
    "I wanted to understand the rules behind the forms I was filling in.",
    "I have built my career around helping product teams decide.",
    "I would welcome the SQL training in your first month.",
    "I live in Portland, so the Tuesday-through-Thursday schedule suits me.",
    "I have no HACCP or PCQI training yet.",
    "I would gladly complete the SQL course in my first six months.",
    "What I remember most is how quiet the room went.",
    "I liked watching the analysts check what we said against what the data showed.",
    "The hardest part of my job is the end of the quarter.",
    "A naming rule, I learned, is a promise to your future self.",
    "I know the quieter side of analysis too.",
    "My Brightcart dashboards are a small version of the problem your posting describes.",
    "I can get up to speed quickly.",
    "When your posting asked for patience with stakeholders, I smiled a little.",
    "I know what a broken dashboard means to the person reading it.",
    "At Northwind I found that I liked explaining results more than building models.",
    "At Brightcart I built a strong foundation in experimentation.",
    "I would test for the 1A and 1B endorsements right away.",
    "What it taught me is that access beats enthusiasm.",
    "I know what happens to a model after it leaves the notebook.",
    "I know where the forms tend to get stuck.",
    "I understand causal inference better as an idea than as a daily practice.",
    "Honestly, I want to find out whether the PMP should be my next step.",
    "Reading it, it struck me that whoever writes the spec prevents the problem.",
    "I would plan to earn the PMP within my first two years.",
    "It is usually the least glamorous thing I do.",
    "Causal inference at scale, which I haven't done.",
    "In my experience it runs on paperwork that has gone missing.",
    "Honestly, the part of analysis I've come to like best is the first day.",
    "Stakeholder meetings worry me less.",
    "I have become slightly obsessive about dates.",
    "Causal inference is the part I'm still building.",
    "I've seen what a bad launch plan costs.",
    "I came away convinced that a good chart does more than any memo.",
    "I know what stale, broken and half-migrated tables look like once the dashboards fail.",
    # a career's or a job's sum, in the writer's own words
    "I've spent years writing for people waiting at bus stops.",
    "Most of my job is making sure what leaves the warehouse matches the ticket.",
    "For years my workday started with a queue of questions from merchants.",
    "What I can offer instead is a habit of writing everything down.",
    # what the applicant understands or could give
    "Keeping dashboards consistent across teams is work I understand.",
    "Data quality is something I watch closely.",
    "I understand the value of a strong network.",
    "I can make a meaningful contribution to your analytics team.",
    "I'd love to say I have a pitch, but mostly I answer the questions merchants are too polite"
    " to ask.",
    "Best time to reach me is evenings or early morning before work.",
    "The customers I meet usually arrive at the end of somebody else's story.",
    "I have been on the receiving end of those tickets at Brightcart.",
    "Code review has made me slower to merge.",
    "I spent a lot of that time wondering what happened to the dashboards after I handed them"
    " over.",
    "It was the moment I understood that most data errors start long before anyone opens a"
    " notebook.",
    "I still think the best launch is the one nobody remembers afterwards.",
    "At Brightcart I always liked the tickets that turned into stories.",
    "A launch for every merchant is far bigger than anything I have planned.",
    "I have a reliable car and no objection to evenings and weekends.",
    "I know which tables go stale first.",
    "Honestly, I am still figuring out what that change asks of me.",
    "My first instinct was to show people my way of writing a query, and it made everyone nervous.",
    "I know what usually gets missed.",
    "I have made my peace with the fax machine.",
    "I know the CCPA from reading rather than practice.",
]


@pytest.mark.parametrize("text", _NO_RECORD)
def test_lessons_likings_opinions_wishes_and_gaps_claim_no_record(
    text: str, jordan: profile.Profile
) -> None:
    posting = "You will answer Looker tickets from merchants and engineers."
    found = review.check(text, jordan, posting, role="Data Scientist")
    assert not review.errors(found), text


def test_more_ways_of_naming_a_tool_a_title_a_licence_and_an_honour(
    jordan: profile.Profile,
) -> None:
    posting = "Experience with Materialise Magics, Altru, Maximo, Canvas or iasWorld."
    for text, finding in (
        ("I also prepare builds in Materialise Magics.", ("tool", "Materialise Magics")),
        ("I already schedule class visits in Altru.", ("tool", "Altru")),
        ("I am a daily user of Maximo for work orders.", ("tool", "Maximo")),
        ("I am moving my checklists into Canvas.", ("tool", "Canvas")),
        ("I have used iasWorld to look up parcel records.", ("tool", "iasWorld")),
        ("I was promoted to Staff Appraiser last year.", ("title", "Staff Appraiser")),
        ("My Nebraska adjuster license is already in hand.", None),
        ("I won a gold medal at a regional cooking competition.", ("claim", "gold medal")),
    ):
        found = _check(text, jordan, posting)
        if finding:
            assert finding in _kinds(found), text
        else:
            assert any(f.kind == "certification" for f in found), text


def test_a_listing_service_and_the_college_applied_to_are_no_degree_or_school(
    jordan: profile.Profile,
) -> None:
    assert not [f for f in _check("I pull sales from Bright MLS.", jordan) if f.kind == "degree"]
    text = "I am applying for the Culinary Arts Instructor position at Scioto Valley College."
    found = review.check(text, jordan, "", company="Scioto Valley College")
    assert not [f for f in found if f.kind == "school"]


def test_certifications_taken_together_a_division_greeted_and_more_named_things(
    tmp_path: Path, jordan: profile.Profile
) -> None:
    who = write_profile(
        tmp_path,
        "d.yaml",
        "name: Darnell\nskills: [Excel]\ncertifications:\n  - EPA Section 608 Universal\n"
        "  - OSHA 10-Hour General Industry\n",
    )
    assert not review.errors(_check("I hold EPA 608 Universal and OSHA 10-Hour cards.", who))
    text = "Dear GIS Division hiring team,\n\nI am applying for the role.\n"
    found = review.check(text, jordan, "", company="Granite Peak County")
    assert not [f for f in found if f.kind == "company" and f.severity == "error"]
    posting = "Experience with Slate or Crestron is a plus."
    for text, finding in (
        ("Daily use of Slate to track applications.", ("tool", "Slate")),
        ("I've programmed Crestron touch panels for the conference rooms.", ("tool", "Crestron")),
        ("My Lean Six Sigma Green Belt backs it.", ("certification", "Lean Six Sigma Green Belt")),
    ):
        assert finding in _kinds(_note(f"- {text}\n", jordan, "Pinterest") + _check(
            text, jordan, posting)), text  # fmt: skip


def test_a_tool_kept_in_or_known_a_network_worked_in_and_a_post_the_profile_gives(
    tmp_path: Path, jordan: profile.Profile
) -> None:
    posting = "Salsify, Samsara or Google Analytics experience is a plus."
    for text, finding in (
        ("I have kept our catalog organized in Salsify.", ("tool", "Salsify")),
        ("I already know Samsara, so coaching would not start from zero.", ("tool", "Samsara")),
        ("I scribed for a year in the OhioHealth urgent care network.", ("employer", "OhioHealth")),
    ):
        assert finding in _kinds(_check(text, jordan, posting)), text
    found = _note("- A Google Analytics certification.\n", jordan, "Pinterest")
    assert ("certification", "Google Analytics") in _kinds(found)
    heading = "## What am I excited about? What will I learn?\n\n"
    assert not _note(f"{heading}- Maybe the ASQ CQI down the road.\n", jordan, "Pinterest")
    who = write_profile(
        tmp_path,
        "d.yaml",
        "name: Dale\nexperience:\n  - company: Ridgeway Freight\n    title: Long-Haul Driver\n"
        "    start: 2017\n    highlights: [Driver mentor since 2021 for new drivers]\n",
    )
    text = "Since 2021 I've been a driver mentor at Ridgeway Freight."
    assert not [f for f in _check(text, who) if f.kind == "title"]
    text = "Since 2021 I've been a fleet manager at Ridgeway Freight."
    assert any(f.kind == "title" for f in _check(text, who))


def test_check_is_fast_on_a_letter(jordan: profile.Profile, posting: str) -> None:
    review.check(LETTER, jordan, posting)
    start = time.perf_counter()
    for _ in range(10):
        review.check(LETTER, jordan, posting, company="Pinterest", role="Data Scientist")
    assert (time.perf_counter() - start) / 10 < 0.1


# -- agency: what the applicant claims to have done to a thing --------------------------------


def test_agency_is_checked_against_the_fact_about_the_same_thing(
    sam: profile.Profile, priya: profile.Profile
) -> None:
    found = _check("At Paylane I own the refunds service.", sam)
    assert _kinds(found) == [("scope", "own the refunds service")]
    assert "Maintained" in found[0].why
    assert _kinds(_check("I operated the migration of card processing to Kubernetes.", sam)) == [
        ("scope", "operated the migration")
    ]
    assert _check("I maintain the refunds service in Go and PostgreSQL.", sam) == []
    assert _check("I ran 25 usability studies with screen-reader users.", priya) == []
    assert _check("I designed the iOS and Android note-taking app.", priya) == []


def test_agency_over_a_thing_no_fact_mentions_is_an_invented_project(
    sam: profile.Profile, jordan: profile.Profile
) -> None:
    note = "- Payouts: designed Paylane's payout scheduling service in Go."
    found = review.check(note, sam, "", kind="note")
    assert _kinds(found) == [("scope", "designed Paylane's payout scheduling service")]
    assert "payout scheduling" in found[0].why
    note = "- Teaching: I ran the experimentation guild at Brightcart."
    assert _kinds(review.check(note, jordan, "", kind="note")) == [
        ("scope", "ran the experimentation guild")
    ]


def test_agency_with_a_reach_no_fact_has_is_flagged(priya: profile.Profile) -> None:
    text = "I was responsible for accessibility across all of Loomly's apps."
    assert _kinds(_check(text, priya)) == [("scope", "across all")]  # her duty, not its reach
    text = "I was also leading design for Loomly's mobile apps."
    assert _kinds(_check(text, priya)) == [("scope", "leading design")]


def test_agency_in_a_hope_a_passive_or_a_note_label_is_not_a_claim(
    jordan: profile.Profile, priya: profile.Profile
) -> None:
    text = "- Machine learning: after contributing to a churn model, I'd like to learn how models "
    text += "are built at Pinterest."
    assert review.errors(review.check(text, jordan, "", company="Pinterest", kind="note")) == []
    text = "- Leading design: I'm excited to lead design for a trip planner."
    assert review.errors(review.check(text, priya, "", company="Wayfinder", kind="note")) == []


def test_mentoring_a_team_s_new_hires_is_a_people_claim(sam: profile.Profile) -> None:
    found = _check("I mentored the backend team's new hires at Paylane.", sam)
    assert _kinds(found) == [("scope", "mentored the backend team's new hires")]


def test_tools_done_before_a_hope_and_in_reduced_relatives_are_claims(
    jordan: profile.Profile, priya: profile.Profile
) -> None:
    text = "After running Bayesian A/B tests in PyMC, I'm excited to use them at Fernway."
    assert {w for _, w in _kinds(review.errors(_check(text, jordan)))} >= {"Bayesian", "PyMC"}
    text = "I have trained deep learning models in TensorFlow."
    assert ("tool", "TensorFlow") in _kinds(_check(text, jordan, "We use TensorFlow."))
    text = "I'd like to go further than the VoiceOver audits I ran at Fieldnote Labs."
    assert ("tool", "VoiceOver") in _kinds(_check(text, priya))
    assert _check("PyTorch is something I'd love to learn.", jordan) == []


def test_our_team_is_the_applicant(jordan: profile.Profile) -> None:
    text = "At Brightcart most of our tests use Bayesian methods, so your list is covered."
    posting = "Nice to have: Bayesian methods."
    assert _kinds(review.check(text, jordan, posting, company="Fernway", kind="note")) == [
        ("tool", "Bayesian")
    ]


def test_a_company_the_letter_hopes_to_join_must_be_the_target(sam: profile.Profile) -> None:
    text = "I would be thrilled to bring my payments experience to GoCardless."
    found = review.check(text, sam, "Ledgerly moves money.", company="Ledgerly")
    assert ("company", "GoCardless") in _kinds(found)
    assert ("tool", "GoCardless") not in _kinds(found)
    text = "I would be thrilled to bring my payments experience to Ledgerly."
    assert review.errors(review.check(text, sam, "Ledgerly moves money.", company="Ledgerly")) == []


# -- named things, clauses that are not claims, plain openers (the holdout4 round) -----------


def test_every_name_in_a_claim_must_be_the_profile_s(
    jordan: profile.Profile, sam: profile.Profile
) -> None:
    found = _kinds(
        review.check(
            "- Teaching: as Brightcart's Analytics Lead, I wrote the team's guide.\n"
            "- Machine learning: scikit-learn, backed by my AWS Machine Learning Specialty "
            "certification.\n"
            "- Growth: I moved on from Hexworks to Zephyrline after a year.\n",
            jordan, "", company="Fernway", kind="note",
        )
    )  # fmt: skip
    assert ("title", "Analytics Lead") in found
    assert ("certification", "AWS Machine Learning Specialty") in found
    assert ("claim", "Zephyrline") in found
    stint = review.check(
        "- Payments depth: before Paylane I spent a stint on Stripe's payouts team.",
        sam, "", company="Ledgerly", kind="note",
    )  # fmt: skip
    assert ("employer", "Stripe") in _kinds(stint)
    held = review.check(
        "I hold the CKAD from CNCF, and I am a CNCF Certified Kubernetes Application Developer.",
        sam, "", company="Ledgerly", kind="note",
    )  # fmt: skip
    assert not held


def test_a_company_a_note_hopes_to_help_must_be_the_target(jordan: profile.Profile) -> None:
    found = review.check(
        "- Experimentation: the guide I wrote could seed best practices at Instagram.",
        jordan, "", company="Pinterest", kind="note",
    )  # fmt: skip
    assert ("company", "Instagram") in _kinds(found)


def test_the_posting_s_names_a_disowned_list_and_impersonal_figures_are_not_claims(
    jordan: profile.Profile, priya: profile.Profile
) -> None:
    posting = "We use PyTorch and TensorFlow. Our app serves 3 million riders in 14 cities."
    text = (
        "- Deep learning: the posting names PyTorch and TensorFlow; I have used scikit-learn "
        "but neither of those.\n"
        "- Stack: dbt, Airflow and Looker, all three named in the posting, are tools I use.\n"
    )
    assert not review.check(text, jordan, posting, company="Pinterest", kind="note")
    text = (
        "- Scale: a trip planner that 3 million riders in 14 cities rely on.\n"
        "- Tools: Framer and ProtoPie, neither of which I've used yet.\n"
    )
    assert not review.check(text, priya, posting, company="Wayfinder", kind="note")


def test_claims_on_the_applicant_s_employer_and_in_relatives_are_claims(
    jordan: profile.Profile, sam: profile.Profile
) -> None:
    note = "- A/B tests: Brightcart's tests were analysed with the Bayesian methods Fernway lists."
    assert ("tool", "Bayesian") in _kinds(
        review.check(note, jordan, "Bayesian methods", company="Fernway", kind="note")
    )
    text = "As the person who ran experimentation for all of Brightcart, I design A/B tests."
    assert any(f.kind == "scope" for f in review.check(text, jordan, "", company="Fernway"))
    text = "The current one runs on PyTorch models I trained myself."
    assert ("tool", "PyTorch") in _kinds(review.check(text, jordan, "PyTorch"))
    owner = "- Refunds: I've been the sole owner of Paylane's refunds service."
    assert ("scope", "sole owner of Paylane's refunds service") in _kinds(
        review.check(owner, sam, "", company="Ledgerly", kind="note")
    )


def test_stated_years_of_experience_outrank_date_arithmetic(jordan: profile.Profile) -> None:
    """Jordan's summary says five years; 2019-present would otherwise allow more."""
    assert _kinds(_check("I have over seven years of experience in analytics.", jordan)) == [
        ("number", "seven")
    ]
    assert not _check("I have five years of experience in analytics.", jordan)


def test_a_listed_project_is_the_applicant_s_own_making(jordan: profile.Profile) -> None:
    assert not _check("In my own time I built Trail finder, which recommends trails.", jordan)


def test_a_plain_opener_is_not_a_cliche(jordan: profile.Profile) -> None:
    assert not _check("I am writing to apply for the Data Scientist role.", jordan)


# -- anonymous employers, durations per employer, continuing use (the holdout5 round) ---------


def test_an_employer_named_by_reputation_is_invented_unless_the_profile_s_fits(
    jordan: profile.Profile, sam: profile.Profile
) -> None:
    text = "I have several years of experience at a leading social media company."
    assert ("scope", "a leading social media company") in _kinds(_check(text, jordan))
    text = "- I worked at a Fortune 500 company for many years."
    found = review.check(text, jordan, "", company="Fernway", kind="note")
    assert ("scope", "a Fortune 500 company") in _kinds(found)
    assert not _check("I work on the payments platform team at a fast-growing payments company.",
                      sam)  # fmt: skip
    hope = "I would love to work at a leading marketplace company like Fernway."
    assert not review.check(hope, jordan, "", company="Fernway")


def test_a_whole_stint_a_staff_a_place_run_and_plain_manner_words_are_held(
    tmp_path: Path,
) -> None:
    """Two roles at one employer make one stint of their own (2014-2021: seven years); a staff
    of 48 is a team of 48; running a restaurant is leading it (running conduit leads nothing); a
    wish in the summary lends no words to a deed; "right away", "tracked down ... again" and
    "walk through" add nothing to a fact's deed."""
    who = write_profile(
        tmp_path,
        "r.yaml",
        "name: Renata\nsummary: I run a small crew on service changes and want to lead a solar"
        " installation crew.\nexperience:\n"
        "  - company: Copper Kettle\n    title: General Manager\n    start: 2021\n"
        "    highlights: [Run a 140-seat restaurant with a staff of 48, Review the monthly P&L"
        " with the two owners, 'Noticed a fever in a client, called it in, and she was treated',"
        " Found and repaired stuck economizers on 14 rooftop units, Train 4 to 6 seasonal crew"
        " members each spring]\n"
        "  - company: Scioto Valley\n    title: Restaurant Manager\n    start: 2017\n"
        "    end: 2021\n    highlights: [Ran conduit and pulled wire]\n"
        "  - company: Scioto Valley\n    title: Shift Supervisor\n    start: 2014\n"
        "    end: 2017\n",
    )
    for text in (
        "Before that, I spent seven years with Scioto Valley.",
        "I lead a 140-seat restaurant with a team of 48.",
        "Each month I walk through the P&L with the owners.",
        "I noticed a fever in a client and called it in right away.",
        "I tracked down 14 rooftop units with stuck economizers and got them working again.",
        "Each spring I train the seasonal crew.",
        "Each month I review the monthly P&L with the owners.",
        "I have spent nearly six years at Copper Kettle.",
        "At Copper Kettle I am responsible for the monthly P&L review.",
    ):
        assert not _check(text, who), text
    text = "I'd plan to get the ISA credential and the CDL in my first year."
    assert not _check(text, who, "An ISA credential and a CDL are required within a year."), text
    found = _check("I led the installation of three solar systems.", who)
    assert "scope" in [f.kind for f in found]
    found = _check("I am responsible for the whole restaurant group.", who)
    assert "scope" in [f.kind for f in found]


def test_a_tool_catalogued_in_a_small_letter_tool_and_a_museum_hoped_for(
    jordan: profile.Profile,
) -> None:
    posting = "Our system, NetX, holds our images. Models in eQUEST are a plus."
    assert ("tool", "NetX") in _kinds(_check("I catalogued deliveries in NetX.", jordan, posting))
    found = _check("I e-file motions through Odyssey File & Serve.", jordan)
    assert ("tool", "Odyssey File & Serve") in _kinds(found)
    found = _note("- Modeling: built eQUEST models for two bids.\n", jordan, "Pinterest")
    assert "eQUEST" in [f.words for f in found if f.kind == "tool"]
    heading = "## What am I excited about? What will I learn?\n\n"
    text = f"{heading}- Caring for the images of the Minneapolis Institute of Art for decades.\n"
    assert ("company", "Minneapolis Institute of Art") in _kinds(_note(text, jordan, "Halvorsen"))


def test_a_topic_looked_forward_to_may_name_the_posting_s_things_in_its_label_or_with_my(
    jordan: profile.Profile,
) -> None:
    """Under a heading that looks ahead, a labelled bullet's topic follows its label, and "my"
    in what a topic aims at ("Earning my CRCST") or when ("within my first year") speaks no
    claim; "Putting my MBA coursework to work" still claims the MBA."""
    posting = (
        "Tools: Ignition SCADA, Hach instruments. CRCST within a year. SQL in PostgreSQL. "
        "AHLEI Certified Hospitality Supervisor (CHSP) within the first year."
    )
    heading = "## What am I excited about? What will I learn?\n\n"
    for bullet in (
        "Tools: Ignition SCADA, Hach instruments.",
        "Earning my CRCST once my clinical hours are done.",
        "Growing my SQL with PostgreSQL.",
        "Completing the AHLEI CHSP certification within my first year.",
    ):
        found = review.check(f"{heading}- {bullet}\n", jordan, posting, kind="note")
        assert not found, bullet
    text = f"{heading}- Putting my MBA coursework to work.\n"
    assert "degree" in [f.kind for f in review.check(text, jordan, posting, kind="note")]


def test_a_colleague_s_title_a_credentialed_title_an_honour_s_own_name_and_a_department(
    jordan: profile.Profile,
) -> None:
    for text in (
        "Our lead programmer checks each model before it ships.",
        "My tests were reviewed by a senior developer.",
    ):
        assert "title" not in [f.kind for f in _check(text, jordan)], text
    assert ("title", "certified veterinary technician") in _kinds(
        _check("I work as a certified veterinary technician.", jordan)
    )
    found = _check("I hold the ISTQB Advanced Level Test Analyst certifications.", jordan)
    assert "certification" in [f.kind for f in found]
    found = _note("- Recognition: Analyst of the Year at Brightcart\n", jordan, "Pinterest")
    assert "claim" in [f.kind for f in found]  # Jordan has been an analyst for years
    found = _check("I set up the team's CI pipeline at Brightcart.", jordan)
    assert "scope" in [f.kind for f in found]
    text = "Dear Sterile Processing hiring team,\n\nThank you for your time.\n"
    posting = "Our Sterile Processing Department runs around the clock."
    found = review.check(text, jordan, posting, company="Commencement Bay")
    assert not [f for f in found if f.kind == "company" and f.sentence]


def test_names_docketed_mixed_or_held_where_a_title_was_and_places_that_are_the_profile_s(
    tmp_path: Path,
) -> None:
    who = write_profile(
        tmp_path,
        "t.yaml",
        "name: Talia\nexperience:\n  - company: Brightline Optical\n    title: Sales Associate\n"
        "    start: 2021\n    highlights: [No recordable injuries in 2024 or 2025, Produced all"
        " 46 episodes of the store podcast]\n"
        "  - company: University of Wisconsin–Madison\n    title: Research Assistant\n"
        "    start: 2018\n    end: 2020\n",
    )
    for text, finding in (
        ("I have docketed filings in Odyssey.", ("tool", "Odyssey")),
        ("I edit and mix in Pro Tools.", ("tool", "Pro Tools")),
        ("As a Washington notary public, I check every package.", "certification"),
        ("I produced the 46 episodes as senior producer.", ("title", "senior producer")),
        ("I was a carpenter for years and general foreman at Buckeye.", "title"),
        ("I also produced a six-part narrative series.", "scope"),
    ):
        assert _flags(_check(text, who), finding), text
    for text in (
        "I also do the year-end 1099s.",
        "I was a research assistant at UW–Madison.",
        "We had no recordables in 2024-2025.",
    ):
        assert not _check(text, who), text
    assert "title" not in [f.kind for f in _check("I've been my own editor for years.", who)]
    found = _check("I sell frames at Brightline Optical's Cherry Creek store.", who)
    assert "employer" not in [f.kind for f in found]  # the owner's store; its place is a name
    found = _check("I grew up on a farm, so the Buena Vista County ground is home.", who)
    assert "Buena Vista County" not in [f.words for f in found]
    text = (
        "I'd like to do that work, which is why the posting at Wisconsin Public Radio stopped me."
    )
    found = review.check(text, who, "", company="Northwind Public Media")
    assert ("company", "Wisconsin Public Radio") in _kinds(found)
    heading = "## What am I excited about? What will I learn?\n\n"
    found = _note(
        f"{heading}- Self-performed carpentry at Ruscilli: work I know\n", who, "Halvorsen"
    )
    assert ("company", "Ruscilli") in _kinds(found)
    assert not _note(f"{heading}- Running the whole site, not just my trade\n", who, "Halvorsen")


def test_a_past_run_a_tool_in_a_list_after_a_system_a_licence_held_and_pronouns_after_a_label(
    tmp_path: Path,
) -> None:
    who = write_profile(
        tmp_path,
        "g.yaml",
        "name: Gwen\nexperience:\n  - company: Halvorsen's Market\n    title: Cashier\n"
        "    start: 2019\n    highlights: [Helped the store manager prepare for the annual cash"
        " audit, Build style sheets for series authors, Ran opening shifts]\n"
        "education: [{degree: AA, school: Des Moines Area Community College, year: 2019}]\n",
    )
    found = _check("I've run the store's annual cash audit for three years.", who)
    assert "scope" in [f.kind for f in found]
    text = "I use the Clever Devices CAD/AVL system and Trapeze OPS to track buses."
    assert ("tool", "Trapeze OPS") in _kinds(_check(text, who, "Trapeze OPS is a plus."))
    found = _check("I am an Ohio LSW.", who, "Ohio LSW licensure required.")
    assert ("certification", "Ohio LSW") in _kinds(found)
    assert not _check("I have run the kind of opening shifts that matter.", who)
    assert "school" not in [f.kind for f in _check("I took courses at DMACC.", who)]
    found = _note("- Style sheets: built them for series authors\n", who, "Fernhill")
    assert not found
    heading = "## What am I excited about? What will I learn?\n\n"
    text = f"{heading}- Gold exploration at Silver Ridge Mining, the reason I studied geology\n"
    assert ("company", "Silver Ridge Mining") in _kinds(_note(text, who, "Granite Wash"))


def test_schools_studied_or_worked_at_tools_tested_with_a_title_held_at_and_someone_else(
    jordan: profile.Profile,
) -> None:
    for text, finding in (
        ("I did a summer intensive at Parsons.", ("school", "Parsons")),
        ("I studied with a semester at the Sorbonne.", ("school", "Sorbonne")),
        ("I worked in the aid office at Gateway Community College.", "employer"),
        ("I test each drop with an EXFO meter and Fluke tools.", "tool"),
        ("I apply credits in Banner and Ellucian Colleague.", "tool"),
        ("My FIT technical design certificate gave me the words.", "certification"),
        ("Before that I was a Loan Counseling Specialist at Meridian.", "title"),
    ):
        assert _flags(_check(text, jordan), finding), text
    found = _check("A senior analyst reviewed every call I made.", jordan)
    assert "title" not in [f.kind for f in found]
    heading = "## What am I excited about? What will I learn?\n\n"
    found = _note(f"{heading}- Joining the Madewell tech design team\n", jordan, "Marlow & Finch")
    assert ("company", "Madewell") in _kinds(found)


def test_titles_held_before_or_beside_tools_tracked_a_whole_team_and_companies_hoped_for(
    jordan: profile.Profile,
) -> None:
    for text, finding in (
        ("As a Data Analyst and shop foreman with eleven years in retail, I stay calm.", "title"),
        ("At Brightcart I track participation in Welbi.", ("tool", "Welbi")),
        ("I already reconcile expenses in SAP Concur.", "tool"),
        ("I trained the entire service drive team on the tool.", "scope"),
    ):
        assert _flags(_check(text, jordan), finding), text
    text = "I would love to help grow the Lakeshore Philharmonic's concerts."
    found = review.check(text, jordan, "", company="Lakeshore Symphony")
    assert ("company", "Lakeshore Philharmonic") in _kinds(found)
    heading = "## What am I excited about? What will I learn?\n\n"
    text = f"{heading}- Becoming the person Capitol Toyota customers trust\n"
    assert ("company", "Capitol Toyota") in _kinds(_note(text, jordan, "Foothill Toyota"))
    assert not _note(f"{heading}- Keeping riders informed when service changes\n", jordan, "X")
    found = _note("- Beer: homebrewer since 2017, former assistant brewer\n", jordan, "X")
    assert "title" in [f.kind for f in found]


def test_more_tools_used_a_company_written_to_an_organised_deed_and_documents_not_credentials(
    jordan: profile.Profile,
) -> None:
    for text, finding in (
        ("I close out job tickets in Label Traxx.", ("tool", "Label Traxx")),
        ("I've cut two short projects in Avid Media Composer.", "tool"),
        ("I already know my way around Noah.", ("tool", "Noah")),
        ("I organized Saturday vaccine clinics in 2023.", "scope"),
    ):
        assert _flags(_check(text, jordan), finding), text
    for text, finding in (
        ("My sociology degree from UC Davis helped.", ("school", "UC Davis")),
        ("I spent years as a senior caseworker with families.", "title"),
    ):
        assert _flags(_check(text, jordan), finding), text
    found = _note("- Growth: opened a second bakery location for the owners\n", jordan, "X")
    assert "scope" in [f.kind for f in found]
    text = "I'm applying for the Bakery Manager job at the Sendik's Wauwatosa store."
    assert "company" in [f.kind for f in review.check(text, jordan, "", company="Northbrook")]
    text = "That line is why I'm writing to Northpoint Home Inspections."
    found = review.check(text, jordan, "", company="True North Home Inspections")
    assert ("company", "Northpoint Home Inspections") in _kinds(found)
    text = "I order payoff statements, HOA certificates and tax certificates."
    assert "certification" not in [f.kind for f in _check(text, jordan)]
    found = _check("I kept the shared drive organized.", jordan)
    assert "organized" not in [f.words for f in found]  # what it was kept as, not a deed
    found = _check("I clicker-train my own dog, Biscuit.", jordan)
    assert "Biscuit" not in [f.words for f in found]


def test_a_job_noun_licenses_its_verb_only_as_the_applicant_s_own(tmp_path: Path) -> None:
    who = write_profile(
        tmp_path,
        "i.yaml",
        "name: Ines\nexperience:\n  - company: Harbourview Hotel\n    title: Night Auditor\n"
        "    start: 2019\n    end: 2023\n    highlights: [Ran the night audit for the hotel and"
        " sent the daily report to the general manager, Covered the group sales inbox]\n",
    )
    assert "scope" in [f.kind for f in _check("I managed the hotel's group sales.", who)]


def test_years_at_an_employer_are_that_employer_s_and_a_total_must_be_stated(
    jordan: profile.Profile, sam: profile.Profile
) -> None:
    """Northwind is 2019-2022: "four years" there is wrong though Brightcart (2022-present) and
    "four internal workshops" both hold a four. Sam's profile states no total: his dates are
    arithmetic, not a claim he made."""
    text = "Before Brightcart, I spent four years at Northwind Health as a Data Analyst."
    assert ("number", "four") in _kinds(_check(text, jordan))
    assert not _check("Before Brightcart, I spent three years at Northwind Health.", jordan)
    assert ("number", "8") in _kinds(_check("I have over 8 years of experience in Go.", sam))
    assert not _check("I spent two years at Hexworks writing Python scripts.", sam)


def test_trained_over_a_model_the_profile_only_contributed_to_is_scope(
    jordan: profile.Profile,
) -> None:
    text = "- Machine learning: I trained the churn model, using scikit-learn."
    found = review.check(text, jordan, "", company="Fernway", kind="note")
    assert ("scope", "trained the churn model") in _kinds(found)
    assert not _check("I trained a recommender for Trail finder, my side project.", jordan)


def test_a_title_after_a_possessive_is_a_title(sam: profile.Profile) -> None:
    text = "- Mentoring: as the team's tech lead, and as a Code Club mentor, I help people grow."
    found = review.check(text, sam, "", company="Ledgerly", kind="note")
    assert _kinds(review.errors(found)) == [("title", "tech lead")]


def test_keeping_on_with_a_tool_claims_it(priya: profile.Profile) -> None:
    posting = "Nice to have: experience with Framer or ProtoPie."
    text = "- I am excited to keep using Framer every day like I do now."
    found = review.check(text, priya, posting, company="Wayfinder", kind="note")
    assert ("tool", "Framer") in _kinds(found)
    assert not review.check("- I am excited to try Framer.", priya, posting, company="Wayfinder",
                            kind="note")  # fmt: skip


def test_a_possessive_after_the_applicant_s_verb_is_its_object(jordan: profile.Profile) -> None:
    posting = "Our warehouse is Snowflake."
    text = "I built a pipeline in Airflow, and I moved its outputs to Snowflake for the team."
    assert ("tool", "Snowflake") in _kinds(review.check(text, jordan, posting, company="Fernway"))
    text = "I noticed your team uses Snowflake."
    assert not review.errors(review.check(text, jordan, posting, company="Fernway"))


def test_the_summary_s_job_noun_licenses_its_verb(priya: profile.Profile) -> None:
    assert not _check("For six years I've designed mobile and web apps.", priya)


def test_a_posting_figure_is_quoted_across_a_line_break(jordan: profile.Profile) -> None:
    posting = "Every week our 2 million\nshoppers order plants."
    text = (
        "- I want to work on experimentation at a scale where small effects matter, and with "
        "2 million shoppers every week there will be a lot to learn."
    )
    assert not review.check(text, jordan, posting, company="Fernway", kind="note")


# -- reach words, duties, participles, headline paraphrase, levels (the holdout7 round) -------


def test_a_reach_is_scope_whatever_the_verb(jordan: profile.Profile, sam: profile.Profile) -> None:
    text = "- Reconciliation: single-handedly automated invoice reconciliation at Hexworks."
    found = review.check(text, sam, "", company="Ledgerly", kind="note")
    assert ("scope", "single-handedly") in _kinds(found)
    text = "The experiment design guide I wrote became the standard adopted across the company."
    assert ("scope", "across the company") in _kinds(_check(text, jordan))
    posting = "You will teach experimentation practices across the company."
    text = "I wrote the team's guide, so teaching experimentation practices across the company is "
    text += "work I already enjoy."
    assert not review.errors(review.check(text, jordan, posting, company="Fernway"))


def test_duties_are_checked_against_the_facts(
    jordan: profile.Profile, sam: profile.Profile, priya: profile.Profile
) -> None:
    text = "At Paylane I reviewed most of the team's Go code."
    assert ("scope", "reviewed most of the team's Go code") in _kinds(_check(text, sam))
    text = "- Best practices: having set the experimentation roadmap for Brightcart, I'd love more."
    found = review.check(text, jordan, "", company="Pinterest", kind="note")
    assert ("scope", "set the experimentation roadmap") in _kinds(found)
    text = "- Trip planning: I'm excited to build on the accessibility standards I set for Loomly."
    found = review.check(text, priya, "", company="Wayfinder", kind="note")
    assert ("scope", "accessibility standards I set") in _kinds(found)
    text = "- Mentoring: I've enjoyed mentoring two junior engineers at Paylane."
    found = review.check(text, sam, "", company="Ledgerly", kind="note")
    assert ("scope", "mentoring two junior engineers") in _kinds(found)
    text = "I mentor at Code Club, and I would enjoy mentoring engineers at Ledgerly."
    assert not review.errors(review.check(text, sam, "", company="Ledgerly"))
    assert not _check("I joined claims data sets of 50 million rows in SQL.", jordan)


def test_a_title_after_a_two_word_possessive_is_a_title(jordan: profile.Profile) -> None:
    text = "At Brightcart I serve as the checkout team's tech lead for experimentation."
    assert ("title", "tech lead") in _kinds(_check(text, jordan))


def test_a_trade_named_by_reputation_is_an_invented_employer(jordan: profile.Profile) -> None:
    text = "Before Brightcart, my years at a leading fintech sharpened my instincts."
    assert ("scope", "a leading fintech") in _kinds(_check(text, jordan))


def test_any_bracket_in_the_body_is_a_placeholder(sam: profile.Profile) -> None:
    text = "I cut paging incidents by [X]% along the way."
    assert ("placeholder", "[X]") in _kinds(_check(text, sam))


def test_a_known_tool_after_with_is_a_tool(priya: profile.Profile) -> None:
    text = "- Tools: I already audit colour contrast with Stark."
    found = review.check(text, priya, "", company="Wayfinder", kind="note")
    assert _kinds(review.errors(found)) == [("tool", "Stark")]


def test_having_written_is_wrote_and_a_headline_paraphrase_is_supported(
    jordan: profile.Profile, priya: profile.Profile
) -> None:
    text = "- Best practices: having written my team's guide to experiment design, I'd like more."
    assert not review.errors(review.check(text, jordan, "", company="Pinterest", kind="note"))
    text = "Accessible mobile apps are the focus of my practice."
    assert not review.errors(review.check(text, priya, "", company="Wayfinder"))


def test_a_level_of_a_standard_the_profile_holds_is_supported(priya: profile.Profile) -> None:
    text = "I partnered with engineers to ship accessibility fixes that meet WCAG 2.2 AA."
    assert not review.errors(review.check(text, priya, "", company="Wayfinder"))
    assert ("claim", "AA") in _kinds(_check("My fixes meet XYZQ 2.2 AA at Loomly.", priya))


def test_running_experiments_is_supported_by_designing_and_analysing_them(
    jordan: profile.Profile,
) -> None:
    text = "- A/B testing: I run about 40 experiments a year for Brightcart's checkout team."
    assert not review.errors(review.check(text, jordan, "", company="Fernway", kind="note"))


def test_a_volunteer_role_supports_volunteering_in_it(sam: profile.Profile) -> None:
    text = "Outside work I volunteer as a mentor at Code Club, where I teach Python to children."
    assert not review.errors(_check(text, sam))


def test_a_posting_tool_as_a_topic_of_a_learning_note_is_not_a_claim(sam: profile.Profile) -> None:
    posting = "You will improve observability with Prometheus and Grafana."
    note = (
        "- Improving observability with Prometheus and Grafana, which ties into my interests.\n"
        "- Learning Kafka, which I have not used yet.\n"
    )
    assert not review.errors(review.check(note, sam, posting, company="Ledgerly", kind="note"))
    used = note.replace("my interests", "what I have used daily")
    used = used.replace("Grafana, which ties into", "Grafana, which I have used daily, like")
    found = review.check(used, sam, posting, company="Ledgerly", kind="note")
    assert ("tool", "Prometheus") in _kinds(found) or ("tool", "Grafana") in _kinds(found)


def test_a_thing_built_at_an_employer_needs_a_fact_of_that_employer(
    jordan: profile.Profile,
) -> None:
    text = "- Bringing the recommendation models I built at Brightcart to Fernway's search."
    found = review.check(text, jordan, "", company="Fernway", kind="note")
    assert ("scope", "recommendation models I built") in _kinds(found)
    text = "- Bringing the pipeline I built at Brightcart to Fernway's metrics."
    assert not review.errors(review.check(text, jordan, "", company="Fernway", kind="note"))


def test_a_title_joined_on_to_a_held_title_is_checked_too(sam: profile.Profile) -> None:
    text = "At Paylane I am a Software Engineer on the payments team and tech lead for refunds."
    assert ("title", "tech lead") in _kinds(_check(text, sam))
    text = "At Paylane I am a Software Engineer and maintain the refunds service in Go."
    assert not [f for f in _check(text, sam) if f.kind == "title"]


def test_a_startup_named_by_place_and_trade_is_an_invented_employer(sam: profile.Profile) -> None:
    text = "I spent a summer building payout integrations at a Berlin fintech startup."
    assert ("scope", "a Berlin fintech startup") in _kinds(_check(text, sam))


def test_an_employer_named_by_size_and_trade_is_an_invented_employer(
    jordan: profile.Profile,
) -> None:
    text = "Before that I interned on the pricing team at a large online retailer."
    assert ("scope", "a large online retailer") in _kinds(_check(text, jordan))


def test_a_posting_figure_before_a_hope_is_the_companys(priya: profile.Profile) -> None:
    posting = "Wayfinder helps 3 million riders plan trips on public transit in 14 cities."
    text = "Helping 3 million riders plan trips in 14 cities is work I would be proud of."
    assert not review.errors(review.check(text, priya, posting, company="Wayfinder"))
    text = "Helping 3 million riders plan trips in 14 cities is work I did at Loomly."
    found = review.check(text, priya, posting, company="Wayfinder")
    assert ("number", "14") in _kinds(found)


# -- things already in use, shipping, interests, two facts in one clause (the holdout9 round) --


def test_a_method_the_applicant_already_uses_is_claimed_even_in_a_hope(
    jordan: profile.Profile,
) -> None:
    text = "- Methods: I'm excited to extend the Bayesian methods I already use to search."
    assert ("tool", "Bayesian") in _kinds(_note(text, jordan, "Fernway"))
    text = "- Methods: I'd love to learn the PyTorch models we still train at Brightcart."
    assert ("tool", "PyTorch") in _kinds(_note(text, jordan, "Fernway"))
    assert not _check("I have not used Bayesian methods yet, and I would be glad to learn them.",
                      jordan)  # fmt: skip


def test_shipping_or_deploying_a_thing_needs_a_fact_that_says_so(
    jordan: profile.Profile, sam: profile.Profile, priya: profile.Profile
) -> None:
    text = "- Deep learning: I've shipped recommendation models, so I can contribute from day one."
    assert ("scope", "shipped recommendation models") in _kinds(_note(text, jordan, "Pinterest"))
    assert ("scope", "deployed the refunds service") in _kinds(
        _check("At Paylane I deployed the refunds service to Kubernetes.", sam)
    )
    # a side project is the applicant's own making, not something shipped
    assert ("scope", "launched Trail finder") in _kinds(_check("I launched Trail finder.", jordan))
    # "from wireframes to release" says the app was shipped
    assert not review.errors(_check("At Loomly I shipped the iOS and Android note-taking app.",
                                    priya))  # fmt: skip


def test_an_interest_the_profile_lists_may_be_named_as_one(
    sam: profile.Profile, jordan: profile.Profile
) -> None:
    text = "Observability is one of my interests, alongside CLIs and developer tooling."
    assert not review.errors(_check(text, sam))
    assert ("scope", "built CLIs") in _kinds(_check("At Paylane I built CLIs for the team.", sam))
    assert not review.errors(_check("Outside work, my interests include deep learning.", jordan))
    text = "I trained deep learning models at Brightcart."
    assert ("tool", "deep learning") in _kinds(_check(text, jordan))


def test_two_things_worked_on_are_each_grounded_by_their_own_fact(
    jordan: profile.Profile,
) -> None:
    text = (
        "So far my machine learning work has been in scikit-learn, on a churn model I "
        "contributed to at Brightcart and on my Trail finder side project."
    )
    assert not review.errors(_check(text, jordan))
    text = (
        "So far my machine learning work has been in scikit-learn, on a churn model I "
        "contributed to at Brightcart and on a fraud scoring service I built."
    )
    assert ("scope", "fraud scoring service I built") in _kinds(_check(text, jordan))


def test_an_employer_described_only_by_rank_and_trade_is_invented(
    jordan: profile.Profile,
) -> None:
    for who in ("a Fortune 500 retailer", "a top-10 bank", "a leading insurer"):
        text = f"Before Brightcart I also consulted for {who} on pricing experiments."
        assert ("scope", who) in _kinds(_check(text, jordan)), who


def test_a_gap_named_in_any_shape_claims_nothing(
    jordan: profile.Profile, sam: profile.Profile
) -> None:
    for text in (
        "- **Still missing:** PyTorch, Spark and Redshift.",
        "- **To learn next:** PyTorch and Spark.",
        "- **Gaps:** no PyTorch or Spark work yet.",
    ):
        assert _note(text, jordan, "Fernway") == [], text
    text = "My Go experience comes from Paylane rather than from Rust services."
    assert not review.errors(_check(text, sam))
    # what the sentence after a gap's label claims in its own words is still checked
    text = "- **Learning Spark:** I have not used it, and my SQL has mostly been in Redshift."
    assert ("tool", "Redshift") in _kinds(_note(text, jordan, "Fernway"))


def test_a_figure_inside_a_named_gap_may_quote_the_posting(jordan: profile.Profile) -> None:
    posting = "Fernway serves 2 million shoppers a week."
    text = "I have not yet worked on a product with 2 million shoppers a week."
    assert not review.errors(_check(text, jordan, posting))
    assert review.errors(_check("I have not yet worked with 5 million shoppers.", jordan, posting))


def test_a_standard_code_is_not_a_figure(jordan: profile.Profile) -> None:
    text = "I have not worked to ISO 27001 or SOC 2, and I would like to learn them."
    assert not [f for f in _check(text, jordan) if f.kind == "number"]
    found = _check("Our refunds move EUR 40 million a year.", jordan)
    assert ("number", "40 million") in _kinds(found)


@pytest.mark.parametrize(
    "text",
    [
        "Those workshops changed how I think about a readout.",
        "It made me think hard about what a small effect means.",
        "Forecasting is the part of the role I feel most ready for.",
        "Experimentation is the area I know best.",
        "There are gaps I should name.",
        "What draws me to gardening is the patience it asks for.",
        "The outage showed me how much a quiet failure can cost at 3 a.m.",
        "Refund correctness is the problem I find most interesting right now.",
        "I don't hold an AWS certification yet, and Terraform would be a first.",
        "I haven't used Snowflake; my SQL has been in Airflow pipelines instead.",
        "I found the churn work more interesting than almost anything else at Brightcart.",
        "The churn model was my first look at how a team weighs competing forecasts of a cohort.",
        "The questions I keep asking after a launch are pricing questions.",
        "I kept wondering why tonight's shoppers converted better than last week's.",
        "Since 2019 I've run experiments, and the part of the job I've come to enjoy most is the"
        " readout your posting lists first.",
    ],
)
def test_reflection_opinion_and_gaps_assert_no_experience(
    text: str, jordan: profile.Profile
) -> None:
    assert not review.errors(_check(text, jordan)), text


def test_a_pronoun_after_an_employer_is_not_part_of_its_name(jordan: profile.Profile) -> None:
    assert _check("At Brightcart I design and analyse A/B tests.", jordan) == []


def test_a_description_of_a_named_employer_must_be_the_profiles(sam: profile.Profile) -> None:
    for what in ("a venture-backed fintech", "one of the largest banks in Europe"):
        text = f"At Paylane, {what}, I maintain the refunds service in Go."
        assert ("employer", what) in _kinds(_check(text, sam)), what
    text = "At Paylane, the kind of payments team Ledgerly has, I maintain the refunds service."
    assert not [f for f in review.check(text, sam, "", company="Ledgerly") if f.kind == "employer"]


def test_rebuilt_and_rolled_out_are_duties_of_their_own(jordan: profile.Profile) -> None:
    text = "I rebuilt Brightcart's search ranking service in Go."
    assert any(f.kind == "scope" for f in _check(text, jordan))
    text = "I'd like to grow the reading groups I rolled out across Brightcart's data organisation."
    found = [f.words for f in _check(text, jordan) if f.kind == "scope"]
    assert any("across Brightcart's data organisation" in w for w in found), found


def test_another_company_named_in_a_hope_is_the_wrong_company(sam: profile.Profile) -> None:
    for text in (
        "- I'd like to see how Monzo keeps its ledgers correct.",
        "- I'm curious about Monzo's approach to ledgers.",
    ):
        assert ("company", "Monzo") in _kinds(_note(text, sam, "Ledgerly")), text
    assert not _note("- I'd like to see how Ledgerly keeps its ledgers correct.", sam, "Ledgerly")


def test_an_unknown_name_is_reported_by_what_the_words_around_it_claim(
    priya: profile.Profile,
) -> None:
    assert ("certification", "NNG UXC") in _kinds(_check("I passed the NNG UXC last year.", priya))
    assert ("tool", "Penpot") not in _kinds(_check("I prototype in Figma.", priya))
    for text in ("I prototype in Figma and Sketchbox.", "I prototype with Sketchbox."):
        assert ("tool", "Sketchbox") in _kinds(_check(text, priya)), text


def test_a_view_of_the_work_claims_no_record_but_a_deed_in_the_posting_s_words_does(
    jordan: profile.Profile,
) -> None:
    posting = "You will run pricing experiments and explain their readouts to merchandisers."
    text = "I know what a pricing experiment readout asks of the merchandisers."
    assert not review.errors(_check(text, jordan, posting)), text
    text = "I ran pricing experiments and explained their readouts to merchandisers."
    assert review.errors(_check(text, jordan, posting)), text


def test_what_a_reflection_is_about_may_still_be_a_claim(priya: profile.Profile) -> None:
    text = "Running Loomly's design guild taught me how much shared practice matters."
    assert any(f.kind == "scope" for f in _check(text, priya))
    assert not _check("Those studies taught me how much a clear label matters.", priya)
    text = "I run research before I draw, a habit that matters more when readers are blind."
    assert not review.errors(_check(text, priya))


def test_a_tool_the_posting_names_is_still_a_claim_when_used(sam: profile.Profile) -> None:
    posting = "Experience with Jenkins or Nomadus is a plus."
    assert ("tool", "Nomadus") in _kinds(_check("I have used Nomadus for two years.", sam, posting))
    found = _check("I deploy services in Nomadus at Paylane.", sam, posting)
    assert ("tool", "Nomadus") in _kinds(found)


def test_an_employer_ranked_among_any_trade_is_invented(jordan: profile.Profile) -> None:
    text = "I also consulted for one of the largest grocers in Oregon."
    assert ("scope", "one of the largest grocers") in _kinds(_check(text, jordan))
    text = "At Brightcart, a maker of gardening apps, I design and analyse A/B tests."
    assert ("employer", "a maker of gardening apps") in _kinds(_check(text, jordan))
    text = "At Brightcart, a company with product teams, I design and analyse A/B tests."
    assert not [f for f in _check(text, jordan) if f.kind == "employer"]


def test_an_invented_duty_in_any_past_verb_is_scope(sam: profile.Profile) -> None:
    text = "I overhauled Paylane's payout scheduler last year."
    assert [f.kind for f in review.errors(_check(text, sam))] == ["scope"]


def test_wish_lists_and_needs_claim_nothing(sam: profile.Profile) -> None:
    text = "I have never run Kafka in production, and Terraform is on my to-learn list."
    assert not review.errors(_check(text, sam))
    assert not _note("- **Where I'd need support:** AWS and Terraform.", sam, "Ledgerly")


def test_whatever_i_build_names_nothing(sam: profile.Profile) -> None:
    assert not review.errors(_check("Everything I build starts from that.", sam))


def test_more_degrees_and_titles_with_an_ampersand(sam: profile.Profile) -> None:
    assert ("degree", "MSN") in _kinds(_check("I also hold an MSN.", sam))
    text = "As R&D Engineer at Paylane I maintain the refunds service."
    assert ("title", "R&D Engineer") in _kinds(_check(text, sam))


@pytest.mark.parametrize(
    "text",
    [
        "I'm still building my Terraform skills.",
        "Kafka is an area I'm growing in.",
        "I've only read about Kafka so far.",
        "My exposure to AWS is limited to reading the docs.",
        "I'm less experienced with Terraform than with Kubernetes.",
        "Kafka and Terraform are the two gaps I would close first.",
        "I know Kafka only from the outside.",
    ],
)
def test_limited_familiarity_claims_nothing(text: str, sam: profile.Profile) -> None:
    assert not review.errors(_check(text, sam)), text


def test_work_still_going_on_and_not_just_are_claims(sam: profile.Profile) -> None:
    for text in (
        "I'm still building Kafka consumers for Paylane's ledger.",
        "I have used Terraform at Paylane, not just read about it.",
    ):
        assert any(f.kind == "tool" for f in _check(text, sam)), text


def test_initials_of_a_skill_the_profile_spells_out_are_its_own(jordan: profile.Profile) -> None:
    assert not review.errors(_check("I know CI well.", jordan))  # "causal inference"
    assert ("tool", "XYZW") in _kinds(_check("I know XYZW well.", jordan))  # a thing known
    assert not _check("Certification testing is where I have the most to learn.", jordan)


def test_me_after_a_preposition_is_no_subject(jordan: profile.Profile) -> None:
    assert not review.errors(_check("Checkout is familiar ground for me.", jordan))
    text = "Running Brightcart's pricing council taught me how much a shared metric matters."
    assert any(f.kind == "scope" for f in _check(text, jordan))


def test_a_count_in_the_letters_own_argument_is_no_figure(sam: profile.Profile) -> None:
    text = "Fast and correct are two words I keep side by side, for three reasons."
    assert not [f for f in _check(text, sam) if f.kind == "number"]
    assert ("number", "two") in _kinds(_check("I ran two services at Hexworks.", sam))


@pytest.mark.parametrize(
    "text",
    [
        "- *Not yet:* Kafka, Terraform and AWS.",
        "- **Not yet** — Kafka, Terraform and AWS.",
        "- _Still to learn:_ Kafka and Terraform.",
    ],
)
def test_a_gap_label_in_any_markdown_shape(text: str, sam: profile.Profile) -> None:
    assert not review.errors(_note(text, sam, "Ledgerly")), text


def test_a_label_set_off_by_a_dash_is_a_label(jordan: profile.Profile) -> None:
    text = "- **Deep learning in production** — I have used scikit-learn, but not PyTorch."
    posting = "Experience with deep learning in production is a plus."
    assert not review.errors(review.check(text, jordan, posting, company="Pinterest", kind="note"))
    text = "- I led the Kafka migration — it took a year."
    assert ("tool", "Kafka") in _kinds(_note(text, jordan, "Pinterest"))


def test_coordinating_programming_and_commissioning_are_agency_the_facts_must_license(
    sam: profile.Profile, priya: profile.Profile
) -> None:
    text = "I coordinated the migration of card processing to Kubernetes."
    assert any(f.kind == "scope" for f in _check(text, sam))  # the fact says 'Assisted'
    assert not review.errors(
        _check("I coordinated usability studies with screen-reader users.", priya)
    )
    text = "I programmed the ledger's settlement jobs at Paylane."
    assert any(f.kind == "scope" for f in _check(text, sam))
    assert not review.errors(_check("At Hexworks I programmed Python scripts.", sam))
    text = "- After commissioning the ledger servers for a new region, I want to learn Terraform."
    assert any(f.kind == "scope" for f in _note(text, sam, "Ledgerly"))


def test_a_name_before_a_product_noun_or_after_a_thing_reviewed_in_it_is_a_tool(
    sam: profile.Profile,
) -> None:
    text = "I have also worked on Zuora systems during on-call weeks."
    assert ("tool", "Zuora") in _kinds(_check(text, sam))
    text = "I already review refund disputes in Chargeflow with our support lead."
    assert ("tool", "Chargeflow") in _kinds(_check(text, sam))
    assert ("employer", "Stripe") in _kinds(_check("I worked on the Stripe platform team.", sam))


def test_what_follows_a_notes_label_is_the_applicants_own_even_when_the_posting_names_it(
    sam: profile.Profile,
) -> None:
    posting = "Nice to have: PCNE certification."
    text = "- Credentials: Certified Kubernetes Application Developer (2023) and the PCNE."
    found = review.check(text, sam, posting, company="Ledgerly", kind="note")
    assert ("certification", "PCNE") in _kinds(found)  # the label names the kind
    text = "- Why Ledgerly: the PCNE matters to your team."
    assert not review.check(text, sam, posting, company="Ledgerly", kind="note")


def test_initials_of_words_a_fact_spells_out_are_that_facts_thing(jordan: profile.Profile) -> None:
    # "DPM" for the "daily product metrics" the Airflow pipeline computes
    text = "At Brightcart I built our DPM pipeline in Airflow."
    assert not [f for f in _check(text, jordan) if f.kind == "scope"]
    text = "At Brightcart I built our KPI pipeline in Airflow."
    assert any(f.kind == "scope" for f in _check(text, jordan))


def test_being_ready_looks_ahead_and_a_limit_claims_nothing_more(sam: profile.Profile) -> None:
    for text in (
        "I am ready to work on pricing experiments directly.",
        "I am ready for an on-call rotation, including nights, weekends and holidays.",
        "That is my only brush with card disputes, so chargebacks would be new to me.",
    ):
        assert not review.errors(_check(text, sam)), text
    text = "I have run pricing audits for retail chains, and I am ready to do more of that."
    assert review.errors(_check(text, sam))
    found = _kinds(_check("My only experience with Kafka was at Stripe.", sam))
    assert ("tool", "Kafka") in found and ("employer", "Stripe") in found


def test_a_topic_looked_forward_to_may_quote_the_postings_figures(jordan: profile.Profile) -> None:
    posting = "Pinterest serves 450 million people every month."
    ahead = "- Excited to work on experiments at a larger scale.\n"
    text = ahead + "- Moving from one checkout team to a product used by 450 million people."
    assert not review.check(text, jordan, posting, company="Pinterest", kind="note")
    text = ahead + "- Moving on from my 450 dashboards."
    found = review.check(text, jordan, posting, company="Pinterest", kind="note")
    assert ("number", "450") in _kinds(found)


def test_what_a_course_covered_or_was_taken_to_learn_is_no_record(sam: profile.Profile) -> None:
    for text in (
        "My 2023 CNCF certificate covered the basics of cluster security.",
        "In 2023 I completed the CNCF certification to deepen my grasp of Helm, Istio and Argo CD.",
    ):
        assert not review.errors(_check(text, sam)), text
    text = "I completed the CNCF certification and deployed Istio at Paylane."
    assert ("tool", "Istio") in _kinds(_check(text, sam))
    assert ("tool", "Helm") in _kinds(_check("I wrote a script to build Helm charts.", sam))


def test_initials_of_a_names_first_words_with_the_rest_written_out_are_its_own() -> None:
    who = profile.from_text(
        "# Lee Park\n\nPharmacist\n\n## Experience\n\nPharmacist — Corner Drug (2019–present)\n"
        "- Counselled patients on new prescriptions\n\n## Awards\n\n"
        "Preceptor of the Year, National Community Pharmacists Association Midwest, 2022\n"
    )
    assert not review.check("I was named Preceptor of the Year by NCPA Midwest in 2022.", who, "")
    found = review.check("I was named Preceptor of the Year by NCPA Ohio in 2022.", who, "")
    assert ("claim", "NCPA Ohio") in _kinds(found)


def test_a_clause_may_sum_up_one_job_from_two_of_its_lines(sam: profile.Profile) -> None:
    # the refunds service and card processing are two of Paylane's lines
    text = "On the refunds service we handed card processing over to the ledger team."
    assert not review.errors(_check(text, sam))
    # invoice reconciliation is Hexworks', not Paylane's
    text = "On the refunds service we handed invoice reconciliation over to the ledger team."
    assert review.errors(_check(text, sam))


def test_preparing_for_the_move_ahead_looks_ahead(sam: profile.Profile) -> None:
    assert not review.errors(_check("I have prepared for this switch carefully.", sam))
    text = "I prepared the quarterly audit for Paylane's finance team."
    assert any(f.kind == "scope" for f in _check(text, sam))


def test_a_motivation_stated_as_such_is_a_belief_not_a_record(sam: profile.Profile) -> None:
    text = (
        "My reason is simple: customers deserve boring payments, and most outages are settled "
        "long before a page reaches me."
    )
    assert not review.errors(_check(text, sam))
    found = _kinds(_check("My reason is simple: I led the payments team at Stripe.", sam))
    assert ("employer", "Stripe") in found


def test_a_hyphenated_word_is_held_by_all_its_words_not_by_one(sam: profile.Profile) -> None:
    # "card processing" is Paylane's: written "card-processing", it is the same thing
    assert not review.errors(_check("I maintained the card-processing service at Paylane.", sam))
    found = review.errors(_check("I maintained the card-issuing service at Paylane.", sam))
    assert ("scope", "maintained the card-issuing service") in _kinds(found)
    # "invoice-dispute" is no "invoice reconciliation", though both open with "invoice"
    assert not review.errors(_check("At Hexworks I wrote invoice-reconciliation scripts.", sam))
    assert review.errors(_check("At Hexworks I wrote invoice-dispute scripts.", sam))


def test_a_name_with_a_participle_joined_on_is_the_name(sam: profile.Profile) -> None:
    # "Matheson-trained" is trained by Matheson: the name is the profile's, or it is not
    found = _check("I look after a Paylane-based ledger in PostgreSQL.", sam)
    assert ("claim", "Paylane-based") not in _kinds(found)
    found = _check("My Kubernetes work is CNCF-certified.", sam)
    assert not [f for f in found if f.kind == "certification"]
    found = _check("My Kubernetes work is Mirantis-certified.", sam)
    assert ("certification", "Mirantis") in _kinds(found)


def test_an_indirect_question_is_asked_not_claimed(sam: profile.Profile) -> None:
    text = "I maintain the refunds service, so I check whether a refund has really settled."
    assert not review.errors(_check(text, sam))
    # what comes before it is still the applicant's record
    text = "I audited the fraud rules each quarter to check whether a refund had settled."
    assert review.errors(_check(text, sam))


def test_a_condition_still_to_be_met_is_no_record(sam: profile.Profile) -> None:
    ahead = "## What am I excited about? What will I learn?\n\n"
    text = ahead + "- Writing fraud-model playbooks once I know the risk stack well."
    assert review.check(text, sam, "", company="Ledgerly", kind="note") == []
    # a time passed is no condition: what comes before it is the applicant's record
    text = "I wrote fraud-model playbooks once I knew the risk stack well."
    assert review.errors(_check(text, sam))


def test_what_a_task_forced_the_applicant_to_do_is_a_lesson(sam: profile.Profile) -> None:
    text = (
        "Writing Python scripts to automate invoice reconciliation forced me to name every edge"
        " case the finance team had kept in their heads."
    )
    assert not review.errors(_check(text, sam))
    text = (
        "Writing Python scripts for invoice reconciliation, I also built the month-end dashboards."
    )
    assert review.errors(_check(text, sam))
    # and so is what it taught the applicant about a thing
    text = "Outside work I mentor at Code Club, which has taught me a fair amount about patience."
    assert not review.errors(_check(text, sam))


def test_when_a_thing_came_is_no_part_of_what_it_is(sam: profile.Profile) -> None:
    assert not review.errors(
        _check("At Paylane I maintained our most recent refunds service.", sam)
    )
    found = _check("At Paylane I maintained our most recent payouts service.", sam)
    assert ("scope", "maintained our most recent payouts service") in _kinds(found)


def test_when_a_pastime_is_done_is_no_part_of_it(sam: profile.Profile) -> None:
    # observability is one of Sam's interests
    assert not review.errors(_check("I also tinker with observability in my spare time.", sam))
    text = "I also wrote compiler plugins and fuzzers in my spare time."
    assert review.errors(_check(text, sam))


def _dana(tmp_path: Path) -> profile.Profile:
    """A shift supervisor in a Markdown profile, with an interest."""
    return write_profile(
        tmp_path,
        "dana.md",
        "# Dana Pike\n\ndana.pike@example.com\n\n## Experience\n\n"
        "Shift Supervisor — Northfield Logistics (2019–present)\n"
        "- Schedule pickers for the early and late shifts\n"
        "- Facilitate a weekly safety huddle for pickers\n\n"
        "## Awards\n\nShift Lead of the Month, Northfield Logistics, 2022\n\n"
        "## Interests\n\nCanicross with my huskies, weekend races\n",
    )


def test_a_pastime_said_as_one_is_held_by_the_interests(tmp_path: Path) -> None:
    dana = _dana(tmp_path)
    assert _check("Outside work I run my huskies in canicross races.", dana) == []
    # not said as a pastime, or not the interest: still a duty the profile lacks
    assert _kinds(_check("I run my huskies in canicross races.", dana)) == [
        ("scope", "run my huskies")
    ]
    assert _kinds(_check("Outside work I run a canicross club for rescue dogs.", dana)) == [
        ("scope", "run a canicross club")
    ]


def test_a_larger_version_of_a_thing_claims_the_thing_no_more(sam: profile.Profile) -> None:
    text = "Most of what your posting describes is a bigger version of work I already do."
    assert not review.errors(_check(text, sam))
    # a version that is not larger or smaller is a thing of its own
    assert review.errors(_check("I built a mobile version of the refunds service.", sam))


def test_a_name_opening_with_one_small_letter_is_a_product(sam: profile.Profile) -> None:
    found = _check("I also traced slow refunds with the eDebug profiler.", sam)
    assert ("tool", "eDebug") in _kinds(found)
    assert not review.errors(_check("I read about your move to eDebug for new hires.", sam))


def test_a_name_the_applicant_uses_after_the_is_a_tool(sam: profile.Profile) -> None:
    found = _check("I use the OWASP threat model on every refunds release.", sam)
    assert ("tool", "OWASP") in _kinds(found)


def test_an_irregular_past_verb_after_i_claims_a_duty(sam: profile.Profile) -> None:
    text = "I set up the team's chargeback-tracking dashboard for every disputed payment."
    assert [f.kind for f in review.errors(_check(text, sam))] == ["scope"]


def test_a_title_written_as_a_formal_one_is_all_its_own(jordan: profile.Profile) -> None:
    # Jordan is a Data Analyst: capitalised, "Checkout Data Analyst" is another title
    text = "Experiments: as Checkout Data Analyst, I designed and analysed A/B tests."
    assert ("title", "Checkout Data Analyst") in _kinds(_check(text, jordan))
    text = (
        "Experiments: as a checkout data analyst at Brightcart, I designed and analysed A/B tests."
    )
    assert not review.errors(_check(text, jordan))
    # a job of any trade written so is a title too
    text = "Experiments: as Experimentation Statistician, I designed and analysed A/B tests."
    assert ("title", "Experimentation Statistician") in _kinds(_check(text, jordan))
    # with no comma before the clause it opens, too
    text = "I build dashboards in Looker, and as Metrics Auditor I designed A/B tests."
    assert ("title", "Metrics Auditor") in _kinds(_check(text, jordan))
    text = "I build dashboards in Looker, and as Data Analyst I designed and analysed A/B tests."
    assert not review.errors(_check(text, jordan))


def test_facilitating_a_thing_licenses_running_it(tmp_path: Path) -> None:
    dana = _dana(tmp_path)
    assert _check("Safety: I run a weekly safety huddle for pickers.", dana) == []
    # facilitating is not leading
    assert _kinds(_check("Safety: I led a weekly safety huddle for pickers.", dana)) == [
        ("scope", "led a weekly safety huddle")
    ]


def test_a_name_joined_by_of_the_is_one_name(jordan: profile.Profile, tmp_path: Path) -> None:
    text = "That care is part of why Brightcart named me its Analyst of the Year."
    assert ("claim", "Analyst of the Year") in _kinds(_check(text, jordan))
    dana = _dana(tmp_path)
    assert _check("Northfield Logistics named me its Shift Lead of the Month.", dana) == []


def test_a_name_the_applicant_is_at_ease_in_is_a_tool(sam: profile.Profile) -> None:
    text = "I am already comfortable in Temporal Cloud, so your onboarding would build on it."
    assert _kinds(_check(text, sam)) == [("tool", "Temporal Cloud")]


def test_how_large_a_part_of_the_work_a_thing_is_claims_the_thing_no_more(
    sam: profile.Profile,
) -> None:
    assert _check("Writing clear Python scripts is already a large part of my work.", sam) == []
    found = _check("Negotiating carrier contracts is already a large part of my work.", sam)
    assert review.errors(found)
    # or has become one
    assert not _check("Writing Python scripts has slowly become a bigger part of my work.", sam)
    found = _check("Negotiating carrier contracts has become a bigger part of my work.", sam)
    assert review.errors(found)


def test_the_closest_thing_the_applicant_has_to_another_claims_the_thing(
    sam: profile.Profile,
) -> None:
    text = (
        "Maintaining the refunds service is, I think, the closest thing I have to the platform"
        " work you describe."
    )
    assert _check(text, sam) == []
    text = "Negotiating carrier contracts is the closest thing I have to the work you describe."
    assert review.errors(_check(text, sam))


def test_a_name_in_a_pastime_said_as_one_is_held_by_the_interests(tmp_path: Path) -> None:
    ren = write_profile(
        tmp_path,
        "ren.md",
        "# Ren Ota\n\nren.ota@example.com\n\n## Experience\n\n"
        "Shift Lead — Northfield Logistics (2019–present)\n"
        "- Schedule pickers for the early and late shifts\n\n"
        "## Interests\n\nSailing a restored Albacore dinghy; club regattas\n",
    )
    text = "Away from work I sail a restored Albacore dinghy in club regattas."
    assert _check(text, ren) == []
    # said as the interest line again, it is the profile's; said as work, or not the interest's
    # name, it is still a claim the profile lacks
    assert _check("I sail a restored Albacore dinghy in club regattas.", ren) == []
    assert review.errors(_check("I rigged Albacore dinghies for a boatyard's rental fleet.", ren))
    text = "Away from work I sail a restored Wayfarer dinghy in club regattas."
    assert ("claim", "Wayfarer") in _kinds(_check(text, ren))


def test_no_experience_of_a_named_thing_is_a_gap(sam: profile.Profile) -> None:
    text = "I have not yet run an on-call rotation, and I have no Terraform experience."
    assert _check(text, sam) == []
    assert ("tool", "Terraform") in _kinds(_check("I have Terraform experience.", sam))
    # no doubt about one's experience is no gap
    text = "I have no doubt my Terraform experience will help."
    assert ("tool", "Terraform") in _kinds(_check(text, sam))


def test_a_greeting_names_the_company_by_its_own_first_word(sam: profile.Profile) -> None:
    def greeted(line: str) -> list[tuple[str, str]]:
        text = f"{line}\n\nAt Paylane I maintained the refunds service.\n\nBest,\nSam Okafor\n"
        found = review.check(text, sam, "", company="Northgate Payments & Billing")
        return [k for k in _kinds(review.errors(found)) if k[0] == "company"]

    assert greeted("Dear Northgate hiring team,") == []
    assert greeted("Dear Northgate Platform team,") == []  # one of its teams
    # alike in all but the name that is its own: another company
    assert greeted("Dear Northpoint Payments & Billing hiring team,") == [
        ("company", "Northpoint Payments & Billing")
    ]
    # a panel or a team named by what it does is no company; a hiring team is the company's
    for team in ("Dear Hiring Team,", "Dear Hiring Committee,", "Dear Data Science team,"):
        assert greeted(team) == []
    assert greeted("Dear Globex hiring team,") == [("company", "Globex")]


def test_a_company_whose_people_a_hope_would_learn_from_is_the_one_hoped_for(
    jordan: profile.Profile, posting: str
) -> None:
    kw = {"company": "Pinterest", "role": "Data Scientist"}
    text = "I would love to learn from Etsy's Search Science team how they rank experiments."
    assert ("company", "Etsy") in _kinds(review.check(text, jordan, posting, **kw))
    text = "I would love to learn from Pinterest's Search Science team how they rank experiments."
    assert not [f for f in review.check(text, jordan, posting, **kw) if f.kind == "company"]
    # under a heading that looks ahead, a topic is a hope without saying so
    note = "## What am I excited about? What will I learn?\n\n- Learning from Etsy's ML team.\n"
    found = review.check(note, jordan, posting, **kw, kind="note")
    assert ("company", "Etsy") in _kinds(found)


def test_a_post_served_in_is_a_title_said_bare(tmp_path: Path) -> None:
    lee = write_profile(
        tmp_path,
        "lee.md",
        "# Lee Park\n\nlee.park@example.com\n\n## Experience\n\n"
        "Deckhand — Harbor Ferries (2018–present)\n"
        "- Serve as acting mate on about 20 sailings a year\n"
        "- Handle mooring lines and passenger boarding\n",
    )
    # the post a duty line says the applicant serves in is theirs
    assert _check("I serve as acting mate on about 20 sailings a year.", lee) == []
    assert ("title", "skipper") in _kinds(_check("I serve as skipper on the late ferry.", lee))
    assert ("title", "relief skipper") in _kinds(_check("I served as relief skipper in 2023.", lee))


def test_a_name_under_a_label_that_names_tools_is_a_tool(sam: profile.Profile) -> None:
    found = _note("- Tools: I plan releases in Quarkly.\n", sam, "Northgate")
    assert ("tool", "Quarkly") in _kinds(found)
    found = _note("- Releases: I plan releases in Quarkly.\n", sam, "Northgate")
    assert ("claim", "Quarkly") in _kinds(found)


def test_a_wish_to_do_a_thing_looks_ahead(sam: profile.Profile) -> None:
    text = (
        "That describes me well: six years on the refunds service at Paylane, and a real wish"
        " to follow my payouts all the way to the bank."
    )
    assert not review.errors(_check(text, sam))
    text = "That describes me well: I traced my payouts all the way to the bank for six years."
    assert review.errors(_check(text, sam))


def test_what_a_thing_gave_the_applicant_a_look_at_is_a_lesson(sam: profile.Profile) -> None:
    text = "Both gave me a look at card-network disputes from outside a single payments team."
    assert not review.errors(_check(text, sam))
    text = "Both gave me ownership of card-network disputes across three payments teams."
    assert review.errors(_check(text, sam))
    # or a picture or an understanding of
    text = "This work has given me a clear picture of how chargebacks reach the finance team."
    assert not review.errors(_check(text, sam))
    # a look qualified in one hyphenated word
    text = "Both gave me a first-hand view of how card-network disputes reach a payments team."
    assert not review.errors(_check(text, sam))


def test_the_last_part_of_a_count_of_years_counts_years_too(tmp_path: Path) -> None:
    who = write_profile(
        tmp_path,
        "d.yaml",
        "name: Delphine Osei\nsummary: Hairdresser with eleven years behind the chair, the last"
        " six focused on colour.\nskills: [balayage]\n",
    )
    assert not _check("For the last six years my work has been mostly colour.", who)
    found = _check("For the last seven years my work has been mostly colour.", who)
    assert ("number", "seven") in _kinds(found)


def test_a_pronoun_after_a_preposition_is_someone_else(jordan: profile.Profile) -> None:
    text = "Then you have to explain it calmly to someone who is worried about her numbers."
    assert not review.errors(_check(text, jordan))
    text = "Jordan Rivera is a data analyst who rebuilt the fraud scoring service for Globex."
    assert review.errors(_check(text, jordan))


def test_doing_a_little_of_a_thing_claims_the_thing(jordan: profile.Profile) -> None:
    assert not review.errors(_check("I have handled a little of the product side too.", jordan))
    text = "I have handled a little of the quantum chemistry side too."
    assert review.errors(_check(text, jordan))


def test_a_skill_said_as_a_doing_licenses_the_verb(tmp_path: Path) -> None:
    ari = write_profile(
        tmp_path,
        "ari.md",
        "# Ari Stone\n\nari.stone@example.com\n\n## Experience\n\n"
        "Accounts Clerk — Harbor Ferries (2018–present)\n"
        "- Match supplier invoices to purchase orders\n\n"
        "## Skills\n\nSAP (reviewing and approving invoices), budget management, Excel\n",
    )
    assert not review.errors(_check("In SAP I have only reviewed and approved invoices.", ari))
    # a field of skill is no doing: managing budgets is still a claim of its own
    assert ("scope", "managed supplier budgets") in _kinds(
        _check("In SAP I managed supplier budgets.", ari)
    )


def test_a_thing_known_only_from_afar_is_a_gap(sam: profile.Profile) -> None:
    note = "## What am I excited about? What will I learn?\n\n"
    bullet = "- Writing the dispute runbooks, which I know {} from years on the chargeback desk.\n"
    found = review.check(note + bullet.format("only"), sam, "", company="Northgate", kind="note")
    assert not review.errors(found)
    bullet = "- Writing the dispute runbooks, which I wrote for years on the chargeback desk.\n"
    found = review.check(note + bullet, sam, "", company="Northgate", kind="note")
    assert review.errors(found)


def test_a_place_said_again_names_no_thing_done(sam: profile.Profile) -> None:
    assert not review.errors(_check("I also maintained the refunds service there.", sam))
    found = _check("I also maintained the payouts service there.", sam)
    assert ("scope", "maintained the payouts service there") in _kinds(found)


def test_a_team_s_size_may_be_a_count_of_people_in_the_profile() -> None:
    who = profile.from_text(
        "# Robin Vale\n\nKitchen manager\n\n## Experience\n\n"
        "Kitchen Manager — Harbour Grill (2019–present)\n"
        "- Run a kitchen of 18 staff and a three-person prep crew\n"
        "- Teach 40 students a year in the apprentice programme\n"
        "- Cut food waste across 25 menu items\n"
    )
    assert not review.errors(_check("At Harbour Grill I run a team of 18.", who))
    assert not review.errors(_check("I also run a prep team of three.", who))
    # the same figure counting things, or learners, is no team's size
    assert ("number", "25") in _kinds(_check("At Harbour Grill I run a team of 25.", who))
    assert ("number", "40") in _kinds(_check("At Harbour Grill I run a team of 40.", who))


def test_a_pronoun_a_verb_acts_on_stands_for_what_was_named_before_it(
    sam: profile.Profile,
) -> None:
    text = "I maintained the refunds service in Go. Maintaining it showed me how much I like calm."
    assert not review.errors(_check(text, sam))
    # the verb is still held to the facts about what the pronoun stands for
    text = "I worked on the card processing migration. Leading it showed me how much I like calm."
    assert ("scope", "Leading it") in _kinds(_check(text, sam))


def test_a_json_resume_skill_s_level_is_part_of_the_profile(tmp_path: Path) -> None:
    kit = write_profile(
        tmp_path,
        "kit.json",
        '{"basics": {"name": "Kit Lowe", "label": "Copywriter"},'
        ' "work": [{"name": "Brightside", "position": "Copywriter", "startDate": "2019-01",'
        ' "highlights": ["Write product pages for the web shop"]}],'
        ' "skills": [{"name": "Video tools", "level": "Beginner", "keywords": ["Premiere Pro"]}]}',
    )
    text = "I haven't edited a campaign video, and my Premiere Pro skills are at a beginner level."
    assert not review.errors(_check(text, kit))
    text = "My Premiere Pro skills are at an expert level."
    assert review.errors(_check(text, kit))


def test_a_hedge_of_degree_names_nothing_to_ground(
    sam: profile.Profile,
) -> None:
    assert not review.errors(_check("My Go experience comes mostly from the refunds service.", sam))
    text = "My Go experience comes largely from the payouts service."
    assert review.errors(_check(text, sam))


def test_a_place_named_by_what_was_studied_there_is_a_school(jordan: profile.Profile) -> None:
    text = "I want to build on my statistics modules at Oregon State."
    assert not review.errors(_check(text, jordan))
    text = "I want to build on my statistics modules at Larchmont."
    assert ("school", "Larchmont") in _kinds(_check(text, jordan))
    assert ("school", "Larchmont") in _kinds(_check("I also studied at Larchmont.", jordan))


def test_a_name_the_posting_calls_a_certification_is_claimed_as_one(
    jordan: profile.Profile,
) -> None:
    posting = "## Nice to have\n\n- DSPQ or CEXP certification\n- Looker\n"
    text = "Putting my DSPQ to work on real experiments."
    assert ("certification", "DSPQ") in _kinds(_check(text, jordan, posting))
    # unnamed as one by the posting, it is still a claim the profile lacks (and, held as "my
    # DSPQ", a credential: see test_letters_the_applicant_calls_theirs_are_a_credential)
    text = "I put the DSPQ to work on real experiments."
    assert ("claim", "DSPQ") in _kinds(_check(text, jordan, "## Nice to have\n\n- DSPQ\n"))


def test_what_the_applicant_was_glad_to_see_is_noticed_not_claimed(sam: profile.Profile) -> None:
    text = "That habit is why I was glad to see incident reviews so high on your list."
    assert not review.errors(_check(text, sam))
    text = "That habit is why I ran incident reviews for the whole platform group."
    assert review.errors(_check(text, sam))


def test_what_a_task_means_the_applicant_is_used_to_is_a_lesson(sam: profile.Profile) -> None:
    text = "Editing the team's runbooks means I'm used to saying why a retry is safe."
    assert not review.errors(_check(text, sam))
    # the task is still checked
    text = "I maintained the payouts service, which means I'm used to saying why a retry is safe."
    assert ("scope", "maintained the payouts service") in _kinds(_check(text, sam))


def test_a_capitalised_learning_inside_a_name_is_no_wish(jordan: profile.Profile) -> None:
    text = "I took the Open Learning Course in Forecasting in 2023, after an MPhil in Economics."
    assert ("degree", "MPhil in Economics") in _kinds(_check(text, jordan))
    # a wish to learn is still one, at the start of a sentence or said in lowercase
    assert not review.errors(_check("Learning an MPhil-level survey method is next.", jordan))
    text = "I would enjoy learning from someone with an MPhil in Economics."
    assert not review.errors(_check(text, jordan))


def test_the_part_of_a_job_that_interests_the_applicant_most_is_a_liking(
    jordan: profile.Profile,
) -> None:
    text = "The task that interests me most is modelling supplier lead times to spot late orders."
    assert not review.errors(_check(text, jordan))
    # said as done, the same duty is still a claim
    text = "At Brightcart I modelled supplier lead times to spot late orders."
    assert review.errors(_check(text, jordan))


def test_a_small_version_of_a_thing_claims_the_thing_no_more(sam: profile.Profile) -> None:
    text = "I have done a small version of that: I reduced p99 latency of the ledger API."
    assert not review.errors(_check(text, sam))
    # the thing it is a version of is still grounded
    text = "I have built a small version of a fraud-scoring engine for chargeback disputes."
    assert review.errors(_check(text, sam))


def test_a_duty_said_in_the_present_licenses_the_design_it_names(tmp_path: Path) -> None:
    kit = write_profile(
        tmp_path,
        "kit.json",
        '{"basics": {"name": "Kit Lowe", "label": "Copywriter"},'
        ' "work": [{"name": "Brightside", "position": "Copywriter", "startDate": "2019-01",'
        ' "highlights": ["Design and write email courses for new customers",'
        ' "Write product pages for the web shop"]}]}',
    )
    text = "At Brightside I design and write email courses for new customers."
    assert not review.errors(_check(text, kit))
    # a duty the profile gives without the design is still no licence for it
    text = "At Brightside I design product pages for the web shop."
    assert ("scope", "design product pages") in _kinds(_check(text, kit))


def test_a_number_word_after_no_counts_nothing(jordan: profile.Profile) -> None:
    text = "No two product teams ask the same question, so I start each analysis with theirs."
    assert ("number", "two") not in _kinds(_check(text, jordan))
    assert ("number", "two") in _kinds(_check("I ran two churn studies at Brightcart.", jordan))


def test_a_certificate_named_in_lowercase_ends_where_its_issuer_begins(
    jordan: profile.Profile,
) -> None:
    text = "My first training was a certificate in statistics from Oregon State University."
    assert not review.errors(_check(text, jordan))
    text = "I also hold a certificate in deep learning from Oregon State University."
    assert ("certification", "deep learning") in _kinds(_check(text, jordan))


def test_a_doing_in_the_summary_licenses_its_verb(tmp_path: Path) -> None:
    rue = write_profile(
        tmp_path,
        "rue.json",
        '{"basics": {"name": "Rue Marsh", "label": "Carpenter",'
        ' "summary": "Carpenter with six years of building timber decks and pergolas."},'
        ' "work": [{"name": "Oakline", "position": "Carpenter", "startDate": "2019-01",'
        ' "highlights": ["Repaired garden sheds for local clients"]}]}',
    )
    text = "For six years I have built timber decks and pergolas for private clients."
    assert not review.errors(_check(text, rue))
    # a duty given as repairs is still no licence to have built it
    text = "At Oakline I built garden sheds for local clients."
    assert ("scope", "built garden sheds") in _kinds(_check(text, rue))


def test_what_a_course_gave_said_after_its_name_is_its_content(jordan: profile.Profile) -> None:
    text = (
        "In 2019 I finished my Statistics degree at Oregon State University, which gave"
        " names and rigour to habits I had formed by trial and error."
    )
    assert not review.errors(_check(text, jordan))
    # after a job it is still the applicant's record
    text = (
        "In 2019 I joined Northwind Health, which gave names and rigour to habits I had"
        " formed by trial and error."
    )
    assert review.errors(_check(text, jordan))


def test_what_the_applicant_recognised_is_noticed_not_claimed(sam: profile.Profile) -> None:
    text = (
        'When I read that you want reviews "without blame", I recognised the way I have tried'
        " to work since 2018."
    )
    assert not review.errors(_check(text, sam))
    # what they did about it is still checked
    text = "I recognised a gap in our on-call rota and wrote a new escalation policy for Paylane."
    assert review.errors(_check(text, sam))


def test_a_span_of_days_weeks_or_months_must_be_one_the_profile_gives(tmp_path: Path) -> None:
    ola = write_profile(
        tmp_path,
        "ola.yaml",
        "name: Ola Berg\n"
        "experience:\n"
        "  - company: Fenwick Foods\n"
        "    title: Payroll Administrator\n"
        "    start: 2020\n"
        "    highlights:\n"
        "      - Ran a two-step approval for every payroll change\n"
        "      - Moved the payroll run to a 3-day cycle\n",
    )
    text = "At Fenwick Foods I ran payroll on a cycle of three days."
    assert not review.errors(_check(text, ola))
    # the 2 of a "two-step approval" is no span of time
    text = "At Fenwick Foods, reworking the approval cut our payroll run by two days."
    assert ("number", "two") in _kinds(_check(text, ola))
    text = "At Fenwick Foods I moved the payroll run to a three-week cycle."
    assert ("number", "three") in _kinds(_check(text, ola))


def test_brackets_written_onto_a_name_are_part_of_it_not_an_aside(tmp_path: Path) -> None:
    ivo = write_profile(
        tmp_path,
        "ivo.yaml",
        "name: Ivo Lund\n"
        "experience:\n"
        "  - company: Harbour Hospital\n"
        "    title: Histotechnician\n"
        "    start: 2018\n"
        "    highlights:\n"
        "      - Cut and stain tissue sections for the pathology lab\n"
        "certifications: [Histotechnician, HT(ASCP)]\n",
    )
    text = "I am certified as an HT(ASCP) and cut tissue sections at Harbour Hospital."
    assert not review.errors(_check(text, ivo))
    # what follows the brackets is still in the clause that claims it
    text = "I am certified as an HT(ASCP) and a CPhT, and cut tissue sections at Harbour Hospital."
    assert ("certification", "CPhT") in _kinds(_check(text, ivo))


def test_letters_the_applicant_calls_theirs_are_a_credential(jordan: profile.Profile) -> None:
    text = "In quality reviews, my ASQ CQE gives me a head start on reading control charts."
    assert ("certification", "ASQ CQE") in _kinds(_check(text, jordan))
    text = "Experiments: My IAPP CIPP helps me design studies that respect user privacy."
    assert ("certification", "IAPP CIPP") in _kinds(_check(text, jordan))
    # letters named for what they are used for are no credential
    found = _kinds(_check("My DAX skills helped the team build its dashboards.", jordan))
    assert ("certification", "DAX") not in found


def test_confidence_in_what_the_applicant_has_claims_that_no_more(
    jordan: profile.Profile,
) -> None:
    text = (
        "I am sure that my background in SQL, my Python skills and my habit of asking why"
        " would let me help your analysts quickly."
    )
    assert not review.errors(_check(text, jordan))
    # what the confidence is about is still grounded
    text = (
        "I am confident that I built quantum chemistry pipelines that would let me help your"
        " analysts quickly."
    )
    assert ("scope", "built quantum chemistry pipelines") in _kinds(_check(text, jordan))


def test_a_certificate_supports_the_training_completed_for_it(tmp_path: Path) -> None:
    noor = write_profile(
        tmp_path,
        "noor.yaml",
        "name: Noor Haddad\n"
        "experience:\n"
        "  - company: Larch Street Kitchen\n"
        "    title: Line Cook\n"
        "    start: 2019\n"
        "    highlights:\n"
        "      - Prepare sauces and stocks for a 90-seat dining room\n"
        "certifications: [ServSafe Manager (2023)]\n",
    )
    text = "In 2023 I completed ServSafe Manager training."
    assert not review.errors(_check(text, noor))
    # training the certificate does not name is still flagged
    text = "In 2023 I completed ServSafe Allergen Awareness training."
    assert review.errors(_check(text, noor))


def test_an_honour_held_a_job_s_grade_a_mistake_owned_and_the_hours_and_pay_asked_for(
    tmp_path: Path,
) -> None:
    dee = write_profile(
        tmp_path,
        "dee.yaml",
        "name: Dee Park\n"
        "experience:\n"
        "  - company: Cascade Comfort Mechanical\n"
        "    title: Service Technician\n"
        "    start: 2019-04\n"
        "    highlights:\n"
        "      - Set up a checklist of each customer's service requirements\n"
        "      - Service walk-in coolers for about 60 restaurant accounts\n"
        "education:\n"
        "  - {degree: BA, field: English, school: The University of Texas at El Paso, year: 2018}\n"
        "certifications:\n"
        "  - Member, Refrigerating Engineers and Technicians Association (2023), not certified\n"
        "awards: [Cascade Comfort Mechanical Technician of the Year (2024)]\n",
    )
    posting = (
        "Refrigeration Operator I in Dayton. Pay: $36.00 to $44.00 per hour. Core hours 9 a.m. to"
        " 3 p.m. Central."
    )
    for text in (
        "I was honored to be named the company's Technician of the Year in 2024.",
        "Based on the posted range of $36.00 to $44.00 per hour, I am seeking $40.00 per hour.",
        "Remote works for me, and I can cover the 9-3 Central core hours.",
        "I'm applying for the Refrigeration Operator opening in Dayton.",
        "I would like to move to your side, and the Refrigeration Operator I role looks like the"
        " right place to do it.",
        "I built our service checklist for each customer.",
        "I have a BA in English from UTEP.",
        "I'm a RETA member but not certified yet.",
        "Nothing was wrong with the unit; we had simply left out a part the customer required.",
        "It delayed the job and cost me some pride.",
        "The lesson that shaped how I work came in 2023, when one of our orders came back.",
        "Short version of my background:",
        "My habit of writing checklists may help your operators.",
        "I've started wanting the whole plant in my head, not just one corner of it.",
        "I work at Cascade Comfort Mechanical, a service company where I service walk-in coolers"
        " for about 60 restaurant accounts.",
    ):
        assert not review.errors(_check(text, dee, posting)), text
    for text, finding in (
        ("I was honored to be named the company's Operator of the Year in 2024.", "claim"),
        ("I was named Technician of the Year after I rebuilt the plant's ammonia system.", "scope"),
        ("While finishing my MBA I serviced walk-in coolers.", "degree"),
        ("I'm RETA-certified and a RETA member since 2023.", "certification"),
        (
            "I work at Cascade Comfort Mechanical, a 40-person firm where I service coolers.",
            "employer",
        ),
    ):
        assert _flags(_check(text, dee, posting), finding), text


def test_a_near_miss_at_the_company_s_name_is_the_wrong_company_wherever_it_is_said(
    jordan: profile.Profile,
) -> None:
    company = "Brightwater Home Services"
    for text, org in (
        ("- Why here: Brightline Home Services trains its techs.", "Brightline Home Services"),
        ("- Red Harbor Home Services trains its techs on every brand.", "Red Harbor Home Services"),
    ):
        assert ("company", org) in _kinds(_note(text, jordan, company)), text
    for text in (
        "- Brightwater Home Services trains its techs on the brands I see most.",
        "- Brightwater Services trains its techs on the brands I see most.",
        "- Dear Brightwater Home Services hiring team,",
    ):
        assert not [f for f in _note(text, jordan, company) if f.kind == "company"], text
    # a two-word name shares too little to tell: "Digital Learning" for "Quillby Learning"
    text = "- Since 2022 I have been my school's Digital Learning Lead."
    assert not [f for f in _note(text, jordan, "Quillby Learning") if f.kind == "company"]


def test_a_round_run_shift_hours_a_lesson_a_regret_and_a_name_the_posting_gives(
    tmp_path: Path,
) -> None:
    tom = write_profile(
        tmp_path,
        "tom.yaml",
        "name: Tom Reyes\n"
        "experience:\n"
        "  - company: Casco Bay Hostel\n"
        "    title: Overnight Desk Attendant\n"
        "    start: 2018-01\n"
        "    highlights:\n"
        "      - Service about 28 properties a week on a set route\n"
        "      - Ran the desk alone from 11 p.m. to 7 a.m.\n"
        "      - Counted the cash drawer and filled in the night report for the manager\n"
        "      - Reconcile the registers each morning\n"
        "      - Caught a duplicate vendor payment in 2023\n"
        "      - Filed SR-22 forms and answered phones at a veterinary clinic\n"
        "education:\n"
        "  - {degree: BA, field: History, school: University of Maine, year: 2017}\n"
        "certifications: [Class B CDL with air brakes]\n",
    )
    posting = (
        "Keep client records in Applied Epic or another agency management system; quote in"
        " EZLynx. Open and close work orders in Brightly or another work order system."
    )
    for text in (
        "I run a set route of about 28 properties a week.",
        "That role taught me accuracy with money.",
        "I ran the desk alone from eleven to seven.",
        "I counted the cash drawer and wrote up the night report for the manager.",
        "Every morning I reconcile the registers, which, as far as I can tell, is a night audit"
        " done at breakfast.",
        "I caught a duplicate vendor payment; it remains the most satisfying phone call I've made.",
        "What I miss in a call center is continuity.",
        "At the clinic I knew the regulars.",
        "Your note about how long clients stay is the line in the posting that sold me.",
        "I can come in any weekday morning to talk.",
        "I filed SR-22s and answered phones.",
    ):
        assert not review.errors(_check(text, tom, posting)), text
    ahead = "## What am I excited about? What will I learn?\n\n- Applied Epic and EZLynx\n"
    assert not review.errors(review.check(ahead, tom, posting, kind="note"))
    for text, finding in (
        ("I answer phones, and have managed the clinic's insurance billing.", "scope"),
        ("I reconcile the registers, backed by my degree in accounting.", "degree"),
        ("I hold a Class B CDL with a HAZMAT endorsement.", "certification"),
        ("I dispatched routes for six drivers.", "scope"),
        ("I have spent a few months in Applied Epic.", ("tool", "Applied Epic")),
    ):
        assert _flags(_check(text, tom, posting), finding), text
    value = (
        "## Where can I add value?\n\n- Work orders: Brightly, daily\n"
        "- Summit's rookie of the year award in 2025\n"
    )
    found = review.check(value, tom, posting, kind="note")
    assert ("tool", "Brightly") in _kinds(found)
    assert ("claim", "Summit's rookie of the year award") in _kinds(found)


def test_a_career_s_sum_still_claims_what_it_says_was_led_or_built(jordan: profile.Profile) -> None:
    assert not review.errors(_check("For three years I handled the vendor contracts.", jordan))
    found = _check("For three years I managed the vendor contracts.", jordan)
    assert ("scope", "managed the vendor contracts") in _kinds(found)
    found = _check("For six years I built payroll systems.", jordan)
    assert ("scope", "built payroll systems") in _kinds(found)


def test_a_plan_to_earn_my_credential_what_the_role_calls_for_and_a_product_worked_with(
    tmp_path: Path,
) -> None:
    mateo = write_profile(
        tmp_path,
        "mateo.yaml",
        "name: Mateo Lind\n"
        "experience:\n"
        "  - company: Green Acre Garden Center\n"
        "    title: Greenhouse Lead\n"
        "    start: 2019-03\n"
        "    highlights:\n"
        "      - Mix fertilizer through a Dosatron injector and check EC weekly\n"
        "      - Gave about 20 customer tours a week and learned the plants\n"
        "skills:\n"
        "  Growing: [bedding plants, fertigation, integrated pest management]\n"
        "certifications: [Pennsylvania Registered Pesticide Technician (2024)]\n",
    )
    posting = (
        "Assistant Grower at The Wren Greenhouses. Run the Argus Titan climate controls. The"
        " Pennsylvania Commercial Pesticide Applicator certification, or the ability to earn it"
        " within six months of hire."
    )
    for text in (
        "I plan to earn my Pennsylvania Commercial Pesticide Applicator certification within six"
        " months.",
        "I would get my notary commission in the first year.",
        "I understand the role calls for the Commercial Pesticide Applicator certification.",
        "I would like to be the first kind of grower at The Wren.",
        "I run fertigation through the Dosatron injector.",
        "I have toured a lot of greenhouses, which means I have opinions about how they feel.",
        "The best growers I met seemed to be listening.",
        "I mention that mostly because of how it happened.",
        "I gave customer tours and learned to ask before I pitch.",
    ):
        assert not review.errors(_check(text, mateo, posting)), text
    for text, finding in (
        ("I have already worked with Argus Titan controls.", ("tool", "Argus Titan")),
        ("I already hold a commercial pesticide applicator license.", "certification"),
    ):
        assert _flags(_check(text, mateo, posting), finding), text
    # a driving licence is the letter's business, not a credential
    found = _check("I have a full driving licence.", mateo, posting)
    assert not [f for f in found if f.kind == "certification"]


def test_an_honour_by_title_a_job_held_with_an_employer_and_a_note_s_own_aims(
    jordan: profile.Profile,
) -> None:
    found = _check("The dashboard got me named Brightcart's Best Data Scientist.", jordan)
    assert ("claim", "Brightcart's Best Data Scientist") in _kinds(found)
    found = _check("I spent a summer as a Data Analyst with Cedar Rapids Public Library.", jordan)
    assert ("employer", "Cedar Rapids Public Library") in _kinds(found)
    found = _check("I spent two years as a litigation paralegal.", jordan)
    assert ("title", "litigation paralegal") in _kinds(found)
    ahead = (
        "## What am I excited about? What will I learn?\n\n- Running my own team full time.\n"
        "- Earning the NACA Level I within my first year\n"
    )
    posting = "Earn the NACA Level I certification within your first year."
    assert not review.errors(review.check(ahead, jordan, posting, kind="note"))
    value = "## Where can I add value?\n\n- Reviews: analyst on call, about 1 day a week\n"
    assert not [f for f in review.check(value, jordan, "", kind="note") if f.kind == "number"]


def test_a_verb_in_another_form_a_title_in_two_words_and_what_is_still_to_get(
    tmp_path: Path,
) -> None:
    eamon = write_profile(
        tmp_path,
        "eamon.yaml",
        "name: Eamon Tully\n"
        "experience:\n"
        "  - company: Red Fir Mountain\n"
        "    title: Lead Lift Operator\n"
        "    start: 2022-11\n"
        "    highlights:\n"
        "      - Trained 9 new operators during the 2025-26 pre-season\n"
        "      - Worked with the adaptive sports program to write a guide to loading sit-skis\n"
        "  - company: Pine Street Builders\n"
        "    title: Drywall Helper / Laborer\n"
        "    start: 2018-03\n"
        "    end: 2021-02\n"
        "    highlights:\n"
        "      - Driving patient specimens between clinics on a daily route\n"
        "  - company: Montana Conservation Corps\n"
        "    title: Crew Leader\n"
        "    start: 2017-05\n"
        "    end: 2017-10\n"
        "    highlights:\n"
        "      - Led a trail crew of six through a 22-week season\n"
        "skills: [Spanish]\n"
        "certifications: [Wilderness First Aid (WFA), CPR/AED]\n",
    )
    posting = (
        "Lift Operations Supervisor at Cinder Peak. WFR or OEC required within 90 days of hire;"
        " MEWP certification a plus. Spanish tested at ALTA Level 9 or higher is a plus."
    )
    for text in (
        "I drove patient specimens between clinics.",
        "I wrote the sit-ski loading guide with our adaptive sports program.",
        "I spent almost three years as a helper and laborer at Pine Street Builders.",
        "I have CPR/AED but no MEWP certification.",
        "I led a six-person Montana Conservation Corps crew through a 22-week season.",
        "I trained nine new operators last pre-season.",
        "I would add the OEC within 90 days of hire.",
        "My Spanish, tested at ALTA Level 9, would help on the ticket window.",
    ):
        assert not review.errors(_check(text, eamon, posting)), text
    value = "## Where can I add value?\n\n- Getting my WFR, which I don't have yet\n"
    assert not review.errors(review.check(value, eamon, posting, kind="note"))
    # a credential earned "last spring" was earned, and is checked
    found = _check("Earning my CPTD last spring gave me a grounding in workplace learning.", eamon)
    assert ("certification", "CPTD") in _kinds(found)
    # the company after a capital that opens a bullet is the company, not a near miss
    note = "## Where can I add value?\n\n- Keeping Cinder Peak Mountain Resort's lifts running\n"
    found = review.check(note, eamon, posting, company="Cinder Peak Mountain Resort", kind="note")
    assert not [f for f in found if f.kind == "company"]


def test_a_product_used_with_published_in_or_supervised_and_a_place_won(tmp_path: Path) -> None:
    priya = write_profile(
        tmp_path,
        "priya.yaml",
        "name: Priya Desrosiers\n"
        "experience:\n"
        "  - company: The Fairhaven Weekly\n"
        "    title: Copy Editor\n"
        "    start: 2024-01\n"
        "    highlights:\n"
        "      - Edit local news stories and post them to our WordPress site\n"
        "      - Oversee the Wednesday print run\n"
        "awards: [New England Newspaper & Press Association 2nd place, Headline Writing (2025)]\n",
    )
    posting = "Copy Editor at Clearwater Valley Transit. Publish in Arc XP; proof on a Graco."
    assert not review.errors(_check("In 2025 I won second place for headline writing.", priya))
    assert not review.errors(_check("I supervise the Wednesday print run.", priya))
    for text, finding in (
        ("I've sprayed Level 5 coats with a Graco Mark V.", ("tool", "Graco Mark V")),
        ("I have published stories in Arc XP.", ("tool", "Arc XP")),
        ("I supervised the replacement of the press rollers.", "scope"),
        ("In 2025 I won first place for page design.", ("claim", "first place")),
        (
            "In 2025 I won second place for headline writing, and first place for page design.",
            ("claim", "first place"),
        ),
        ("My work was recognised with a Learning Innovator of the Year award.", "claim"),
    ):
        assert _flags(_check(text, priya, posting), finding), text
    note = "## What am I excited about?\n\n- Keeping Palouse Transit's 42 buses on the road\n"
    found = review.check(note, priya, posting, company="Clearwater Valley Transit", kind="note")
    assert ("company", "Palouse Transit") in _kinds(found)


def test_a_plain_text_resume_s_shift_hours_volunteer_post_and_levels(tmp_path: Path) -> None:
    marisol = write_profile(
        tmp_path,
        "marisol.txt",
        "MARISOL VEGA\nTucson, AZ  |  (520) 555-0182\n\nEXPERIENCE\n\n"
        "Desert Sky Home Care, Tucson AZ\nHome Care Aide       March 2022 - Present\n"
        "  - Care for 4 regular clients, about 28 hrs/week\n\n"
        "Fry's Food Stores -- Tucson, AZ\nCashier, June 2017 - 2019\n  - Trained new cashiers\n\n"
        "VOLUNTEER\nSt. Margaret's Parish, Sunday lunch for seniors (2020 - present)\n"
        "  - Serve lunch for about 60 guests\n\n"
        "CERTIFICATIONS / TRAINING\n"
        "  - Arizona Direct Care Worker (DCW) training: Level 1 Fundamentals and Level 2 Aging\n"
        "    and Physical Disabilities (2022)\n",
    )
    for text in (
        "Right now I care for four regular clients, about 28 hours a week.",
        "At Fry's Food Stores I was a cashier and trained new ones.",
        "On Sundays I serve lunch to about 60 seniors at St. Margaret's Parish.",
        "I completed DCW Levels 1 and 2 in 2022.",
        "I live in Tucson, so Pima County is home.",
    ):
        assert not review.errors(_check(text, marisol)), text


def test_the_company_as_the_owner_of_a_store_is_the_company(jordan: profile.Profile) -> None:
    text = "I am excited to apply for the position at Halloran & Vine Jewelers' Galleria store."
    found = review.check(text, jordan, "", company="Halloran & Vine Jewelers")
    assert not [f for f in found if f.kind == "company" and f.severity == "error"]


def test_an_age_a_window_of_years_a_person_s_letters_and_a_driven_route_claim_nothing(
    tmp_path: Path,
) -> None:
    """From tuned-77 and tuned-78's blind run: an age, the past years of a longer post, a
    credential's letters naming the person who holds it, a nurse aide for a nursing assistant,
    training new people of any trade, driving for an employer, a career's sum over a working
    life."""
    lena = write_profile(
        tmp_path,
        "lena.yaml",
        "name: Lena Park\n"
        "experience:\n"
        "  - company: Harbor Books\n"
        "    title: Shift Supervisor\n"
        "    start: 2022-04\n"
        "    highlights:\n"
        "      - Trained nine new baristas and booksellers since 2023\n"
        "      - Year-end close packet for the CPA\n"
        "  - company: Franklin Valley Schools\n"
        "    title: Certified Nursing Assistant\n"
        "    start: 2014-05\n"
        "    end: 2020-06\n"
        "    highlights:\n"
        "      - Drove a 72-passenger bus on a morning route\n"
        "  - company: Littoral Learning Center\n"
        "    title: Volunteer Touch Tank Docent\n"
        "    start: 2023-09\n",
    )
    for text in (
        "A nervous adult needs the same patience as a nervous eight-year-old.",
        "For the past two years I have stood at the touch tank at Littoral Learning Center.",
        "I do the year-end close packet for our outside CPA.",
        "For six years I was the aide on the memory care hall at Franklin Valley Schools.",
        "I've trained nine new hires since 2023.",
        "Before the bookshop, I drove a 72-passenger bus for Franklin Valley Schools.",
        "Most of my working life has been about who gets to whom, and when.",
    ):
        assert not review.errors(_check(text, lena)), text
    # the same shapes still claim what they say
    for text, kind in (
        ("For the past nine years I have stood at the touch tank at Littoral Learning Center.",
         "number"),
        ("I am a CPA.", "certification"),
        ("I drove the rollout of the new point-of-sale system.", "scope"),
    ):  # fmt: skip
        assert kind in {f.kind for f in review.errors(_check(text, lena))}, text


def test_a_wish_to_deepen_knowledge_and_what_an_ahead_note_lists_may_name_the_posting(
    sam: profile.Profile,
) -> None:
    """From tuned-77 and tuned-78's blind run: knowledge the applicant wants to deepen, a tool to
    start on from zero, a list of the posting's tools with a dot in a name, and a credential
    whose name opens with "I-" are all still to come."""
    posting = (
        "Apply ADA paratransit rules (49 CFR Part 37). Work in Homecare Homebase, QuickBooks"
        " Online, Bill.com and Bloomerang. I-CAR Estimator ProLevel 1 within 12 months."
    )
    text = "I am eager to deepen my knowledge of the ADA paratransit rules in 49 CFR Part 37."
    assert not review.errors(_check(text, sam, posting)), text
    ahead = "## What am I excited about? What will I learn?\n\n"
    for bullet in (
        "Homecare Homebase, starting from zero (I'll make my own cheat sheet).",
        "Tools: QuickBooks Online, Bill.com, Bloomerang.",
        "Completing I-CAR Estimator ProLevel 1.",
    ):
        found = review.check(
            ahead + f"- {bullet}\n", sam, posting, company="Northgate", kind="note"
        )
        assert not review.errors(found), bullet
    # a credential the applicant speaks of as held is still theirs to have
    text = "I already hold the I-CAR Estimator ProLevel 1."
    assert review.errors(_check(text, sam, posting))


def test_a_company_part_after_your_is_the_company_not_a_near_miss(
    sam: profile.Profile,
) -> None:
    def near_misses(text: str) -> list[str]:
        found = review.check(text, sam, "", company="Cascade Home Health")
        return [f.words for f in found if f.kind == "company" and f.sentence]

    assert near_misses("Your Home Health Scheduling Coordinator role is where I fit.") == []
    assert near_misses("I applied to Seattle Home Health last year.") == ["Seattle Home Health"]


def test_pay_asked_a_credential_worked_toward_and_a_participle_as_a_word_for_a_noun(
    sam: profile.Profile,
) -> None:
    """From tuned-79's blind run."""
    posting = "Pay: $23-$27 per hour. USCG OUPV license preferred."
    for text in (
        "Based on the posted range of $23–$27 per hour, I would ask for $25 per hour.",
        "That night showed me how much a calm, organized crew matters in a storm.",
    ):
        assert not review.errors(_check(text, sam, posting)), text
    found = review.check(
        "## Where can I add value?\n\n- Working toward my USCG OUPV license.\n",
        sam,
        posting,
        company="Severn Point Marina",
        kind="note",
    )
    assert not review.errors(found)
    # the same words said as done still claim
    text = "I organized the annual regatta banquet and the winter boat show."
    assert "scope" in {f.kind for f in review.errors(_check(text, sam, posting))}
    text = "My USCG OUPV license covers the launch."
    assert review.errors(_check(text, sam, posting))


def test_a_name_the_posting_sets_beside_a_system_is_a_tool_and_an_unfinished_degree_no_degree(
    tmp_path: Path,
) -> None:
    """From tuned-79 and tuned-80's blind run."""
    cal = write_profile(
        tmp_path,
        "cal.md",
        "# Cal Whitcombe\n\n## Experience\n\nPaws Lodge, Madison, WI | Lead Kennel Technician"
        " | 2021 – present\n\n- Run the morning kennel shift for 40 dogs\n\n## Education\n\n"
        "Madison Area Technical College — Veterinary Technician AAS coursework, 2018–2019 (did"
        " not finish)\n",
    )
    posting = "Experience with marina reservation software; Molo strongly preferred."
    found = _check("I take transient reservations in Molo.", cal, posting)
    assert ("tool", "Molo") in _kinds(found)
    text = "I have an associate degree in veterinary technology."
    assert "degree" in {f.kind for f in review.errors(_check(text, cal))}


def test_initials_a_cost_in_seconds_a_gap_a_level_a_school_and_a_language_s_level(
    tmp_path: Path,
) -> None:
    """From tuned-81 and tuned-82's blind run."""
    hannah = write_profile(
        tmp_path,
        "hannah.yaml",
        "name: Hannah Okonkwo\n"
        "experience:\n"
        "  - company: South Sound Tenant Rights Hotline\n"
        "    title: Hotline Advocate\n"
        "    start: 2022-06\n"
        "    highlights:\n"
        "      - Take calls in Spanish at a conversational level\n"
        "certifications: [RVTI Level 1 Certified RV Technician (2024)]\n"
        "motivations: [Earn RVTI Level 2]\n",
    )
    company = "Puget Sound Defender Association"

    posting = "Use NCG's category management program and Co+op Deals promotions."

    def errors(text: str) -> set[tuple[str, str]]:
        return _errors(text, hannah, posting, company=company)

    for text in (
        "I would like to learn how PSDA runs its conflict checks.",
        "Asking a caller what they need takes five seconds.",
        "I am new to NCG's category management program and Co+op Deals.",
    ):
        assert errors(text) == set(), text
    assert ("certification", "RVTI Level 2") in errors("I completed my RVTI Level 2 certification.")
    text = "I finished a Master of Social Work at Seattle University in the evenings."
    assert ("school", "Seattle University") in errors(text)
    text = "I am fully fluent in Spanish and take calls without the language line."
    assert ("claim", "fully fluent in Spanish") in errors(text)
    assert errors("I take calls in Spanish at a conversational level.") == set()


def test_a_redesign_a_role_label_a_machine_a_held_title_and_an_issuer_s_initials(
    tmp_path: Path,
) -> None:
    """From tuned-83 and tuned-84's blind run."""
    aaliyah = write_profile(
        tmp_path,
        "aaliyah.yaml",
        "name: Aaliyah Brooks\n"
        "experience:\n"
        "  - company: Oak Hollow Rehabilitation Center\n"
        "    title: Certified Nursing Assistant\n"
        "    start: 2016-01\n"
        "    end: 2019-06\n"
        "    highlights:\n"
        "      - Set up nursery beds\n"
        "certifications:\n"
        "  - Certified Phlebotomy Technician (CPT), National Healthcareer Association, 2021\n"
        "  - Member, American Translators Association (since 2023) — not certified yet\n",
    )
    posting = "Set up, prime and test hemodialysis machines (Fresenius 2008T)."

    def errors(text: str, kind: str = "letter") -> set[tuple[str, str]]:
        return _errors(text, aaliyah, posting, kind=kind)

    for text in (
        "I spent three years as a Certified Nursing Assistant at Oak Hollow Rehabilitation Center.",
        "I am NHA-certified in phlebotomy.",
    ):
        assert errors(text) == set(), text
    assert ("certification", "ATA") in errors("I am ATA-certified for Spanish into English.")
    assert ("tool", "Fresenius") in errors("I learned to prime and test the Fresenius 2008T.")
    text = "I also redesigned the nursery's irrigation system."
    assert "scope" in {k for k, _ in errors(text)}
    bullet = "## Where can I add value?\n\n- Role: field supervisor for the install crew\n"
    assert ("title", "field supervisor") in errors(bullet, "note")


def test_dates_with_to_an_employer_s_short_name_an_hour_and_years_in_a_trade(
    tmp_path: Path,
) -> None:
    """From tuned-85 and tuned-86's blind run."""
    margot = write_profile(
        tmp_path,
        "margot.md",
        "# Margot Feeney\n\n## Experience\n\n**Lead Floral Designer** — Blue Ridge Market (floral"
        " department), Asheville, NC\nAug 2022 – present\n\n- Trained 2 part-time designers\n\n"
        "Petal & Stem Florist, Marshall, NC — Floral Designer\nJune 2017 to July 2022\n\n"
        "- Built walk-in bouquets and wire orders\n\n"
        "Capitol Tire & Auto, Lincoln NE — Office Assistant\n2019 – 2022\n\n- Answered phones\n"
        "- Ran the forklift in the yard\n",
    )
    posting = "Take the CritiCall test before the interview."

    def errors(text: str) -> set[tuple[str, str]]:
        return _errors(text, margot, posting)

    for text in (
        "I spent five years at Petal & Stem in Marshall, building wire orders.",
        "The texts came at six in the morning, before the schedule went up.",
        "Before driving I ran the forklift in the yard.",
        "I am available for an interview or the CritiCall test any weekday.",
    ):
        assert errors(text) == set(), text
    assert ("number", "nine") in errors("I spent nine years at Petal & Stem in Marshall.")
    # years of a trade are the years of its jobs: floral work, not the three at a tire shop
    assert ("number", "three") in errors("I have three years of floral experience.")


def test_a_teacher_is_no_teaching_a_crew_at_a_place_a_later_title_and_an_honour_given_me(
    tmp_path: Path,
) -> None:
    """From tuned-87 and tuned-88's blind run."""
    mirela = write_profile(
        tmp_path,
        "mirela.yaml",
        "name: Mirela Dobrev\n"
        "experience:\n"
        "  - company: Hearthstone Home Care\n"
        "    title: Personal Care Aide\n"
        "    start: 2021-03\n"
        "    highlights:\n"
        "      - Have cared for the same client, a retired teacher, for three years\n"
        "      - Drive a 26-ft box truck (non-CDL) on local moves\n",
    )

    def kinds(text: str, kind: str = "letter") -> set[tuple[str, str]]:
        return _errors(text, mirela, kind=kind)

    assert ("scope", "trained new aides") in kinds("I trained new aides on Hoyer lift transfers.")
    text = "I spent one summer on the art handling crew at the Art Institute of Chicago."
    assert ("employer", "Art Institute of Chicago") in kinds(text)
    text = "I have been an aide at Hearthstone since 2021, and crew supervisor since 2024."
    assert ("title", "crew supervisor") in kinds(text)
    text = "I don't think of it as heroics, even if Hearthstone did name me Aide of the Year."
    assert "claim" in {k for k, _ in kinds(text)}
    bullet = "## Where can I add value?\n\n- Licence: CDL Class B\n"
    assert "certification" in {k for k, _ in kinds(bullet, "note")}


def test_a_best_x_honour_must_be_named_and_a_name_the_posting_asks_to_know_is_a_tool(
    tmp_path: Path,
) -> None:
    """From tuned-85's first run: "Best Florist" is not held by a fact about a best year at a
    florist's, and "Working knowledge of Bluebeam Revu" makes Bluebeam Revu a tool."""
    margot = write_profile(
        tmp_path,
        "margot.md",
        "# Margot Feeney\n\n## Experience\n\nPetal & Stem Florist, Marshall, NC — Floral Designer\n"
        "June 2017 to July 2022\n\n* Valentine's rush: best year was about 420 orders (2021)\n",
    )
    posting = "Working knowledge of Bluebeam Revu or PlanSwift."
    found = _kinds(_check("In 2021 I was voted Best Florist by our readers.", margot, posting))
    assert ("claim", "Best Florist") in found
    found = _kinds(_check("I've started marking up takeoffs in Bluebeam Revu.", margot, posting))
    assert ("tool", "Bluebeam Revu") in found


def test_a_past_first_year_a_list_s_last_item_and_a_second_title_at_the_clause_end(
    tmp_path: Path,
) -> None:
    """From tuned-89 and tuned-90's blind run."""
    dana = write_profile(
        tmp_path,
        "dana.yaml",
        "name: Dana Whitfield\n"
        "experience:\n"
        "  - company: Highline Barre\n"
        "    title: Barre Instructor\n"
        "    start: 2021-01\n"
        "    highlights:\n"
        "      - Teach 8 classes a week\n"
        "      - Front desk lead since January 2023\n",
    )
    posting = "Handle memberships and billing in Mindbody."

    def kinds(text: str) -> set[tuple[str, str]]:
        return _errors(text, dana, posting)

    assert ("number", "35%") in kinds("I cut no-shows by 35% in my first year.")
    assert kinds("I would aim to cut no-shows by 35% in my first year.") == set()
    text = "I teach 8 classes a week, and handle memberships and refunds in Mindbody."
    assert "Mindbody" in {words for _, words in kinds(text)}
    text = (
        "I have taught there since 2021, and since 2023 as front desk lead and assistant manager."
    )
    assert ("title", "assistant manager") in kinds(text)
    # a title after "and" at the end of a clause, with none before it, is not read as one
    assert kinds("I like the front desk team and the manager.") == set()


def test_a_manner_participle_building_on_studies_and_a_title_then_held_at_a_place(
    tmp_path: Path,
) -> None:
    """From tuned-91 and tuned-92's blind run."""
    dale = write_profile(
        tmp_path,
        "dale.yaml",
        "name: Dale Kowalczyk\n"
        "experience:\n"
        "  - company: Northgate Foods\n"
        "    title: Meat Clerk\n"
        "    start: 2022-01\n"
        "    highlights:\n"
        "      - Run the band saw for chops and soup bones under the meat manager\n"
        "education:\n"
        "  - {degree: Certificate, field: Accounting, school: Columbus State, year: 2020}\n",
    )
    ahead = "## What am I excited about? What will I learn?\n\n"
    for text, kind in (
        ("Band saw: chops and soup bones, supervised.", "note"),
        (ahead + "- Building on my Columbus State accounting coursework.\n", "note"),
    ):
        assert _errors(text, dale, kind=kind) == set(), text
    text = "I was a meat clerk and then assistant meat manager at the Northgate store."
    assert ("title", "assistant meat manager") in _errors(text, dale)
    posting = "Test flue gas with a Bacharach Fyrite combustion analyzer."
    text = "I test flue gas with a Bacharach Fyrite analyzer on every call."
    assert ("tool", "Bacharach Fyrite") in _errors(text, dale, posting)


def test_spelled_out_initials_a_cadence_either_way_a_near_miss_and_a_gap_worked_on(
    tmp_path: Path,
) -> None:
    """From tuned-93 and tuned-94's blind run."""
    priya = write_profile(
        tmp_path,
        "priya.yaml",
        "name: Priya Raman\n"
        "experience:\n"
        "  - company: Lakeview Clinic\n"
        "    title: Health Unit Coordinator\n"
        "    start: 2020-01\n"
        "    highlights:\n"
        "      - Tracked license dates for 6 physicians and 3 nurse practitioners\n"
        "      - Run drive-through violation inspections every two weeks\n"
        "      - Chaired the unit clerk practice council since 2021\n"
        "certifications:\n"
        "  - M-100 The Essentials of Community Association Management\n",
    )
    for text in (
        "I tracked license dates for 6 physicians and 3 NPs.",  # initials it spells out
        "I run biweekly drive-through inspections.",  # "every two weeks"
    ):
        assert _errors(text, priya) == set(), text
    note = "## Where can I add value?\n\n- Sterndrives: Volvo Penta, which I haven't worked on.\n"
    assert _errors(note, priya, "We service Volvo Penta sterndrives.", kind="note") == set()
    ahead = "## What am I excited about? What will I learn?\n\n"
    text = ahead + "- Going deeper on budgets and reserve studies.\n"
    assert _errors(text, priya, kind="note") == set()
    # a chance run of words spells no credential: "clerk practice council since"
    assert ("certification", "CPCS") in _errors("I hold the CPCS credential.", priya)
    # a near miss at the company's name: another word, or its words in another order; not a
    # course the profile names
    company = {"company": "Hollis Brook Septic Services"}
    text = "Hollis Creek Septic is family-run, like our farm was."
    assert ("company", "Hollis Creek Septic") in _errors(text, priya, **company)
    text = "## What am I excited about? What will I learn?\n\n- Helping Page & Wick Books grow.\n"
    assert ("company", "Page & Wick Books") in _errors(
        text, priya, company="Wick & Page Books", kind="note"
    )
    text = "I completed The Essentials of Community Association Management."
    assert not _errors(text, priya, company="Ironwood Community Management") & {
        ("company", "The Essentials of Community Association Management")
    }


def test_an_initial_ends_no_sentence_views_of_fit_and_levels_listed_after_their_initials(
    tmp_path: Path,
) -> None:
    """From tuned-95 and tuned-96's blind run."""
    hannah = write_profile(
        tmp_path,
        "hannah.yaml",
        "name: Hannah Oyelaran\n"
        "experience:\n"
        "  - company: Northridge Elementary\n"
        "    title: Lead Cook\n"
        "    start: 2021-08\n"
        "    highlights:\n"
        "      - Closed out the end-of-day point-of-sale reconciliation\n"
        "      - Teach the Saturday repotting workshops (15 sessions in 2025)\n"
        "      - Managed collectors\n"
        "skills: [FDCPA, Member Service]\n"
        "certifications:\n"
        "  - SNA Certificate in School Nutrition – Level 1\n",
    )
    for text in (
        "I closed out the POS reconciliation.",  # "point-of-sale" spells it
        "I teach the Saturday repotting workshops; we ran fifteen of them in 2025.",
        "My working knowledge of the FDCPA carries over directly.",
        "I would sign up for the OSHA 30 right away.",
        "I hold the SNA Level 1 certificate; the 18-month window seems fair to me.",
        "I am comfortable with eight weeks of on-site training.",
    ):
        assert (
            _errors(text, hannah, "Earn Level 2 within 18 months; eight weeks of training.")
            == set()
        ), text
    # initials spelled across two facts ("collectors" / "Member Service") are no one thing's
    assert ("certification", "CMS") in _errors("I already hold the CMS designation.", hannah)
    text = "I hold the SNA Level 1 and Level 2 certificates."
    assert ("certification", "Level 2") in _errors(text, hannah)
    assert ("certification", "SNA Level 2") in _errors(
        "I hold the SNA Level 2 certificate.", hannah
    )
    # "J." is an initial: the school's whole name is one sentence's
    text = "I started evening classes at J. Sargeant Reynolds Community College."
    assert ("school", "J. Sargeant Reynolds Community College") in _errors(text, hannah)


def test_a_licence_s_class_and_endorsements_a_desk_of_a_workplace_and_the_job_s_own_place(
    tmp_path: Path,
) -> None:
    """From tuned-97 and tuned-98's blind run."""
    luis = write_profile(
        tmp_path,
        "luis.yaml",
        "name: Luis Ferreira\n"
        "summary: Skip tracer with four and a half years of finding people.\n"
        "experience:\n"
        "  - company: Brightwater Residential\n"
        "    title: Maintenance Technician\n"
        "    start: 2021-03\n"
        "    highlights:\n"
        "      - Assisted the chief engineer with quarterly PTAC cleaning\n"
        "      - Run semi-monthly payroll through Gusto\n"
        "  - company: NC Cooperative Extension\n"
        "    title: Administrative Assistant\n"
        "    start: 2012-08\n"
        "    end: 2017-02\n"
        "education:\n"
        "  - {degree: Psychology coursework, school: Eastern Washington University,"
        " start: 2015, year: 2017}\n"
        "certifications:\n"
        "  - CDL Class B with air brakes endorsement\n"
        "  - ABA-approved paralegal certificate\n",
    )
    posting = (
        "Location: Seattle-Tacoma International Airport (SEA)\n"
        "Enter bins only under our confined space entry permits. Work under a PT or PTA.\n"
    )
    company = {"company": "Cascadia Air", "role": "Engineer I – Hotel Maintenance"}
    for text in (
        "I'm applying for the Engineer I – Hotel Maintenance job.",
        "I also assisted the chief engineer with quarterly PTAC cleaning.",
        "I am excited to apply for the position at Seattle-Tacoma International Airport.",
        "I look forward to joining Cascadia Air's team at SEA.",
        "I run payroll through Gusto twice a month.",
        "Before that I spent four and a half years at the NC Cooperative Extension office.",
        "Finding people: four-plus years of skip tracing.",
        "I left Eastern Washington University after two years of psychology.",
        "I can be available for the Sunday mornings the role asks for.",
        "I am ready to complete the background check and SIDA badging process.",
        "I hold an ABA-approved paralegal certificate.",
        "Watching someone go from gripping the chair to trusting their own feet is the best part.",
    ):
        assert _errors(text, luis, posting, **company) == set(), text
    ahead = "## What am I excited about? What will I learn?\n\n"
    for bullet in (
        "Bins: confined space entry done the right way, with permits",  # the posting's term
        "How PTs decide when to progress an exercise.",  # the posting's "PT", plural
        "License: getting my Class A CDL",
    ):
        assert _errors(ahead + f"- {bullet}\n", luis, posting, kind="note") == set(), bullet
    for text, found in (
        ("Driving: I hold a Class A CDL with air brakes.", ("certification", "Class A CDL")),
        ("I hold a CDL Class B and a tanker endorsement.", ("certification", "tanker endorsement")),
        ("At Brightwater, where my title is now operations director, I run the office.",
         ("title", "operations director")),
        ("I spent a year at the front desk of Planet Fitness.", ("employer", "Planet Fitness")),
        ("I am already current in AHA BLS.", ("certification", "AHA BLS")),
        ("As a DANB COA I know the records sequence.", ("certification", "DANB COA")),
    ):  # fmt: skip
        assert found in _errors(text, luis), text
    # a near miss at the company's name, said short ("Co-op") or on a short word ("LLP")
    text = "Pawnee County Co-op is the elevator I grew up hauling to."
    assert ("company", "Pawnee County Co-op") in _errors(
        text, luis, company="Pawnee Valley Cooperative"
    )
    text = "I am excited to apply for the paralegal position at Whitcombe & Hale LLP."
    assert ("company", "Whitcombe & Hale LLP") in _errors(text, luis, company="Whitcombe & Lau LLP")


def test_a_figure_said_twice_a_site_of_a_job_a_step_up_and_a_plain_licence(
    tmp_path: Path,
) -> None:
    """From tuned-99 and tuned-100's blind run."""
    caleb = write_profile(
        tmp_path,
        "caleb.md",
        "# Caleb Mwangi\n\n## Experience\n\n"
        "Sunbelt Show Labor, Orlando · Installer\nMarch 2024 – present\n"
        "- Install and dismantle labor for exhibitors at the Orange County Convention Center\n"
        "- Teach new wearers to pair their aids, usually in a 30-minute follow-up visit\n"
        "- Trained 4 new hires on feeding and raceway cleaning\n\n"
        "Puget Sound Day Camps — Camp Counselor\nSummers 2019, 2020, 2021\n"
        "- Group of 12 campers ages 6–8\n\n"
        "## Certifications\n- OSHA 10\n- Valid Michigan driver's license with a clean record\n",
    )
    assert caleb.employers == {"Sunbelt Show Labor", "Puget Sound Day Camps"}
    posting = "Coach new wearers through the first 30 days. Assemble Octanorm and Bema frames."
    for text in (
        "In 30-minute follow-ups I teach new wearers to pair their aids, which fits your focus on"
        " the first 30 days.",
        "For two years I have worked show labor at the Orange County Convention Center.",
        "I have a valid license with a clean record.",
        "The job is a hundred small decisions made before anyone notices.",
        "I spent three summers as a counselor with Puget Sound Day Camps.",
        "I'm happy to come by the Octanorm showroom any time.",
    ):
        assert _errors(text, caleb, posting) == set(), text
    ahead = "## What am I excited about? What will I learn?\n\n"
    for bullet in (
        "OSHA 30, up from my OSHA 10",
        "Training: showed four new hires the feeding and cleaning routine",
    ):
        assert _errors(ahead + f"- {bullet}\n", caleb, posting, kind="note") == set(), bullet
    # the last of the applicant's own deeds, a participle after "and", is theirs too
    text = "I have done move-ins on shows, building booths, and assembling Octanorm frames."
    assert any(words == "Octanorm" for _, words in _errors(text, caleb, posting))


def test_a_relative_clause_s_figure_a_step_short_a_label_s_deed_and_a_tool_after_and(
    tmp_path: Path,
) -> None:
    """From tuned-101 and tuned-102's blind run."""
    luis = write_profile(
        tmp_path,
        "luis.yaml",
        "name: Luis Ferreira\n"
        "contact: {location: 'Pueblo, CO'}\n"
        "summary: I also make most of the fittings for our jobs in a small shop.\n"
        "experience:\n"
        "  - company: Tri-County Comfort\n"
        "    title: HVAC Installer\n"
        "    start: 2019-01\n"
        "    highlights:\n"
        "      - Fabricate transitions and offsets in the company's small shop\n"
        "skills: [Gingr]\n"
        "certifications:\n"
        "  - MOS Excel Associate\n",
    )
    posting = (
        "Arkvale Mechanical, Colorado Springs. We ship to all 50 states. The Expert certification"
        " is a plus. Keep learner hours in LACES. Book in MoeGo. CANA certification preferred."
    )
    for text in (
        "Most of the fittings for our jobs I build myself in the company's small shop.",
        "I live in Pueblo, so Colorado Springs is a commute I can make every day.",
        "A retailer that ships to all 50 states is the kind of work I have been building toward.",
        "I hold the MOS Excel Associate certification, one level short of the Expert certification"
        " you mention.",
        "I have no mortuary science schooling or CANA certification.",
    ):
        assert _errors(text, luis, posting) == set(), text
    ahead = "## What am I excited about? What will I learn?\n\n"
    text = ahead + "- Moving my booking habits from Gingr to MoeGo.\n"
    assert _errors(text, luis, posting, kind="note") == set()
    for bullet, found in (
        # a label, then a deed: the applicant's, whatever company it names
        ("Shop: worked as lead fabricator and ran the company's fabrication shop",
         ("title", "lead fabricator")),
        # a tool used after a credential said before "and"
        ("Data: I'm CASAS certified and already enter learner hours in LACES.", ("tool", "LACES")),
    ):  # fmt: skip
        assert found in _errors(f"- {bullet}\n", luis, posting, kind="note"), bullet


def test_a_first_word_alike_a_camel_case_credential_and_pay_sought(tmp_path: Path) -> None:
    """From tuned-103 and tuned-104's blind run."""
    lucia = write_profile(
        tmp_path,
        "lucia.yaml",
        "name: Lucia Andrade\n"
        "experience:\n"
        "  - company: Lakeshore Clinic\n"
        "    title: Patient Access Representative\n"
        "    start: 2020-01\n"
        "    highlights:\n"
        "      - Schedule interpreters for a 3-acre section\n",
    )
    posting = (
        "Pay: $24.00–$29.00 per hour. CCHI CoreCHI certification preferred. 14 acres of glass."
    )
    assert (
        _errors("Based on the posted range, I am seeking $25.00-$27.00 per hour.", lucia, posting)
        == set()
    )
    ahead = "## What am I excited about? What will I learn?\n\n"
    text = ahead + "- Seeing all 14 acres instead of my one section\n"
    assert _errors(text, lucia, posting, kind="note") == set()
    text = "I earned my CoreCHI certification in 2023."
    assert ("certification", "CoreCHI") in _errors(text, lucia, posting)
    for company, bullet, found in (
        ("Ridgeline Roofing & Exteriors", "Own crew: running a Ridgeway Roofing crew every day",
         "Ridgeway Roofing"),
        ("Corbett Auto Supply", "Catalogs: learning the ones Corwin Auto Parts uses.",
         "Corwin Auto"),
    ):  # fmt: skip
        text = ahead + f"- {bullet}\n"
        assert ("company", found) in _errors(text, lucia, company=company, kind="note"), bullet
    # the company's own name is no near miss at it
    text = ahead + "- Joining the Ridgeline Roofing crew\n"
    assert _errors(text, lucia, company="Ridgeline Roofing & Exteriors", kind="note") == set()


def test_a_degree_from_a_school_a_letter_s_bullet_and_an_employer_like_the_company(
    tmp_path: Path,
) -> None:
    """From tuned-105 and tuned-106's blind run."""
    gemma = write_profile(
        tmp_path,
        "gemma.yaml",
        "name: Gemma Rourke\n"
        "experience:\n"
        "  - company: Marlow County Board of Elections\n"
        "    title: Chief Election Judge\n"
        "    start: 2022-01\n"
        "    highlights:\n"
        "      - Custom framer at Hobby Lane since July 2020\n"
        "education:\n"
        "  - {degree: BA, field: Art History, school: University of Wisconsin–Milwaukee,"
        " year: 2016}\n"
        "awards:\n"
        "  - Employee of the Quarter, Crystal Clear Window Co. (Q2 2024)\n",
    )
    company = {"company": "Marlow County Board of Elections", "role": "Elections Specialist"}
    text = "I am applying for the position at the Marion County Board of Elections."
    assert ("company", "Marion County Board of Elections") in _errors(text, gemma, **company)
    letter = "Dear team,\n\nI frame.\n\n- Art background: BA in art history from UW-Madison.\n"
    assert ("school", "UW-Madison") in _errors(letter, gemma)
    for text in (
        "My degree is a BA in Art History from UW-Milwaukee.",  # the profile's school, short
        "I was proud to be named Employee of the Quarter for the second quarter of that year.",
        "No CCA and no bachelor's degree.",
    ):
        assert _errors(text, gemma) == set(), text
    text = "I have been a custom framer since July 2020, and frame shop manager there since 2023."
    assert ("title", "frame shop manager") in _errors(text, gemma)
    posting = "Book visits in Epic Cadence. Write up tickets in Lightspeed Retail."
    text = "I have booked follow-up visits in Epic Cadence."
    assert ("tool", "Epic Cadence") in _errors(text, gemma, posting)
    ahead = "## What am I excited about? What will I learn?\n\n- POS: Lightspeed tickets\n"
    assert _errors(ahead, gemma, posting, kind="note") == set()
    text = "Pure-water cleaning, the same approach SunSheen uses on rooftop arrays."
    assert (
        _errors(
            text,
            gemma,
            "SunSheen cleans rooftop arrays with pure water.",
            company="SunSheen Panel Care",
        )
        == set()
    )


def test_an_award_s_own_name_a_bracketed_title_a_plan_s_hours_and_a_spectator_s_part(
    tmp_path: Path,
) -> None:
    """From tuned-107 and tuned-108's blind run."""
    jordan = write_profile(
        tmp_path,
        "jordan.json",
        '{"basics": {"name": "Jordan Alvarez"}, "work": [{"name": "Capital City Rentals",'
        ' "position": "Rental Agent", "startDate": "2022-06", "highlights": ["Coordinate site'
        ' visits for funders"]}, {"name": "Stride Athletic Footwear", "position": "Sales Lead'
        ' (Keyholder)", "startDate": "2019-08", "endDate": "2022-05"}], "awards": [{"title":'
        ' "Top Protection Sales Agent", "date": "2025-12", "awarder": "Capital City Rentals"}],'
        ' "certificates": [{"name": "OSHA 10-Hour Construction"}], "skills": [{"name":'
        ' "Counter", "keywords": ["Record360"]}]}',
    )
    posting = (
        "Earn the CPSGT within 6 months and the RPSGT within 2 years. OSHA 30 preferred. "
        "Experience with GPS machine control (Trimble Earthworks or Topcon) preferred. "
        "Touch-up with Mohawk products. Write Individual Employment Plans."
    )
    for text in (
        "In 2025 I earned our Top Protection Sales Agent award.",  # an award's fact need not
        "Before that I spent nearly three years as a retail Sales Lead.",  # say "award"
        "I'd take the 30-hour course if you want it.",  # a plan's length of time
        "I have not sprayed varnish myself, I have only watched Mohawk touch-up work.",
        "I'm fine with the CPSGT in 6 months and RPSGT in 2 years.",  # a term of the job
        "I coordinate funder visits.",  # "funders" and "funder" are one word
    ):
        assert _errors(text, jordan, posting) == set(), text
    ahead = "## What am I excited about? What will I learn?\n\n"
    text = ahead + "- WIOA: Individual Employment Plans, which I've only seen from the outside\n"
    assert _errors(text, jordan, posting, company="INWP", kind="note") == set()
    # but a system the posting asks for, used; initials after a note's label; a letter's
    # paragraph opened by a label lists the applicant's own
    text = "I grade pads with a laser, and on the bigger pads with Trimble Earthworks."
    assert ("tool", "Trimble Earthworks") in _errors(text, jordan, posting)
    text = "## Where can I add value?\n\n- Credentials: GCDF, plus coursework\n"
    assert ("certification", "GCDF") in _errors(
        text, jordan, "GCDF certification preferred", company="INWP", kind="note"
    )
    letter = "Dear team,\n\nI rent cars.\n\nSafety: OSHA 10 and OSHA 30, and flagger cards.\n"
    assert ("certification", "OSHA 30") in _errors(letter, jordan, posting)
    assert ("certification", "OSHA 30") not in _errors(
        "Dear team,\n\nI rent cars.\n\nSafety matters: I have OSHA 10, not OSHA 30.\n",
        jordan,
        posting,
    )


def test_forty_one_is_one_figure_and_a_compound_s_last_word_is_no_verb(tmp_path: Path) -> None:
    """From tuned-107 and tuned-80: "Forty-one" is 41; "chain-drive units" licenses no "led",
    but "shadow-trained" licenses "trained"."""
    assert [n.value for n in claims.numbers("Forty-one of my students passed")] == [41.0]
    dario = write_profile(
        tmp_path,
        "dario.yaml",
        "name: Dario Pellegrini\n"
        "experience:\n"
        "  - company: Northgate Apartments\n"
        "    title: Maintenance Technician\n"
        "    start: 2021-03\n"
        "    highlights:\n"
        "      - Installed 11 wall-mount openers when the property replaced its chain-drive units\n"
        "      - Onboarded and shadow-trained 7 new techs\n",
    )
    text = "I led the property's opener replacement project."
    assert any(k == "scope" for k, _ in _errors(text, dario))
    assert _errors("I trained 7 new techs.", dario) == set()


def test_dotted_initials_a_second_verb_s_object_a_licence_held_and_a_title_since_a_year(
    tmp_path: Path,
) -> None:
    """From tuned-109 and tuned-110's blind run."""
    kyle = write_profile(
        tmp_path,
        "kyle.yaml",
        "name: Kyle Amundsen\n"
        "experience:\n"
        "  - company: Bright Pane Window Cleaning\n"
        "    title: Window Cleaning Technician\n"
        "    start: 2021-04\n"
        "    highlights:\n"
        "      - Review and index about 90 work orders a day for billing\n"
        "      - Check ladder tags and harness dates against the safety standards, and return"
        " gear that does not meet them\n"
        "      - Crew lead on weekend jobs since 2024\n"
        "education:\n"
        "  - {degree: Associate of Applied Science, field: Business, school: Hennepin Tech,"
        " year: 2019}\n"
        "skills:\n"
        "  Driving: [Valid Minnesota driver's license]\n"
        "goals:\n"
        "  - Earn a Minnesota commercial pesticide applicator license\n",
    )
    for text in (
        "I hold an A.A.S. in Business from Hennepin Tech.",
        "I review and index about 90 work orders a day, checking ladder tags and harness dates"
        " against the safety standards.",
        "I have a valid Minnesota license and a clean record.",
        "Crew: weekend crew lead since 2024.",
    ):
        assert _errors(text, kyle) == set(), text
    ahead = "## What am I excited about? What will I learn?\n\n"
    text = ahead + "- Finishing the course and earning my Minnesota commercial pesticide licence\n"
    assert _errors(text, kyle, kind="note", company="Skyview") == set()
    text = "I worked a season for Bright Pane, and I interned at C.H. Robinson."
    assert ("employer", "C.H. Robinson") in _errors(text, kyle)
    text = "I hold a Minnesota commercial pesticide applicator license."
    assert ("certification", "Minnesota commercial pesticide applicator license") in _errors(
        text, kyle
    )
    letter = "Hello ClearView Window Co. team,\n\nI clean windows.\n"
    assert ("company", "ClearView Window Co") in _errors(letter, kyle, company="Skyview Glass")
    letter = "Dear team,\n\nI clean windows.\n\n- OSHA 10 and SPRAT Level 1 rope access.\n"
    assert any(w.startswith("SPRAT") for _, w in _errors(letter, kyle, "SPRAT Level 1"))
    for text, title in (
        ("- Since 2021: 6 stops a day at Bright Pane, crew leader since 2023.", "crew leader"),
        ("- Routes: crew leader on a set route of 28 properties", "crew leader"),
    ):
        note = f"## Where can I add value?\n\n{text}\n"
        assert ("title", title) in _errors(note, kyle, kind="note", company="Skyview"), text
    text = "I have been a technician, and lately acting office manager, at Bright Pane."
    assert ("title", "acting office manager") in _errors(text, kyle)
    assert _errors("She presents herself as a leader in the field.", kyle) == set()


def test_a_summary_under_the_name_and_the_first_time_i_understood(tmp_path: Path) -> None:
    """From tuned-109: a text resume's paragraph of sentences under the name is a summary, which
    supports a duty ("running a front desk"), and "the first time I understood" reflects."""
    jolene = write_profile(
        tmp_path,
        "jolene.md",
        "# Jolene Marchetti\n\njolene@example.com\n\nClient services supervisor at a clinic."
        " Eleven years in veterinary medicine, the last six running a front desk.\n\n"
        "## Experience\n\n**Client Services Supervisor** — Riverbend Veterinary Clinic\n"
        "2020 – present\n- Co-led the 2022 switch from Cornerstone to ezyVet with the practice"
        " manager\n",
    )
    assert [f.kind for f in jolene.facts[:2]] == ["summary", "summary"]
    for text in (
        "One thing I have learned from running a front desk: ask why first.",
        "The first time I understood what a practice manager actually does was in 2022, when"
        " our practice manager at Riverbend and I moved the clinic to ezyVet.",
    ):
        assert _errors(text, jolene) == set(), text


def test_a_span_said_twice_a_trade_s_set_listed_years_a_date_and_the_closest_i_came(
    tmp_path: Path,
) -> None:
    """From tuned-111 and tuned-112's blind run."""
    dario = write_profile(
        tmp_path,
        "dario.yaml",
        "name: Dario Vukovic\n"
        "experience:\n"
        "  - company: Harbor Line Tile\n"
        "    title: Tile Setter\n"
        "    start: 2020\n"
        "    highlights:\n"
        "      - Install porcelain panels up to 24x48 inches with a leveling clip system\n"
        "      - Handle purchasing for the restaurant\n"
        "  - company: Brightwater Tile Co.\n"
        "    title: Tile Setter\n"
        "    start: 2018\n"
        "    end: 2020\n"
        "    highlights:\n"
        "      - Worked the 2019 and 2020 holiday peaks\n"
        "  - company: Brightwater Tile Co.\n"
        "    title: Tile Helper\n"
        "    start: 2016\n"
        "    end: 2018\n",
    )
    posting = "Paid training; the next class starts January 11, 2027. CDL Class B preferred."
    for text in (
        "Before Harbor Line I was at Brightwater Tile Co., two years as a helper and then two"
        " as a setter.",
        "I spent four years at Brightwater Tile Co., the last two as a setter.",
        "I set porcelain panels up to 24x48 with a leveling clip system.",
        "I worked two holiday peaks at Brightwater Tile Co.",
        "After two weeks' notice, I could join the January 11 training class.",
        "I don't have a CDL yet; I would get the medical card before my first route and start"
        " CDL training right away.",
        "That is the closest I've come to power chair electronics.",
    ):
        assert _errors(text, dario, posting) == set(), text
    assert ("number", "three") in _errors("I worked three holiday peaks there.", dario)
    text = "I would be proud to support the plan sponsors of Larkspur Retirement Group."
    assert ("company", "Larkspur Retirement Group") in _errors(
        text, dario, company="Lanternfield Retirement Services"
    )
    text = "I also handle purchasing for all three of the owner's restaurants."
    assert any(k == "scope" for k, _ in _errors(text, dario))
    note = "## Where can I add value?\n\n- Electrical: e-bike diagnostics; R-net programming\n"
    found = _errors(
        note, dario, "Program with the R-net Programmer.", company="Keystone", kind="note"
    )
    assert ("claim", "R-net") in found


def test_skills_built_a_department_a_posted_wage_a_schedule_s_hours_and_others_deeds(
    tmp_path: Path,
) -> None:
    """From tuned-113 and tuned-114's blind run."""
    walt = write_profile(
        tmp_path,
        "walt.yaml",
        "name: Walt Jansen\n"
        "experience:\n"
        "  - company: Buckeye Auto Glass\n"
        "    title: Auto Glass Installer\n"
        "    start: 2023-03\n"
        "    highlights:\n"
        "      - Install windshields in the shop bay, about six vehicles a day\n"
        "      - Tune roughly 12 pianos a week\n"
        "      - Set up calibration targets for the lead technician\n"
        "certifications:\n"
        "  - ServSafe Food Handler, 2024\n",
    )
    posting = (
        "Use MarketLink for SNAP. Complete the City's Parking Enforcement Academy. $20–$24 per"
        " hour. Walls are 45-foot lead walls. ServSafe Manager within six months."
    )
    company = {"company": "Valley Commons Farmers Market"}
    for text in (
        "I am eager to take the skills I have built in the shop bay out to your customers.",
        "So far I have set up targets for the lead technician.",
        "I expect the Parking Enforcement Academy is where I would learn that part.",
        "I can start March 1, and the posted $20–$24 an hour is fine.",
        "The Monday–Thursday 7 to 3:30 schedule works for me.",
        "I have tuned a lot of pianos that nobody has played in years.",
        "I hold a ServSafe Food Handler card and would earn ServSafe Manager within six months.",
    ):
        assert _errors(text, walt, posting, **company) == set(), text
    kofi = write_profile(
        tmp_path,
        "kofi.yaml",
        "name: Kofi Brandt\nexperience:\n  - company: Basecamp\n    title: Route Setter\n"
        "    start: 2022\n    highlights:\n      - Coached a youth bouldering team twice a week\n",
    )
    text = "Before setting I coached the youth bouldering team twice a week."
    assert _errors(text, kofi) == set()  # a time, the work named by its trade
    ahead = "## What am I excited about? What will I learn?\n\n"
    note = ahead + "- Rope setting on 45-foot walls (new to me)\n"
    assert _errors(note, walt, posting, kind="note", **company) == set()
    letter = "Dear Parking Services hiring team,\n\nI install glass.\n"
    assert _errors(letter, walt, "Parking enforcement for the city.", company="City of X") == set()
    # but the company's other words do not make a clause its own ("the Eastside Farmers Market
    # token booth"), and a hope names the company applied to, not another
    text = "I volunteered at the Eastside Farmers Market booth, exchanging tokens in MarketLink."
    assert ("tool", "MarketLink") in _errors(text, walt, posting, **company)
    for line in (
        "- Criminal defense intake, which is new to me, and how the Pierce County Public Defender"
        " runs conflict checks",
        "- Learning venipuncture through CSL Plasma's paid training",
    ):
        found = {k for k, _ in _errors(ahead + line + "\n", walt, posting, kind="note", **company)}
        assert "company" in found, line


def test_a_gap_s_lead_in_over_a_list_a_comparison_a_credential_to_earn_and_a_duty_line(
    tmp_path: Path,
) -> None:
    """From tuned-115 and tuned-116's blind run."""
    keisha = write_profile(
        tmp_path,
        "keisha.yaml",
        "name: Keisha Bramwell\n"
        "experience:\n"
        "  - company: Parents as Teachers\n"
        "    title: Home Visitor\n"
        "    start: 2019\n"
        "    highlights:\n"
        "      - Monthly home visits with a caseload of 22 families\n"
        "      - Case notes in Penelope within 48 hours of each visit\n"
        "      - Assisted the journeyman on 12 tank-to-tankless conversions (Navien)\n"
        "      - Worked with the senior buyer to track shrink by commodity in Excel\n",
    )
    posting = (
        "Carry a caseload of about 45 families. Document in PELICAN EI. Earn the Pennsylvania EI"
        " Service Coordinator credential. Navien or Rinnai factory certification."
    )
    for text in (
        "A caseload of 45 is more than I carried as a home visitor.",
        "I wrote case notes in Penelope within 48 hours of each visit.",
        "Working at Parents as Teachers means I have opened a lot of other people's files.",
        "The project I am proudest of is a plain Excel sheet.",
    ):
        assert _errors(text, keisha, posting) == set(), text
    letter = (
        "Dear team,\n\nI visit families.\n\nWhat I don't have yet:\n"
        "- The Pennsylvania EI Service Coordinator credential. I'd complete it in 90 days.\n"
        "- PELICAN EI.\n"
    )
    assert _errors(letter, keisha, posting) == set()
    ahead = "## What am I excited about? What will I learn?\n\n"
    note = (
        ahead + "- Tankless: Building on the 12 Navien conversions I assisted with and earning"
        " Navien or Rinnai factory certification.\n"
    )
    assert _errors(note, keisha, posting, company="Brightwater", kind="note") == set()
    # but a list under a lead-in that names no gap is the applicant's, and so is a leading
    text = "Dear team,\n\nI visit families.\n\nWhat I have:\n- The CPA credential.\n"
    assert any(k == "certification" for k, _ in _errors(text, keisha, posting))
    assert any(k == "scope" for k, _ in _errors("I headed the case notes team.", keisha))


def test_a_credential_named_as_one_a_gap_list_with_my_a_want_and_a_plural_possessive(
    tmp_path: Path,
) -> None:
    """From tuned-117 and tuned-118's blind run."""
    jonah = write_profile(
        tmp_path,
        "jonah.yaml",
        "name: Jonah Petrakis\n"
        "experience:\n"
        "  - company: Salish Charters\n"
        "    title: Deckhand\n"
        "    start: 2022\n"
        "    highlights:\n"
        "      - Line handling and docking on a six-pack charter boat\n"
        "skills:\n"
        "  - STCW Basic Training; TWIC card; AIARE 1\n",
    )
    posting = "Merchant Mariner Credential (MMC) with an Ordinary Seaman endorsement."
    held = "What I have: a Merchant Mariner Credential, STCW Basic Training and a TWIC card."
    assert ("certification", "Merchant Mariner Credential") in _errors(held, jonah, posting)
    for text in (
        "What I don't have yet: my Merchant Mariner Credential.",
        "I have AIARE 1 and STCW Basic Training; I want Pro 1 and, eventually, a mate's ticket.",
    ):
        assert _errors(text, jonah, posting) == set(), text
    note = "- Credential: getting my MMC with Ordinary Seaman endorsement\n"
    assert not any(w == "Credential" for _, w in _errors(note, jonah, posting, kind="note"))
    hope = "I would be glad to support Lakeview Memorial Gardens' mission of caring for families."
    found = _errors(hope, jonah, posting, company="Fairhaven Memorial Park")
    assert ("company", "Lakeview Memorial Gardens") in found
    # a rank word inside an employer's name after its possessive is no title
    helen = write_profile(
        tmp_path,
        "helen.md",
        "# Helen Marchetti\n\n## Experience\n\n"
        "Case Manager, St. Brendan's Senior Services (Kettering, OH) | 2016 – 2023\n",
    )
    text = "I remember my years as a case manager at St. Brendan's Senior Services."
    assert _errors(text, helen) == set()


def test_a_hope_for_a_firm_of_the_same_trade_or_a_name_with_of_the(tmp_path: Path) -> None:
    """From tuned-117 and tuned-118's blind run."""
    darnell = write_profile(
        tmp_path,
        "darnell.yaml",
        "name: Darnell Okafor\n"
        "experience:\n"
        "  - company: Maumee Valley Laundry Service\n"
        "    title: Field Service Technician\n"
        "    start: 2021\n",
    )
    ahead = "## What am I excited about? What will I learn?\n\n"
    for line, company in (
        ("- Factory training: whichever Tidewater Laundry sends techs to.", "Carroway Laundry"),
        ("- Learning how the team at Hospice of the Miami Valley works.", "Stillwater Hospice"),
    ):
        found = _errors(ahead + line + "\n", darnell, kind="note", company=company)
        assert "company" in {k for k, _ in found}, line
    # but a firm of the same trade in what the applicant did is no hope for it
    text = "I fixed dryers at Maumee Valley Laundry Service for Tidewater Laundry and others."
    assert "company" not in {k for k, _ in _errors(text, darnell, company="Carroway Laundry")}


def test_a_second_verb_with_no_subject_has_the_one_before_it(tmp_path: Path) -> None:
    """From tuned-117's blind run: "..., and record every interment in PlotBox"."""
    marisol = write_profile(
        tmp_path,
        "marisol.yaml",
        "name: Marisol Vance\n"
        "experience:\n"
        "  - company: City of Dayton Cemeteries\n"
        "    title: Grounds Lead\n"
        "    start: 2016\n"
        "    highlights:\n"
        "      - Open and close graves with a backhoe\n",
    )
    posting = "Enter interment records in PlotBox."
    text = "I open and close graves each year, and record every interment in PlotBox."
    assert ("tool", "PlotBox") in _errors(text, marisol, posting)
    # but not when the words before it open a clause of their own
    text = "You list PlotBox, and after years of paper maps I would like to learn it."
    assert _errors(text, marisol, posting) == set()


def test_running_a_drill_is_leading_it(tmp_path: Path) -> None:
    """From tuned-117's blind run: a skill line's "lift evacuation rope systems" does not make
    "I have run the lift evacuation drill" a doing, where the fact says "Helped with" it."""
    wren = write_profile(
        tmp_path,
        "wren.md",
        "# Wren Halvorsen\n\n## Experience\n\n### Patroller, Bramble Hill (2021 – present)\n\n"
        "- Helped with the annual lift evacuation drill on the double chair, 2023–2025\n\n"
        "## Skills\n\nCascade toboggan · lift evacuation rope systems\n",
    )
    text = "I have run the lift evacuation drill on our double chair."
    assert "scope" in {k for k, _ in _errors(text, wren)}
    assert _errors("I helped with the lift evacuation drill on our double chair.", wren) == set()


def test_a_hope_said_of_a_later_item_a_step_up_a_mate_and_a_coded_standard(
    tmp_path: Path,
) -> None:
    """From tuned-117 and tuned-118's blind run."""
    dale = write_profile(
        tmp_path,
        "dale.yaml",
        "name: Dale Kubiak\n"
        "experience:\n"
        "  - company: Salish Charters\n"
        "    title: Deckhand\n"
        "    start: 2019\n"
        "    highlights:\n"
        "      - Track visits and volunteer hours in Bloomerang\n"
        "      - Barn worker on a broiler farm\n"
        "skills:\n"
        "  - EPA Section 608 Type II; OSHA 10-Hour General Industry\n",
    )
    posting = "Document in Homecare Homebase. NFPA 70E training."
    note = (
        "- Records: visits and hours in Homecare Homebase and Bloomerang, plus reports that I hope"
        " someone reads.\n"
    )
    assert "Homecare Homebase" in {w for _, w in _errors(note, dale, posting, kind="note")}
    for text, found in (
        ("This year I also stepped up to assistant farm manager.", "title"),
        ("- Safety briefings: before every charter trip, two seasons as relief mate\n", "title"),
        (
            "- EPA Section 608 Type II, NFPA 70E and OSHA 10-Hour General Industry.\n",
            "certification",
        ),
    ):
        assert found in {k for k, _ in _errors(text, dale, posting, kind="note")}, text
    # but a hope said right after the thing is still said of it
    note = "- Records: Homecare Homebase is a system I hope to learn.\n"
    assert _errors(note, dale, posting, kind="note") == set()


def test_a_reach_in_a_lesson_drawn_is_no_claim(tmp_path: Path) -> None:
    """From tuned-117's blind run: "every service" is what families rely on, not a reach."""
    marisol = write_profile(
        tmp_path,
        "marisol.yaml",
        "name: Marisol Vance\n"
        "experience:\n"
        "  - company: City of Dayton Cemeteries\n"
        "    title: Grounds Lead\n"
        "    start: 2016\n"
        "    highlights:\n"
        "      - Coordinate burial times with six local funeral homes\n",
    )
    text = (
        "I also coordinate burial times with six local funeral homes, which has shown me how much"
        " families rely on every service being on time."
    )
    assert _errors(text, marisol) == set()
    text = "I also coordinate burial times with funeral homes for every service in the county."
    assert ("scope", "every service") in _errors(text, marisol)


def test_figures_of_speech_holidays_dotted_degrees_cert_labels_and_trainers(
    tmp_path: Path,
) -> None:
    """From tuned-119 and tuned-120's blind run."""
    imogen = write_profile(
        tmp_path,
        "imogen.yaml",
        "name: Imogen Talbot\n"
        "experience:\n"
        "  - company: Brightwell Estate Sales\n"
        "    title: Estate Sale Associate\n"
        "    start: 2022\n"
        "    highlights:\n"
        "      - Built a Google Sheets tracker so each consignor's items can be traced from house"
        " to buyer\n"
        "      - Kept the shop's inventory spreadsheet and ran the monthly count\n"
        "      - Set up the shop's tag-and-pin ticket system with a photo of every pinning\n"
        "      - Site climb-rescue trainer since 2022\n"
        "  - company: Paper Nautilus Books\n"
        "    title: Bookseller\n"
        "    start: 2018\n"
        "    end: 2021\n"
        "    highlights:\n"
        "      - Packed and shipped online orders\n"
        "education:\n"
        "  - {degree: Associate in Arts, school: College of Central Florida, year: 2016}\n"
        "certifications:\n"
        "  - NHA CMAA (2022)\n",
    )
    posting = "A monthly catalogued sale of 400–700 lots. CHAA preferred."
    for text in (
        "At Paper Nautilus Books I packed orders by the dozen at Christmas.",
        "I most want to learn how a catalogue of several hundred lots comes together.",
        "I'm not a ProLiteracy trainer, though I'd like to become one.",
        "I'm the climb-rescue trainer at my site.",
        "I built the spreadsheet that follows consignors' items from house to buyer.",
        "I set up a photo-per-pinning ticket system at Brightwell.",
    ):
        assert _errors(text, imogen, posting) == set(), text
    for text, kind in (
        ("- Certs: BHS Stage 3, Red Cross first aid/CPR.\n", "certification"),
        ("- Lessons: head trainer for the Hollow Creek lesson program.\n", "title"),
        ("- Online sales: as Brightwell's Assistant Cataloguer, I set up auctions.\n", "title"),
    ):
        assert kind in {k for k, _ in _errors(text, imogen, posting, kind="note")}, text
    # a year in brackets does not cut the claim from its "I hold"
    text = "I hold the NHA CMAA (2022) and the CHAA, both of which your posting lists."
    assert "CHAA" in {w for _, w in _errors(text, imogen, posting)}
    # and "A.A." is an associate degree, as a JSON resume's "Associate in Arts" is
    dana = write_profile(
        tmp_path,
        "dana.json",
        '{"basics": {"name": "Dana Whitlock"}, "education": [{"institution": "College of Central'
        ' Florida", "studyType": "Associate in Arts", "endDate": "2015"}]}',
    )
    assert _errors("My degree is an A.A. from College of Central Florida.", dana) == set()


def test_a_tool_after_a_version_a_shop_s_crew_chief_an_applied_degree_and_a_museum_of(
    tmp_path: Path,
) -> None:
    """From tuned-121 and tuned-122's blind run."""
    elliot = write_profile(
        tmp_path,
        "elliot.md",
        "# Elliot Maranda\n\n## Experience\n\n"
        "### Art Handler, Crate & Canvas Fine Art Services (2022 – present)\n\n"
        "- Soft-pack and crate paintings for galleries\n"
        "- Supervised two high school volunteers on Saturday inventory days\n"
        "- Moved the shop's preventive maintenance records from paper cards to an Excel tracker\n\n"
        "## Skills\n\nPastPerfect 5 · Excel\n",
    )
    posting = "Track moves in TMS. A two-year move of 90,000 specimens."
    for text, kind in (
        ("I inventoried objects in PastPerfect 5 and TMS.", "tool"),
        ("Since last year I have been the shop's crew chief.", "title"),
        ("My Associate of Applied Business gave me a grounding in pricing.", "degree"),
        (
            "I also enjoyed supervising high school volunteers on Saturday inventory days, which"
            " the society recognized with its volunteer leadership award.",
            "claim",
        ),
    ):
        assert kind in {k for k, _ in _errors(text, elliot, posting)}, text
    text = "A two-year move of 90,000 specimens at the Roger Williams Park Museum sounds right."
    found = _errors(text, elliot, posting, company="Narragansett Museum of Natural History")
    assert ("company", "Roger Williams Park Museum") in found
    # but a participle between a noun and "by" says how the noun is arranged
    text = "I moved the shop's maintenance records to an Excel tracker organized by hours."
    assert _errors(text, elliot, posting) == set()


def test_a_title_held_also_since_a_year_or_later(tmp_path: Path) -> None:
    """Known misses of tuned-61, tuned-74 and tuned-94."""
    ruth = write_profile(
        tmp_path,
        "ruth.yaml",
        "name: Ruth Okonjo\n"
        "experience:\n"
        "  - company: Spine & Tide Books\n"
        "    title: Bookseller\n"
        "    start: 2021\n",
    )
    for text in (
        "I've been a bookseller at Spine & Tide Books since March 2021, and since 2024 its floor"
        " supervisor.",
        "For the last year I've also been the shop's service manager.",
        "- Door-to-door: 2020 Census enumerator, later field supervisor\n",
        "- Crew: Scheduling in 7shifts; formerly kitchen manager at Buckeye Burger Bar.\n",
    ):
        assert "title" in {k for k, _ in _errors(text, ruth, kind="note")}, text
    # but the time said after a year is no title
    text = "I've been a bookseller at Spine & Tide Books since June 2021, the last year as lead."
    assert ("title", "last year as lead") not in _errors(text, ruth)


def test_dates_two_employers_comparisons_partial_knowledge_oilers_rodeos_and_listed_tools(
    tmp_path: Path,
) -> None:
    """From tuned-123 and tuned-124's blind run."""
    darnell = write_profile(
        tmp_path,
        "darnell.yaml",
        "name: Darnell Okafor\n"
        "experience:\n"
        "  - company: Tidewater Coffee\n"
        "    title: Roaster\n"
        "    start: 2021\n"
        "  - company: Salish Roasting\n"
        "    title: Barista\n"
        "    start: 2018\n"
        "    end: 2021\n"
        "skills:\n"
        "  - Trimble Access; Bernhard Express Dual\n",
    )
    posting = "Our Beavercreek 12 has twelve screens. Process data in Carlson Survey."
    for text in (
        "November 24, 2026",
        "I can start once I have given notice at Tidewater and Salish.",
        "Beavercreek 12 is a much bigger building than anything I've run.",
        "- Partials and Valplast flexibles, which so far I know mostly from the manual.\n",
    ):
        assert _errors(text, darnell, posting) == set(), text
    ahead = "## What am I excited about? What will I learn?\n\n"
    note = ahead + "- Running a twelve-screen building, far bigger than what I know.\n"
    assert _errors(note, darnell, posting, kind="note") == set()
    for text, kind in (
        ("I spent one summer as an oiler for Barnhart Crane.", "title"),
        ("- Safety: no recordable incidents; won the Ohio boom truck rodeo\n", "claim"),
        ("- Instruments: Trimble Access and Carlson Survey\n", "tool"),
    ):
        assert kind in {k for k, _ in _errors(text, darnell, posting, kind="note")}, text


def test_an_aside_to_the_company_a_job_s_place_a_counted_colon_list_and_seasons(
    tmp_path: Path,
) -> None:
    """From tuned-125 and tuned-126's blind run."""
    wren = write_profile(
        tmp_path,
        "wren.json",
        '{"basics": {"name": "Wren Halvorsen"}, "work": ['
        '{"name": "Camp Birchwood", "position": "Nature Program Lead", "startDate": "2020-06",'
        ' "endDate": "2020-08"},'
        '{"name": "Camp Birchwood", "position": "Counselor", "startDate": "2017-06",'
        ' "endDate": "2019-08"},'
        '{"name": "Calle Verde Tacos", "position": "Food Truck Lead", "startDate": "2022-04",'
        ' "highlights": ["Rebuilt the par sheets in 2024 and brought weekly food cost from about'
        ' 34% to 30%"]}]}',
    )
    posting = (
        "Location: Agate Point Regional Park. Deal blackjack, roulette, Three Card Poker,"
        " Mississippi Stud and Ultimate Texas Hold'em. Keep food cost at or below 30%."
    )
    for text in (
        "I'm applying for the Park Ranger position at Agate Point because I like lakes.",
        "I also spent four summers at Camp Birchwood, the last one as Nature Program Lead.",
    ):
        assert _errors(text, wren, posting, company="Lakehead County Parks") == set(), text
    note = (
        "- Food cost: Rebuilt our par sheets in 2024 and brought weekly food cost from about 34%"
        " to 30%, right at your target.\n"
        "- Dealing five of your games from day one: blackjack, roulette, Three Card Poker,"
        " Mississippi Stud and Ultimate Texas Hold'em.\n"
    )
    assert _errors(note, wren, posting, kind="note") == set()
    for text in (
        "I'm applying because it looks like the place where both halves of my working life meet.",
        'I\'m counting on the "equivalent professional experience" line.',
    ):
        assert _errors(text, wren, posting) == set(), text
    # but a season counted past the stay is still a number, and so is a list's wrong count
    text = "I also spent six summers at Camp Birchwood."
    assert ("number", "six") in _errors(text, wren, posting)
    note = "- Dealing six of your games: blackjack, roulette, Three Card Poker and Mississippi Stud"
    assert ("number", "six") in _errors(note + "\n", wren, posting, kind="note")


def test_a_spotless_record_and_a_ranked_post_of_any_trade_are_claims(tmp_path: Path) -> None:
    """From tuned-32 and tuned-126: "zero rejected packages", "never failed an inspection" and
    "where I'm lead naturalist" claim what no profile line gives."""
    teresa = write_profile(
        tmp_path,
        "teresa.md",
        "# Teresa Milbourne\n\n## Experience\n\n"
        "### Notary, Market Street Pack & Ship (2023 – present)\n"
        "- About 60 notarizations a month\n- Zero cash-drawer shortages in the 2024 audits\n"
        "- Volunteer naturalist at Tamarack Nature Center\n",
    )
    for text, words in (
        ("Accuracy: zero rejected packages so far.", "zero rejected packages"),
        ("I have never failed an inspection on my own work.", "never failed an inspection"),
        (
            "I volunteer at Tamarack Nature Center, where I'm lead naturalist.",
            "lead naturalist",
        ),
    ):
        kind = "title" if "naturalist" in words else "claim"
        assert (kind, words) in _errors(text, teresa, kind="note"), text
    # the profile's own record, a gap and a contrast stay quiet
    for text in (
        "I had zero cash-drawer shortages in the 2024 audits.",
        "I have never had the chance to run a closing table.",
        "I'm a volunteer naturalist at Tamarack Nature Center.",
    ):
        assert _errors(text, teresa) == set(), text


def test_posts_risen_to_honours_and_records_of_tuned_127_and_128(tmp_path: Path) -> None:
    """From tuned-127 and tuned-128's blind run: a ranked post risen to or labelled, a ribbon
    or a contest won, a record said as "no X has ever been", a tool the posting wants
    experience of, and an employer listed after "and then"."""
    denise = write_profile(
        tmp_path,
        "denise.md",
        "# Denise Albright\n\n## Experience\n\n"
        "### Unit Clerk — Mercy Valley Hospital, 4 West Medical-Surgical Unit (2020 – present)\n"
        "- Enter orders in Epic for a 32-bed unit\n\n"
        "### Front Desk — Lakeshore Family Dental (2016 – 2020)\n"
        "- Checked patients in\n\n"
        "### Volunteer, Bee School Helper — Mid-Valley Beekeepers Association (2022 – present)\n"
        "- Helped run the spring bee school\n\n## Skills\n\n"
        "- Access control: Brivo (basic cardholder setup)\n\n## Education\n\n"
        "- Two viticulture classes, Santa Rosa Junior College\n",
    )
    posting = (
        "Track crew hours in Croptracker on a tablet (Croptracker experience a plus). The"
        " Certified Monitor Technician credential is preferred; trainees must earn it within"
        " 12 months."
    )
    for text, finding in (
        (
            "Eight years at Mercy Valley Hospital, from apprentice to lead locksmith.",
            ("title", "lead locksmith"),
        ),
        (
            "Experience: senior transcriptionist since 2019, Mercy Valley Hospital",
            ("title", "senior transcriptionist"),
        ),
        ("Honey from my hives took a blue ribbon at the county fair.", ("claim", "blue ribbon")),
        (
            "I won the harvest picking contest two years in a row.",
            ("claim", "harvest picking contest"),
        ),
        (
            "No order of mine has ever been rejected by a pharmacist.",
            ("claim", "No order of mine has ever been rejected by a pharmacist"),
        ),
        (
            "I keep the daily block counts on a Google Sheet and in Croptracker.",
            ("tool", "Croptracker"),
        ),
        (
            "I worked at Lakeshore Family Dental and then Westside Cardiology Associates.",
            ("employer", "Westside Cardiology Associates"),
        ),
    ):
        assert finding in _errors(text, denise, posting, kind="note"), text
    # what the posting asks, the applicant's own words for the profile's, and a school's name
    for text in (
        "I understand that the Certified Monitor Technician credential is preferred; I have"
        " not earned it yet.",
        "I understand I must earn it within 12 months, and I am ready to practise two hours a day.",
        "Similarly, I have set up cardholders in Brivo.",
        "I took two viticulture classes at Santa Rosa Junior College.",
        "I am a unit clerk on 4 West Med-Surg at Mercy Valley Hospital.",
    ):
        assert _errors(text, denise, posting) == set(), text
    note = "- Used to explaining what I'm doing, from helping at the Mid-Valley bee school\n"
    assert _errors(note, denise, posting, kind="note") == set()


def test_degrees_firms_honours_and_machines_of_tuned_129_and_130(tmp_path: Path) -> None:
    """From tuned-129 and tuned-130's blind run: a degree said before what it lets one give, a
    firm's name misspelt, a class won (however it was won), a school that issued a certificate,
    a machine the posting names, and a spotless record said as "no ... incidents"."""
    owen = write_profile(
        tmp_path,
        "owen.md",
        "# Owen Pradzinski\n\n## Experience\n\n"
        "### Apprentice Farrier — Hollis Forge Farrier Service (2022 – present)\n"
        "- Trim and shoe about 25 horses a week\n- Sewed boat cushions since 2018\n\n"
        "## Education\n\n- High school diploma, South River High School, 2017\n",
    )
    posting = (
        "Cut patterns on our Gerber DCS 2500 plotter/cutter. Pasteurize milk in our 500-gallon"
        " Kusel open vat. Class B licence within six months."
    )
    company = {"company": "Tidewater Point Boatyard"}
    for text, finding in (
        (
            "I have sewn since 2018, and, together with an associate degree in interior design,"
            " that experience gives me confidence that I can contribute from day one.",
            ("degree", "associate degree in interior"),
        ),
        (
            "Working inside a full-service boatyard like Tidewater Pointe.",
            ("company", "Tidewater Pointe"),
        ),
        (
            "Last spring I also won the apprentice class at a shoeing contest, mostly by not"
            " panicking.",
            ("claim", "apprentice class"),
        ),
        (
            "Farrier science certificate from Mid-Atlantic Horseshoeing School",
            ("school", "Mid-Atlantic Horseshoeing School"),
        ),
        ("I already cut cushion patterns on a Gerber DCS 2500.", ("tool", "Gerber DCS")),
        ("I have run a Kusel vat on a friend's farm.", ("tool", "Kusel")),
        (
            "Safety-minded: forklift certification, no lost-time incidents",
            ("claim", "no lost-time incidents"),
        ),
    ):
        assert finding in _errors(text, owen, posting, kind="note", **company), text
    # the company's own people, and what the posting asks for, claim nothing
    for text in (
        "I hope to take on the booth full time as your current head sawyer retires.",
        "I'm willing to get the Class B within six months, as the posting asks.",
    ):
        assert _errors(text, owen, posting, **company) == set(), text


def test_posts_firms_schools_and_lists_of_tuned_131_and_132(tmp_path: Path) -> None:
    """From tuned-131 and tuned-132's blind run: a post held since a year or labelled with its
    employer, the company's name with another last word, a school studied at, a tool or a
    credential listed as the applicant's own though the posting names it too."""
    marisol = write_profile(
        tmp_path,
        "marisol.md",
        "# Marisol Vega\n\n## Experience\n\n"
        "### Leather Worker — Ridgeway Leather Co. (2021 – present)\n"
        "- Run the shop's Cobra Class 4 stitcher for production work\n\n"
        "## Skills\n\n- Machines: Cobra Class 4 stitcher, bell skiver\n\n"
        "## Certifications\n\n- Wilderness First Aid, 2023\n",
    )
    posting = (
        "Take in repairs at the counter and write up tickets and estimates in Lightspeed POS."
        " Wilderness First Responder (WFR) preferred. Stitch on our Landis 3 stitchers."
    )
    company = {"company": "Sundog Balloon Rides"}
    for text, finding in (
        (
            "An organist's ear: as assistant organ curator since 2017 I've logged ciphers.",
            ("title", "assistant organ curator"),
        ),
        (
            "Experience: ground crew supervisor, Front Range Balloon Flights, since April 2022",
            ("title", "ground crew supervisor"),
        ),
        ("Leading: a crew of four at Sundog Balloon Tours", ("company", "Sundog Balloon Tours")),
        (
            "Before Ridgeway I studied animal science for a year at Tarleton State.",
            ("school", "Tarleton State"),
        ),
        (
            "Already the repair person at our counter and used to writing tickets in Lightspeed",
            ("tool", "Lightspeed"),
        ),
    ):
        assert finding in _errors(text, marisol, posting, kind="note", **company), text
    text = "I stitch belts (around 30 a week), run our Cobra Class 4 and a Landis 3 for production."
    assert ("tool", "Landis") in _errors(text, marisol, posting)
    text = "Certifications: Wilderness First Aid (2023) and Wilderness First Responder (2023)."
    assert ("certification", "Wilderness First Responder") in _errors(text, marisol, posting)
    # a lesson's second half, a label's own words and a volunteer post are no such claims
    for text, finding in (
        (
            "I ran ornament sessions, which taught me how to keep guests safe and engaged around"
            " the heat.",
            ("scope", "engaged around the heat"),
        ),
        (
            "Crew leadership: As Grounds Lead, I lead a crew at Ridgeway Leather Co.",
            ("title", "As Grounds Lead"),
        ),
        (
            "I have patrolled as a National Ski Patrol volunteer since 2019.",
            ("title", "National Ski Patrol volunteer"),
        ),
    ):
        assert finding not in _errors(text, marisol, posting), text
    for text in (
        "- Training my ear, and someday the AIO exam\n",
        "- Available two weeks after an offer; the Monday–Friday schedule suits me\n",
    ):
        assert _errors(text, marisol, posting, kind="note") == set(), text


def test_degrees_honours_credentials_and_employers_of_tuned_133_and_134(tmp_path: Path) -> None:
    """From tuned-133 and tuned-134's blind run: "My bachelor's in ..." is the applicant's,
    however the sentence ends; "named top watch associate" is an honour; "I hold a current X"
    names a credential; a long lead-in before a colon is no label; and "BFA" is the profile's
    "Bachelor of Fine Arts", "Cardinal Strings'" the company's possessive, "a step up from my
    ..." a topic's aim, "someday along the way" no claim, "I'd upgrade to a WFR" a plan."""
    desmond = write_profile(
        tmp_path,
        "desmond.md",
        "# Desmond Achterberg\n\nThe go-to person at the counter for watch batteries.\n\n"
        "## Experience\n\n"
        "### Sales Associate — Temple University Libraries (2019 – present)\n"
        "- Log and track watches sent out to brand service centers at the counter\n"
        "- Made four-flap enclosures for brittle pamphlets\n\n"
        "## Education\n\n- Bachelor of Fine Arts in Printmaking, Temple University, 2016\n\n"
        "## Certifications\n\n- Wilderness First Aid, NOLS, 2024\n",
    )
    company = {"company": "Cardinal Strings Music"}
    note = (
        "# Where can I add value?\n\n"
        "- My bachelor's in mechanical engineering means calipers don't scare me\n"
        "- I track watches through brand service and was named top watch associate in 2023\n"
        "- Repair at Temple and the Library Company of Philadelphia: hinges and tip-ins\n"
    )
    found = _errors(note, desmond, "", kind="note", **company)
    for finding in (
        ("degree", "bachelor's in mechanical"),
        ("claim", "top watch associate"),
        ("employer", "Library Company of Philadelphia"),
    ):
        assert finding in found, finding
    text = "My first aid is covered: I hold a current Wilderness First Responder from NOLS."
    assert ("certification", "Wilderness First Responder") in _errors(text, desmond, "")
    for text in (
        "My degree is a BFA in printmaking from Temple University.",
        "Taylor authorized service training, useful for Cardinal Strings' warranty work.",
        "Somewhere along the way I became the person at the counter who gets handed the watches.",
        "My first aid is Wilderness First Aid, and I'd upgrade to a WFR before year two.",
    ):
        assert _errors(text, desmond, "", **company) == set(), text
    note = _ahead("- Building clamshell boxes properly, a step up from my four-flap enclosures\n")
    assert _errors(note, desmond, "", kind="note", **company) == set()


def test_counts_in_words_and_a_quals_label(tmp_path: Path) -> None:
    """From tuned-133: "some two thousand theses" is 2,000, not two; what a "Quals:" label
    lists are credentials."""
    tova = write_profile(
        tmp_path,
        "tova.md",
        "# Tova Ridgeway\n\n## Experience\n\n"
        "### Bindery Finisher — Quillstone Print & Copy (2019 – present)\n"
        "- Hand-bound two cloth-covered theses a week\n\n"
        "## Certifications\n\n- S-130/S-190, 2023\n",
    )
    text = "I have hand-bound some two thousand cloth-covered theses for graduate students."
    assert ("number", "two thousand") in _errors(text, tova, "")
    note = "- Quals: S-130/S-190, plus EMT-Basic\n"
    assert ("certification", "EMT-Basic") in _errors(note, tova, "EMT-Basic preferred", kind="note")


def test_paraphrases_of_tuned_135_and_136_stay_quiet(tmp_path: Path) -> None:
    """From tuned-135 and tuned-136's blind run: "taught" for "Trained", a total of two of the
    profile's figures, "one in twenty" for "about 5%", a preference's "twice", idle words
    ("eventually", "for a paycheck"); and a course taken at a school names the school."""
    calla = write_profile(
        tmp_path,
        "calla.md",
        "# Calla Brennecke\n\nPaint store clerk who matches colors all day.\n\n"
        "## Experience\n\n### Fish Room Associate — Reef & Fin Pets (2021 – present)\n"
        "- Maintain about 120 freshwater and 30 saltwater display tanks\n"
        "- Trained 4 new seasonal workers on press sanitation in 2023 and 2024\n"
        "- Catalogued about 600 costume pieces in the storage loft in a Google Sheet\n"
        "- Kept re-tint returns under 3% of custom matches in 2023, down from about 5% when I"
        " started\n",
    )
    for text in (
        "In my current role, I maintain roughly 150 display tanks, about 120 freshwater and 30"
        " saltwater.",
        "I eventually tamed our storage loft by cataloguing about 600 pieces in a spreadsheet.",
        "When I started, about one custom match in twenty came back for a re-tint.",
        "Everything I've matched for a paycheck has been house paint.",
    ):
        assert _errors(text, calla, "") == set(), text
    text = "I would rather ask a silly question once than ruin a gown twice."
    assert _errors(text, calla, "Ask questions before you cut.") == set()
    note = "- Training: taught 4 new seasonal hires press sanitation, 2023–2024\n"
    assert _errors(note, calla, "", kind="note") == set()
    note = "- GIS: Intro to GIS at Penn State Berks, 2024; QGIS basics\n"
    assert ("school", "Penn State Berks") in _errors(note, calla, "", kind="note")


def test_plans_places_courses_and_idioms_of_tuned_137_and_138(tmp_path: Path) -> None:
    """From tuned-137 and tuned-138's blind run: what a background "has prepared me to begin"
    is ahead, a town "is a commute", "Intro to Interpreting" a course, "up to date" and "On
    busy days we see" the writer's words for the profile's own."""
    reuben = write_profile(
        tmp_path,
        "reuben.md",
        "# Reuben Achterberg\n\nLoveland, CO · reuben@example.com\n\n## Experience\n\n"
        "### Maintenance Helper — Tillman's Hardware & Supply (2021 – present)\n"
        "- Kept the work order log in a shared Google Sheets spreadsheet\n"
        "- Greet and ticket 300–600 visitors a day at admissions\n"
        "- ASL I–IV and interpreting coursework, Johnson County Community College\n",
    )
    posting = "A 12-month embalming apprenticeship in Lyons."
    for text in (
        "I believe my experience has prepared me to begin a 12-month apprenticeship with you.",
        "I live in Loveland, so Lyons is a commute I'm happy to make.",
        "I also kept the work order log up to date.",
        "On busy days we see 300 to 600 visitors.",
    ):
        assert _errors(text, reuben, posting) == set(), text
    note = "- School: ASL I–IV and Intro to Interpreting done.\n"
    assert _errors(note, reuben, posting, kind="note") == set()


def test_counts_names_and_asides_of_tuned_139_and_140_stay_quiet(tmp_path: Path) -> None:
    """From tuned-139 and tuned-140's blind run: "all 14 of" the fact's 14 windows, "two
    settings" of the profile's jobs, an employer's name said without "University", another's
    doing ("how a real station handles EAS"), a gerund that is its clause's subject, a thing
    only "read about", idle "plenty" and "even", "fixed" for "repaired", and "CDL" for the
    profile's "Commercial Driver's License"."""
    miriam = write_profile(
        tmp_path,
        "miriam.md",
        "# Miriam Castellanos\n\nDayton, OH · miriam@example.com\n\n## Experience\n\n"
        "### Volunteer — St. Brendan's Episcopal Church (2017 – present)\n"
        "- Assisted a visiting conservator in 2022 in documenting the condition of the church's"
        " 14 stained glass windows\n"
        "### Sales Associate — Keller's Hardware (2019 – present)\n"
        "- Cut glass to customer measurements\n"
        "### Caddie — Sycamore Ridge Country Club (2015 – 2017)\n"
        "- Carried about 3 rounds a week; raked bunkers, repaired ball marks, replaced divots\n"
        "### Audio Assistant — Coulee State University Athletics (2021 – 2023)\n"
        "- Ran audio for livestreams of 30 games on a Behringer X32 mixer\n\n"
        "## Awards\n"
        "- Regional Loss Prevention Case of the Year, Harlow's Department Stores, 2020\n\n"
        "## Skills\n- Research: WorldCat, AbeBooks\n"
        "- Class A Commercial Driver's License with air brake endorsement\n",
    )
    posting = (
        "Prairie Sound is the NPR member station. Relay Emergency Alert System (EAS) tests. Search"
        " WorldCat and OCLC Connexion; draw on DCRM(B)."
    )
    for text in (
        "In 2022, I assisted a visiting conservator in documenting the condition of all 14 of"
        " St. Brendan's stained glass windows.",
        "My hands-on skills come from two settings.",
        "I learned radio at a student station, and running the board for the NPR station here"
        " would feel a bit like a garage band getting booked on the main stage.",
        "I ran audio for 30 livestreamed games on a Behringer X32 for Coulee State Athletics.",
        "Where I fall short, honestly: I have searched WorldCat plenty but never used OCLC"
        " Connexion, and DCRM(B) is so far something I have read about rather than something I"
        " have used.",
        "I caddied at Sycamore Ridge Country Club for three summers, so I have raked plenty of"
        " bunkers and fixed plenty of ball marks and divots.",
        "I hold a Class A CDL with an air brake endorsement.",
        "I was good at it, and a case I worked even earned the Regional Loss Prevention Case of"
        " the Year in 2020.",
    ):
        assert _errors(text, miriam, posting, company="Prairie Sound") == set(), text
    note = _ahead("- Seeing how a real station handles EAS, beyond my one online course\n")
    assert _errors(note, miriam, posting, company="Prairie Sound", kind="note") == set()


def test_posts_deeds_and_licences_of_tuned_139_and_140_are_flagged(tmp_path: Path) -> None:
    """From tuned-139 and tuned-140's blind run: a post held last ("most recently as assistant
    conservator"), a deed in a note's list after its label ("..., ponied horses to the track"),
    a licence whose initials only a name across two lines of the profile made ("Caleb Duchesne"
    and "Lansing"), and "all three of" where the profile's 3 is money."""
    caleb = write_profile(
        tmp_path,
        "caleb.md",
        "# Caleb Duchesne\n\nLansing, MI · caleb@example.com\n\n## Experience\n\n"
        "### Stable Hand — Bluegrass Meadow Equestrian Center (2020 – present)\n"
        "- Hand-walk lay-ups; hold horses for the vet and farrier; load trailers\n"
        "- Renegotiated the linen contract, saving about $3,100 a year\n"
        "### Volunteer — St. Brendan's Episcopal Church (2017 – present)\n"
        "- Assisted a visiting conservator in documenting 14 windows\n",
    )
    note = (
        "- Eight years at St. Brendan's Episcopal Church, most recently as assistant conservator\n"
    )
    assert ("title", "assistant conservator") in _errors(note, caleb, "", kind="note")
    note = "- Handling: hold for vet and farrier, trailer loading, ponied horses to the track\n"
    assert ("scope", "ponied horses to the track") in _errors(note, caleb, "", kind="note")
    note = "- Licence: Class A CDL, clean record\n"
    assert any("CDL" in words for _, words in _errors(note, caleb, "", kind="note"))
    text = "I also handle purchasing for all three of the owner's restaurants."
    assert ("scope", "all three of") in _errors(text, caleb, "")


def test_headings_spans_pay_and_topics_of_tuned_141_and_142_stay_quiet(tmp_path: Path) -> None:
    """From tuned-141 and tuned-142's blind run: a resume section's heading dates its bullets
    ("Clock repair (hobby, since 2014)"), a role held "since" a year is a year shorter in a
    letter written before its anniversary, a figure's years are the employer's it names and not
    another's later in the clause, "the posted rate of $23.41", "I'm now lead barista", "for me
    it's Taiwanese oolong" (an interest), an aside after a topic looked forward to, and a
    forklift licence the profile gives under another name."""
    start = date.today().year - 7
    walter = write_profile(
        tmp_path,
        "walter.md",
        "# Walter Pruitt\n\nAlbany, NY · walter@example.com\n\n## Experience\n\n"
        f"### Bike Courier — Spoke & Satchel Courier Co. ({start} – present)\n"
        "- Kept a 99% on-time rate\n"
        "### Lead Barista — Lantern Street Coffee (2022 – present)\n"
        "- Rebuilt our loose-leaf menu\n"
        "### Dock Hand — Hudson Shores Marina (2017 – 2018)\n"
        "- Tied up boats; operate sit-down counterbalance forklifts; sew covers on a Sailrite\n\n"
        "## Clock repair (hobby, since 2014)\n\n"
        "- Cleaned and repaired about 40 mantel and wall clocks\n\n"
        "## Certifications\n\n- Powered Industrial Truck Operator, Classes IV and V\n\n"
        "## Interests\n\n- Tea: Taiwanese oolong, a tasting notebook\n",
    )
    posting = "Pay: $23.41 per hour. Sew on industrial machines (Pfaff 545, Juki)."
    for text in (
        "Outside work, I've repaired clocks since 2014.",
        "With six years of courier work in Albany and two seasons as a dock hand at Hudson Shores"
        " Marina, I know boats.",
        "I am comfortable with the rotating schedule, and the posted rate of $23.41 per hour meets"
        " my expectations.",
        "At Lantern Street Coffee, where I'm now lead barista, I rebuilt our loose-leaf menu.",
        "You asked about a tea I can't stop thinking about: for me it's Taiwanese oolong.",
    ):
        assert _errors(text, walter, posting) == set(), text
    note = "- Six years of courier work at Spoke & Satchel with a 99% on-time rate\n"
    assert _errors(note, walter, posting, kind="note") == set()
    note = "- Strong safety habits: forklift certification for Classes IV and V\n"
    assert _errors(note, walter, posting, kind="note") == set()
    note = _ahead("- Industrial machines like the Pfaff 545; the Sailrite may get jealous\n")
    assert _errors(note, walter, posting, kind="note") == set()


def test_records_posts_credentials_and_contests_of_tuned_141_and_142_are_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-141 and tuned-142's blind run: "a perfect inspection score" after a label
    that names the company's logs, a post held "now as" or "(now ...)", a credential in small
    letters listed after "I hold" or a note's label, a list's last thing after ", and an", a
    duty joined by "and also", a contest placed at, which is no employer, and a firm named with
    the company's first word and another in another form ("Champlain Canal Corporation")."""
    ines = write_profile(
        tmp_path,
        "ines.md",
        "# Ines Halloran\n\nAnnapolis, MD · ines@example.com\n\n## Experience\n\n"
        "### Dock Hand — Spa Creek Marina (2021 – present)\n"
        "- Fillet, portion and wrap fish; handle lines, fueling and pump-outs\n"
        "### Print Clerk — Inkwell Copy & Ship (2021 – present)\n- Ran 40-60 orders a day\n\n"
        "## Certifications\n\n- US Sailing Small Boat Sailing Instructor\n"
        "- New York State Boater Safety Certificate\n- Red Cross First Aid/CPR/AED\n",
    )
    posting = "OSHA 10-Hour preferred. Forklift certification a plus. Keep HACCP logs."
    note = (
        "- Food safety habits that fit your HACCP logs: FIFO rotation and a perfect inspection"
        " score last year\n"
    )
    assert ("claim", "perfect inspection score") in _errors(note, ines, posting, kind="note")
    note = "- At Spa Creek Marina since 2021, now as assistant dockmaster: lines and fueling\n"
    assert ("title", "assistant dockmaster") in _errors(note, ines, posting, kind="note")
    note = "- Production: 4 years at Inkwell Copy & Ship (now assistant manager), 40-60 orders\n"
    assert ("title", "assistant manager") in _errors(note, ines, posting, kind="note")
    text = (
        "I hold a US Sailing Small Boat Sailing Instructor certification, a forklift certification"
        " and a Red Cross First Aid/CPR/AED card."
    )
    assert ("certification", "forklift certification") in _errors(text, ines, posting)
    note = "- Safety: forklift certification, first aid/CPR.\n"
    assert ("certification", "forklift certification") in _errors(note, ines, posting, kind="note")
    text = "I hold a New York State Boater Safety Certificate, and an OSHA 10-Hour card."
    assert _errors(text, ines, posting)
    text = (
        "For five years I have worked as a Dock Hand at Spa Creek Marina, a role in which I fillet,"
        " portion and wrap fish every day and also place the weekly orders with our distributor."
    )
    assert any("place the weekly orders" in words for _, words in _errors(text, ines, posting))
    text = "I found time to take second place at the Cascadia Latte Art Throwdown."
    found = _errors(text, ines, posting)
    assert ("claim", "Cascadia Latte Art Throwdown") in found
    assert ("employer", "Cascadia Latte Art Throwdown") not in found
    note = _ahead(
        "- Learning the gates and the Champlain Canal Corporation's off-season routines.\n"
    )
    authority = "Champlain-Hudson State Canal Authority"
    found = _errors(note, ines, posting, company=authority, kind="note")
    assert ("company", "Champlain Canal Corporation") in found


def test_seasons_gaps_spans_and_idioms_of_tuned_143_and_144_stay_quiet(tmp_path: Path) -> None:
    """From tuned-143 and tuned-144's blind run: a career summed up over "four springs", people
    not supervised (a gap), the posting's own span of years in a topic looked forward to, and
    "nine-to-five", an idiom."""
    owen = write_profile(
        tmp_path,
        "owen.md",
        "# Owen Pettibone\n\nLebanon, MO · owen@example.com\n\n## Experience\n\n"
        "### Clerk — Laclede Farm & Feed (2021 – present)\n"
        "- Ran the spring Chick Days program for four seasons: received, unpacked and cared for"
        " about 1,200 chicks, ducklings and turkey poults each season in the store's brooders\n"
        "- Work the front desk at Starlite Lanes on weekends\n",
    )
    posting = "Our aerial photographs of Minnesota run from 1937 to 1991. Shifts rotate."
    for text in (
        "For four springs I've worked at the far end of the chick business: every Chick Days"
        " season at Laclede Farm & Feed, I unpack boxes of chicks, ducklings and turkey poults.",
        "I have not supervised student workers either.",
        "The rotating shifts are fine with me; bowling alleys aren't exactly nine-to-five either.",
    ):
        assert _errors(text, owen, posting) == set(), text
    note = _ahead("- Aerial photos: the 1937–1991 Minnesota collection.\n")
    assert _errors(note, owen, posting, kind="note") == set()


def test_credentials_bullet_titles_and_firms_of_tuned_143_and_144_are_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-143 and tuned-144's blind run: a job's name with "Authorized" in it is a
    credential ("an NPIP Authorized Testing Agent"), a rank before a job of small letters after a
    note's label is a title ("Lead page for Polaris ILS"), and the company's name with "and" for
    "&" and its trade made plural is another firm ("Gilt and Gable Signs")."""
    calvin = write_profile(
        tmp_path,
        "calvin.md",
        "# Calvin Oduya\n\nSt. Cloud, MN · calvin@example.com\n\n## Experience\n\n"
        "### Library Page — Great River Regional Library (2022 – present)\n"
        "- Daily holds lists in Polaris ILS; delivery bins for 12 branches\n",
    )
    text = "I did become an NPIP Authorized Testing Agent last year."
    assert ("certification", "NPIP Authorized Testing Agent") in _errors(text, calvin, "")
    note = "- Holds and circulation: Lead page for Polaris ILS, daily holds lists\n"
    assert ("title", "Lead page") in _errors(note, calvin, "", kind="note")
    note = _ahead(
        "- Working in a shop like Gilt and Gable Signs, where signs are still painted by hand.\n"
    )
    found = _errors(note, calvin, "", company="Gilt & Gable Sign Co.", kind="note")
    assert ("company", "Gilt and Gable Signs") in found


def test_foundations_comments_and_idioms_of_tuned_145_and_146_stay_quiet(tmp_path: Path) -> None:
    """From tuned-145 and tuned-146's blind run: "built a practical foundation" (what the years
    left, not a thing built), a comment on the work set after an employer's name ("a habit
    that carries over"), "my ticketing experience so far is ...", and "in the first place"."""
    ines = write_profile(
        tmp_path,
        "ines.md",
        "# Ines Varga\n\nDayton, OH · ines@example.com\n\n## Experience\n\n"
        "### Key Clerk — Kettering Hardware & Supply (2020 – present)\n"
        "- Managed the key blank inventory of about 1,200 blanks\n"
        "- Cut keys and rekeyed locks\n"
        "### Starter — Cedar Ridge Golf Club (2018 – 2020)\n- Ran the tee sheet in foreUP\n\n"
        "## Skills\n\n- Software: foreUP, Square\n\n## Education\n\n- BA, Art History, 2018\n",
    )
    for text in (
        "With several years at the key counter of Kettering Hardware & Supply, I have built a"
        " practical foundation in locks, keys and careful mechanical work.",
        "My ticketing experience so far is foreUP and Square, so I expect the learning curve to"
        " be real but short.",
    ):
        assert _errors(text, ines, "") == set(), text
    note = (
        "- Inventory: I manage about 1,200 key blanks at Kettering Hardware & Supply, a habit that"
        " carries over to a stocked service van.\n"
    )
    assert _errors(note, ines, "", kind="note") == set()
    note = _ahead("- Working around art again, the reason I studied it in the first place\n")
    assert _errors(note, ines, "", kind="note") == set()


def test_crews_and_stints_of_tuned_145_and_146_are_flagged(tmp_path: Path) -> None:
    """From tuned-145 and tuned-146's blind run: a crew's size said as "a nine-person crew" must
    be a crew's size in the profile ("nine-month" counts no people), and a post held for "a
    stint" is a title."""
    lorraine = write_profile(
        tmp_path,
        "lorraine.md",
        "# Lorraine Mbatha\n\nDenver, CO · lorraine@example.com\n\n## Experience\n\n"
        "### Cook — Westview Middle School (2019 – present)\n"
        "- Cook for about 650 students a day on a four-person kitchen crew\n\n"
        "## Wants\n\n- Year-round shifts instead of a nine-month school calendar\n",
    )
    text = "I cook for about 650 students a day with a nine-person crew."
    assert ("number", "nine") in _errors(text, lorraine, "")
    text = "I cook for about 650 students a day with a four-person crew."
    assert _errors(text, lorraine, "") == set()
    note = "- A stint as a part-time veterinary assistant, plus a busy front desk\n"
    assert ("title", "part-time veterinary assistant") in _errors(note, lorraine, "", kind="note")


def test_what_someone_else_made_is_not_claimed(tmp_path: Path) -> None:
    """ "Systems that someone else designed", "a plan someone else wrote": another's doing, which
    the applicant works with, claims no making."""
    tobias = write_profile(
        tmp_path,
        "tobias.md",
        "# Tobias Larkspur\n\n## Experience\n\n### Deckhand — Bay Ferries (2021 – present)\n"
        "- Operate the deck winches and ballast systems\n- Follow the maintenance plan\n",
    )
    for text in (
        "Onboard I operate systems that someone else designed.",
        "I follow the maintenance plan, so carrying out a plan someone else wrote is familiar.",
    ):
        assert _errors(text, tobias, "") == set(), text


def test_events_states_gaps_and_moves_of_tuned_150_are_not_flagged(tmp_path: Path) -> None:
    """From tuned-150's blind run: an event a job worked ("the venue side of the Great Lakes ...
    championship") is no honour claimed; "LED" is no verb; "MA" where the sources place things in
    Massachusetts is no degree; a label's tools said not used after its colon are a gap; a move
    to the posting's city is logistics; "O&P" is the profile's "orthotic and prosthetic"."""
    kenji = write_profile(
        tmp_path,
        "kenji.md",
        "# Kenji Varga\n\nWestfield, MA · kenji@example.com\n\n## Experience\n\n"
        "### AV Technician — Lakefront Convention Center (2023 – present)\n"
        "- Ran the convention center's side of the 2024 Great Lakes Collegiate Rocket League"
        " championship (16 teams, two days)\n"
        "### Fabricator — Capital Orthotic and Prosthetic Lab (2019 – 2023)\n"
        "- Fabricated orthotic and prosthetic devices\n\n"
        "## Certifications\n\n- Massachusetts Journeyman Electrician License, 2020\n\n"
        "## Skills\n\n- Signals: gate mechanisms, LED flasher conversion\n",
    )
    posting = "Our lab is in Pittsburgh. Tools: Ross Carbonite, Battlefy, O&P CAD."
    _assert_clean(
        (
            "In 2024 I handled the venue side of the Great Lakes Collegiate Rocket League"
            " championship.",
            "I am prepared to relocate to Pittsburgh.",
            "Four years of O&P lab fabrication at Capital Orthotic and Prosthetic Lab.",
        ),
        kenji,
        posting,
    )
    _assert_clean(
        (
            "- Stage: monthly tests, gate repairs, LED flasher conversions\n",
            "- Journeyman electrician (MA, 2020) who likes relay logic\n",
        ),
        kenji,
        posting,
        kind="note",
    )
    # but an honour won stays a claim, an MA held a degree, and a tool used a tool
    text = "I won the Great Lakes Collegiate Rocket League championship in 2024."
    assert _errors(text, kenji, posting) == set()  # its words are the profile's event
    assert ("degree", "MA") in _errors("I hold an MA from 2020.", kenji, posting)
    note = "- Ross Carbonite, Singular.live, Battlefy: used weekly\n"
    assert ("claim", "Carbonite") in _errors(note, kenji, posting, kind="note", company="Ironworks")
    note = "- Ross Carbonite, Singular.live, Battlefy: not used yet\n"
    assert _errors(note, kenji, posting, kind="note", company="Ironworks") == set()


def test_a_title_held_for_years_is_flagged(tmp_path: Path) -> None:
    """From tuned-150's blind run: "Three-plus years as assistant signal maintainer" claims the
    post, whatever its trade."""
    owen = write_profile(
        tmp_path,
        "owen.md",
        "# Owen Balogun\n\n## Experience\n\n"
        "### Signal & Crossing Helper — Quabbin & Western Railroad (2021 – present)\n"
        "- Monthly inspections and tests on 14 grade crossings\n",
    )
    note = "- Three-plus years as assistant signal maintainer on the Quabbin & Western\n"
    assert ("title", "assistant signal maintainer") in _errors(note, owen, "", kind="note")
    note = "- Three-plus years as signal and crossing helper on the Quabbin & Western\n"
    assert _errors(note, owen, "", kind="note") == set()


def test_ranges_requirements_fits_and_family_of_tuned_149_are_not_flagged(tmp_path: Path) -> None:
    """From tuned-149's blind run: a range's first figure counts its second's unit ("from about
    9 to 5 hours a month"); what the applicant understands "is required" is the posting's; what
    the work is "a good match for" is the company's, and no description of the employer; where
    the applicant's family is, looked forward to, is no deed."""
    rafael = write_profile(
        tmp_path,
        "rafael.md",
        "# Rafael Quintero\n\nSweetwater, TX · rafael@example.com\n\n## Experience\n\n"
        "### Wind Turbine Technician — Caprock Wind Services (2021 – present)\n"
        "- Service GE 2.x turbines\n"
        "### Maintenance Technician — Rolling Plains Bottling Co. (2018 – 2021)\n"
        "- Cut line 2's unplanned downtime from about 9 to 5 hours a month\n\n"
        "## Motivations\n\n- I want to stay in West Texas, close to my family in Sweetwater\n",
    )
    posting = (
        "Nine wind farms in West Texas. Our Clear Fork site runs GE 2.x turbines. GWO Advanced"
        " Rescue Training is required within 90 days of hire."
    )
    _assert_clean(
        (
            "At Rolling Plains Bottling Co. I cut unplanned downtime on one line from about nine"
            " hours to five hours a month.",
            "I understand GWO Advanced Rescue Training is required within 90 days of hire.",
        ),
        rafael,
        posting,
    )
    note = (
        "- Four years of GE 2.x work at Caprock Wind Services, a good match for the GE side of"
        " the Clear Fork fleet\n"
    )
    assert _errors(note, rafael, posting, kind="note") == set()
    note = _ahead("- Staying in West Texas, close to my family in Sweetwater\n")
    assert _errors(note, rafael, posting, kind="note") == set()
    # but a figure of another unit, and a training understood without a requirement, still are
    text = "At Rolling Plains Bottling Co. I cut unplanned downtime from about nine days a month."
    assert ("number", "nine") in _errors(text, rafael, posting)
    text = "I understand GWO Advanced Rescue Training well after 90 days of hire."
    assert ("number", "90") in _errors(text, rafael, posting)


def test_interests_habits_contrasts_and_opening_words_of_tuned_147_and_148(tmp_path: Path) -> None:
    """From tuned-147 and tuned-148's blind run: a line of the interests said again names the
    profile's place; a word of the profile's that opens a bullet ("Vault") is no tool; "I'm used
    to" a way of working is a habit; what a thing is "a long way from" is no claim, a participle
    in that list ("coloured cocoa butter") no deed."""
    leah = write_profile(
        tmp_path,
        "leah.md",
        "# Leah Marchetti\n\n## Experience\n\n### Teller — First Farmers Bank (2020 – present)\n"
        "- Backup vault teller under dual control\n- Box and label about 40 orders a week\n\n"
        "## Interests\n\n- I ride the Old Mill Rail Trail with my kids most Sundays\n"
        "- Earn the ALAT certification\n",
    )
    posting = "We maintain the Old Mill Rail Trail. We use polycarbonate moulds. ALAT preferred."
    _assert_clean(
        (
            "- I ride the Old Mill Rail Trail most Sundays, so I'll notice when something's off\n",
            "- Vault: backup vault teller, dual control\n",
        ),
        leah,
        posting,
        kind="note",
    )
    _assert_clean(
        (
            "So I'm used to working fast without getting sloppy.",
            "At home I make bonbons with a silicone mould, which is a long way from polycarbonate"
            " moulds and coloured cocoa butter.",
        ),
        leah,
        posting,
    )
    # but a credential only wanted is still not held, nor a tool used
    assert ("certification", "ALAT") in _errors("I already hold my ALAT.", leah, posting)
    assert ("tool", "Vault") in _errors("- Secrets: Vault and Consul\n", leah, "", kind="note")


def test_names_titles_and_firms_of_tuned_147_to_150_are_flagged_with_their_kind(
    tmp_path: Path,
) -> None:
    """From the blind runs of tuned-147 to tuned-150: the company's first word misspelt alone
    ("Lanterfield"), with a word cut short ("Harbourlight Rep") or with another trade word after
    its own ("... Regional Medical Center" for "... Regional Hospital") is a company error; a
    name of two words after a label ("Wells Fargo teller"), one of whose crews was worked on ("a
    Pan Am Railways signal gang"), is an employer; a ranked post after a possessive ("the
    co-op's Senior Agronomist") or joined on ("and head teller since 2022") is a title; a
    membership is a claim; a "Certs:" line lists credentials; "a Tiger boom mower" is a tool."""
    leah = write_profile(
        tmp_path,
        "leah.md",
        "# Leah Marchetti\n\n## Experience\n\n"
        "### Teller — Harbor Point Savings Bank (2020 – present)\n"
        "- About 120 transactions a day\n- Mowed pond banks with a Kubota\n\n"
        "## Certifications\n\n- Dante Level 2, 2024\n",
    )
    posting = (
        "Lanternfield Rare Coins. AVIXA CTS certification preferred. Familiarity with AEA"
        " rulebooks helpful."
    )
    company = {"company": "Lanternfield Rare Coins"}
    for note, finding in (
        ("- Course: grading, paid by Lanterfield\n", ("company", "Lanterfield")),
        ("- Cash handling: Wells Fargo teller before Harbor Point\n", ("employer", "Wells Fargo")),
        ("- Six years as the co-op's Senior Agronomist\n", ("title", "Senior Agronomist")),
        ("- Union: already an AEA member\n", ("claim", "AEA")),
    ):
        assert finding in _errors(note, leah, posting, kind="note", **company), note
    for text, finding in (
        (
            "I also spent a summer on a Pan Am Railways signal gang.",
            ("employer", "Pan Am Railways"),
        ),
        (
            "I have been a teller at Harbor Point Savings Bank since 2020 and head teller since"
            " 2022.",
            ("title", "head teller"),
        ),
        ("Certs: Dante Level 2 and AVIXA CTS.", ("certification", "AVIXA CTS")),
        ("I've mowed pond banks with a Kubota and a Tiger boom mower.", ("tool", "Tiger")),
    ):
        assert finding in _errors(text, leah, posting, **company), text
    harbor = {"company": "Harborlight Repertory Theatre"}
    text = "Harbourlight Rep's three mainstage shows are the right size for me."
    assert ("company", "Harbourlight Rep") in _errors(text, leah, "", **harbor)
    assert _errors("Harborlight Rep's three mainstage shows suit me.", leah, "", **harbor) == set()
    brandt = {"company": "Brandt Valley Regional Hospital"}
    note = _ahead("- Joining the EVS team at Brandt Valley Regional Medical Center\n")
    finding = ("company", "Brandt Valley Regional Medical Center")
    assert finding in _errors(note, leah, "", kind="note", **brandt)
    note = _ahead("- Joining the EVS team at Brandt Valley Regional Hospital\n")
    assert _errors(note, leah, "", kind="note", **brandt) == set()


def test_a_thing_named_before_i_and_my_verb_is_the_nearest(tmp_path: Path) -> None:
    """From tuned-147 and tuned-150's blind runs: what comes after the verb may be when ("an HOA
    footbridge that I rebuilt last fall"), so the thing is the one named before "I"; and that is
    the nearest noun phrase ("a link to a broadcast I produced" names the broadcast)."""
    tobias = write_profile(
        tmp_path,
        "tobias.md",
        "# Tobias Greer\n\n## Experience\n\n### Crew Member — Greer Landscaping (2019 – present)\n"
        "- Helped build about 15 paver patios\n- Produced the club's Twitch broadcasts\n",
    )
    text = "I've helped build paver patios, plus an HOA footbridge that I rebuilt last fall."
    assert ("scope", "HOA footbridge that I rebuilt") in _errors(text, tobias, "")
    text = "I'll include a link to a broadcast I produced, as the posting asks."
    assert _errors(text, tobias, "") == set()


def test_initials_asides_places_and_helpers_of_tuned_151_and_152_are_not_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-151 and tuned-152's blind runs: a letter that names the company by its
    initials ("Dear CBYA hiring team") names it; ", no small feat when four-year-olds ..." is an
    aside, its "four" an age; "my
    working life has been RecDesk and spreadsheets" sums a career up; "Sacramento-area" is the
    profile's Sacramento; "I was the one helping the chief" holds no post; "based in La Crosse,
    valid driver's license" is logistics; "AD tracking" is no advert of the company's."""
    jo = write_profile(
        tmp_path,
        "jo.md",
        "# Jo Lindqvist\n\nSacramento, CA · jo@example.com\n\n## Experience\n\n"
        "### Program Assistant — Westbrook Recreation (2019 – present)\n"
        "- Ordered uniforms and equipment within a $9,000 yearly budget\n"
        "- Registrations in RecDesk\n"
        "- Helped the chief engineer rebuild a seawater pump that came apart at sea\n\n"
        "## Skills\n\n- RecDesk, Google Sheets\n",
    )
    company = {"company": "Casco Bay Youth Athletics", "role": "League Operations Administrator"}
    letter = (
        "Dear CBYA hiring team,\n\nI'm applying for the League Operations Administrator job. I"
        " kept uniforms and equipment inside a $9,000 yearly budget, no small feat when"
        " four-year-olds outgrow everything. I have never used SportsEngine; my working life has"
        " been RecDesk and spreadsheets.\n"
    )
    assert review.check(letter, jo, "", **company) == []
    _assert_clean(
        (
            _ahead("- Joining a dedicated team across three Sacramento-area offices\n"),
            "- I was the one helping the chief when our seawater pump came apart at sea\n",
            "- Local: based in Sacramento, valid driver's license\n",
        ),
        jo,
        "Three offices.",
        kind="note",
        **company,
    )
    # the company's initials are no name of it when they are another's, and an aside does not
    # carry a deed the profile lacks
    letter = letter.replace("CBYA", "YMCA")
    assert ("company", "Casco Bay Youth Athletics") in _kinds(
        review.check(letter, jo, "", **company)
    )
    text = "I rebuilt the gym floor, no small feat when four-year-olds outgrow everything."
    assert review.errors(review.check(text, jo, "", **company))


def test_records_titles_and_machines_of_tuned_151_and_152_are_flagged(tmp_path: Path) -> None:
    """From tuned-151 and tuned-152's blind runs: "AD tracking" keeps a note's bullet the
    applicant's, so "zero FAA audit findings" is a record to source; "Two years as assistant
    engineer" is a post held, though the role applied for has its words; "a Jensen small-piece
    folder" is a tool."""
    nils = write_profile(
        tmp_path,
        "nils.md",
        "# Nils Ostrander\n\n## Experience\n\n### Engine Utility / Oiler — Bering Crab Co."
        " (2022 – present)\n- Task card sign-off in TRAX and AD tracking for 14 trainers\n"
        "- Ran washer-extractors and a flatwork ironer\n",
    )
    job = {"company": "Northbank Harvest Company", "role": "Assistant Engineer"}
    note = "- Disciplined records: AD tracking for 14 trainers and zero FAA audit findings.\n"
    assert ("claim", "zero FAA audit findings") in _errors(note, nils, "", kind="note", **job)
    note = "- Two years as assistant engineer on a Bering Sea crab boat\n"
    assert ("title", "assistant engineer") in _errors(note, nils, "", kind="note", **job)
    text = "I ran washer-extractors, a flatwork ironer and a Jensen small-piece folder."
    assert ("tool", "Jensen") in _errors(text, nils, "", **job)


def test_the_posting_s_terms_places_and_gaps_of_tuned_153_and_154_are_not_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-153 and tuned-154's blind runs: what "I understand your ..." allows, what "your
    posting gives me" and what the work "fits" are the company's; "anywhere from Newport to
    Eureka" names the posting's places and nothing run; "(Lascaux, BEVA), which I've never done"
    is a gap; "six years in the U.S. Air Force and five at ..." counts years twice."""
    nell = write_profile(
        tmp_path,
        "nell.md",
        "# Nell Aasen\n\nNewport, OR · nell@example.com\n\n## Experience\n\n"
        "### Net Mender — Depoe Bay Gear (2021 – present)\n- Mend trawl nets by hand\n"
        "### Avionics Technician — U.S. Air Force (2015 – 2021)\n- Bench tests\n\n"
        "## Skills\n\n- Zoom interpretation channels\n",
    )
    posting = (
        "Boats fishing from Newport down to Eureka. We run Zoom and CourtCall video hearings."
        " Provisional appointment: pass the exam within 12 months of hire. Forklift"
        " certification within 30 days. Lascaux and BEVA adhesives."
    )
    _assert_clean(
        (
            "I am preparing for the exam, which I understand your provisional appointment allows me"
            " to complete within 12 months of hire.",
            "I don't have a forklift certification, but your posting gives me 30 days for that.",
            "I have about six years in the U.S. Air Force and five at Depoe Bay Gear.",
        ),
        nell,
        posting,
    )
    _assert_clean(
        (
            "- Remote work over Zoom interpretation channels, which fits the court's Zoom and"
            " CourtCall video hearings\n",
            _ahead(
                "- Using my grandfather's needle on nets headed anywhere from Newport to Eureka\n"
            ),
            "- Adhesive treatments (Lascaux, BEVA), which I've never done.\n",
        ),
        nell,
        posting,
        kind="note",
    )
    # but a figure the applicant claims, and the things of a bracket said done, still are
    text = "I mended 12 nets for Depoe Bay Gear."
    assert ("number", "12") in _errors(text, nell, posting)
    note = "- Adhesive treatments (Lascaux, BEVA), which I've done weekly.\n"
    assert ("claim", "Lascaux") in _errors(note, nell, posting, kind="note")


def test_credentials_records_firms_and_places_run_of_tuned_153_and_154_are_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-153 and tuned-154's blind runs: a credential "held" in small letters; initials
    with a slash before "certifications" ("IPC/WHMA-A-620"); the company's first word misspelt
    with another word after it ("Kestral Aviation"); "an agency record" no fact gives; "ran"
    a pantry the applicant coordinated volunteers for."""
    hollis = write_profile(
        tmp_path,
        "hollis.md",
        "# Hollis Brandt\n\n## Experience\n\n"
        "### Volunteer Coordinator — Eastside Community Pantry (2019 – 2022)\n"
        "- Coordinated about 40 volunteers\n- Wrote grants: 14 of 22 funded in 2025\n\n"
        "## Certifications\n\n- IPC J-STD-001 Certified IPC Specialist, 2022\n",
    )
    job = {"company": "Kestrel Avionics"}
    for text, finding in (
        ("I've also held a forklift certification since 2022.", "forklift certification"),
        ("I hold IPC J-STD-001 and IPC/WHMA-A-620 certifications.", "IPC/WHMA-A-620"),
    ):
        assert finding in {w for k, w in _errors(text, hollis, "", **job) if k == "certification"}
    text = "That maps directly to Kestral Aviation's acceptance test work."
    assert ("company", "Kestral Aviation") in _errors(text, hollis, "", **job)
    note = "- Track record: 14 of 22 funded in 2025, an agency record.\n"
    assert ("claim", "an agency record") in _errors(note, hollis, "", kind="note", **job)
    note = "- Pantry side: ran Eastside Community Pantry for 3 years.\n"
    assert ("scope", "ran Eastside Community Pantry") in _errors(
        note, hollis, "", kind="note", **job
    )


def test_programmes_people_dates_and_moves_of_tuned_155_and_156_are_not_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-155 and tuned-156's blind runs: "Head Start" and "Title I" name programmes, not
    a post or an employer; "game masters" are people, no degree; "Available to start in April"
    and "I can move to Des Moines" are logistics."""
    mateo = write_profile(
        tmp_path,
        "mateo.md",
        "# Mateo Brandvold\n\n## Experience\n\n### Shift Lead — Cipher & Key (2020 – present)\n"
        "- Run shifts of 3 to 5 game masters\n- Organize a yearly visit to two Head Start"
        " classrooms\n",
    )
    posting = "Our archive is in Des Moines. Sealant days at Title I schools. Start in April 2025."
    _assert_clean(
        (
            "I run shifts of three to five game masters.",
            "I can move to Des Moines, and Monday to Friday hours suit me.",
        ),
        mateo,
        posting,
    )
    _assert_clean(
        (
            "- Outreach: I organize a yearly visit to two Head Start classrooms\n",
            _ahead("- Joining your school sealant days at Title I schools\n"),
            "- Available to start in April 2025; the Tuesday–Saturday schedule works for me\n",
        ),
        mateo,
        posting,
        kind="note",
    )
    # but a head of a trade is still a post, and a master's a degree
    found = _errors("I was Head Cook at Cipher & Key.", mateo, posting)
    assert any(k == "title" and w.startswith("Head Cook") for k, w in found)
    assert ("degree", "masters degree") in _errors("I hold a masters degree.", mateo, posting)


def test_firms_tools_and_employers_of_tuned_155_and_156_are_flagged(tmp_path: Path) -> None:
    """From tuned-155 and tuned-156's blind runs: a town's name one letter off ("City of Cedar
    Hallow" for "City of Cedar Hollow") is the wrong company; "an Itron FC300 handheld" is a
    tool; a name listed before an employer ("Breakout Games, then Cipher & Key") is one."""
    curtis = write_profile(
        tmp_path,
        "curtis.md",
        "# Curtis Lemaire\n\n## Experience\n\n### Meter Reader — Cipher & Key (2020 – present)\n"
        "- Read 212 submeters monthly\n",
    )
    job = {"company": "City of Cedar Hollow"}
    text = "I'm applying for the job with the City of Cedar Hallow."
    assert ("company", "City of Cedar Hallow") in _errors(text, curtis, "", **job)
    note = "- Reads: 212 submeters read monthly with an Itron FC300 handheld\n"
    assert ("tool", "Itron FC300") in _errors(note, curtis, "", kind="note", **job)
    note = "- Six years in escape rooms (Breakout Games, then Cipher & Key)\n"
    assert ("employer", "Breakout Games") in _errors(note, curtis, "", kind="note", **job)


def test_passives_pronouns_hopes_and_initials_of_tuned_157_and_158_are_not_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-157 and tuned-158's blind runs: what "can be earned" within the posting's six
    months names no doer; "I maintain them too" acts on what was listed; "I can help keep
    Riverside Field safe" looks ahead; "ELCA" spells an issuer's name with its "in" ("Evangelical
    Lutheran Church in America"), and "QC" the role's "Quality Control"."""
    theo = write_profile(
        tmp_path,
        "theo.md",
        "# Theo Lind\n\n## Experience\n\n### Lab Technician — Copper Kettle (2021 – present)\n"
        "- Maintain a Glowforge Pro laser and the wood shop machines\n\n## Certifications\n\n"
        "- Ecclesiastical endorsement for chaplaincy, Evangelical Lutheran Church in America\n",
    )
    posting = (
        "Riverside Field is our home. TrackMan certification preferred, or earned within 6 months"
        " of hire."
    )
    job = {"company": "Ironwood Hollow", "role": "Quality Control Lab Technician"}
    _assert_clean(
        (
            "Your posting says it can be earned within six months, and I would start on it.",
            "I am confident I can help keep Riverside Field safe and ready for every game.",
            "I have my ELCA endorsement.",
            "Why this job: at Copper Kettle, QC is what I fit in between cellar tasks.",
        ),
        theo,
        posting,
        **job,
    )
    _assert_clean(
        ("- Equipment: Glowforge Pro, wood shop machines; I maintain them too\n",),
        theo,
        posting,
        kind="note",
        **job,
    )
    # but the applicant's own passive still claims, and a deed still needs its thing
    assert any(
        k == "number" for k, _ in _errors("I was promoted within six months.", theo, posting, **job)
    )
    assert any(k == "scope" for k, _ in _errors("I maintain the kilns too.", theo, posting, **job))


def test_model_numbers_and_a_company_s_changed_word_of_tuned_158_are_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-158's blind run: a name with a model number after "with a" is a tool ("with a
    Spectrum TDR 350"); the company's words with one inside changed ("Fox Valley Foxhounds" for
    "Fox River Foxhounds Baseball Club") are another company, its possessive left off."""
    luis = write_profile(
        tmp_path,
        "luis.md",
        "# Luis Ortega\n\n## Experience\n\n### Field Technician — Millbrook Park District"
        " (2021 – present)\n- Track root-zone moisture\n",
    )
    job = {"company": "Fox River Foxhounds Baseball Club"}
    text = "I track root-zone moisture with a Spectrum TDR 350."
    assert ("tool", "Spectrum TDR") in _errors(text, luis, "", **job)
    note = "- Keeping the Fox Valley Foxhounds' field consistent across a long home schedule\n"
    assert ("company", "Fox Valley Foxhounds") in _errors(note, luis, "", kind="note", **job)
    # the company itself is no other
    _assert_clean(
        ("- Keeping the Fox River Foxhounds' field consistent\n",), luis, "", kind="note", **job
    )


def test_goals_initials_experience_duties_and_travel_of_tuned_159_and_160_are_not_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-159 and tuned-160's blind runs: a goal the profile's wants give ("Pushing
    toward 200 a day"); "Club TD", a credential's last words by their initials; experience
    "built" is what the work gave; a duty listed with a comma after its verb ("Load, fire and
    unload three electric kilns") grounds "I run three"; the posting's travel, accepted."""
    ines = write_profile(
        tmp_path,
        "ines.md",
        "# Ines Calloway\n\n## Experience\n\n### Studio Technician — Bluebird Clay (2022 – present)"
        "\n- Load, fire and unload three electric kilns for about 180 members\n\n"
        "## Certifications\n\n- Club Tournament Director, US Chess Federation\n\n"
        "## What I want\n\n- I want to shear 200 a day consistently\n",
    )
    posting = "Travel up to 70% with overnight stays. Keep our four electric kilns firing."
    _assert_clean(
        (
            "I have built the hands-on kiln and glaze experience your posting describes.",
            "The 70% travel is fine with me.",
        ),
        ines,
        posting,
    )
    _assert_clean(
        (
            "- Pushing toward 200 a day consistently without giving up quality.\n",
            "- Club TD certification from helping run the monthly quads.\n",
            "- Keeping your four electric kilns firing: I currently run three for about 180"
            " members\n",
        ),
        ines,
        posting,
        kind="note",
    )
    # but a figure the wants do not give is still a claim, and so are kilns built
    assert ("number", "250") in _errors("- Pushing toward 250 a day\n", ines, posting, kind="note")
    assert any(k == "scope" for k, _ in _errors("I have built the kilns.", ines, posting))


def test_placings_firms_clubs_corps_and_bosses_of_tuned_159_and_160_are_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-159 and tuned-160's blind runs: a placing in a contest's final is an honour;
    a firm named by its trade after "with" ("a spring run with Tri-State Shearing") and a club
    classes were taught at are employers; so is "Montana Conservation Corps", though the profile
    holds "Montana" and another name ending "Conservation Corps"; "crew boss" is a post."""
    hollis = write_profile(
        tmp_path,
        "hollis.md",
        "# Hollis Vandermeer\n\n## Experience\n\n### Trail Crew Member — Bitterroot Backcountry"
        " Conservation Corps (2021 – 2024)\n- Worked 8-day hitches\n\n## Education\n\n"
        "- B.A., Geography — University of Montana, 2019\n",
    )
    text = "I placed second in the junior final at the Golden Shears."
    assert ("claim", "second in the junior final at the Golden Shears") in _errors(text, hollis)
    text = (
        "I worked 8-day hitches with the Bitterroot Backcountry Conservation Corps, after two"
        " summers with the Montana Conservation Corps."
    )
    assert ("employer", "Montana Conservation Corps") in _errors(text, hollis)
    note = "- Background: a spring run with Tri-State Shearing\n"
    assert ("employer", "Tri-State Shearing") in _errors(note, hollis, "", kind="note")
    note = "- Coaching: Saturday classes at the Pittsburgh Chess Club.\n"
    assert ("employer", "Pittsburgh Chess Club") in _errors(note, hollis, "", kind="note")
    note = "- Radio: twice-daily crew check-ins as crew boss\n"
    assert ("title", "crew boss") in _errors(note, hollis, "", kind="note")
    # the profile's own name for the corps is no other
    _assert_clean(("I worked with the Bitterroot Backcountry Conservation Corps.",), hollis)


def test_rebuilt_kept_started_dated_and_placed_things_of_tuned_161_and_162_are_not_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-161 and tuned-162's blind runs: "rebuilding" licenses "rebuilt"; a parts
    inventory the profile keeps is one managed; a clinic it started is one run; a year inside
    the dates of the employer named; a chance seen ahead; a place along the coast; and a start
    two weeks after notice."""
    dale = write_profile(
        tmp_path,
        "dale.md",
        "# Dale Marchetti\n\n## Experience\n\n### Mechanic — Sweetwater Orchards (2018 – 2021)\n"
        "- Cut league-night calls from about 30 to about 12 a night by rebuilding turrets and"
        " replacing worn cushions over one off-season\n"
        "- Keep a parts inventory worth about $15,000\n"
        "- Started a Friday string clinic for juniors\n",
    )
    posting = "Our GS-X lanes. Awnings along the Gulf Coast. Travel up to 4 nights a week."
    _assert_clean(
        (
            "I manage a parts inventory worth roughly $15,000.",
            "On Fridays I run a small string clinic for juniors.",
            "Those falls, from 2018 to 2020, were at Sweetwater Orchards.",
            "I see your GS-X lanes as a valuable opportunity to expand my skills.",
        ),
        dale,
        posting,
    )
    _assert_clean(
        (
            "- Seeing my work on buildings along the Gulf Coast\n",
            "- Travel: fine, up to 4 nights a week; start two weeks after notice\n",
        ),
        dale,
        posting,
        kind="note",
    )
    # "rebuilt" is the fact's "rebuilding", the agency check's business (the clause's other
    # words are the grounding check's)
    rebuilt = "I rebuilt turrets and replaced worn cushions, which cut our league-night calls."
    assert ("scope", "rebuilt turrets") not in _errors(rebuilt, dale, posting)
    # but a year outside those dates is still a claim, and so are the crew managed
    found = _errors("Those falls, from 2018 to 2023, were at Sweetwater Orchards.", dale, posting)
    assert ("number", "2023") in found
    assert any(k == "scope" for k, _ in _errors("I manage the pinsetter crew.", dale, posting))


def test_what_the_applicant_was_told_of_tuned_161_and_163_is_not_flagged(tmp_path: Path) -> None:
    """From tuned-161 and tuned-163's blind runs: what follows "I understand" or "I know" with a
    subject and verb of its own reports the posting ("new hires get 12 months", "August to
    December means 45 to 50 hours a week")."""
    nadia = write_profile(
        tmp_path,
        "nadia.md",
        "# Nadia Brennan\n\n## Experience\n\n### Field Aide — Tri-River (2022 – present)\n"
        "- Set and collected CO2 traps\n",
    )
    posting = (
        "New hires must obtain the certificate within 12 months. From August to December expect"
        " 45–50 hours a week."
    )
    _assert_clean(
        (
            "I understand new hires get 12 months to earn it, and I'd like to start studying.",
            "I know August to December means 45 to 50 hours a week, and I'm ready for that.",
        ),
        nadia,
        posting,
    )
    # but a figure the applicant knows of their own is still theirs
    assert ("number", "45") in _errors("I know 45 growers by name.", nadia, posting)


def test_cut_names_listed_credentials_and_two_year_degrees_of_tuned_163_and_164_are_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-163 and tuned-164's blind runs: the company's name with words inside left out
    ("Lumen Neon Works" for "Lumen & Tube Neon Works") is another; a name listed beside a
    credential the profile holds is a credential; "a two-year forestry degree" is a degree."""
    cody = write_profile(
        tmp_path,
        "cody.md",
        "# Cody Vallejo\n\n## Experience\n\n### Jug Hustler — Teton Seismic (2022 – present)\n"
        "- Laid out geophone lines\n\n## Certifications\n\n- H2S Awareness, 2025\n"
        "- OSHA 10 General Industry, 2023\n",
    )
    job = {"company": "Lumen & Tube Neon Works"}
    text = "I would welcome the chance to contribute to Lumen Neon Works."
    assert ("company", "Lumen Neon Works") in _errors(text, cody, "", **job)
    text = "I have H2S Awareness, SafeLand USA and OSHA 10."
    assert ("certification", "SafeLand USA") in _errors(text, cody, "", **job)
    note = "- Education: two-year forestry degree\n"
    assert ("degree", "two-year forestry degree") in _errors(note, cody, "", kind="note", **job)
    # the company's own name, and its first words, are its own
    _assert_clean(
        (
            "I would welcome the chance to contribute to Lumen & Tube Neon Works.",
            "I would welcome the chance to contribute to Lumen & Tube.",
        ),
        cody,
        "",
        **job,
    )


def test_a_plate_or_two_and_guns_set_of_tuned_165_are_not_flagged(tmp_path: Path) -> None:
    """From tuned-165's blind run: "a test plate or two" is a few, no figure; "setting and
    moving fan guns" licenses "I set and moved fan guns"."""
    wyatt = write_profile(
        tmp_path,
        "wyatt.md",
        "# Wyatt Okerlund\n\n## Experience\n\n### Snowmaker — Brundage (2022 – present)\n"
        "- Night shifts, setting and moving fan guns and air-water guns on 14 trails\n",
    )
    _assert_clean(
        (
            "I'd be glad to come in, meet the team, and engrave a test plate or two.",
            "I set and moved fan guns and air-water guns on 14 trails.",
        ),
        wyatt,
    )
    # but two plates made is a figure
    assert ("number", "two") in _errors("I engraved two plates or more a night.", wyatt)


def test_a_spotless_record_said_as_haven_t_of_tuned_165_is_flagged(tmp_path: Path) -> None:
    """From tuned-165's blind run: "I haven't let a single misspelled name out the door" claims
    a record no profile line gives."""
    ines = write_profile(
        tmp_path,
        "ines.md",
        "# Ines Marchetti\n\n## Experience\n\n### Engraver — Lilac City Trophy (2021 – present)\n"
        "- Engrave 40 to 60 plates a day\n",
    )
    text = "In five years I haven't let a single misspelled name out the door."
    assert ("claim", "haven't let a single misspelled name") in _errors(text, ines)
    # a gap said so is none
    _assert_clean(("I haven't had a single chance to run a sandcarver.",), ines)


def test_all_of_it_and_the_person_the_lead_leans_on_of_tuned_168_are_not_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-168's blind run: "all of it" reaches no further than what came before; "the
    person the lead leans on" holds no post."""
    nell = write_profile(
        tmp_path,
        "nell.md",
        "# Nell Hargrove\n\n## Experience\n\n### Assistant Crew Leader — Pine Hollow Tree Farm"
        " (2022 – present)\n- Help our crew leader run a nine-person crew\n\n## Education\n\n"
        "- A.A.S., Horticulture Technology — Wilkes Community College, 2019\n",
    )
    _assert_clean(
        (
            "My associate degree in horticulture technology from Wilkes Community College gave me"
            " the plant science behind all of it.",
            "I haven't been the lead myself yet; I've been the person the lead leans on.",
        ),
        nell,
    )
    # but a post held is one
    assert any(k == "title" for k, _ in _errors("I've been the crew lead since 2022.", nell))


def test_a_place_word_for_another_in_the_company_s_name_of_tuned_166_is_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-166's blind run: "Limestone Hill's barrels" for Limestone Hollow Distillery
    names another place."""
    emmett = write_profile(
        tmp_path,
        "emmett.md",
        "# Emmett Varga\n\n## Experience\n\n### Cooper — Rolling Fork (2021 – present)\n"
        "- Repair barrels\n",
    )
    job = {"company": "Limestone Hollow Distillery"}
    note = "- Looking after Limestone Hill's barrels from fill to dump\n"
    assert ("company", "Limestone Hill") in _errors(note, emmett, "", kind="note", **job)
    _assert_clean(("- Looking after Limestone Hollow's barrels\n",), emmett, "", kind="note", **job)


def test_levels_records_degrees_and_schools_of_tuned_167_and_168_are_flagged(
    tmp_path: Path,
) -> None:
    """From tuned-167 and tuned-168's blind runs: "Level II" is not the profile's "Level I";
    "zero lost-time injuries through planting" is a record; "an animal science degree" is a
    degree; "a course at UW–Stevens Point" names a school, dash and all."""
    della = write_profile(
        tmp_path,
        "della.md",
        "# Della Runkle\n\n## Experience\n\n### Yard Hand — Loup Valley (2021 – present)\n"
        "- Sorted and penned cattle\n- Finished Ginner School Level I, 2021\n",
    )
    assert ("certification", "Ginner School Level II") in _errors(
        "I finished Ginner School Level II in 2023.", della
    )
    text = "I helped run a crew with zero lost-time injuries through planting and harvest."
    assert ("claim", "zero lost-time injuries") in _errors(text, della)
    note = "- School: animal science degree\n"
    assert ("degree", "animal science degree") in _errors(note, della, "", kind="note")
    text = "I took a soil science course at UW–Stevens Point."
    assert ("school", "UW–Stevens Point") in _errors(text, della)
    # but the level held is held, and so is a school by its short name
    _assert_clean(("I finished Ginner School Level I in 2021.",), della)
    hollis = write_profile(
        tmp_path,
        "hollis.md",
        "# Hollis Dahl\n\n## Education\n\n"
        "- B.S., Animal Science — University of Wisconsin–Platteville, 2018\n",
    )
    _assert_clean(("My B.S. in Animal Science is from UW–Platteville.",), hollis)


def test_a_credential_held_already_is_still_named(tmp_path: Path) -> None:
    """A guard from tuned-125: "I'm already an EFR Instructor" still names a post the profile
    lacks (a post's words may not hold an article, "the person the lead leans on", but "already"
    before the article is no part of the post)."""
    callum = write_profile(
        tmp_path,
        "callum.md",
        "# Callum Reyes\n\n## Experience\n\n### Dive Guide — Reefline (2021 – present)\n"
        "- Guide two dives a day\n",
    )
    found = _errors(
        "I'm already an EFR Instructor, so I could teach your first aid classes.", callum
    )
    assert ("title", "EFR Instructor") in found


def test_any_other_spelling_of_the_company_s_name_is_flagged(tmp_path: Path) -> None:
    """One rule for the company's name spelt another way, wherever it is said: its first word
    with another after it ("Cardinal Sound" for Cardinal Strings Music, "the Halcyon Inn" for
    Halcyon House Hotel), a word left out between others ("Turn Point Kayak Co." for Turn Point
    Sea Kayaks), or its first word misspelt. The name cut short, followed by a place or a team,
    or said after a bullet's verb, is the company's own."""
    ana = write_profile(
        tmp_path,
        "ana.md",
        "# Ana Ruiz\n\n## Experience\n\n### Bellhop — Harbor Lodge (2021 – present)\n"
        "- Carried bags and set up repairs for guests\n",
    )
    flagged = [
        ("Cardinal Strings Music", "- Warranty work: useful for Cardinal Sound's repair bench\n",
         "Cardinal Sound"),
        ("Halcyon House Hotel", "- Moving to planning the whole stay at the Halcyon Inn\n",
         "Halcyon Inn"),
        ("Turn Point Sea Kayaks", "- Hello Turn Point Kayak Co. team, here is my note\n",
         "Turn Point Kayak Co"),
        ("Kestrel Avionics", "- Bench work fits Kestral Avionics well\n", "Kestral Avionics"),
    ]  # fmt: skip
    for company, note, org in flagged:
        assert ("company", org) in _errors(note, ana, "", kind="note", company=company), note
    clean = [
        ("Cardinal Strings Music", "- Warranty work: useful for Cardinal Strings' repair bench\n"),
        ("Halcyon House Hotel", "- Planning the whole stay at Halcyon House Hotel Seattle\n"),
        ("Turn Point Sea Kayaks", "- Dear Turn Point Rentals team, here is my note\n"),
        ("Clearwater Valley Transit", "- Keeping Clearwater Valley Transit's buses on time\n"),
    ]
    for company, note in clean:
        found = _errors(note, ana, "", kind="note", company=company)
        assert not [f for f in found if f[0] == "company"], note


def test_a_purpose_clause_after_a_list_does_not_disown_it(tmp_path: Path) -> None:
    """ "..., so that billing is not held up" says why, not that a tool just listed was never
    used: "Samsara" in the list before it is still claimed. "which I have not used" after a
    name still disowns it."""
    curtis = write_profile(
        tmp_path,
        "curtis.md",
        "# Curtis Lemaire\n\n## Experience\n\n### Dispatcher — Permian Freight (2020 – present)\n"
        "- Plan routes with the Motive ELD\n- Keep paperwork current in Axon\n",
    )
    posting = "## Requirements\n- Experience with Samsara or Motive\n"
    text = (
        "I plan routes using the Motive ELD and Samsara, and I keep paperwork current in Axon "
        "so that billing is not held up."
    )
    assert ("tool", "Samsara") in _errors(text, curtis, posting, company="Basin Haulers")
    text = "I plan routes with the Motive ELD, and Samsara, which I have not used yet, looks close."
    found = _errors(text, curtis, posting, company="Basin Haulers")
    assert not [f for f in found if "Samsara" in f[1]]


def test_a_credential_in_small_letters_is_read_wherever_it_is_listed(tmp_path: Path) -> None:
    """One pattern for a credential in small letters: after "a" or "my", or in a list, with no
    verb of holding needed ("active RDH license, local anesthesia and nitrous oxide
    certifications"). A duty listed, a clerk's paperwork and a driving licence are none."""
    renata = write_profile(
        tmp_path,
        "renata.md",
        "# Renata Cole\n\n## Experience\n\n### Hygienist — Little Sprouts (2020 – present)\n"
        "- Clean teeth\n\n## Certifications\n\n- Arizona RDH license\n"
        "- Local anesthesia certification\n",
    )
    note = "- Licensed: active RDH license, local anesthesia and nitrous oxide certifications\n"
    found = _errors(note, renata, "", kind="note")
    assert ("certification", "nitrous oxide certifications") in found
    text = "I hold an Arizona RDH license and a forklift certification."
    assert ("certification", "forklift certification") in _errors(text, renata)
    for text in (
        "I cleaned teeth, checking tax certifications for the office on Fridays.",
        "I cleaned teeth and filed a business license application for the office.",
        "I hold an Arizona RDH license and my driver's license.",
    ):
        assert not [f for f in _errors(text, renata) if f[0] == "certification"], text


def test_an_assistant_s_or_a_chaplain_s_post_is_a_title(tmp_path: Path) -> None:
    """Assistants, chaplains, attendants and tellers hold posts like any other: "I was a traffic
    assistant at ..." claims one. "vet assistant" is the profile's Veterinary Assistant; "staff
    often need a chaplain" and "your Assistant Store Manager opening" claim no post."""
    cal = write_profile(
        tmp_path,
        "cal.md",
        "# Cal Whitcombe\n\n## Experience\n\n"
        "Maple Hill Animal Hospital | Veterinary Assistant | 2019 – 2021\n\n"
        "- Restrained dogs and cats for exams\n",
    )
    text = "Before Maple Hill I was a traffic assistant at the county radio station."
    assert ("title", "traffic assistant") in _errors(text, cal)
    note = "- Staff care: as palliative care chaplain I co-led a weekly tea for nurses\n"
    assert ("title", "palliative care chaplain") in _errors(note, cal, "", kind="note")
    for text in (
        "I restrained dogs and cats as a vet assistant at Maple Hill.",
        "Holding dogs for exams taught me that staff often need a chaplain as much as pets do.",
        "I'm writing about your Assistant Store Manager opening at Maple Hill.",
    ):
        assert not [f for f in _errors(text, cal) if f[0] == "title"], text


def test_terms_places_spans_and_gaps_of_tuned_169_to_172_are_not_claims(tmp_path: Path) -> None:
    """From tuned-169 to tuned-172's blind runs: a lead-in that names the job's terms
    ("Logistics:") makes the posting's figures the letter's business; names before "counties"
    are places; "2022–23" ends in the profile's 2023; "even if X will be new" owns up to a gap;
    "two areas of growth" counts the letter's own points."""
    ines = write_profile(
        tmp_path,
        "ines.md",
        "# Ines Marchetti\n\n## Experience\n\n### Collections Technician — Lakeshore Museum "
        "(2019 – present)\n- Wrote condition reports for about 650 objects during the 2022–2023 "
        "inventory\n- Booked visits in Acuity\n",
    )
    posting = "## Details\n- Pay: $21–$25/hour\n- 50–60% travel\n- Must learn BridalLive\n"
    note = "- Logistics: the $21–$25/hour range and 6:00 a.m. schedule work for me\n"
    assert _errors(note, ines, posting, kind="note") == set()
    text = "Regarding logistics: I am comfortable with 10-on/4-off rotations and 50–60% travel."
    assert _errors(text, ines, posting + "- 10-on/4-off rotations\n") == set()
    note = "- Travel: I drove 30 routes a week\n"  # the posting gives no 30
    assert ("number", "30") in _errors(note, ines, posting, kind="note")
    for note in (
        "- Driving: own car, fine for St. Louis and Lake counties\n",
        "- Condition reports: about 650 objects (2022–23 inventory)\n",
        "- Booking: Acuity is second nature, even if BridalLive will be new\n",
    ):
        assert _errors(note, ines, posting, kind="note") == set(), note
    text = "I want to be transparent about two areas of growth."
    assert not [f for f in _errors(text, ines, posting) if f[0] == "number"]
    note = "- Condition reports: about 650 objects (2022–24 inventory)\n"
    assert ("number", "24") in _errors(note, ines, posting, kind="note")
