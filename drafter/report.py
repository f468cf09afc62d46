"""What drafter understood of a page or a profile, as data and as text for people."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafter.config import Settings
from drafter.page import Page
from drafter.profile import Profile
from drafter.prompts import Templates


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
