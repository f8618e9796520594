"""npdrights-cli adviser | audit | retention (issue 16): an adviser's day from the command line."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from npdrights.core.model import EventKind
from npdrights.paths import AppPaths
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.cli.conftest import RunCli
from tests.storage.test_repository import CHILD, DFE, HOUSEHOLD, PARENT, _case, _event

PASSPHRASE = "kettle orange bicycle meadow"
ADA, ADA_PASS = "Ada Fictionalson", "ada's long test passphrase"
BEN, BEN_PASS = "Ben Madeupton", "ben's own test passphrase"


def _data(home: Path) -> Path:
    return AppPaths.from_environment({**os.environ, "NPDRIGHTS_HOME": str(home)}).data


@pytest.fixture
def organisation(run_cli: RunCli, home: Path) -> Path:
    """A vault with one closed case (2019) whose advisers are Ada (admin) and Ben."""
    run_cli("vault", "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    vault = Vault(_data(home), KeyringKeyStore())
    vault.unlock_with_passphrase(PASSPHRASE)
    repository = Repository(vault.database)
    repository.create_case(_case(), households=[HOUSEHOLD], people=[CHILD, PARENT], organisation=DFE)
    repository.add_event(_event("e1", EventKind.CLOSED, date(2019, 5, 1)))
    vault.lock()
    code, _out, err = run_cli("adviser", "add", ADA, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{ADA_PASS}\n")
    assert code == 0, err
    assert "first adviser" in err
    code, _out, err = run_cli(
        "adviser", "add", BEN, "--adviser", ADA, "--passphrase-stdin", stdin=f"{ADA_PASS}\n{BEN_PASS}\n"
    )
    assert code == 0, err
    return home


def test_advisers_are_listed_with_their_roles(run_cli: RunCli, organisation: Path) -> None:
    code, out, _err = run_cli("adviser", "list", "--adviser", BEN, "--passphrase-stdin", stdin=BEN_PASS + "\n")
    assert code == 0
    assert out.splitlines()[0].startswith(f"{ADA}\tadmin")
    assert out.splitlines()[1].startswith(f"{BEN}\tadviser")


def test_without_a_name_an_organisations_vault_says_how_to_give_one(run_cli: RunCli, organisation: Path) -> None:
    code, _out, err = run_cli("adviser", "list", "--passphrase-stdin", stdin=BEN_PASS + "\n")
    assert code == 2
    assert "--adviser NAME" in err


def test_a_removed_adviser_is_refused_with_the_wrong_secret_exit_code(
    run_cli: RunCli, organisation: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NPDRIGHTS_ADVISER", ADA)
    code, _out, err = run_cli("adviser", "remove", BEN, "--passphrase-stdin", stdin=ADA_PASS + "\n")
    assert code == 0, err
    monkeypatch.setenv("NPDRIGHTS_ADVISER", BEN)
    code, _out, err = run_cli("adviser", "list", "--passphrase-stdin", stdin=BEN_PASS + "\n")
    assert code == 3
    assert "name and passphrase" in err


def test_audit_list_and_verify_then_a_changed_entry_exits_4(
    run_cli: RunCli, organisation: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NPDRIGHTS_ADVISER", ADA)
    monkeypatch.setenv("NPDRIGHTS_PASSPHRASE", ADA_PASS)
    code, out, _err = run_cli("audit", "list")
    assert code == 0
    assert [line.split("\t")[3] for line in out.splitlines()] == ["event added", "case created"]
    # People read the UK's clock time, its zone named; programs reading JSON get the stored UTC time.
    assert all(line.split("\t")[1].endswith((" GMT", " BST")) for line in out.splitlines())
    code, out, _err = run_cli("audit", "list", "--json")
    assert code == 0
    assert all(entry["at"].endswith("Z") for entry in json.loads(out))
    assert run_cli("audit", "verify")[0] == 0

    vault = Vault(_data(organisation), KeyringKeyStore())
    vault.unlock_with_passphrase(ADA_PASS, ADA)
    with vault.database.transaction() as connection:
        connection.execute("DROP TRIGGER audit_no_update")
        connection.execute("UPDATE audit SET adviser = 'Eve Notreal' WHERE seq = 1")
    vault.lock()
    code, _out, err = run_cli("audit", "verify")
    assert code == 4
    assert "entry 1" in err


def test_retention_set_review_and_delete(run_cli: RunCli, organisation: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NPDRIGHTS_ADVISER", ADA)
    monkeypatch.setenv("NPDRIGHTS_PASSPHRASE", ADA_PASS)
    assert "No retention policy" in run_cli("retention", "show")[1]
    assert run_cli("retention", "set", "fifty")[0] == 2
    assert run_cli("retention", "set", "6")[0] == 0
    code, out, _err = run_cli("retention", "review")
    assert code == 0
    assert out.startswith("c1\tclosed 2019-05-01")
    code, _out, err = run_cli("retention", "delete")
    assert "--yes" in err
    code, _out, err = run_cli("retention", "delete", "--yes")
    assert code == 0, err
    assert "Deleted 1 case" in err
    assert "snapshot" in err
    assert run_cli("retention", "review")[1] == ""
    assert "deleted under the retention policy" in run_cli("audit", "list")[1]


def test_only_an_admin_deletes_under_the_policy(run_cli: RunCli, organisation: Path) -> None:
    run_cli("retention", "set", "6", "--adviser", ADA, "--passphrase-stdin", stdin=ADA_PASS + "\n")
    code, _out, err = run_cli(
        "retention", "delete", "--yes", "--adviser", BEN, "--passphrase-stdin", stdin=BEN_PASS + "\n"
    )
    assert code == 2
    assert "admin" in err
