"""How well drafter.review catches planted claims, and how often it cries wolf.

    python bench/review_recall.py                  # every set
    python bench/review_recall.py tuned tuned-3    # only the sets named (by folder)
    python bench/review_recall.py --first-runs     # each former hold-out's one blind run

Reads the tuned sets, fixtures/golden/cases.yaml and every fixtures/golden/tuned-N/cases.yaml
(former hold-outs, folded into the tuned set once their misses and false alarms had been looked
at and fixed), and every hold-out set, fixtures/golden/holdoutN/cases.yaml (written after the
last tuning, run once and never tuned against). All share one manifest format. To run the
tuned sets without touching a fresh hold-out, name them.

For each set separately it prints recall (planted claims flagged with the right kind), how many
planted claims sit in a sentence that draws an error of any kind, the false-alarm rate
(findings on clean sentences, per clean sentence), the share of clean sentences that draw any
finding, and the time ``check`` takes. A clean sentence is a body sentence that
holds no planted words; a finding on the letter frame (greeting, signature, contact line) that
nobody planted counts as a false alarm too.

Below those lines the same findings are split two ways, so a figure cannot hide where its noise
comes from: findings in the clean texts (texts with nothing planted, which is what a good draft
looks like) apart from findings on the unplanted sentences of planted texts (which sit beside
invented claims, and often flag real stock phrases there), and in each, errors (a claim the
sources do not support: the draft is re-asked) apart from warnings (style: cliches, repetition).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter import profile, review  # noqa: E402
from drafter.page import Page  # noqa: E402

GOLDEN = ROOT / "fixtures" / "golden"


def _numbered(golden: Path, prefix: str) -> list[Path]:
    """golden/<prefix>N/cases.yaml manifests, in numeric order (tuned-2 before tuned-10)."""
    found = [m for m in golden.glob(f"{prefix}*/cases.yaml") if m.parent.name.startswith(prefix)]

    def number(m: Path) -> tuple[int, str]:
        digits = re.sub(r"\D", "", m.parent.name)
        return (int(digits) if digits else 0, m.parent.name)

    return sorted(found, key=number)


def tuned_sets(golden: Path = GOLDEN) -> dict[str, Path]:
    """Set name → manifest for the tuned sets: cases.yaml, then each former hold-out."""
    named = {f"{m.parent.name} (former hold-out)": m for m in _numbered(golden, "tuned-")}
    return {"tuned": golden / "cases.yaml"} | named


def holdout_sets(golden: Path = GOLDEN) -> dict[str, Path]:
    """Set name → manifest for each hold-out set."""
    return {f"hold-out {m.parent.name}": m for m in _numbered(golden, "holdout")}


def sets(golden: Path = GOLDEN) -> dict[str, Path]:
    """Set name → manifest: the tuned sets, then each hold-out set."""
    return tuned_sets(golden) | holdout_sets(golden)


def folder(manifest: Path, golden: Path = GOLDEN) -> str:
    """The name a set is chosen by on the command line: its folder, or "tuned"."""
    return "tuned" if manifest.parent == golden else manifest.parent.name


@dataclass
class Case:
    id: str
    text: str
    profile: profile.Profile
    posting: str
    company: str
    role: str
    kind: str
    max_words: int | None
    planted: list[dict[str, str]]


@dataclass
class Result:
    planted: int = 0
    caught: int = 0
    in_error_sentence: int = 0  # planted words inside a sentence with an error of any kind
    clean_sentences: int = 0
    noisy_sentences: int = 0
    false_alarms: int = 0
    seconds: float = 0.0
    checks: int = 0
    missed: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)
    # the same false alarms, split by where they fall and how severe they are
    parts: dict[str, Part] = field(default_factory=lambda: {"clean": Part(), "planted": Part()})


@dataclass
class Part:
    """False alarms in one kind of text: the clean texts, or the planted texts' other sentences."""

    texts: int = 0
    sentences: int = 0
    noisy_sentences: int = 0
    errors: int = 0
    warnings: int = 0


def load_cases(manifest: Path) -> list[Case]:
    data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    base = manifest.parent
    cases = []
    for raw in data["cases"]:
        if "page" in raw:
            posting = Page.load((base / raw["page"]).resolve()).job_description
        else:
            posting = (base / raw["posting"]).read_text(encoding="utf-8")
        cases.append(
            Case(
                id=raw["id"],
                text=(base / raw["text"]).read_text(encoding="utf-8"),
                profile=profile.load((base / raw["profile"]).resolve()),
                posting=posting,
                company=raw.get("company", ""),
                role=raw.get("role", ""),
                kind=raw.get("kind", "letter"),
                max_words=raw.get("max_words"),
                planted=[{"kind": p["kind"], "words": str(p["words"])} for p in raw["planted"]],
            )
        )
    return cases


def run(case: Case) -> list[review.Finding]:
    return review.check(
        case.text,
        case.profile,
        case.posting,
        company=case.company,
        role=case.role,
        kind=case.kind,
        max_words=case.max_words,
    )


def caught(plant: dict[str, str], findings: list[review.Finding]) -> bool:
    words = plant["words"].lower()
    for f in findings:
        if f.kind != plant["kind"]:
            continue
        got = f.words.lower()
        if not words or (got and (words in got or got in words)):
            return True
        if f.kind == "repetition" and words in f.sentence.lower():
            return True
    return False


def _planted_here(sentence: str, case: Case) -> bool:
    low = sentence.lower()
    return any(p["words"] and p["words"].lower() in low for p in case.planted)


def evaluate(cases: list[Case]) -> Result:
    result = Result()
    for case in cases:
        start = time.perf_counter()
        findings = run(case)
        result.seconds += time.perf_counter() - start
        result.checks += 1
        for plant in case.planted:
            result.planted += 1
            if caught(plant, findings):
                result.caught += 1
            else:
                result.missed.append(f"{case.id}: {plant['kind']} {plant['words']!r}")
            words = plant["words"].lower()
            if any(f.severity == "error" and words in f.sentence.lower() for f in findings):
                result.in_error_sentence += 1
        sentences = review._split(case.text, case.profile).sentences
        clean = [s for s in sentences if not _planted_here(s, case)]
        result.clean_sentences += len(clean)
        part = result.parts["planted" if case.planted else "clean"]
        part.texts += 1
        part.sentences += len(clean)
        planted_kinds = {p["kind"] for p in case.planted}
        noisy = set()
        for f in findings:
            if f.sentence and _planted_here(f.sentence, case):
                continue
            if not f.sentence and f.kind in planted_kinds:
                continue  # a planted whole-draft defect (budget, missing company)
            result.false_alarms += 1
            if f.severity == "error":
                part.errors += 1
            else:
                part.warnings += 1
            result.alarms.append(f"{case.id}: {f.kind} {f.words!r} in {f.sentence[:70]!r}")
            if f.sentence in clean:
                noisy.add(f.sentence)
        result.noisy_sentences += len(noisy)
        part.noisy_sentences += len(noisy)
    return result


def report(name: str, result: Result) -> dict[str, Any]:
    recall = result.caught / result.planted if result.planted else 1.0
    rate = result.false_alarms / result.clean_sentences if result.clean_sentences else 0.0
    noisy = result.noisy_sentences / result.clean_sentences if result.clean_sentences else 0.0
    ms = 1000 * result.seconds / max(result.checks, 1)
    print(f"== {name}")
    print(f"recall            {result.caught}/{result.planted} = {recall:.1%}")
    print(
        f"  flagged at all:  {result.in_error_sentence}/{result.planted} planted claims sit in a "
        "sentence with an error of any kind (what a reader is pointed to)"
    )
    print(
        f"false alarms      {result.false_alarms} on {result.clean_sentences} clean sentences "
        f"= {rate:.3f} per clean sentence"
    )
    print(f"noisy sentences   {result.noisy_sentences} = {noisy:.1%} of clean sentences")
    for key, label in (("clean", "in clean texts"), ("planted", "in planted texts")):
        part = result.parts[key]
        share = part.noisy_sentences / part.sentences if part.sentences else 0.0
        print(
            f"  {label + ':':18}{part.errors} errors, {part.warnings} warnings on "
            f"{part.sentences} unplanted sentences of {part.texts} texts; "
            f"{part.noisy_sentences} noisy = {share:.1%}"
        )
    print(f"time per check    {ms:.1f} ms")
    for line in result.missed:
        print(f"  missed: {line}")
    for line in result.alarms:
        print(f"  false alarm: {line}")
    return {"recall": recall, "false_alarm_rate": rate, "noisy": noisy}


def first_runs(golden: Path = GOLDEN) -> None:
    """Each former hold-out's one blind run, from its first-run.txt: how the checks did on
    letters they had not seen, which the tuned figures cannot show."""
    print("blind first runs (tuned-N/first-run.txt): recall | flagged at all | clean texts noisy")
    for manifest in _numbered(golden, "tuned-"):
        path = manifest.parent / "first-run.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        recall = re.search(r"^recall\s+(\d+/\d+ = [\d.]+%)", text, re.M)
        flagged = re.search(r"^\s+flagged at all:\s+(\d+/\d+)", text, re.M)
        clean = re.search(r"in clean texts:.* on (\d+) unplanted.*; (\d+) noisy = ([\d.]+%)", text)
        print(
            f"  {manifest.parent.name:9} {recall[1] if recall else '-':>16} |"
            f" {flagged[1] if flagged else '-':>6} |"
            f" {f'{clean[2]}/{clean[1]} = {clean[3]}' if clean else '-'}"
        )


def main(argv: list[str] | None = None, golden: Path = GOLDEN) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("only", nargs="*", help="folders of the sets to run (default: all)")
    parser.add_argument(
        "--first-runs", action="store_true", help="print each former hold-out's blind run"
    )
    args = parser.parse_args(argv)
    if args.first_runs:
        first_runs(golden)
        return
    for name, manifest in sets(golden).items():
        if args.only and folder(manifest, golden) not in args.only:
            continue
        if manifest.exists():
            report(name, evaluate(load_cases(manifest)))
        else:
            print(f"== {name}: {manifest} not found")


if __name__ == "__main__":
    main()
