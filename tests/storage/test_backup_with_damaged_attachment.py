"""Issue 11, item 5: one damaged attachment no longer makes a backup of the whole vault impossible.

Before anything is written the damaged ones are listed by case; then everything that reads cleanly is backed
up, and that backup restores with every other case, row and attachment intact.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from npdrights.storage.backup_export import export_backup
from npdrights.storage.backup_import import open_backup, restore_as_new_vault
from npdrights.storage.errors import DamagedAttachments
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.backup_fixtures import BACKUP_PASSPHRASE, FAST_BACKUP_KDF, attachment_bytes, dump, fill


def _damage_one(vault: Vault, how: str) -> str:
    """Flip a byte in (or delete) the file of the attachment on case c2; returns its id."""
    (attachment_id,) = [row[0] for row in vault.database.query("SELECT id FROM attachments WHERE case_id='c2'")]
    path = vault.blobs.path_for(attachment_id)
    if how == "missing":
        path.unlink()
    else:
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x40
        path.write_bytes(bytes(data))
    return attachment_id


@pytest.mark.parametrize("how", ["flipped", "missing"])
def test_damaged_attachments_are_listed_first_and_everything_else_is_backed_up(
    vault: Vault, tmp_path: Path, how: str
) -> None:
    fill(vault, attachment_sizes=(1_000, 70_000, 2_000))
    damaged_id = _damage_one(vault, how)
    expected_files = attachment_bytes_except(vault, damaged_id)
    out = tmp_path / "family.npdbackup"

    with pytest.raises(DamagedAttachments) as caught:
        export_backup(vault, out, BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
    assert [item.id for item in caught.value.damaged] == [damaged_id]
    assert "reply-1.pdf (case NPD-0002)" in caught.value.message
    assert "Nothing has been written yet" in caught.value.message
    assert not out.exists()
    assert not list(tmp_path.glob("*.partial"))

    manifest = export_backup(vault, out, BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF, leave_out_damaged=True)
    assert manifest.counts["attachments"] == 2
    assert manifest.counts["cases"] == 4
    rows = dump(vault)
    rows["attachments"] = [row for row in rows["attachments"] if row[0] != damaged_id]

    restored = Vault(tmp_path / "restored", KeyringKeyStore(), kdf=FAST_KDF)
    with open_backup(out, BACKUP_PASSPHRASE, tmp_path) as staged:
        restore_as_new_vault(restored, staged, PASSPHRASE)
    assert dump(restored) == rows
    assert attachment_bytes(restored) == expected_files
    restored.lock()


def attachment_bytes_except(vault: Vault, damaged_id: str) -> dict[str, bytes]:
    attachments = vault.attachments()
    return {
        attachment_id: attachments.read_bytes(attachment_id)
        for attachment_id in attachments.live_ids()
        if attachment_id != damaged_id
    }


def test_the_cli_says_which_attachment_is_damaged_and_backs_up_the_rest(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from npdrights import cli

    fill(vault, attachment_sizes=(1_000, 70_000))
    _damage_one(vault, "flipped")
    vault.lock()
    out = tmp_path / "family.npdbackup"
    monkeypatch.setenv("NPDRIGHTS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("NPDRIGHTS_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
    code = cli.main(["--home", str(vault.folder.parent), "vault", "export", "--out", str(out)], kdf=FAST_KDF)
    err = capsys.readouterr().err
    assert code == 0, err
    assert "reply-1.pdf (case NPD-0002)" in err
    assert err.index("Backing up everything else") < err.index("Saved a backup of 4 case(s) and 1 attachment(s)")
    assert "1 damaged attachment(s) were left out" in err
    assert "Traceback" not in err
    assert out.exists()
