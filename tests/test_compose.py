from __future__ import annotations

from drafter import compose, profile
from tests.conftest import PROFILES

JORDAN = profile.load(PROFILES / "jordan-rivera.yaml")


def test_notes_become_deduplicated_bullets_within_budget() -> None:
    raw = (
        "Here are the bullets:\n* Forecasting in R [F10]\n1. Forecasting in R\n"
        "- SQL at scale\n- Python pipelines\n- Experiments\n- One too many"
    )
    out = compose.notes(raw, JORDAN, "Pinterest", "Data Scientist", max_bullets=3, max_words=50)
    assert out.text == "- Forecasting in R\n- SQL at scale\n- Python pipelines"
    assert "dropped a repeated bullet" in out.repairs and not out.problems


def test_prose_notes_are_split_into_bullets() -> None:
    out = compose.notes("I forecast demand in R. I wrote SQL.", JORDAN, "P", "R", 4, 100)
    assert out.text == "- I forecast demand in R.\n- I wrote SQL."


def test_a_note_with_nothing_usable_is_a_problem() -> None:
    out = compose.notes("- [Insert skill]\n- [Insert skill]", JORDAN, "P", "R", 4, 100)
    assert out.text == "" and out.problems == ["no usable bullet points"]


def test_letter_body_drops_greeting_signoff_loops_and_fills_placeholders() -> None:
    raw = (
        "Dear [Hiring Manager],\n\nI want to join [Company] as a [Position]. I like data. "
        "I like data. I like data.\n\nI would welcome a chat about [Something Unknown].\n\n"
        "Best regards,\n[Your Name]"
    )
    out = compose.letter_body(raw, JORDAN, "Pinterest", "Data Scientist", 300, 5, False)
    assert out.text == "I want to join Pinterest as a Data Scientist. I like data."
    assert "removed the model's greeting" in out.repairs
    assert "removed the model's sign-off" in out.repairs
    assert out.repairs.count("dropped a repeated sentence") == 2
    assert any("placeholder" in r for r in out.repairs)


def test_letter_body_cut_to_budget_and_mid_sentence_cut_removed() -> None:
    raw = "One two three four. Five six seven eight. Nine ten eleven"
    out = compose.letter_body(raw, JORDAN, "P", "R", 100, 1, truncated=True)
    assert out.text == "One two three four. Five six seven eight."
    short = compose.letter_body(
        "One two three four. Five six seven eight.", JORDAN, "P", "R", 5, 1, False
    )
    assert short.text == "One two three four."
    too_short = compose.letter_body("I like data.", JORDAN, "P", "R", 100, 50, False)
    assert too_short.problems == ["the letter body has 3 words, fewer than 50"]


def test_the_letter_frame_comes_from_the_page_and_profile() -> None:
    text = compose.letter("Body.", JORDAN, "Pinterest", "")
    assert text == (
        "Dear Pinterest hiring team,\n\nBody.\n\nSincerely,\nJordan Rivera\n"
        "jordan.rivera@example.com · +1 555 0142 · Portland, OR · "
        "https://github.com/jordan-rivera-example\n"
    )
    assert compose.letter("B.", JORDAN, "Pinterest", "Dana Lee").startswith("Dear Dana Lee,")


def test_compose_and_review_agree_on_what_a_placeholder_is() -> None:
    raw = "I improved retention by XX% at Acme Corp. I wrote SQL. I forecast demand in R."
    out = compose.letter_body(raw, JORDAN, "P", "R", 300, 1, False)
    assert out.text == "I wrote SQL. I forecast demand in R."
