"""Issue 11, items 15 and 16: odd and hostile input to every CLI entry point gives a plain message and its exit
code, never a traceback, and changes nothing.

The inputs are the red team's: JSON nested 100,000 deep, a lone surrogate, control and right-to-left characters,
the years 9999 and 0001, CSV files with a trailing comma, ragged rows or a column numbered 99,999,999.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from npdrights.commands import case as case_command
from tests.cli.conftest import RunCli
from tests.cli.test_case_cli import TODAY
from tests.conftest import PASSPHRASE
from tests.letter_fixtures import full_data

P = PASSPHRASE + "\n"


def _answers(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _sar(**change: object) -> str:
    data = full_data("sar-dfe")
    data.pop("date")
    return json.dumps({**data, **change})


def _with_pupil_name(name: str) -> str:
    data = json.loads(_sar())
    data["pupil"]["name"] = name
    return json.dumps(data)


ANSWERS = {
    "nested-100000-deep": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "lone-surrogate": (_with_pupil_name("Zed \ud800 Madeup"), "lone surrogate"),
    "ansi-escape": (_with_pupil_name("Zed \x1b[2J\x1b]0;owned\x07"), "control character (U+001B)"),
    "nul": (_with_pupil_name("Zed\x00"), "control character (U+0000)"),
    "right-to-left-override": (_with_pupil_name("Zed \u202emodauM"), "right-to-left"),
    "year-9999": (_sar(date="9999-12-31"), "outside the years 1900 to 2100"),
    "year-0001": (_sar(date="0001-01-01"), "outside the years 1900 to 2100"),
}


@pytest.fixture
def vault_home(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> RunCli:
    monkeypatch.setattr(case_command, "today", lambda: TODAY)
    assert run_cli("vault", "init", "--passphrase-stdin", stdin=P)[0] == 0
    return run_cli


@pytest.mark.parametrize("name", sorted(ANSWERS))
@pytest.mark.parametrize("command", ["letter", "case new"])
def test_hostile_answers_files(vault_home: RunCli, tmp_path: Path, name: str, command: str) -> None:
    text, reason = ANSWERS[name]
    answers = _answers(tmp_path, f"{name}.json", text)
    if command == "letter":
        argv = ["letter", "sar-dfe", "--answers", answers, "--out", str(tmp_path / "out.pdf")]
    else:
        argv = ["case", "new", "sar-dfe", "--answers", answers, "--passphrase-stdin"]
    code, out, err = vault_home(*argv, stdin=P)
    assert code == 2, err
    assert reason in err
    assert "Traceback" not in err
    assert "\x1b" not in err + out  # an escape is never passed on to the terminal
    assert not (tmp_path / "out.pdf").exists()
    assert vault_home("case", "list", "--passphrase-stdin", stdin=P)[1].count("\n") <= 1  # no case was made


DEADLINES = [
    ["--received", "9999-12-31"],
    ["--received", "0001-01-01"],
    ["--posted", "9999-12-30", "--post", "second"],
    ["--received", "2026-11-02", "--extended", "--extension-notified", "9999-12-02"],
    ["--received", "0001-01-01", "--id-received", "0001-01-02"],
    ["--received", "2026-11-01", "--clarification-asked", "2026-11-02", "--clarification-received", "9999-12-30"],
    ["--posted", "2026-11-02", "--post", "signed", "--delivered", "0001-01-01"],
]


@pytest.mark.parametrize("options", DEADLINES, ids=lambda options: " ".join(options))
def test_extreme_deadline_dates(run_cli: RunCli, options: list[str]) -> None:
    code, _out, err = run_cli("deadline", "--kind", "sar", *options)
    assert code == 2, err
    assert "outside the years 1900 to 2100" in err
    assert "Traceback" not in err


HEADINGS = "requester.name,requester.address,pupil.name,pupil.date_of_birth,recipient"
ROW = "Ada Madeup,1 Pretend Road;Exampleton EX1 1AA,Zed Madeup,2014-01-01,dfe"


def test_csv_with_a_trailing_comma_and_ragged_rows_makes_the_letters(run_cli: RunCli, tmp_path: Path) -> None:
    batch = tmp_path / "rows.csv"
    batch.write_text(f"{HEADINGS},\n{ROW},\n{ROW},extra,cells\n{ROW}\n", encoding="utf-8")
    code, _out, err = run_cli("letters", "--kind", "sar-dfe", "--batch", str(batch), "--out-dir", str(tmp_path / "o"))
    assert code == 0, err
    assert len(list((tmp_path / "o").glob("*.pdf"))) == 3


def test_csv_with_a_column_numbered_99999999_is_refused_plainly(run_cli: RunCli, tmp_path: Path) -> None:
    batch = tmp_path / "rows.csv"
    batch.write_text(f"{HEADINGS},pupil.schools.99999999.name\n{ROW},Pretend School\n", encoding="utf-8")
    code, _out, err = run_cli("letters", "--kind", "sar-dfe", "--batch", str(batch), "--out-dir", str(tmp_path / "o"))
    assert code == 2, err
    assert "expected a number from 1 to 100 after 'schools'" in err
    assert not (tmp_path / "o").exists() or not list((tmp_path / "o").iterdir())
