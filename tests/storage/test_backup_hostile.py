"""Damaged and hostile backup files: each is refused with a typed error and a plain message, and the vault
is unchanged afterwards (security-design.md §5.5)."""

from __future__ import annotations

import json
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from npdrights.storage.backup_export import export_backup
from npdrights.storage.backup_format import MAGIC, KdfOutOfRange, OuterHeader
from npdrights.storage.backup_import import merge_into, open_backup
from npdrights.storage.errors import (
    BackupDamaged,
    BackupError,
    BackupFromNewerVersion,
    BackupRejected,
    NotABackup,
    WrongBackupPassphrase,
    WrongSecret,
)
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.backup_fixtures import (
    BACKUP_PASSPHRASE,
    FAST_BACKUP_KDF,
    decrypt_backup,
    dump,
    encrypt_as_backup,
    fill,
    record,
)


@pytest.fixture(scope="module")
def filled_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A filled, locked vault and its good backup, built once: 89 tests each start from a copy (issue 12, item 5)."""
    folder = tmp_path_factory.mktemp("filled")
    vault = Vault(folder / "data", KeyringKeyStore(), kdf=FAST_KDF)
    vault.create(PASSPHRASE)
    fill(vault, attachment_sizes=(5_000, 300_000))  # several chunks, so cuts land in the middle too
    export_backup(vault, folder / "good.npdbackup", BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
    vault.lock()
    # Unlocked once here, so the day's snapshot is taken once, not again by each test's unlock of its copy.
    vault.unlock_with_passphrase(PASSPHRASE)
    vault.lock()
    return folder


@pytest.fixture
def filled(filled_template: Path, tmp_path: Path, no_keyring: None) -> Iterator[tuple[Vault, Path]]:
    """Each test's own copy, so an import that wrongly changed the vault or the file shows in that test alone."""
    shutil.copytree(filled_template, tmp_path, dirs_exist_ok=True)
    vault = Vault(tmp_path / "data", KeyringKeyStore())
    vault.unlock_with_passphrase(PASSPHRASE)
    yield vault, tmp_path / "good.npdbackup"
    vault.lock()


def _unchanged_after(vault: Vault, path: Path, expected: type[BackupError], passphrase: str = BACKUP_PASSPHRASE) -> str:
    """Try to import `path` into `vault`; assert it fails with `expected` and changes nothing at all."""
    before = dump(vault)
    blobs = vault.blobs.ids_on_disk()
    with pytest.raises(expected) as caught, open_backup(path, passphrase, vault.folder) as staged:
        merge_into(vault, staged)
    assert isinstance(caught.value, BackupError)
    assert dump(vault) == before
    assert vault.blobs.ids_on_disk() == blobs
    assert not any((vault.folder / "staging").iterdir())
    message = caught.value.message
    assert "Traceback" not in message
    assert len(message) > 40
    return message


def test_the_good_file_imports(filled: tuple[Vault, Path]) -> None:
    vault, backup = filled
    with open_backup(backup, BACKUP_PASSPHRASE, vault.folder) as staged:
        report = merge_into(vault, staged)
    assert len(report.duplicate_cases) == 4  # everything is already here: the control for the tests below


@pytest.mark.parametrize("cut", range(20))
def test_truncation_at_20_positions(filled: tuple[Vault, Path], tmp_path: Path, cut: int) -> None:
    vault, backup = filled
    data = backup.read_bytes()
    keep = [0, 5, 10, 12, 13, 40, len(data) - 1, len(data) - 16, len(data) - 17][cut] if cut < 9 else None
    if keep is None:
        keep = (len(data) * (cut - 8)) // 12  # spread over the whole file
    damaged = tmp_path / "cut.npdbackup"
    damaged.write_bytes(data[:keep])
    _unchanged_after(vault, damaged, BackupError)


@pytest.mark.parametrize("position", range(40))
def test_a_flipped_byte_at_40_positions(filled: tuple[Vault, Path], tmp_path: Path, position: int) -> None:
    vault, backup = filled
    data = bytearray(backup.read_bytes())
    offset = (len(data) - 1) * position // 39 if position >= 8 else [0, 9, 10, 11, 12, 14, 30, 60][position]
    data[offset] ^= 0x01
    damaged = tmp_path / "flipped.npdbackup"
    damaged.write_bytes(bytes(data))
    _unchanged_after(vault, damaged, BackupError)


def test_a_flip_after_the_first_chunk_says_damaged_not_wrong_passphrase(
    filled: tuple[Vault, Path], tmp_path: Path
) -> None:
    vault, backup = filled
    data = bytearray(backup.read_bytes())
    data[-100] ^= 0x01
    damaged = tmp_path / "flipped.npdbackup"
    damaged.write_bytes(bytes(data))
    message = _unchanged_after(vault, damaged, BackupDamaged)
    assert "damaged" in message


def test_wrong_passphrase(filled: tuple[Vault, Path]) -> None:
    vault, backup = filled
    message = _unchanged_after(vault, backup, WrongBackupPassphrase, passphrase="not the backup passphrase")
    assert "passphrase doesn't open this backup" in message
    assert issubclass(WrongBackupPassphrase, WrongSecret)  # the CLI's exit code 3


def test_unknown_version(filled: tuple[Vault, Path], tmp_path: Path) -> None:
    vault, backup = filled
    data = bytearray(backup.read_bytes())
    data[len(MAGIC)] = 2
    newer = tmp_path / "newer.npdbackup"
    newer.write_bytes(bytes(data))
    assert "newer version" in _unchanged_after(vault, newer, BackupFromNewerVersion)


def test_not_a_backup_at_all(filled: tuple[Vault, Path], tmp_path: Path) -> None:
    vault, _backup = filled
    other = tmp_path / "letter.pdf"
    other.write_bytes(b"%PDF-1.7\n" + b"x" * 1000)
    assert "not an npdrights backup" in _unchanged_after(vault, other, NotABackup)


def _with_kdf(tmp_path: Path, kdf: dict[str, object]) -> Path:
    body = json.dumps(
        {"cipher": "chacha20-poly1305", "chunk": 65536, "kdf": kdf, "salt": "AAAAAAAAAAAAAAAAAAAAAA=="}
    ).encode()
    path = tmp_path / "kdf.npdbackup"
    path.write_bytes(MAGIC + struct.pack("!BH", 1, len(body)) + body + b"\x00" * 64)
    return path


@pytest.mark.parametrize(
    "kdf",
    [
        {"alg": "argon2id", "t": 3, "m_kib": 32 * 1024 * 1024, "p": 4},  # 32 GiB of memory
        {"alg": "argon2id", "t": 100_000, "m_kib": 65536, "p": 4},  # hours of work
        {"alg": "argon2id", "t": 3, "m_kib": 65536, "p": 255},
        {"alg": "argon2id", "t": 0, "m_kib": 65536, "p": 4},
    ],
    ids=["32GiB", "100k-passes", "255-lanes", "zero-passes"],
)
def test_absurd_kdf_settings_are_refused_before_the_kdf_runs(
    filled: tuple[Vault, Path], tmp_path: Path, kdf: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _backup = filled

    def must_not_run(*_args: object) -> bytes:
        raise AssertionError("the key derivation ran")

    monkeypatch.setattr(OuterHeader, "derive_key", must_not_run)
    message = _unchanged_after(vault, _with_kdf(tmp_path, kdf), KdfOutOfRange)
    assert "key-derivation settings" in message


@pytest.mark.parametrize(
    "kdf",
    [{"alg": "scrypt", "t": 3, "m_kib": 65536, "p": 4}, {"alg": "argon2id", "t": "3", "m_kib": 65536, "p": 4}],
    ids=["other-algorithm", "text-number"],
)
def test_malformed_kdf_settings_are_damage(filled: tuple[Vault, Path], tmp_path: Path, kdf: dict[str, object]) -> None:
    vault, _backup = filled
    _unchanged_after(vault, _with_kdf(tmp_path, kdf), BackupDamaged)


# -- validly encrypted, hostile content: what someone who knows the passphrase could send --------------------


def _records_of(backup: Path) -> list[tuple[bytes, str, bytes]]:
    plaintext = decrypt_backup(backup)
    found, offset = [], 0
    while offset < len(plaintext):
        kind = plaintext[offset : offset + 1]
        (name_length,) = struct.unpack("!H", plaintext[offset + 1 : offset + 3])
        name = plaintext[offset + 3 : offset + 3 + name_length].decode()
        (length,) = struct.unpack("!Q", plaintext[offset + 3 + name_length : offset + 11 + name_length])
        start = offset + 11 + name_length
        found.append((kind, name, plaintext[start : start + length]))
        offset = start + length
    return found


def _join(records: list[tuple[bytes, str, bytes]]) -> bytes:
    return b"".join(record(kind, name, data) for kind, name, data in records)


def _replace_row(records: list[tuple[bytes, str, bytes]], table: str, change: dict[str, object]) -> None:
    for index, (kind, name, data) in enumerate(records):
        if kind == b"R" and name == table:
            records[index] = (kind, name, json.dumps({**json.loads(data), **change}).encode())
            return
    raise AssertionError(table)


def _hostile(records: list[tuple[bytes, str, bytes]], case: str) -> bytes:
    first_attachment = next(i for i, r in enumerate(records) if r[0] == b"A")
    if case == "path-traversal-attachment-id":
        _replace_row(records, "attachments", {"id": "../../../../etc/passwd"})
    elif case == "duplicate-attachment":
        records.insert(first_attachment, records[first_attachment])
    elif case == "manifest-not-first":
        records.insert(0, records.pop(1))
    elif case == "unknown-table":
        records.insert(1, (b"R", "sqlite_master", b"{}"))
    elif case == "missing-end":
        records.pop()
    elif case == "data-after-end":
        return _join(records) + b"\x00"
    elif case == "double-end":
        records.append(records[-1])
    elif case == "huge-length":
        return _join(records[:1]) + record(b"R", "settings", b"{}", length=2**62)
    elif case == "newer-schema":
        manifest = json.loads(records[0][2])
        records[0] = (b"M", "", json.dumps({**manifest, "schema": 99}).encode())
    elif case == "tables-out-of-order":
        settings_row = next(i for i, r in enumerate(records) if r[1] == "settings")
        records.insert(first_attachment - 1, records.pop(settings_row))
    elif case == "row-contradicts-its-model":
        _replace_row(records, "cases", {"person_id": "p-other"})
    elif case == "dangling-reference":
        person = next(json.loads(r[2]) for r in records if r[1] == "people")
        data = json.dumps({**json.loads(person["data"]), "household_id": "h-nowhere"})
        _replace_row(records, "people", {"household_id": "h-nowhere", "data": data})
    elif case == "deeply-nested-json":
        records.insert(1, (b"R", "settings", b"[" * 100_000 + b"]" * 100_000))
    elif case == "lone-surrogate":
        _replace_row(records, "households", {"name": "\ud800"})
    elif case == "attachment-size-lies":
        kind, name, data = records[first_attachment]
        records[first_attachment] = (kind, name, data + b"extra")
    elif case == "unknown-record-type":
        records.insert(1, (b"Z", "", b""))
    elif case == "more-rows-than-manifest":
        settings_row = next(i for i, r in enumerate(records) if r[1] == "settings")
        records.insert(settings_row, (b"R", "settings", json.dumps({"key": "extra", "value": "x"}).encode()))
    else:
        raise AssertionError(case)
    return _join(records)


HOSTILE_CASES = [
    "path-traversal-attachment-id",
    "duplicate-attachment",
    "manifest-not-first",
    "unknown-table",
    "missing-end",
    "data-after-end",
    "double-end",
    "huge-length",
    "newer-schema",
    "tables-out-of-order",
    "row-contradicts-its-model",
    "dangling-reference",
    "deeply-nested-json",
    "lone-surrogate",
    "attachment-size-lies",
    "unknown-record-type",
    "more-rows-than-manifest",
]


# Each case and the reason it must be refused for (not merely some reason).
HOSTILE_REASONS = {
    "path-traversal-attachment-id": "id that isn't one npdrights makes",
    "duplicate-attachment": "the same attachment twice",
    "manifest-not-first": "doesn't start with its manifest",
    "unknown-table": "table npdrights doesn't know",
    "missing-end": "ends in the middle",
    "data-after-end": "data after its end marker",
    "double-end": "data after its end marker",
    "huge-length": "too large",
    "newer-schema": "newer version",
    "tables-out-of-order": "out of order",
    "row-contradicts-its-model": "contradicts itself",
    "dangling-reference": "refers to something the file doesn't hold",
    "deeply-nested-json": "not valid JSON",
    "lone-surrogate": "isn't valid text",
    "attachment-size-lies": "not the size its entry says",
    "unknown-record-type": "unknown kind",
    "more-rows-than-manifest": "more settings than its manifest says",
}


@pytest.mark.parametrize("case", HOSTILE_CASES)
def test_hostile_content_that_authenticates_is_refused(filled: tuple[Vault, Path], tmp_path: Path, case: str) -> None:
    vault, backup = filled
    hostile = tmp_path / "hostile.npdbackup"
    encrypt_as_backup(hostile, _hostile(_records_of(backup), case))
    expected = BackupFromNewerVersion if case == "newer-schema" else BackupRejected
    assert HOSTILE_REASONS[case] in _unchanged_after(vault, hostile, expected)


def test_the_record_reader_round_trips_the_good_file(filled: tuple[Vault, Path], tmp_path: Path) -> None:
    """The hostile cases above start from a faithful re-encoding, so each is refused for its own flaw."""
    vault, backup = filled
    again = tmp_path / "again.npdbackup"
    encrypt_as_backup(again, _join(_records_of(backup)))
    with open_backup(again, BACKUP_PASSPHRASE, vault.folder) as staged:
        assert staged.summary.counts["cases"] == 4
