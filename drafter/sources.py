"""What a draft may draw on: the profile and the posting, read once per ``review.check`` into
the sets and texts every check looks things up in.

Only the shape lives here (``review`` builds it) so that the check modules can take it without
importing the checks that building it needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.claims import Num
from drafter.profile import Fact


@dataclass(frozen=True)
class Sources:
    profile: str  # lower-cased text of every fact but motivations, with contexts
    wants: str  # lower-cased motivations and interests, one a line: what the applicant likes
    posting: str  # lower-cased posting, company and role
    posting_names: frozenset[str]  # words the posting capitalises mid-sentence: "Brightly"
    profile_numbers: list[Num]
    posting_numbers: list[Num]
    want_numbers: list[Num]  # the figures of the motivations and interests: "200 a day"
    durations: set[float]
    spans: dict[str, set[float]]  # years at each employer, from its roles' dates
    years_worked: dict[str, tuple[int, int]]  # each employer's first and last year
    studies: dict[str, set[float]]  # years at each school, from its dates
    stated: set[float]  # years of experience the summary states
    profile_tools: frozenset[str]
    profile_tokens: frozenset[str]
    posting_tools: frozenset[str]
    titles: list[frozenset[str]]
    education: str
    degrees: set[str]
    certs: str
    skills: str  # lower-cased text of the skill lines
    cert_initials: set[str]
    initials: set[str]  # of the profile's capitalised names: "CKAD", "CNCF"
    employers: set[str]
    facts: list[tuple[Fact, frozenset[str]]]  # every fact with its content tokens
    jobs: list[tuple[Fact, frozenset[str]]]  # each job's duties' tokens together, under its first
    summary_tokens: frozenset[str]  # of the headline, the summary and the skills
    posting_tokens: frozenset[str]
    plain: frozenset[str]  # tokens that name nothing particular: generic words, the names
    name: str  # the applicant's, which a draft may use as the subject of a claim
