from __future__ import annotations

from drafter import evidence, profile
from drafter.page import Page
from tests.conftest import PROFILES, SAMPLE


def _jordan() -> profile.Profile:
    return profile.load(PROFILES / "jordan-rivera.yaml")


def test_reads_bold_headings_and_bullets_of_the_notion_sample() -> None:
    reqs = evidence.requirements(Page.load(SAMPLE).job_description)
    kinds = [r.kind for r in reqs]
    assert kinds == ["responsibility"] * 4 + ["requirement"] * 7
    assert reqs[0].heading == "What you'll do"
    assert reqs[4].text.startswith("4+ years of experience analyzing data")
    assert all("PinFlex" not in r.text for r in reqs)  # prose paragraphs are not requirements


def test_reads_every_heading_style_and_bullet_marker() -> None:
    posting = "\n".join(
        [
            "We build payments software.",
            "## Responsibilities",
            "+ Maintain the ledger API",
            "1. Review code",
            "Requirements:",
            "* Go or Python",
            "2) PostgreSQL in production",
            "**Nice to have**",
            "- Kubernetes",
            "Benefits",
            "- Free lunch",
        ]
    )
    reqs = evidence.requirements(posting)
    assert [(r.text, r.kind) for r in reqs] == [
        ("Maintain the ledger API", "responsibility"),
        ("Review code", "responsibility"),
        ("Go or Python", "requirement"),
        ("PostgreSQL in production", "requirement"),
        ("Kubernetes", "requirement"),
    ]
    assert reqs[-1].heading == "Nice to have"


def test_inline_requirements_line_is_split_on_semicolons() -> None:
    reqs = evidence.requirements("Requirements: 3 years of SQL; a degree in statistics")
    assert [r.text for r in reqs] == ["3 years of SQL", "a degree in statistics"]


def test_falls_back_to_sentences_without_lists() -> None:
    posting = (
        "Acme makes bikes. You will design checkout flows. "
        "Experience with Figma is required. We have a nice office."
    )
    reqs = evidence.requirements(posting)
    assert [r.text for r in reqs] == [
        "You will design checkout flows.",
        "Experience with Figma is required.",
    ]
    assert reqs[0].kind == "responsibility"


def test_matches_requirements_to_supporting_facts() -> None:
    emap = evidence.build(Page.load(SAMPLE).job_description, _jordan())
    by_text = {e.requirement.text[:30]: e for e in emap.items}
    sql = by_text["Ability to manipulate large da"]
    assert sql.matches[0].fact.text == "Languages: Python, SQL, R"
    frameworks = by_text["Experience using machine learn"]
    texts = [m.fact.text for m in frameworks.matches]
    assert "Libraries: pandas, scikit-learn, statsmodels" in texts
    assert all(0 <= m.score <= 1 for e in emap.items for m in e.matches)
    assert len(emap.items) == 11


def test_synonyms_join_abbreviations_to_full_words() -> None:
    sam = profile.load(PROFILES / "sam-okafor.json")
    emap = evidence.build("Requirements:\n- k8s in production\n- BS in CS or similar", sam)
    k8s, degree = emap.items
    assert any("Kubernetes" in m.fact.text for m in k8s.matches)
    assert degree.matches and degree.matches[0].fact.kind == "education"


def test_a_requirement_nothing_supports_is_a_gap() -> None:
    emap = evidence.build("Requirements:\n- Fluent Mandarin\n- SQL", _jordan())
    assert [r.text for r in emap.gaps] == ["Fluent Mandarin"]
    assert set(emap.items[1].refs) == {"F6", "F11", "F13"}  # every fact naming SQL
    data = emap.to_dict()
    assert data["gaps"] == ["Fluent Mandarin"] and data["items"][1]["matches"][0]["ref"] == "F6"


def test_table_lists_gaps_at_the_end() -> None:
    emap = evidence.build("Requirements:\n- Fluent Mandarin\n- SQL", _jordan())
    table = evidence.format_table(emap)
    assert table.splitlines()[0].startswith("R1 [requirement] Fluent Mandarin")
    assert "(no evidence)" in table
    assert table.rstrip().endswith("- Fluent Mandarin")
    assert all(len(line) <= 100 for line in table.splitlines())
