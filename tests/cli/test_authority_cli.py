"""npdrights-cli case authority: an adviser's case shows, records and clears the family's signed authority."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from npdrights.commands import case as case_command
from tests.cli.conftest import RunCli
from tests.cli.test_organisation_cli import _answers
from tests.conftest import PASSPHRASE

P = PASSPHRASE + "\n"


@pytest.fixture
def cli(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> RunCli:
    monkeypatch.setattr(case_command, "today", lambda: date(2026, 11, 28))
    code, _out, err = run_cli("vault", "init", "--passphrase-stdin", stdin=P)
    assert code == 0, err
    return run_cli


def _new(cli: RunCli, tmp_path: Path, relationship: str) -> str:
    code, out, err = cli(
        "case", "new", "sar-dfe", "--answers", _answers(tmp_path, relationship), "--passphrase-stdin", stdin=P
    )
    assert code == 0, err
    return out.strip()


def _authority(cli: RunCli, case_id: str, *options: str) -> dict[str, object]:
    code, out, err = cli("case", "authority", case_id, *options, "--json", "--passphrase-stdin", stdin=P)
    assert code == 0, err
    document: dict[str, object] = json.loads(out)
    return document


def test_record_change_and_clear_an_advisers_authority(cli: RunCli, tmp_path: Path) -> None:
    case_id = _new(cli, tmp_path, "adviser")
    assert _authority(cli, case_id)["status"] == "missing"
    recorded = _authority(cli, case_id, "--signed", "2026-01-05", "--expires", "2027-01-05")
    assert (recorded["status"], recorded["signed"], recorded["expires"]) == ("current", "2026-01-05", "2027-01-05")
    soon = _authority(cli, case_id, "--expires", "2026-12-10")  # the signed day is kept
    assert (soon["status"], soon["signed"]) == ("ending-soon", "2026-01-05")
    assert "in 12 days" in str(soon["sentence"])
    assert _authority(cli, case_id)["status"] == "ending-soon"  # kept in the vault
    assert _authority(cli, case_id, "--clear")["status"] == "missing"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--signed", "2026-12-01"), "can't be signed after today"),
        (("--signed", "2026-06-01", "--expires", "2026-05-01"), "must end after the day it was signed"),
        (("--expires", "2027-01-01"), "as well as the day it ends"),
        (("--clear", "--signed", "2026-06-01"), "--clear forgets the dates"),
        (("--signed", "yesterday"), "--signed: 'yesterday' is not a date"),
    ],
)
def test_dates_that_cannot_be_right_exit_2(cli: RunCli, tmp_path: Path, options: tuple[str, ...], message: str) -> None:
    case_id = _new(cli, tmp_path, "adviser")
    code, _out, err = cli("case", "authority", case_id, *options, "--passphrase-stdin", stdin=P)
    assert code == 2
    assert message in err


def test_a_familys_own_case_needs_no_authority(cli: RunCli, tmp_path: Path) -> None:
    case_id = _new(cli, tmp_path, "parent")
    assert _authority(cli, case_id)["status"] == "not-needed"
    code, _out, err = cli("case", "authority", case_id, "--signed", "2026-01-05", "--passphrase-stdin", stdin=P)
    assert code == 2
    assert "isn't an adviser's" in err
