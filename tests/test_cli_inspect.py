from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from tests.conftest import PROFILES, SAMPLE

runner = CliRunner()


def test_show_reports_both_targets_empty_and_the_job_description() -> None:
    result = runner.invoke(app, ["show", str(SAMPLE)])
    assert result.exit_code == 0, result.stderr
    assert "Where can I add value?  —  empty: will fill" in result.stdout
    assert "What am I excited about? What will I learn?  —  empty: will fill" in result.stdout
    assert "Job description: 3,829 characters" in result.stdout
    assert "Job: Data Scientist" in result.stdout


def test_show_json() -> None:
    result = runner.invoke(app, ["show", "--json", str(SAMPLE)])
    data = json.loads(result.stdout)
    assert [t["state"] for t in data["targets"]] == ["empty", "empty"]
    assert data["job_description"]["characters"] == 3829
    assert data["properties"]["Stage"] == "Rejected"


def test_show_a_filled_target(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text(
        "# Acme\n\n# Where can I add value?\n\n- My SQL\n\n- Job Description\n    Do SQL.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["show", str(page)])
    assert "Where can I add value?  —  filled" in result.stdout
    assert "What am I excited about? What will I learn?  —  missing" in result.stdout


@pytest.mark.parametrize("name", ["jordan-rivera.yaml", "sam-okafor.json", "priya-nair.md"])
def test_profile_command(name: str) -> None:
    result = runner.invoke(app, ["profile", str(PROFILES / name)])
    assert result.exit_code == 0, result.stderr
    assert "[F1]" in result.stdout
    data = json.loads(runner.invoke(app, ["profile", "--json", str(PROFILES / name)]).stdout)
    assert data["name"] and data["facts"][0]["id"] == 1


def _bad_inputs(tmp: Path) -> list[tuple[list[str], str]]:
    (tmp / "dir").mkdir()
    (tmp / "bin.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp / "latin1.md").write_bytes("# Caf\xe9\n".encode("latin-1"))
    (tmp / "empty.md").write_text("  \n\n", encoding="utf-8")
    (tmp / "nojd.md").write_text("# Acme\n\n# Where can I add value?\n\n- \n", encoding="utf-8")
    (tmp / "bad.yaml").write_text("name: [\n", encoding="utf-8")
    (tmp / "bad.json").write_text("{", encoding="utf-8")
    (tmp / "notresume.json").write_text('{"a": 1}', encoding="utf-8")
    return [
        (["show", str(tmp / "missing.md")], "no such file"),
        (["show", str(tmp / "dir")], "is a directory"),
        (["show", str(tmp / "bin.md")], "binary"),
        (["show", str(tmp / "latin1.md")], "not UTF-8"),
        (["show", str(tmp / "empty.md")], "is empty"),
        (["show", str(tmp / "nojd.md")], "no job description"),
        (["profile", str(tmp / "bad.yaml")], "malformed YAML"),
        (["profile", str(tmp / "bad.json")], "malformed JSON"),
        (["profile", str(tmp / "notresume.json")], "not a resume"),
        (["profile", str(tmp / "missing.yaml")], "no such file"),
    ]


def test_bad_input_is_one_line_on_stderr_and_touches_nothing(tmp_path: Path) -> None:
    cases = _bad_inputs(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    for args, message in cases:
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.stdout, result.stderr)
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0] and args[-1] in lines[0], result.stderr
        assert "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def test_help_works_as_a_module_and_names_every_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "drafter", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for name in ("show", "profile"):
        assert name in out
