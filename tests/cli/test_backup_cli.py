"""npdrights-cli vault export | verify | import | snapshots: output and exit codes (0 ok, 2 usage, 3 wrong
secret, 4 damaged)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from npdrights.core.model import Household
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.cli.conftest import RunCli
from tests.storage.backup_fixtures import fill

PASSPHRASE = "kettle orange bicycle meadow"
BACKUP = "lantern pebble harbour violet"


@pytest.fixture
def filled_home(run_cli: RunCli, home: Path) -> Path:
    assert run_cli("vault", "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")[0] == 0
    vault = Vault(home / "data", KeyringKeyStore())
    vault.unlock_with_passphrase(PASSPHRASE)
    fill(vault)
    vault.lock()
    return home


def _both(first: str = PASSPHRASE, second: str = BACKUP) -> str:
    return f"{first}\n{second}\n"


def _export(run_cli: RunCli, out: Path, *extra: str) -> tuple[int, str, str]:
    return run_cli(
        "vault", "export", "--out", str(out), "--passphrase-stdin", "--backup-passphrase-stdin", *extra, stdin=_both()
    )


def _case_ids(folder: Path, passphrase: str) -> list[str]:
    vault = Vault(folder, KeyringKeyStore())
    vault.unlock_with_passphrase(passphrase)
    try:
        return sorted(case.id for case in Repository(vault.database).cases())
    finally:
        vault.lock()


def test_export_verify_and_import_into_an_empty_folder(
    run_cli: RunCli, filled_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "family.npdbackup"
    code, _out, err = _export(run_cli, out)
    assert code == 0, err
    assert "4 case(s)" in err
    code, stdout, err = run_cli("vault", "verify", str(out), "--json", "--backup-passphrase-stdin", stdin=BACKUP + "\n")
    assert code == 0, err
    assert json.loads(stdout)["counts"]["cases"] == 4
    assert "complete and undamaged" in err
    monkeypatch.setenv("NPDRIGHTS_HOME", str(tmp_path / "new-computer"))
    code, stdout, err = run_cli(
        "vault",
        "import",
        str(out),
        "--passphrase-stdin",
        "--backup-passphrase-stdin",
        stdin=_both("a brand new passphrase"),
    )
    assert code == 0, err
    assert "Added 4 cases" in err
    assert len(stdout.strip().split("-")) == 14  # the new vault's recovery code, on stdout only
    # A restored vault lists exactly the same cases, with the same ids.
    assert _case_ids(tmp_path / "new-computer" / "data", "a brand new passphrase") == _case_ids(
        filled_home / "data", PASSPHRASE
    )


def test_the_backup_passphrase_from_the_environment(
    run_cli: RunCli, filled_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NPDRIGHTS_BACKUP_PASSPHRASE", BACKUP)
    out = tmp_path / "env.npdbackup"
    code, _out, err = run_cli("vault", "export", "--out", str(out), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0, err
    assert run_cli("vault", "verify", str(out))[0] == 0


def test_single_case_export_merges_into_another_vault(
    run_cli: RunCli, filled_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "one-case.npdbackup"
    assert _export(run_cli, out, "--case", "c3")[0] == 0
    monkeypatch.setenv("NPDRIGHTS_HOME", str(tmp_path / "adviser"))
    run_cli("vault", "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    code, _out, err = run_cli(
        "vault", "import", str(out), "--merge", "--passphrase-stdin", "--backup-passphrase-stdin", stdin=_both()
    )
    assert code == 0, err
    assert _case_ids(tmp_path / "adviser" / "data", PASSPHRASE) == ["c3"]
    code, _out, err = run_cli(
        "vault", "import", str(out), "--merge", "--passphrase-stdin", "--backup-passphrase-stdin", stdin=_both()
    )
    assert code == 0
    assert "already in this vault and was left as it was: NPD-0003" in err


def test_wrong_backup_passphrase_exits_3(run_cli: RunCli, filled_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.npdbackup"
    _export(run_cli, out)
    code, _out, err = run_cli("vault", "verify", str(out), "--backup-passphrase-stdin", stdin="not it at all\n")
    assert code == 3
    assert "doesn't open this backup" in err


def test_damaged_backup_exits_4_and_changes_nothing(run_cli: RunCli, filled_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.npdbackup"
    _export(run_cli, out)
    data = bytearray(out.read_bytes())
    data[-50] ^= 1
    out.write_bytes(bytes(data))
    before = _case_ids(filled_home / "data", PASSPHRASE)
    code, _out, err = run_cli(
        "vault", "import", str(out), "--merge", "--passphrase-stdin", "--backup-passphrase-stdin", stdin=_both()
    )
    assert code == 4
    assert "damaged" in err
    assert "Traceback" not in err
    assert _case_ids(filled_home / "data", PASSPHRASE) == before


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["vault", "verify", "no-such-file.npdbackup", "--backup-passphrase-stdin"], "no such file"),
        (["vault", "export", "--case", "c1", "--household", "h1", "--out", "x"], "not allowed with"),
        (["vault", "import", "no-such-file.npdbackup"], "no such file"),
    ],
    ids=["verify-missing-file", "two-scopes", "import-missing-file"],
)
def test_usage_errors_exit_2(run_cli: RunCli, filled_home: Path, argv: list[str], fragment: str) -> None:
    code, _out, err = run_cli(*argv, stdin=_both())
    assert code == 2
    assert fragment in err


def test_import_without_merge_into_an_existing_vault_is_refused(
    run_cli: RunCli, filled_home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "b.npdbackup"
    _export(run_cli, out)
    code, _out, err = run_cli(
        "vault", "import", str(out), "--passphrase-stdin", "--backup-passphrase-stdin", stdin=_both()
    )
    assert code == 2
    assert "--merge" in err


def test_export_never_overwrites(run_cli: RunCli, filled_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.npdbackup"
    out.write_bytes(b"an older backup")
    code, _out, err = _export(run_cli, out)
    assert code == 2
    assert out.read_bytes() == b"an older backup"
    assert "already exists" in err


def test_wrong_vault_passphrase_for_export_exits_3(run_cli: RunCli, filled_home: Path, tmp_path: Path) -> None:
    code, _out, _err = run_cli(
        "vault",
        "export",
        "--out",
        str(tmp_path / "x.npdbackup"),
        "--passphrase-stdin",
        "--backup-passphrase-stdin",
        stdin=_both("the wrong one entirely"),
    )
    assert code == 3
    assert not (tmp_path / "x.npdbackup").exists()


def test_snapshots_list_and_restore(run_cli: RunCli, filled_home: Path) -> None:
    code, stdout, _err = run_cli("vault", "snapshots", "--json")
    assert code == 0
    assert len(json.loads(stdout)) == 1  # the one taken at the first unlock today
    vault = Vault(filled_home / "data", KeyringKeyStore())
    vault.unlock_with_passphrase(PASSPHRASE)
    Repository(vault.database).save_household(Household("h-late", "Added after the snapshot"))
    vault.lock()
    (filled_home / "data" / "cases.db").write_bytes(b"\x00" * 4096)
    code, _out, err = run_cli("vault", "snapshots", "--restore", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0, err
    assert "now holds the snapshot" in err
    code, _out, err = run_cli("vault", "snapshots", "--restore", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0
    assert "nothing was restored" in err
