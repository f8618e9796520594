"""Attachments through the vault: add, list, read, delete, and the orphan sweep that spares snapshots."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from npdrights.core.model import Person
from npdrights.storage.blobs import MAX_ATTACHMENT_BYTES
from npdrights.storage.errors import AttachmentDamaged, AttachmentError, AttachmentMissing, AttachmentTooLarge
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.backup_fixtures import DFE, case


@pytest.fixture
def with_case(vault: Vault) -> Vault:
    repository = Repository(vault.database)
    repository.save_organisation(DFE)
    repository.save_person(Person(id="p1", full_name="Zebedee Fictionalson"))
    repository.add_case(case("c1", "p1", "NPD-1"))
    return vault


def _reopened(vault: Vault, when: datetime) -> Vault:
    vault.lock()
    again = Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF, clock=lambda: when)
    again.unlock_with_passphrase(PASSPHRASE)
    return again


def test_add_list_read_delete(with_case: Vault) -> None:
    attachments = with_case.attachments()
    scan = b"%PDF-1.7 scanned reply " * 5000
    added = attachments.add("c1", "C:\\Users\\someone\\DfE reply.pdf", "application/pdf", [scan[:1000], scan[1000:]])
    assert added.display_name == "DfE reply.pdf"  # a display name, never a path
    assert added.size == len(scan)
    assert attachments.for_case("c1") == [added]
    assert attachments.read_bytes(added.id) == scan
    assert b"".join(attachments.read(added.id)) == scan
    attachments.delete(added.id)
    assert attachments.for_case("c1") == []
    assert with_case.blobs.ids_on_disk() == set()
    with pytest.raises(AttachmentMissing):
        attachments.read_bytes(added.id)


def test_add_file_streams_from_disk_and_guesses_the_type(with_case: Vault, tmp_path: Path) -> None:
    photo = tmp_path / "letter photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"\x00" * 300_000)
    added = with_case.attachments().add_file("c1", photo)
    assert added.mime == "image/jpeg"
    assert with_case.attachments().read_bytes(added.id) == photo.read_bytes()


def test_too_large_is_refused_before_reading(with_case: Vault, tmp_path: Path) -> None:
    huge = tmp_path / "huge.pdf"
    with open(huge, "wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(AttachmentTooLarge) as caught:
        with_case.attachments().add_file("c1", huge)
    assert "50 MB" in caught.value.message
    assert with_case.blobs.ids_on_disk() == set()


def test_attaching_to_a_missing_case_is_refused(with_case: Vault) -> None:
    with pytest.raises(AttachmentError):
        with_case.attachments().add("no-such-case", "x.pdf", "application/pdf", b"x")
    assert with_case.blobs.ids_on_disk() == set()


def test_a_replaced_file_is_caught_by_the_pinned_digest(with_case: Vault, tmp_path: Path) -> None:
    attachments = with_case.attachments()
    first = attachments.add("c1", "a.pdf", "application/pdf", b"first")
    second = attachments.add("c1", "b.pdf", "application/pdf", b"second")
    path_first, path_second = with_case.blobs.path_for(first.id), with_case.blobs.path_for(second.id)
    path_second.write_bytes(path_first.read_bytes())  # another record's file: the id binding catches it
    with pytest.raises(AttachmentDamaged):
        attachments.read_bytes(second.id)


def test_orphans_are_swept_at_unlock_but_not_while_a_snapshot_needs_them(with_case: Vault) -> None:
    day1 = datetime(2026, 11, 28, 9, 0)
    vault = _reopened(with_case, day1)  # the day's snapshot now exists, holding no attachments
    attachments = vault.attachments()
    kept = attachments.add("c1", "kept.pdf", "application/pdf", b"kept")
    vault = _reopened(vault, datetime(2026, 11, 29, 9, 0))  # next day: a snapshot that holds `kept`
    vault.attachments().delete(kept.id)
    assert kept.id in vault.blobs.ids_on_disk()  # the 29th's snapshot still refers to it
    orphan = vault.blobs.write("ab" * 16, [b"no row ever pointed here"])
    assert orphan.size > 0
    vault = _reopened(vault, datetime(2026, 11, 29, 10, 0))
    assert vault.blobs.ids_on_disk() == {kept.id}  # the true orphan went; the snapshot's file stayed
    for snapshot in (vault.folder / "backups").glob("cases-*.db"):
        snapshot.unlink()
    assert vault.sweep_orphan_attachments() == 1
    assert vault.blobs.ids_on_disk() == set()
    vault.lock()


def test_an_unreadable_snapshot_means_nothing_is_swept(with_case: Vault) -> None:
    vault = _reopened(with_case, datetime(2026, 11, 28, 9, 0))
    vault.blobs.write("cd" * 16, [b"orphan"])
    (snapshot,) = (vault.folder / "backups").glob("cases-*.db")
    snapshot.write_bytes(b"\x00" * 4096)
    assert vault.sweep_orphan_attachments() == 0
    assert vault.blobs.ids_on_disk() == {"cd" * 16}
    vault.lock()


def test_without_attachment_files_the_sweep_clears_a_crashed_write_without_reading_snapshots(with_case: Vault) -> None:
    vault = _reopened(with_case, datetime(2026, 11, 28, 9, 0))
    (snapshot,) = (vault.folder / "backups").glob("cases-*.db")
    snapshot.write_bytes(b"\x00" * 4096)  # were the snapshots read, this one would stop the sweep (test above)
    leftover = vault.blobs.root / "ab" / ".tmp-crashed"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"half an attachment")
    assert vault.sweep_orphan_attachments() == 1
    assert not leftover.exists()
    vault.lock()
