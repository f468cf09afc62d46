from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.errors import InputError
from drafter.page import Page, normalize
from tests.conftest import FIXTURES, SAMPLE

ADD_VALUE = "Where can I add value?"
EXCITED = "What am I excited about? What will I learn?"


def every_fixture_page() -> list[Path]:
    return sorted((FIXTURES / "pages").glob("*"))


@pytest.mark.parametrize("path", every_fixture_page(), ids=lambda p: p.name)
def test_every_fixture_round_trips_byte_for_byte(path: Path) -> None:
    assert Page.load(path).render() == path.read_bytes()


def test_sample_is_understood() -> None:
    page = Page.load(SAMPLE)
    assert page.title == "Pinterest"
    assert page.properties["Job"] == "Data Scientist"
    assert page.properties["Application Date"] == "October 16, 2024"
    assert page.company == "Pinterest" and page.role == "Data Scientist"
    for name in (ADD_VALUE, EXCITED):
        section = page.find(name)
        assert section is not None and page.is_empty(section)
    jd = page.job_description
    assert jd.startswith("Millions of people across the world come to Pinterest")
    assert jd.endswith("#LI-NM4")
    assert 2800 < len(jd) < 4000


def test_indented_headings_inside_the_toggle_are_not_sections() -> None:
    text = (
        "# Acme\n\n# Where can I add value?\n\n- \n\n- Job Description\n"
        "    # Senior Engineer\n    ## Requirements\n    - Python\n"
    )
    page = Page.parse(text)
    assert [s.title for s in page.sections] == ["Acme", ADD_VALUE]
    assert "## Requirements" in page.job_description
    assert page.body(page.sections[1]) == "\n- \n\n"


def test_fill_changes_only_the_target_body() -> None:
    original = SAMPLE.read_bytes()
    page = Page.load(SAMPLE)
    section = page.find(ADD_VALUE)
    assert section is not None
    filled = page.fill(section, "- Experimentation at scale\n- SQL and Python")
    out = filled.render()
    before, after = original[: section.body_start], original[section.body_end :]
    assert out.startswith(before) and out.endswith(after)
    assert (
        out[len(before) : len(out) - len(after)]
        == b"\n- Experimentation at scale\n- SQL and Python\n\n"
    )


def test_a_second_fill_of_the_same_text_changes_nothing() -> None:
    page = Page.load(SAMPLE)
    once = page.fill(page.find(EXCITED), "- Learning from experts")  # type: ignore[arg-type]
    twice = once.fill(once.find(EXCITED), "- Learning from experts")  # type: ignore[arg-type]
    assert once.render() == twice.render()


def test_filled_section_is_reported_filled() -> None:
    page = Page.parse("# X\n\n## Where can I add value\n\n- My own words\n\n## Next\n")
    section = page.find(ADD_VALUE)
    assert section is not None and not page.is_empty(section)


@pytest.mark.parametrize(
    "body", ["", "\n", "\n- \n\n", "\n- [ ]  \n", "\n* \n1.\n", "\n   \t\n", "\nTBD\n"]
)
def test_placeholder_bodies_are_empty(body: str) -> None:
    page = Page.parse(f"# X\n\n# Where can I add value?\n{body}# Next\n")
    section = page.find(ADD_VALUE)
    assert section is not None and page.is_empty(section)


def test_crlf_and_bom_pages_keep_their_style() -> None:
    raw = SAMPLE.read_bytes().replace(b"\n", b"\r\n")
    data = b"\xef\xbb\xbf" + raw
    page = Page.parse(data.decode("utf-8"))
    assert page.bom and page.newline == "\r\n"
    assert page.render() == data
    filled = page.fill(page.find(ADD_VALUE), "- one\n- two").render()  # type: ignore[arg-type]
    assert filled.startswith(b"\xef\xbb\xbf# Pinterest\r\n")
    assert b"# Where can I add value?\r\n\r\n- one\r\n- two\r\n\r\n# What am I" in filled
    assert b"\n" not in filled.replace(b"\r\n", b"")


@pytest.mark.parametrize(
    "query",
    ["where can i add value", "## Where Can I Add Value ?", "  WHERE can I   add value!! 🚀 "],
)
def test_heading_lookup_ignores_case_punctuation_emoji_level(query: str) -> None:
    page = Page.parse("# X\n\n### 🚀 Where can I add value?\n\n- \n")
    assert page.find(query) is not None


def test_heading_lookup_accepts_aliases() -> None:
    page = Page.parse("# X\n\n## Value I bring\n\n- \n")
    assert page.find(ADD_VALUE) is None
    assert page.find(ADD_VALUE, aliases=["Value I bring"]) is not None


def test_job_description_from_a_section_or_the_whole_plain_posting() -> None:
    page = Page.parse(
        "# Acme\n\n## About the role\n\nBuild things.\n\n### Requirements\n- Go\n\n## Notes\n\n- \n"
    )
    assert page.job_description == "Build things.\n\n### Requirements\n- Go"
    plain = Page.parse("Senior Engineer at Acme\nWe need Go and Python.\n")
    assert "We need Go" in plain.job_description
    assert plain.job_description_source == "whole page"
    # a title right above a deeper heading is no empty section
    titled = Page.parse(
        "# Store Manager\n\n## Acme Books\n\nWe need a manager.\n\n### Requirements\n- 3 years\n"
    )
    assert titled.job_description.startswith("# Store Manager")
    assert titled.job_description_source == "whole page"


def test_a_tracker_page_without_a_job_description_is_an_error() -> None:
    page = Page.parse("# Acme\n\n# Where can I add value?\n\n- \n")
    with pytest.raises(InputError, match="no job description"):
        _ = page.job_description


def test_a_tracker_page_with_the_posting_under_a_divider() -> None:
    """Notes first, then "---", then the posting with its own headings: the posting is all that
    follows the divider, the note sections end at it, and filling them never moves it."""
    text = (
        "# Technician – Clearwater\n\nCompany: Clearwater\nStatus: Applying\n\n"
        "## Where can I add value?\n\n## What am I excited about? What will I learn?\n\n---\n\n"
        "Clearwater runs 14 clinics.\n\n### About the role\n\nPrime machines.\n\n"
        "### Requirements\n\n- CCHT\n"
    )
    page = Page.parse(text)
    assert page.job_description.startswith("Clearwater runs 14 clinics.")
    assert page.job_description.endswith("- CCHT")
    assert page.job_description_source == "text under the '---' divider"
    excited = page.find("What am I excited about? What will I learn?")
    assert excited is not None and page.is_empty(excited)
    filled = page.fill(page.find(ADD_VALUE), "- I prime machines.")  # type: ignore[arg-type]
    filled = filled.fill(filled.find(excited.title), "- Learning dialysis.")  # type: ignore[arg-type]
    assert filled.job_description == page.job_description
    assert "- Learning dialysis.\n\n---\n\nClearwater runs" in filled.text
    # a plain posting's own divider, with no properties above, changes nothing
    plain = Page.parse("# Acme\n\n## About us\n\nWe build.\n\n---\n\n## Benefits\n\nPTO.\n")
    assert plain.job_description_source == "whole page"


def test_fill_a_section_at_the_end_without_newline() -> None:
    page = Page.parse(
        "# Acme\n\n- Job Description\n    Do things.\n\n# Where can I add value?\n\n- "
    )
    out = page.fill(page.find(ADD_VALUE), "- a").text  # type: ignore[arg-type]
    assert out.endswith("# Where can I add value?\n\n- a")


def test_save_is_atomic_and_keeps_the_mode(sample_page: Path) -> None:
    os.chmod(sample_page, 0o640)
    page = Page.load(sample_page)
    page.fill(page.find(ADD_VALUE), "- x").save()  # type: ignore[arg-type]
    assert stat.S_IMODE(sample_page.stat().st_mode) == 0o640
    assert "- x" in sample_page.read_text(encoding="utf-8")
    assert [p.name for p in sample_page.parent.iterdir()] == [sample_page.name]


def test_fill_refuses_text_that_adds_structure() -> None:
    page = Page.load(SAMPLE)
    with pytest.raises(ValueError):
        page.fill(page.find(ADD_VALUE), "# A heading")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        page.fill(page.find(ADD_VALUE), "  \n ")  # type: ignore[arg-type]


def test_normalize() -> None:
    assert normalize("## What am I excited about? What will I learn? ✨") == (
        "what am i excited about what will i learn"
    )


# -- properties over generated pages ------------------------------------------------------

_line = st.one_of(
    st.text(
        alphabet=st.characters(blacklist_characters="\n", blacklist_categories=["Cs"]), max_size=30
    ),
    st.sampled_from(
        [
            "# Where can I add value?",
            "## Notes",
            "- ",
            "- [ ]  ",
            "",
            "   ",
            "Job: X",
            "- Job Description",
            "    indented # not a heading",
            "```",
            "\ufeff",
            "\r",
        ]
    ),
)
_pages = st.tuples(
    st.lists(_line, max_size=25), st.sampled_from(["\n", "\r\n"]), st.booleans()
).map(lambda t: ("\ufeff" if t[2] else "") + t[1].join(t[0]))


@settings(max_examples=300, deadline=None)
@given(_pages)
def test_parse_then_render_is_identity(text: str) -> None:
    assert Page.parse(text).render() == text.encode("utf-8")


@settings(max_examples=300, deadline=None)
@given(_pages, st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=60))
def test_fill_keeps_every_byte_outside_the_body(text: str, new: str) -> None:
    page = Page.parse(text)
    for section in page.sections:
        try:
            filled = page.fill(section, new)
        except ValueError:  # blank text, or text that would add a heading: refused whole
            continue
        prefix = ("\ufeff" if page.bom else "") + page.text[: section.body_start]
        suffix = page.text[section.body_end :]
        rendered = filled.render().decode("utf-8")
        assert rendered.startswith(prefix) and rendered.endswith(suffix)
        again = filled.fill(filled.sections[page.sections.index(section)], new)
        assert again.render() == filled.render()


def test_fill_refuses_text_that_would_become_the_job_description_toggle() -> None:
    page = Page.load(SAMPLE)
    with pytest.raises(ValueError):
        page.fill(page.find(ADD_VALUE), "- Job Description")  # type: ignore[arg-type]
