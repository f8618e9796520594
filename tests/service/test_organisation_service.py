"""The letterhead through the service: a logo in the vault that isn't a picture (a hand-made backup) is left off
rather than handed to the PDF renderer; the letterhead and a case's authority survive a backup and restore."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

from PIL import Image

from npdrights.core.letters.letterhead import make_letterhead
from npdrights.core.model import Relationship
from npdrights.service import organisation
from npdrights.service.authority import record_authority
from npdrights.storage.backup_export import export_backup
from npdrights.storage.backup_import import open_backup, restore_as_new_vault
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.letterhead_store import LetterheadStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF
from tests.statistics_vault import fill
from tests.storage.backup_fixtures import BACKUP_PASSPHRASE, FAST_BACKUP_KDF


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 100), "#0b5e55").save(out, format="PNG")
    return out.getvalue()


def test_a_logo_that_is_not_a_picture_is_left_off(vault: Vault) -> None:
    LetterheadStore(vault.database).save(make_letterhead("Exampleton Family Advice", "Exampleton", logo=b"<script>"))
    kept = organisation.letterhead(vault.database)
    assert kept is not None
    assert kept.name == "Exampleton Family Advice"
    assert kept.logo == b""


def test_the_letterhead_and_the_authority_survive_a_backup_and_restore(vault: Vault, tmp_path: Path) -> None:
    fill(Repository(vault.database))
    organisation.save(vault.database, "Exampleton Family Advice", "Exampleton", "1234567", _png())
    saved = organisation.letterhead(vault.database)
    assert saved is not None
    assert saved.logo
    case = Repository(vault.database).case("case-1")
    assert case is not None
    Repository(vault.database).update_case(replace(case, relationship=Relationship.ADVISER))
    record_authority(vault.database, case, date(2026, 1, 5), date(2027, 1, 5), date(2026, 11, 28))
    backup = tmp_path / "backup.npdbackup"
    export_backup(vault, backup, BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
    other = Vault(tmp_path / "restored", KeyringKeyStore(), kdf=FAST_KDF)
    with open_backup(backup, BACKUP_PASSPHRASE, tmp_path) as staged:
        restored, _report = restore_as_new_vault(other, staged, "a new vault passphrase")
    assert restored
    assert organisation.letterhead(other.database) == saved
    again = Repository(other.database).case("case-1")
    assert again is not None
    assert (again.relationship, again.authority_signed, again.authority_expires) == (
        Relationship.ADVISER,
        date(2026, 1, 5),
        date(2027, 1, 5),
    )
    other.lock()
