"""What drafter understood of a page or a profile, as data and as text for people."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from drafter.config import Settings
from drafter.drafting import Outcome, Report
from drafter.drafts import Version
from drafter.page import Page
from drafter.profile import Profile
from drafter.prompts import Prompt, Templates, estimate_tokens


def page_report(path: Path, settings: Settings) -> dict[str, Any]:
    page = Page.load(path)
    jd = page.job_description
    templates = Templates(settings["prompts"])
    targets = []
    for meta in templates.targets():
        section = page.find(meta.section, meta.aliases)
        state = "missing" if section is None else "empty" if page.is_empty(section) else "filled"
        targets.append(
            {
                "task": meta.name,
                "section": meta.section,
                "state": state,
                "will_fill": state == "empty",
            }
        )
    return {
        "path": str(path),
        "title": page.title,
        "company": page.company,
        "role": page.role,
        "properties": page.properties,
        "line_endings": "CRLF" if page.newline == "\r\n" else "LF",
        "bom": page.bom,
        "sections": [
            {"title": s.title, "level": s.level, "empty": page.is_empty(s)} for s in page.sections
        ],
        "job_description": {
            "source": page.job_description_source,
            "characters": len(jd),
            "words": len(jd.split()),
        },
        "targets": targets,
    }


def format_page(data: dict[str, Any]) -> str:
    out = [f"{data['title'] or '(no title)'}  —  {data['path']}"]
    if data["company"] or data["role"]:
        out.append(f"Role: {data['role'] or '?'} at {data['company'] or '?'}")
    if data["properties"]:
        out.append("Properties:")
        out += [f"  {k}: {v}" for k, v in data["properties"].items()]
    out.append("Sections:")
    out += [
        f"  {'empty ' if s['empty'] else 'filled'}  {'#' * s['level']} {s['title']}"
        for s in data["sections"]
    ] or ["  (none)"]
    jd = data["job_description"]
    out.append(
        f"Job description: {jd['characters']:,} characters, {jd['words']:,} words "
        f"(from the {jd['source']})"
    )
    out.append("Targets:")
    for t in data["targets"]:
        action = {
            "empty": "will fill",
            "filled": "has your text; kept (use --force to redo)",
            "missing": "no such section; nothing to fill",
        }[t["state"]]
        out.append(f"  {t['section']}  —  {t['state']}: {action}")
    return "\n".join(out)


def format_profile(profile: Profile) -> str:
    out = [profile.name or "(no name)"]
    out += [f"  {line}" for line in profile.contact_lines]
    out.append(f"{len(profile.facts)} facts:")
    out += [f"  [{f.ref}] ({f.kind}) {f.quote()}" for f in profile.facts]
    return "\n".join(out)


def format_prompts(prompts: list[Prompt]) -> str:
    """--dry-run: every rendered prompt, exactly as it would be sent, with its token estimate."""
    out = []
    for prompt in prompts:
        counts = [estimate_tokens(m["content"]) for m in prompt.messages]
        out.append(
            f"===== {prompt.task}: ≈{sum(counts):,} prompt tokens "
            f"({' + '.join(f'{c:,}' for c in counts)}), "
            f"max {prompt.meta.params.get('max_tokens', '?')} out ====="
        )
        for message, count in zip(prompt.messages, counts, strict=True):
            out.append(f"--- {message['role']} (≈{count:,} tokens) ---\n{message['content']}")
    if not prompts:
        out.append("Nothing to send: every target section is filled or the letter is saved.")
    out.append("(dry run: no model was called)")
    return "\n".join(out)


def run_to_dict(result: Report) -> dict[str, Any]:
    def outcome(o: Outcome) -> dict[str, Any]:
        return {
            "task": o.task.name,
            "text": o.text,
            "findings": [f.to_dict() for f in o.findings],
            "repairs": o.repairs,
            "reasked": o.reasked,
            "fallback_bullets": o.fallback,
            "usage": o.usage(),
            "completions": [
                asdict(c.usage) | {"cached": c.cached, "seconds": round(c.seconds, 3)}
                for c in o.completions
            ],
        }

    return {
        "dry_run": result.dry_run,
        "prompts": [
            {
                "task": p.task,
                "messages": list(p.messages),
                "tokens": sum(estimate_tokens(m["content"]) for m in p.messages),
            }
            for p in result.prompts
        ],
        "written": result.written,
        "skipped": result.skipped,
        "notes": [outcome(o) for o in result.notes],
        "letter": outcome(result.letter) if result.letter else None,
        "version": result.version.summary() if result.version else None,
        "reused": result.reused.summary() if result.reused else None,
        "calls": result.calls,
    }


def format_run(result: Report) -> str:
    out: list[str] = []
    for line in result.skipped:
        out.append(f"skipped: {line}")
    for o in result.notes:
        title = o.task.prompt.meta.section
        state = "filled" if title in result.written or o.text else "left empty"
        out.append(f"\n## {title}  ({state})\n{o.text or '(nothing usable)'}")
        out += _findings_lines(o)
    if result.letter and result.version:
        out.append(f"\n## Cover letter — saved as {result.version.path}\n\n{result.letter.text}")
        out += _findings_lines(result.letter)
    elif result.reused:
        out.append(
            f"\n## Cover letter — unchanged inputs and tone: version {result.reused.number} "
            f"({result.reused.path}); --new asks for another variation\n\n"
            f"{result.reused.body}"
        )
    out.append(f"\nmodel calls: {result.calls}")
    return "\n".join(out).lstrip("\n")


def _findings_lines(o: Outcome) -> list[str]:
    lines = [f"  problem: {p}" for p in o.problems]
    lines += [f"  {f.severity} [{f.kind}] {f.words!r}: {f.why}" for f in o.findings]
    return ["review findings (kept, not hidden):", *lines] if lines else []


def format_versions(versions: list[Version]) -> str:
    if not versions:
        return "No drafts yet."
    rows = [f"{'#':>3}  {'tone':<14} {'model':<24} {'created':<26} {'words':>5}  findings"]
    for v in versions:
        s = v.summary()
        rows.append(
            f"{s['number']:>3}  {s['tone']:<14} {s['model']:<24} {s['created']:<26} "
            f"{s['words']:>5}  {s['findings']}"
        )
    return "\n".join(rows)
