"""Issue 11, item 7: with both copies of vault.json gone, the copy kept with the snapshots is offered.

The app used to say "there is no vault here yet" (and offer to create one) although backups/ held a working
copy of the key file beside every snapshot.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from npdrights.storage.errors import KeyFileMissing, VaultExists
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.backup_fixtures import attachment_bytes, fill

DAYS = [datetime(2026, 11, day, 9, 0) for day in range(1, 10)]


def _at(folder: Path, when: datetime) -> Vault:
    return Vault(folder, KeyringKeyStore(), kdf=FAST_KDF, clock=lambda: when)


def _lose_the_key_file(vault: Vault) -> dict[str, bytes]:
    fill(vault)
    files = attachment_bytes(vault)
    vault.lock()
    session = _at(vault.folder, DAYS[1])  # a snapshot, with its copy of vault.json
    session.unlock_with_passphrase(PASSPHRASE)
    session.lock()
    for name in ("vault.json", "vault.json.bak"):
        (vault.folder / name).unlink()
    return files


def test_the_copy_kept_with_the_snapshots_is_offered_and_opens_the_vault(vault: Vault) -> None:
    files = _lose_the_key_file(vault)
    later = _at(vault.folder, DAYS[2])
    assert later.exists()  # never "no vault here"
    with pytest.raises(VaultExists):
        later.create("a passphrase for a new vault")  # and never a new vault made over it
    with pytest.raises(KeyFileMissing) as caught:
        later.unwrap_with_passphrase(PASSPHRASE)
    assert caught.value.copy_taken == DAYS[1]
    assert "Sunday 1 November 2026" not in caught.value.message
    assert "Monday 2 November 2026" in caught.value.message

    later.restore_key_file()
    later.unlock_with_passphrase(PASSPHRASE)
    assert later.database.query("SELECT count(*) FROM cases") == [(4,)]
    assert attachment_bytes(later) == files
    later.lock()


def test_without_any_copy_the_message_says_so(vault: Vault) -> None:
    _lose_the_key_file(vault)
    for copy in (vault.folder / "backups").glob("vault-*.json"):
        copy.unlink()
    with pytest.raises(KeyFileMissing) as caught:
        _at(vault.folder, DAYS[2]).slots()
    assert caught.value.copy_taken is None
    assert "no copy of it is kept" in caught.value.message


def test_the_cli_names_the_copy_and_puts_it_back(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from npdrights import cli

    _lose_the_key_file(vault)
    home = str(vault.folder.parent)
    assert cli.main(["--home", home, "vault", "status"]) == 4
    err = capsys.readouterr().err
    assert "A copy was kept with the snapshot" in err
    assert "vault snapshots --restore" in err
    monkeypatch.setenv("NPDRIGHTS_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--home", home, "vault", "snapshots", "--restore"]) == 0
    assert "vault.json now holds the copy" in capsys.readouterr().err
    assert cli.main(["--home", home, "case", "list"]) == 0
