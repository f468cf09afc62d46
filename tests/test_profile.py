from __future__ import annotations

from pathlib import Path

import pytest

from drafter import profile
from drafter.claims import role_spans
from drafter.errors import InputError
from tests.conftest import PROFILES, write_profile


def test_yaml_profile_becomes_numbered_facts_with_sources() -> None:
    p = profile.load(PROFILES / "jordan-rivera.yaml")
    assert p.name == "Jordan Rivera"
    assert p.email == "jordan.rivera@example.com" and p.location == "Portland, OR"
    assert [f.id for f in p.facts] == list(range(1, len(p.facts) + 1))
    churn = next(f for f in p.facts if "churn model" in f.text)
    assert churn.org == "Brightcart" and churn.role == "Senior Data Analyst"
    assert churn.source == "experience[0].highlights[2]"
    assert churn.quote().startswith("Senior Data Analyst, Brightcart (2022–present): ")
    assert p.employers == {"Brightcart", "Northwind Health"}
    assert any(f.kind == "motivation" for f in p.facts)
    assert any(f.kind == "education" and "Statistics" in f.text for f in p.facts)


def test_json_resume_profile() -> None:
    p = profile.load(PROFILES / "sam-okafor.json")
    assert p.name == "Sam Okafor" and p.location == "Manchester, GB"
    assert "https://github.com/sokafor-example" in p.links
    texts = [f.text for f in p.facts]
    assert "Assisted in the migration of card processing to Kubernetes" in texts
    assert "Languages: Go, Python, SQL" in texts
    assert any(f.kind == "certification" and "Kubernetes" in f.text for f in p.facts)
    assert any(f.kind == "volunteer" and f.org == "Code Club" for f in p.facts)
    current = next(f for f in p.facts if f.kind == "role" and f.org == "Paylane")
    assert current.text == "Software Engineer, Paylane (2020-03–present)"


def test_markdown_profile() -> None:
    p = profile.load(PROFILES / "priya-nair.md")
    assert p.name == "Priya Nair"
    assert p.email == "priya.nair@example.net" and p.phone == "+1 555 0199"
    assert p.employers == {"Loomly", "Fieldnote Labs"}
    retention = next(f for f in p.facts if "retention" in f.text)
    assert retention.org == "Loomly" and retention.role == "Product Designer"
    assert any(f.kind == "skill" and "Figma" in f.text for f in p.facts)
    assert any(f.kind == "summary" and f.text == "I run research before I draw." for f in p.facts)


def test_plain_text_resume_with_capitalised_section_lines(tmp_path: Path) -> None:
    p = write_profile(
        tmp_path,
        "cv.txt",
        "Lee Park\nlee@example.com\n\nEXPERIENCE\nAnalyst, Foo Inc (2020-2023)\n"
        "- Built reports in Excel\n\nSKILLS\nExcel, SQL\n",
    )
    assert p.name == "Lee Park" and p.email == "lee@example.com"
    assert "Foo Inc" in p.employers
    assert [f.text for f in p.facts if f.kind == "skill"] == ["Excel, SQL"]


def test_credentials_listed_as_skills_or_under_their_own_heading_are_certifications(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        "name: A\nskills:\n  Tools: [Vagaro]\n"
        "  Licences and certifications: [Redken Certified Haircolorist (2020)]\n",
        encoding="utf-8",
    )
    kinds = {f.text.split(":")[0]: f.kind for f in profile.load(path).facts}
    assert kinds == {"Tools": "skill", "Licences and certifications": "certification"}
    path = tmp_path / "p.md"
    path.write_text("# A\n\n## Licenses\n\n- Ohio cosmetologist license\n", encoding="utf-8")
    assert [f.kind for f in profile.load(path).facts] == ["certification"]


def test_the_place_on_a_resume_s_contact_line_is_its_location(tmp_path: Path) -> None:
    p = write_profile(
        tmp_path,
        "p.md",
        "# Ray K\n\nray@example.net · +1 555 0126 · Tucson, AZ\nTeam lead\n\n## Skills\n\nExcel\n",
    )
    assert p.location == "Tucson, AZ" and p.email == "ray@example.net"
    assert p.facts[0].kind == "headline" and p.facts[0].text == "Team lead"


def test_a_job_s_own_heading_and_its_dates_line_stay_in_experience(tmp_path: Path) -> None:
    p = write_profile(
        tmp_path,
        "p.md",
        "# Dee Okafor\n\ndee@example.com\n\n## Experience\n\n"
        "### IT Support Technician, Brightwater Health — Atlanta, GA\n"
        "*Atlanta · Jan 2022 – Present*\n\n"
        "- Resolve 25 tickets a day\n\n### Help Desk Analyst, Southline Freight\n"
        "Jun 2019 – Dec 2021\n\n- Imaged laptops\n\n## Skills\n\nPowerShell\n",
    )
    assert p.employers == {"Brightwater Health", "Southline Freight"}
    roles = [f.text for f in p.facts if f.kind == "role"]
    assert roles[1] == "Help Desk Analyst, Southline Freight (Jun 2019 – Dec 2021)"
    tickets = next(f for f in p.facts if "tickets" in f.text)
    assert (tickets.kind, tickets.org) == ("experience", "Brightwater Health")
    assert [f.text for f in p.facts if f.kind == "skill"] == ["PowerShell"]
    assert role_spans(p)["Southline Freight"] == {2.0}


def test_a_job_line_s_place_and_month_are_no_part_of_the_employer(tmp_path: Path) -> None:
    p = write_profile(
        tmp_path,
        "p.txt",
        "RHIANNON PRYCE\nrhi@example.com\n\nEXPERIENCE\nSenior Lettings Agent, Harcourt & Lyle"
        " Estate Agents, Cardiff (March 2021 - present)\n- Ran viewings\n",
    )
    assert p.employers == {"Harcourt & Lyle Estate Agents"}


def test_where_a_job_was_is_on_its_line(tmp_path: Path) -> None:
    p = write_profile(
        tmp_path,
        "p.json",
        '{"basics": {"name": "Leah"}, "work": [{"name": "Ashworth Primary", "position":'
        ' "Teacher", "location": "Wakefield", "startDate": "2016-09"}]}',
    )
    role = next(f for f in p.facts if f.kind == "role")
    assert role.text == "Teacher, Ashworth Primary, Wakefield (2016-09–present)"
    assert role.org == "Ashworth Primary"


def test_a_role_said_in_two_steps_before_a_dash_is_one_role(tmp_path: Path) -> None:
    p = write_profile(
        tmp_path,
        "p.md",
        "# Dani\n\n## Experience\n\n### Banquet Server, then Banquet Captain — Scioto River"
        " Hotel\n2015 – 2018\n\n- Set rooms from BEOs\n",
    )
    assert p.employers == {"Scioto River Hotel"}
    assert (
        next(f for f in p.facts if f.kind == "role").role == "Banquet Server, then Banquet Captain"
    )


def test_an_employer_s_header_then_its_titles_and_an_employer_before_a_dash(
    tmp_path: Path,
) -> None:
    """ "**Org** — City, ST" with each title on a line of its own under it, "**Org**, City, ST"
    the same way, and "Org, City ST — Title": the employer is the org, never the place or the
    title."""
    p = write_profile(
        tmp_path,
        "p.md",
        "# Eli\n\n## Experience\n\n**Highdesert Kombucha Co.** — Bend, OR\n\n"
        "*Production Lead* | April 2023 – present\n- Lead a three-person shift\n\n"
        "*Production Associate* | June 2022 – March 2023\n- Bottling and kegging\n\n"
        "**Harbourview Hotel**, Portland, ME\n\nNight Auditor, 2021 – 2023\n- Ran the audit\n\n"
        "Lakeshore Fulfillment, Grand Rapids MI — Warehouse Associate\nJune 2018 to Dec 2021\n"
        "* Picked and packed orders\n",
    )
    assert p.employers == {"Highdesert Kombucha Co.", "Harbourview Hotel", "Lakeshore Fulfillment"}
    roles = {(f.org, f.role) for f in p.facts if f.kind == "role"}
    assert roles == {
        ("Highdesert Kombucha Co.", "Production Lead"),
        ("Highdesert Kombucha Co.", "Production Associate"),
        ("Harbourview Hotel", "Night Auditor"),
        ("Lakeshore Fulfillment", "Warehouse Associate"),
    }


def test_an_employer_and_its_city_without_a_comma_titles_in_italics_and_wrapped_lines(
    tmp_path: Path,
) -> None:
    """ "Brightside Coffee, Asheville NC" names Brightside Coffee; "*Shift Lead*, 2018 – Feb
    2021" and "*Barista*, ..." under it are its titles; a paragraph or a list wrapped over lines
    is one line."""
    p = write_profile(
        tmp_path,
        "p.md",
        "# Ruth\n\n## Summary\nBookseller for almost six years, most of it running the children's"
        " section of a small\nindependent shop. Before that, a shift lead.\n\n## Experience\n\n"
        "Brightside Coffee, Asheville NC\n*Shift Lead*, 2018 – Feb 2021\n- Led shifts of 3–4"
        " baristas\n\n*Barista*, Aug 2017 – 2018\n\n## Skills\nBookmanager POS · Edelweiss+ ·"
        " Ingram iPage · Google Sheets · Canva (signs, event flyers) ·\nthe store's Instagram\n",
    )
    assert p.employers == {"Brightside Coffee"}
    roles = {(f.org, f.role) for f in p.facts if f.kind == "role"}
    assert roles == {("Brightside Coffee", "Shift Lead"), ("Brightside Coffee", "Barista")}
    summary = [f.text for f in p.facts if f.kind == "summary"]
    assert summary[0].endswith("of a small independent shop.")
    assert [f.text for f in p.facts if f.kind == "skill"][-1].endswith("· the store's Instagram")


def test_an_employer_before_a_double_hyphen_and_a_bullet_wrapped_under_its_text(
    tmp_path: Path,
) -> None:
    p = write_profile(
        tmp_path,
        "p.txt",
        "MARISOL VEGA\nTucson, AZ\n\nEXPERIENCE\n\nFry's Food Stores -- Tucson, AZ\n"
        "Cashier, June 2017 - 2019\n  - Trained new cashiers\n\nCERTIFICATIONS\n"
        "  - Arizona Direct Care Worker (DCW) training: Level 1 Fundamentals and Level 2 Aging\n"
        "    and Physical Disabilities (2022)\n",
    )
    assert p.employers == {"Fry's Food Stores"}
    assert [f.text for f in p.facts if f.kind == "certification"] == [
        "Arizona Direct Care Worker (DCW) training: Level 1 Fundamentals and Level 2 Aging and"
        " Physical Disabilities (2022)"
    ]


def test_a_crew_member_is_a_title_beside_its_employer(tmp_path: Path) -> None:
    p = write_profile(
        tmp_path,
        "p.md",
        "# TERRENCE WOJCIK\n\n## Experience\n\n**Inland Party Rentals** — Delivery & Setup Crew"
        " Member\nSpokane, WA | March 2022 – present\n- Deliver and set up tents\n",
    )
    assert p.employers == {"Inland Party Rentals"}
    assert {f.role for f in p.facts if f.kind == "role"} == {"Delivery & Setup Crew Member"}


def test_missing_optional_parts_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("name: A\nskills: [Python]\n", encoding="utf-8")
    assert [f.text for f in profile.load(path).facts] == ["Skills: Python"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("p.yaml", "name: [unclosed\n", "malformed YAML at line"),
        ("p.json", '{"basics": ', "malformed JSON at line 1"),
        ("p.json", '{"colour": "blue"}', "not a resume"),
        ("p.json", "[1, 2]", "expected a mapping"),
        ("p.yaml", "name: Only A Name\n", "no usable content"),
        ("p.md", "\n\n", "no usable content"),
    ],
)
def test_bad_profiles_are_clear_errors(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        profile.load(path)
    assert str(path) in str(info.value)


def test_a_json_resume_award_keeps_its_summary(tmp_path: Path) -> None:
    p = write_profile(
        tmp_path,
        "p.json",
        '{"basics": {"name": "Priya Sandoval"}, "awards": [{"title": "Employee of the Quarter",'
        ' "date": "2024-07", "awarder": "Pinecrest Suites", "summary": "Q2 2024, after a weekend'
        ' of storm cancellations"}]}',
    )
    award = next(f for f in p.facts if f.kind == "award")
    assert award.text == (
        "Employee of the Quarter, Pinecrest Suites, 2024-07 — Q2 2024, after a weekend of storm"
        " cancellations"
    )


def test_education_keeps_when_it_started(tmp_path: Path) -> None:
    yaml_profile = write_profile(
        tmp_path,
        "p.yaml",
        "name: Gabe\neducation:\n"
        "  - {degree: Psychology coursework, school: Eastern Washington University, start: 2015,"
        " year: 2017}\n",
    )
    json_profile = write_profile(
        tmp_path,
        "p.json",
        '{"basics": {"name": "Gabe"}, "education": [{"institution": "Spokane Falls Community'
        ' College", "area": "PTA prerequisites", "startDate": "2024-09"}]}',
    )
    assert [f.text for f in yaml_profile.facts if f.kind == "education"] == [
        "Psychology coursework, Eastern Washington University, 2015–2017"
    ]
    assert [f.text for f in json_profile.facts if f.kind == "education"] == [
        "PTA prerequisites, Spokane Falls Community College, 2024–present"
    ]


def test_a_job_line_with_a_colon_and_two_titles_names_its_employer_and_both(
    tmp_path: Path,
) -> None:
    """From tuned-107: "Employer, Place: Title (dates), Title (dates)" on one line."""
    p = write_profile(
        tmp_path,
        "p.md",
        "# Maren Oyelaran\n\nmaren@example.com\n\n## Experience\n\n"
        "Rocket Bakery, Spokane: Barista (2016–2018), Shift Lead (2018–2019)\n"
        "- Opened the store, counted the till\n",
    )
    assert p.employers == {"Rocket Bakery"}
    assert p.titles == {"Barista, Shift Lead"}
    assert role_spans(p)["Rocket Bakery"] == {2.0, 1.0, 3.0}


def test_a_summary_under_the_name_is_split_but_a_contact_line_stays_contact(
    tmp_path: Path,
) -> None:
    """A line of several sentences under the name is a summary; a contact line with a dot in it
    ("St. Paul, MN | ...") is still where the applicant lives."""
    p = write_profile(
        tmp_path,
        "p.md",
        "# Tomasz W\n\nSt. Paul, MN | (651) 555-0136 | tomasz@example.com\n\n"
        "Drywall finisher. Six years of taping.\n\n## Experience\n\nFinisher — Halvorsen\n",
    )
    assert p.location == "St. Paul, MN"
    assert [f.text for f in p.facts if f.kind == "summary"] == [
        "Drywall finisher.",
        "Six years of taping.",
    ]
