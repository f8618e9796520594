"""npdrights-cli case new | list | show | add-event: output and exit codes (0 ok, 2 usage, 3 secret, 4 vault)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from npdrights.commands import case as case_command
from npdrights.service import summary_cache
from tests.cli.conftest import RunCli
from tests.conftest import PASSPHRASE
from tests.letter_fixtures import full_data

TODAY = date(2026, 11, 28)
P = PASSPHRASE + "\n"


@pytest.fixture
def vault_home(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> RunCli:
    monkeypatch.setattr(case_command, "today", lambda: TODAY)
    code, _out, err = run_cli("vault", "init", "--passphrase-stdin", stdin=P)
    assert code == 0, err
    return run_cli


def _answers(tmp_path: Path, data: dict[str, Any]) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def _sar(tmp_path: Path) -> str:
    data = full_data("sar-dfe")
    data.pop("date")
    return _answers(tmp_path, data)


def _new_case(run: RunCli, tmp_path: Path, *extra: str) -> str:
    code, out, err = run("case", "new", "sar-dfe", "--answers", _sar(tmp_path), *extra, "--passphrase-stdin", stdin=P)
    assert code == 0, err
    return out.strip()


def test_new_case_with_its_letter_then_list_as_json(vault_home: RunCli, tmp_path: Path) -> None:
    pdf = tmp_path / "letter.pdf"
    case_id = _new_case(vault_home, tmp_path, "--sent", "2026-10-01", "--post", "first", "--out", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    code, out, _err = vault_home("case", "list", "--json", "--passphrase-stdin", stdin=P)
    assert code == 0
    (listed,) = json.loads(out)
    assert listed["id"] == case_id
    assert listed["person"] == "Zebedee Fictionalson"
    assert listed["recipient"] == "Department for Education"
    assert listed["kind"] == "sar-dfe"
    # Posted first class on Thursday 1 October: deemed received Monday 5 October, due Thursday 5 November.
    assert (listed["status"], listed["sent"], listed["due"]) == ("overdue", "2026-10-01", "2026-11-05")
    assert listed["days_left"] == -23
    assert listed["reference"].startswith("NPD-SAR-20261001-")


def test_list_and_show_as_text(vault_home: RunCli, tmp_path: Path) -> None:
    case_id = _new_case(vault_home, tmp_path)
    code, out, _ = vault_home("case", "list", "--passphrase-stdin", stdin=P)
    assert code == 0
    header, row = out.splitlines()
    assert header.split() == ["ID", "PERSON", "SENT", "TO", "STATUS", "SENT", "DUE", "TIME", "LEFT"]
    assert row.startswith(case_id)
    assert "Not sent yet" in row
    code, out, _ = vault_home("case", "show", case_id, "--passphrase-stdin", stdin=P)
    assert code == 0
    assert out.startswith("Zebedee Fictionalson: What the DfE holds, sent to Department for Education")
    assert "You drafted the letter" in out
    assert "Letters:\n- 2026-11-28: Subject access request" in out


def test_add_event_then_show_as_json(vault_home: RunCli, tmp_path: Path) -> None:
    case_id = _new_case(vault_home, tmp_path, "--sent", "2026-10-01", "--post", "first", "--proof", "KX123456789GB")
    code, out, err = vault_home(
        "case", "add-event", case_id, "--kind", "acknowledged", "--date", "2026-10-08", "--reference", "DFE-9",
        "--passphrase-stdin", stdin=P,
    )  # fmt: skip
    assert code == 0, err
    assert "Recorded. The DfE's answer was due by Thursday 5 November 2026" in err
    code, out, _ = vault_home("case", "show", case_id, "--json", "--passphrase-stdin", stdin=P)
    shown = json.loads(out)
    assert [event["kind"] for event in shown["events"]] == ["drafted", "sent", "acknowledged"]
    assert shown["events"][1]["reference"] == "KX123456789GB"
    assert shown["events"][2]["what"] == "The DfE acknowledged your letter"
    assert [d["title"] for d in shown["deadlines"]] == ["When it got your letter", "When it must answer"]
    assert shown["deadlines"][1]["explanation"].startswith("The DfE must answer by Thursday 5 November 2026")
    assert {step["kind"] for step in shown["next_steps"]} >= {"reminder", "complain-to-organisation"}
    # docs/law.md §2.2: the reminder first and recommended; the rest after it, in the ICO's order.
    assert [(step["kind"], step["recommended"]) for step in shown["next_steps"]] == [
        ("reminder", True),
        ("complain-to-organisation", False),
        ("complain-to-ico", False),
    ]
    assert shown["letters"][0]["kind"] == "sar-dfe"
    code, text, _ = vault_home("case", "show", case_id, "--passphrase-stdin", stdin=P)
    assert code == 0
    assert "What you can do next:\nRecommended:\n- Send a reminder (now)" in text
    assert text.count("Also possible:") == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--kind", "answered-full", "--date", "2026-09-01"], "that can't be recorded: An answer can't come before"),
        (["--kind", "acknowledged", "--date", "2026-13-01"], "--date: '2026-13-01' is not a date"),
        (["--kind", "acknowledged", "--date", "2026-10-08", "--months", "2"], "--months goes with"),
    ],
    ids=["impossible-order", "bad-date", "months-without-extension"],
)
def test_add_event_refuses_with_a_reason(vault_home: RunCli, tmp_path: Path, argv: list[str], message: str) -> None:
    case_id = _new_case(vault_home, tmp_path, "--sent", "2026-10-01", "--post", "first")
    code, _out, err = vault_home("case", "add-event", case_id, *argv, "--passphrase-stdin", stdin=P)
    assert code == 2
    assert message in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["case", "new", "reminder", "--answers", "ANSWERS"], "'reminder' letters don't start a case"),
        (["case", "new", "sar-dfe", "--answers", "ANSWERS", "--post", "first"], "--post and --proof go with --sent"),
        (["case", "new", "sar-dfe", "--answers", "ANSWERS", "--sent", "2026-10-01"], "--post: say how the letter"),
        (
            ["case", "new", "sar-dfe", "--answers", "ANSWERS", "--sent", "2026-12-25", "--post", "first"],
            "dated after today",
        ),
        (["case", "show", "no-such-case"], "no case with the id 'no-such-case'"),
        (["case", "add-event", "no-such-case", "--kind", "closed", "--date", "2026-11-01"], "no case with the id"),
    ],
    ids=[
        "not-a-case-kind",
        "post-without-sent",
        "sent-without-post",
        "sent-in-the-future",
        "unknown-id",
        "unknown-id-2",
    ],
)
def test_usage_errors_exit_2(vault_home: RunCli, tmp_path: Path, argv: list[str], message: str) -> None:
    argv = [_sar(tmp_path) if arg == "ANSWERS" else arg for arg in argv]
    code, _out, err = vault_home(*argv, "--passphrase-stdin", stdin=P)
    assert code == 2
    assert message in err
    code, out, _ = vault_home("case", "list", "--json", "--passphrase-stdin", stdin=P)
    assert json.loads(out) == []  # nothing half-made


def test_answers_that_cannot_make_the_letter_name_the_field(vault_home: RunCli, tmp_path: Path) -> None:
    data = full_data("sar-dfe")
    del data["pupil"]["date_of_birth"]
    code, _out, err = vault_home(
        "case", "new", "sar-dfe", "--answers", _answers(tmp_path, data), "--passphrase-stdin", stdin=P
    )
    assert code == 2
    assert "pupil.date_of_birth: missing" in err


def test_wrong_passphrase_exits_3_and_no_vault_exits_4(vault_home: RunCli, tmp_path: Path, home: Path) -> None:
    code, _out, err = vault_home("case", "list", "--passphrase-stdin", stdin="not the passphrase\n")
    assert code == 3
    assert "doesn't open this vault" in err
    code, _out, _err = vault_home("--home", str(tmp_path / "empty"), "case", "list", "--passphrase-stdin", stdin=P)
    assert code == 4


def test_list_reads_the_lines_kept_by_the_last_list_and_sees_a_new_event(
    vault_home: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = _new_case(vault_home, tmp_path, "--sent", "2026-10-01", "--post", "first")
    worked_out: list[str] = []
    real = summary_cache.summarise_for_days
    monkeypatch.setattr(
        summary_cache, "summarise_for_days", lambda case, *a, **k: worked_out.append(case.id) or real(case, *a, **k)
    )
    first = vault_home("case", "list", "--passphrase-stdin", stdin=P)
    again = vault_home("case", "list", "--passphrase-stdin", stdin=P)
    assert first == again
    assert worked_out == [case_id]  # the second list read the line the first one kept
    code, _out, err = vault_home(
        "case", "add-event", case_id, "--kind", "answered-full", "--date", "2026-11-02", "--passphrase-stdin", stdin=P
    )
    assert code == 0, err
    code, out, _ = vault_home("case", "list", "--passphrase-stdin", stdin=P)
    assert "Answered" in out
    assert worked_out == [case_id, case_id]


def test_an_older_cases_file_stops_the_command_until_the_user_accepts_it(
    vault_home: RunCli, tmp_path: Path, home: Path
) -> None:
    database = home / "data" / "cases.db"
    old_copy = database.read_bytes()
    _new_case(vault_home, tmp_path)  # opening the vault moves it on from that copy
    database.write_bytes(old_copy)
    code, out, err = vault_home("case", "list", "--passphrase-stdin", stdin=P)
    assert (code, out) == (4, "")
    assert "older than the last time you opened this vault" in err
    assert "--accept-older-database" in err
    code, out, err = vault_home("case", "list", "--accept-older-database", "--passphrase-stdin", stdin=P)
    assert code == 0, err
    assert "no cases in this vault yet" in err
