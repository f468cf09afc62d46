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


def test_every_greeting_and_signoff_the_review_knows_is_dropped_so_the_letter_signs_once() -> None:
    for signoff in ("Warmly,", "All the best,", "With gratitude,", "Yours faithfully,"):
        raw = f"I like data.\n\n{signoff}\nJordan Rivera"
        assert compose.letter_body(raw, JORDAN, "P", "R", 100, 1, False).text == "I like data."
    raw = "Hey team,\n\nI like data."
    assert compose.letter_body(raw, JORDAN, "P", "R", 100, 1, False).text == "I like data."


def test_a_sentence_that_says_again_a_long_run_of_an_earlier_one_is_a_loop() -> None:
    loop = "and the ability to share ideas in an environment where everyone can contribute"
    raw = (
        f"I build forecasts in R. I want to grow {loop}.\n\n"
        f"I am excited to keep creating new products {loop} and more.\n\n"
        "I would share ideas with everyone in an environment I can contribute to."
    )
    out = compose.letter_body(raw, JORDAN, "P", "R", 300, 1, False)
    assert out.text == (
        f"I build forecasts in R. I want to grow {loop}.\n\n"
        "I would share ideas with everyone in an environment I can contribute to."
    )
    assert out.repairs == ["dropped a repeated sentence"]


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


def test_echoed_instructions_and_sentence_numbers_are_removed_from_a_letter() -> None:
    raw = (
        "Here's your response:\n\nRewrite your answer.\n\n1. I designed A/B tests at Brightcart. "
        "2. 3. I built a pipeline in Airflow. </section>\n\n5. 6.\n\n"
        "I would welcome a conversation."
    )
    out = compose.letter_body(raw, JORDAN, "Pinterest", "Data Scientist", 300, 5, False)
    assert out.text == (
        "I designed A/B tests at Brightcart. I built a pipeline in Airflow.\n\n"
        "I would welcome a conversation."
    )
    assert "removed drafter's instructions repeated back" in out.repairs
    assert not out.problems


def test_a_letter_about_the_applicant_in_the_third_person_is_a_problem() -> None:
    raw = (
        "Jordan Rivera is an exceptional Data Scientist who brings the best of both worlds. "
        "She has a knack for seeing connections."
    )
    out = compose.letter_body(raw, JORDAN, "Pinterest", "Data Scientist", 300, 5, False)
    assert out.problems == [
        "the letter speaks of Jordan in the third person ('Jordan Rivera is'); write as Jordan,"
        " with I and my"
    ]
    pronoun = compose.letter_body(
        "He has helped many people grow. He also supports me.", JORDAN, "P", "R", 300, 5, False
    )
    assert "third person ('He has')" in pronoun.problems[0]
    first_person = compose.letter_body(
        "I designed A/B tests. She taught me SQL at Brightcart. I once lived in Jordan for a year.",
        JORDAN,
        "P",
        "R",
        300,
        5,
        False,
    )
    assert not first_person.problems
    by_first_name = compose.letter_body("Jordan's team ran tests.", JORDAN, "P", "R", 300, 1, False)
    assert "third person ('Jordan's team')" in by_first_name.problems[0]


def test_note_bullets_in_the_third_person_or_with_broken_emphasis_are_repaired() -> None:
    raw = (
        "- He has helped design experiments for diabetic products\n"
        "- This is an opportunity for Jordan Rivera to show his ability\n"
        "- **Experimentation:** I designed A/B tests at Brightcart\n"
        "- Paid Work in Python and Go**: I built a pipeline in Airflow"
    )
    out = compose.notes(raw, JORDAN, "Pinterest", "Data Scientist", 4, 100)
    assert out.text == (
        "- Experimentation: I designed A/B tests at Brightcart\n"
        "- Paid Work in Python and Go: I built a pipeline in Airflow"
    )
    assert out.repairs.count("dropped a bullet about Jordan Rivera in the third person") == 2
