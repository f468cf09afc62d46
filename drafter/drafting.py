"""The job users come for: fill the note sections and draft a cover letter, grounded.

``load()`` reads the page, profile and research once and builds the evidence map;
``plan_notes()`` and ``plan_letter()`` turn templates into requests; ``produce()`` calls the
model, repairs what it wrote (``compose``), reviews it (``review``) and re-asks once when the
review finds an unsupported claim or the text is unusable. Notes keep only the bullets the
review can source, topped up from the evidence map; letters keep their findings in their
front matter. Independent calls run at the same time.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from drafter import compose, evidence, review
from drafter.config import Settings
from drafter.drafts import DraftStore, Version, split_front_matter
from drafter.errors import ConfigError, InputError
from drafter.files import read_text
from drafter.llm import Client, Completion, OnText, Request
from drafter.page import Page, Section, normalize
from drafter.profile import Fact, Profile, split_sentences
from drafter.profile import load as load_profile
from drafter.prompts import Prompt, Templates, load_tones, resolve_tone

LETTER = "cover_letter"
Notify = Callable[[str], None]


@dataclass(frozen=True)
class Inputs:
    page: Page
    profile: Profile
    research: str
    evidence: evidence.EvidenceMap
    templates: Templates
    settings: Settings

    @property
    def posting(self) -> str:
        return self.page.job_description

    def context(self) -> dict[str, Any]:
        """Template variables: the same for every task, so prompts share their prefix."""
        return {
            "company": self.page.company or "the company",
            "role": self.page.role or "open",
            "hiring_manager": self.page.hiring_manager,
            "applicant": {
                "name": self.profile.name or "the applicant",
                "contact": self.profile.contact_lines,
            },
            "posting": self.posting,
            "facts": [{"ref": f.ref, "text": f.quote()} for f in self.profile.facts],
            "evidence": [
                {
                    "requirement": e.requirement.text,
                    "refs": e.refs,
                    "best": e.matches[0].fact.text if e.matches else "",
                }
                for e in self.evidence.items
            ],
            "research": self.research,
            "strongest": self.strongest_facts(),
        }

    def strongest_facts(self, n: int = 3) -> list[str]:
        """The facts that best meet the posting's requirements, strongest first, no repeats."""
        ranked = sorted(
            (m for e in self.evidence.items for m in e.matches[:1]), key=lambda m: -m.score
        )
        facts: list[str] = []
        for match in ranked:
            if match.fact.text not in facts:
                facts.append(match.fact.text)
        return facts[:n]

    def check(self, text: str, kind: str) -> list[review.Finding]:
        """Findings on a letter or note for this page and profile ('letter' or 'note'). The
        page's properties ("Location: ...", "Pay: ...") are the posting's too."""
        properties = [f"{key}: {value}" for key, value in self.page.properties.items()]
        return review.check(
            text,
            self.profile,
            "\n".join([*properties, self.posting]),
            company=self.page.company,
            role=self.page.role,
            kind=kind,
            extra_sources=self.research,
        )

    def check_file(self, path: Path) -> list[review.Finding]:
        """Findings on a saved version or any text file; bullets, under headings or not, are a
        note."""
        text = split_front_matter(read_text(path, "draft"), path)[1]
        lines = [line.lstrip() for line in text.splitlines() if line.strip()]
        is_note = all(line.startswith(("-", "*", "+", "#")) for line in lines) and any(
            not line.startswith("#") for line in lines
        )
        return self.check(text, "note" if is_note else "letter")

    def inputs_hash(self) -> str:
        data = json.dumps([self.posting, [f.quote() for f in self.profile.facts], self.research])
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def load(
    page_path: Path, profile_path: Path | None, settings: Settings, research: Sequence[Path] = ()
) -> Inputs:
    path = profile_path or settings["profile"]
    if path is None:
        raise ConfigError("no profile: pass --profile FILE or set `profile` in the config file")
    page = Page.load(page_path)
    _ = page.job_description  # a page with no posting is an error before any work
    notes = "\n\n".join(read_text(p, "context file") for p in research)
    profile = load_profile(Path(path))
    return Inputs(
        page,
        profile,
        notes,
        evidence.build(page.job_description, profile),
        Templates(settings["prompts"]),
        settings,
    )


@dataclass
class Task:
    name: str
    prompt: Prompt
    request: Request
    section: Section | None = None
    tone: str = ""


@dataclass
class Outcome:
    task: Task
    text: str
    findings: list[review.Finding] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what only a re-ask can fix
    reasked: str = ""
    fallback: int = 0  # bullets taken from the evidence map
    completions: list[Completion] = field(default_factory=list)

    def usage(self) -> dict[str, int]:
        total = {"prompt_tokens": 0, "completion_tokens": 0, "cached_tokens": 0}
        for c in self.completions:
            for key, value in asdict(c.usage).items():
                total[key] += value
        return total


def _request(inputs: Inputs, prompt: Prompt, seed: int | None = None) -> Request:
    params = prompt.meta.params
    return Request(
        prompt.messages,
        inputs.settings.model,
        float(params.get("temperature", 0.7)),
        int(params.get("max_tokens", 512)),
        seed,
    )


def plan_notes(
    inputs: Inputs, only: str | None = None, force: bool = False
) -> tuple[list[Task], list[str]]:
    """Tasks for the empty target sections (or filled ones with ``force``), and what was skipped."""
    tasks: list[Task] = []
    skipped: list[str] = []
    targets = inputs.templates.targets()
    if only is not None:
        wanted = normalize(only)
        targets = [
            m
            for m in targets
            if wanted
            in {normalize(m.name), normalize(m.section), *(normalize(a) for a in m.aliases)}
        ]
        if not targets:
            known = "; ".join(m.section for m in inputs.templates.targets())
            raise ConfigError(f"--section {only!r} is not a section drafter fills (known: {known})")
    context = inputs.context()
    for meta in targets:
        section = inputs.page.find(meta.section, meta.aliases)
        if section is None:
            skipped.append(f"{meta.section}: not in the page")
        elif not inputs.page.is_empty(section) and not force:
            skipped.append(f"{meta.section}: has your text, kept (--force to redo it)")
        else:
            prompt = inputs.templates.render(meta.name, context)
            tasks.append(Task(meta.name, prompt, _request(inputs, prompt), section))
    return tasks, skipped


def plan_letter(
    inputs: Inputs, tone: str, store: DraftStore, new: bool = False
) -> tuple[Task, Version | None]:
    """The letter task, and the version that already holds its answer (unless ``new``)."""
    name, description = resolve_tone(tone, load_tones(inputs.templates))
    context = {**inputs.context(), "tone": {"name": name, "description": description}}
    prompt = inputs.templates.render(LETTER, context)
    base = _request(inputs, prompt)
    settings = inputs.settings
    existing = store.find(prompt_hash(prompt), settings.model, settings.endpoint_label)
    if existing is not None and not new:
        return Task(LETTER, prompt, base, tone=name), existing
    # A new variation is a different request (seed), so the cache cannot return the old one.
    seed = len([v for v in store.versions() if v.meta.get("prompt_hash") == prompt_hash(prompt)])
    return Task(LETTER, prompt, _request(inputs, prompt, seed or None), tone=name), None


def prompt_hash(prompt: Prompt) -> str:
    data = json.dumps([dict(m) for m in prompt.messages], sort_keys=True)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


# -- producing ------------------------------------------------------------------------------


async def produce(
    client: Client,
    inputs: Inputs,
    task: Task,
    semaphore: asyncio.Semaphore,
    notify: Notify,
    on_text: OnText | None = None,
) -> Outcome:
    first = await client.acomplete(task.request, on_text, semaphore)
    outcome = _finish(inputs, task, first)
    outcome.completions.append(first)
    errors = review.errors(outcome.findings)
    if errors or outcome.problems:
        reason = "; ".join(
            [f"{len(errors)} unsupported claim(s)"] * bool(errors) + outcome.problems
        )
        notify(f"{task.name}: re-asking the model once ({reason})")
        messages = (
            *task.request.messages,
            {"role": "assistant", "content": first.text},
            {"role": "user", "content": _reask(task, outcome)},
        )
        retry = Request(
            messages,
            task.request.model,
            task.request.temperature,
            task.request.max_tokens,
            task.request.seed,
        )
        second = await client.acomplete(retry, None, semaphore)
        again = _finish(inputs, task, second)
        again.completions = [first, second]
        again.reasked = reason
        outcome = again
    if task.name != LETTER:
        _keep_sourced_bullets(inputs, outcome, notify)
    return outcome


def _reask(task: Task, outcome: Outcome) -> str:
    lines = [compose.REASK]
    fixes = review.feedback(outcome.findings)
    if fixes:
        lines.append(fixes)
    lines += [f"- {p}" for p in outcome.problems]
    if task.name == LETTER:
        lines.append("- Write only the body paragraphs, no greeting, no sign-off, no placeholders.")
    else:
        lines.append("- Write only '- ' bullet points, each built on one fact from the PROFILE.")
    return "\n".join(lines)


def _finish(inputs: Inputs, task: Task, completion: Completion) -> Outcome:
    page, profile = inputs.page, inputs.profile
    budget = task.prompt.meta.budget
    truncated = completion.finish_reason == "length"
    if task.name == LETTER:
        body = compose.letter_body(
            completion.text,
            profile,
            page.company,
            page.role,
            budget.get("words", 300),
            budget.get("min_words", 80),
            truncated,
        )
        text = compose.letter(body.text, profile, page.company, page.hiring_manager)
        kind = "letter"
    else:
        body = compose.notes(
            completion.text,
            profile,
            page.company,
            page.role,
            budget.get("bullets", 4),
            budget.get("words", 120),
        )
        text, kind = body.text, "note"
    # a note is read under its heading, which says whether it looks back or ahead
    heading = f"# {task.section.title}\n" if task.section else ""
    findings = inputs.check(heading + text, kind) if body.text else []
    problems = list(body.problems)
    if task.name != LETTER:
        stray = [b for b in text.splitlines() if off_topic(inputs, task.name, b[2:])]
        problems += [f"'{b[2:]}' draws on no fact given to you" for b in stray]
    return Outcome(task, text, findings, body.repairs, problems)


def off_topic(inputs: Inputs, task: str, bullet: str) -> bool:
    """A value bullet must draw on a fact of the profile; an excitement bullet on a sentence of
    the posting or the research, or on a motivation. Drawing on one means that one source holds
    at least two of the bullet's content words and half of them (a "Label: " is not counted), so
    filler that shares a word or two with a long posting is not on topic."""
    label, colon, rest = bullet.partition(": ")
    words = evidence.tokens(rest if colon and len(label.split()) <= 8 else bullet)
    if task == "add_value":
        if len(bullet) > 40 and fuzz.partial_ratio(bullet.lower(), inputs.posting.lower()) > 95:
            return True  # the posting's own words, not what the applicant brings
        sources = [f.text for f in inputs.profile.facts if f.kind != "motivation"]
    else:
        sources = [
            *_sentences(inputs.posting),
            *_sentences(inputs.research),
            *(f.text for f in inputs.profile.of_kind("motivation")),
        ]
    need = max(2, (len(words) + 1) // 2)
    return not any(len(words & evidence.tokens(source)) >= need for source in sources)


def _sentences(text: str) -> list[str]:
    return [s for line in text.splitlines() for s in split_sentences(line) if s.strip()]


def _keep_sourced_bullets(inputs: Inputs, outcome: Outcome, notify: Notify) -> None:
    """A note keeps only bullets the review can source and that are on topic; the evidence
    map tops it up."""
    task = outcome.task.name
    bullets = [line[2:] for line in outcome.text.splitlines() if line.startswith("- ")]
    flagged = {f.sentence for f in review.errors(outcome.findings)}
    kept = [b for b in bullets if not any(s and (s in b or b in s) for s in flagged)]
    if len(kept) < len(bullets):
        notify(f"{task}: dropped {len(bullets) - len(kept)} bullet(s) the profile does not support")
    relevant = [b for b in kept if not off_topic(inputs, task, b)]
    if len(relevant) < len(kept):
        notify(
            f"{task}: dropped {len(kept) - len(relevant)} bullet(s) that draw on nothing in "
            + ("the profile" if task == "add_value" else "the posting or your motivations")
        )
    kept = relevant
    want = min(2, outcome.task.prompt.meta.budget.get("bullets", 4))
    if len(kept) < want:
        extra = [b for b in evidence_bullets(inputs, outcome.task.name) if b not in kept]
        added = extra[: want - len(kept)]
        if added:
            notify(
                f"{outcome.task.name}: added {len(added)} bullet(s) straight from the "
                "requirement ↔ evidence map"
            )
        kept += added
        outcome.fallback = len(added)
    outcome.findings = [
        f for f in outcome.findings if f.severity != "error" and any(f.sentence in b for b in kept)
    ]
    outcome.text = "\n".join(f"- {b}" for b in kept)
    # What the re-ask could not fix went with the dropped bullets; say so only if nothing is left.
    outcome.problems = [] if kept else ["nothing usable: the section is left empty"]


def evidence_bullets(inputs: Inputs, task: str) -> list[str]:
    """Bullets built only from the posting and the profile, for when the model's fail review."""
    emap = inputs.evidence
    if task == "excited":
        motivations = [f.text for f in inputs.profile.of_kind("motivation")]
        learn = [f"Learning: {r.text}" for r in emap.gaps]
        work = [
            f"The work: {e.requirement.text}"
            for e in emap.items
            if e.requirement.kind == "responsibility"
        ]
        return motivations[:1] + learn[:1] + work + motivations[1:] + learn[1:]
    # A summary line ("Happiest when a system is boring") describes; it is no evidence.
    best = []
    for item in emap.items:
        match = next((m for m in item.matches if m.fact.kind != "summary"), None)
        if match is not None:
            best.append((match, item.requirement.text))
    skills = " ".join(f.text.partition(": ")[2] for f in inputs.profile.of_kind("skill"))
    names = frozenset(re.findall(r"[A-Z][\w+#.-]*", skills))
    return [
        f"{_short(requirement)}: {_cited(match.fact, names)}"
        for match, requirement in sorted(best, key=lambda pair: -pair[0].score)
    ]


def _short(requirement: str, limit: int = 70) -> str:
    """The head of a long requirement, cut at a clause boundary."""
    text = requirement.rstrip(".")
    if len(text) <= limit:
        return text
    for mark in (";", ",", " with ", " and "):
        cut = text.find(mark, 25)
        if 0 < cut <= limit:
            return text[:cut]
    return text[:limit].rsplit(" ", 1)[0] + "…"


def _cited(fact: Fact, names: frozenset[str]) -> str:
    """A fact as the second half of "requirement: fact (employer)". A skills line loses its
    label; the first word goes lower case unless it is a name ("BSc", "Python")."""
    text = fact.text
    _, colon, items = text.partition(": ")
    if fact.kind == "skill" and colon:
        text = items
    first = text.split(" ", 1)[0].strip(",.;:")
    if first[1:].islower() and first not in names:
        text = text[:1].lower() + text[1:]
    where = f" ({fact.org})" if fact.org and fact.org not in text else ""
    return f"{text}{where}"


# -- running and writing --------------------------------------------------------------------


async def run_tasks(
    client: Client,
    inputs: Inputs,
    tasks: Sequence[Task],
    notify: Notify,
    on_text: OnText | None = None,
) -> list[Outcome]:
    """All tasks at the same time (bounded by the client's concurrency); the server stops after."""
    semaphore = asyncio.Semaphore(client.concurrency)
    stream = on_text if len(tasks) == 1 else None  # interleaved streams would be unreadable
    try:
        return list(
            await asyncio.gather(
                *(produce(client, inputs, t, semaphore, notify, stream) for t in tasks)
            )
        )
    finally:
        await client.backend.aclose()


def apply_notes(
    inputs: Inputs, outcomes: Sequence[Outcome], store: DraftStore
) -> tuple[list[str], list[str]]:
    """Write the notes into the page in one atomic save; old text kept when forced.

    Returns the sections written and the ones refused (text that would change the page's
    structure, which compose should never produce)."""
    page = Page.load(inputs.page.path) if inputs.page.path else inputs.page
    if page.render() != inputs.page.render():
        raise InputError(f"page {page.path}: changed on disk while drafting; nothing written")
    written: list[str] = []
    refused: list[str] = []
    for outcome in outcomes:
        if not outcome.text.strip() or outcome.task.section is None:
            continue
        section = page.find(outcome.task.prompt.meta.section, outcome.task.prompt.meta.aliases)
        assert section is not None  # the page is the one the task was planned on
        try:
            filled = page.fill(section, outcome.text)
        except ValueError:
            refused.append(
                f"{section.title}: the text would change the page's structure; not written"
            )
            continue
        if not page.is_empty(section):
            store.keep_history(outcome.task.name, page.body(section))
        page = filled
        written.append(section.title)
    if written:
        page.save()
    return written, refused


def save_letter(inputs: Inputs, store: DraftStore, outcome: Outcome) -> Version:
    meta = {
        "tone": outcome.task.tone,
        "model": inputs.settings.model,
        "endpoint": inputs.settings.endpoint_label,
        "prompt_hash": prompt_hash(outcome.task.prompt),
        "inputs_hash": inputs.inputs_hash(),
        "seed": outcome.task.request.seed,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "usage": outcome.usage(),
        "reasked": outcome.reasked or None,
        "repairs": outcome.repairs or None,
        "problems": outcome.problems or None,
        "findings": [f.to_dict() for f in outcome.findings] or None,
    }
    return store.add(
        outcome.text, {k: v for k, v in meta.items() if v is not None}, outcome.task.tone
    )


# -- one command's work ---------------------------------------------------------------------


@dataclass
class Report:
    """What a fill/draft/run did, for the CLI to print (or dump as JSON)."""

    dry_run: bool = False
    prompts: list[Prompt] = field(default_factory=list)
    notes: list[Outcome] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    letter: Outcome | None = None
    version: Version | None = None
    reused: Version | None = None
    calls: int = 0


def execute(
    inputs: Inputs,
    make_client: Callable[[], Client],
    *,
    notes: bool,
    letter: bool,
    only: str | None = None,
    force: bool = False,
    tone: str = "warm",
    new: bool = False,
    dry_run: bool = False,
    notify: Notify = lambda _: None,
    on_text: OnText | None = None,
) -> Report:
    assert inputs.page.path is not None
    store = DraftStore(inputs.page.path)
    result = Report(dry_run=dry_run)
    tasks: list[Task] = []
    if notes:
        tasks, result.skipped = plan_notes(inputs, only, force)
    if letter:
        task, result.reused = plan_letter(inputs, tone, store, new)
        if result.reused is None or dry_run:
            tasks.append(task)
    result.prompts = [t.prompt for t in tasks]
    if dry_run or not tasks:
        return result
    client = make_client()
    outcomes = asyncio.run(run_tasks(client, inputs, tasks, notify, on_text))
    result.calls = client.calls
    result.notes = [o for o in outcomes if o.task.name != LETTER]
    result.written, refused = apply_notes(inputs, result.notes, store)
    result.skipped += refused
    for outcome in outcomes:
        if outcome.task.name == LETTER:
            result.letter = outcome
            result.version = save_letter(inputs, store, outcome)
    return result
