"""Issue 11, items 15 and 16: odd things in the data folder, a pipe offered as an attachment, and control
characters in backups. Each gives a plain message (or is simply passed over); nothing hangs or is lost."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from npdrights.core.model import Person
from npdrights.storage.errors import AttachmentError, BackupRejected, KeySlotFileError, NotAFile
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.backup_fixtures import encrypt_as_backup, fill
from tests.storage.test_backup_hostile import (
    _join,
    _records_of,
    _replace_row,
    _unchanged_after,
    filled,
    filled_template,
)

__all__ = ["filled", "filled_template"]


@pytest.fixture
def no_hanging() -> Iterator[None]:
    """Turn a hang into a failure: SIGALRM after 10 s."""

    def hung(*_args: object) -> None:
        raise AssertionError("hung")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _locked_copy(vault: Vault) -> Vault:
    vault.lock()
    return Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)


def test_a_folder_where_vault_json_should_be_is_named_and_the_spare_copy_kept(vault: Vault) -> None:
    again = _locked_copy(vault)
    spare = (vault.folder / "vault.json.bak").read_bytes()
    (vault.folder / "vault.json").unlink()
    (vault.folder / "vault.json").mkdir()
    again.unwrap_with_passphrase(PASSPHRASE).wipe()  # the spare copy still opens the key...
    with pytest.raises(NotAFile, match=r"where npdrights keeps vault\.json"):
        again.unlock_with_passphrase(PASSPHRASE)  # ...but nothing is written until the folder is moved
    assert (vault.folder / "vault.json.bak").read_bytes() == spare
    (vault.folder / "vault.json").rmdir()
    again.unlock_with_passphrase(PASSPHRASE)
    again.lock()


def test_folders_where_both_key_files_should_be_are_named_plainly(vault: Vault) -> None:
    again = _locked_copy(vault)
    for name in ("vault.json", "vault.json.bak"):
        (vault.folder / name).unlink()
        (vault.folder / name).mkdir()
    with pytest.raises(KeySlotFileError, match=r"not a file, where npdrights keeps vault\.json"):
        again.unwrap_with_passphrase(PASSPHRASE)


def test_a_folder_where_cases_db_should_be_is_named_plainly(vault: Vault) -> None:
    again = _locked_copy(vault)
    for suffix in ("", "-wal", "-shm"):
        (vault.folder / f"cases.db{suffix}").unlink(missing_ok=True)
    (vault.folder / "cases.db").mkdir()
    with pytest.raises(NotAFile, match=r"where npdrights keeps cases\.db"):
        again.unlock_with_passphrase(PASSPHRASE)
    assert (vault.folder / "cases.db").is_dir()


def test_a_folder_with_a_temp_file_name_is_passed_over(vault: Vault) -> None:
    again = _locked_copy(vault)
    odd = vault.folder / ".tmp-odd"
    odd.mkdir()
    old = 1_000_000_000
    os.utime(odd, (old, old))
    again.unlock_with_passphrase(PASSPHRASE)
    assert odd.is_dir()
    again.lock()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_pipe_offered_as_an_attachment_is_refused_without_waiting(
    vault: Vault, tmp_path: Path, no_hanging: None
) -> None:
    fill(vault, attachment_sizes=())
    pipe = tmp_path / "scan.pdf"
    os.mkfifo(pipe)
    with pytest.raises(AttachmentError, match="not an ordinary file"):
        vault.attachments().add_file("c1", pipe)
    assert vault.attachments().for_case("c1") == []


@pytest.mark.parametrize(
    ("table", "change", "field"),
    [
        ("households", {"name": "The \x1b[2JFictionalsons"}, "in households, name"),
        ("settings", {"value": "Zelda\u202e"}, "in settings, value"),
        ("letters", {"text": "Dear DfE\x00"}, "in letters, text"),
    ],
)
def test_control_and_bidi_characters_in_a_backup_are_refused(
    filled: tuple[Vault, Path], tmp_path: Path, table: str, change: dict[str, object], field: str
) -> None:
    vault, backup = filled
    records = _records_of(backup)
    _replace_row(records, table, change)
    hostile = tmp_path / "hostile.npdbackup"
    encrypt_as_backup(hostile, _join(records))
    assert field in _unchanged_after(vault, hostile, BackupRejected)


def test_control_characters_inside_a_model_in_a_backup_are_refused(filled: tuple[Vault, Path], tmp_path: Path) -> None:
    vault, backup = filled
    records = _records_of(backup)
    person = next(json.loads(data) for kind, name, data in records if kind == b"R" and name == "people")
    model = {**json.loads(person["data"]), "full_name": "Zelda \u001b]0;owned\u0007"}
    _replace_row(records, "people", {"data": json.dumps(model)})
    hostile = tmp_path / "hostile.npdbackup"
    encrypt_as_backup(hostile, _join(records))
    assert "in people, data.full_name: it holds a control character (U+001B)" in _unchanged_after(
        vault, hostile, BackupRejected
    )


def test_the_cli_shows_control_characters_already_in_a_vault_as_escapes(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A name stored before these checks existed is escaped on the way to the terminal, never acted on."""
    from npdrights import cli

    fill(vault, attachment_sizes=())
    Repository(vault.database).save_person(Person(id="p-child", full_name="Zebedee \x1b[2J\u202eFictionalson"))
    vault.lock()
    monkeypatch.setenv("NPDRIGHTS_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--home", str(vault.folder.parent), "case", "list"]) == 0
    out = capsys.readouterr().out
    assert "Zebedee \\x1b[2J\\u202eFictionalson" in out
    assert "\x1b" not in out
    assert "\u202e" not in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_pipes_named_like_snapshots_key_copies_and_attachments_never_hang(vault: Vault, no_hanging: None) -> None:
    """Found by the fuzz harness: a pipe in backups/ or blobs/ made the next unlock wait for ever."""
    fill(vault, attachment_sizes=(1_000,))
    (attachment_id,) = vault.attachments().live_ids()
    blob = vault.blobs.path_for(attachment_id)
    again = _locked_copy(vault)
    (vault.folder / "backups").mkdir(exist_ok=True)
    os.mkfifo(vault.folder / "backups" / "cases-20261201-090000.db")
    os.mkfifo(vault.folder / "backups" / "vault-20261201-090000.json")
    blob.unlink()
    os.mkfifo(blob)
    again.unlock_with_passphrase(PASSPHRASE)
    with pytest.raises(AttachmentError, match="damaged"):
        again.attachments().read_bytes(attachment_id)
    again.lock()
