"""Fuzzing the import parser with Hypothesis: the only outcomes allowed are success or a BackupError.

Random bytes never get past authentication, so most examples are sealed validly first (as a sender who knows
the passphrase could): the parser then sees record streams that are random, built from random records, or
a real backup with bytes flipped, cut, inserted or repeated. Each example also runs under a memory cap
(tracemalloc) and Hypothesis's deadline, so a hostile length can't make it allocate or loop without bound.
"""

from __future__ import annotations

import contextlib
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from npdrights.storage.backup_export import export_backup
from npdrights.storage.backup_import import CheckOnly, StagedBackup, merge_into, open_backup, parse_backup
from npdrights.storage.errors import BackupError
from npdrights.storage.staging import new_staging_file
from npdrights.storage.stream import StreamWriter
from npdrights.storage.vault import Vault
from tests.storage.backup_fixtures import (
    BACKUP_PASSPHRASE,
    FAST_BACKUP_KDF,
    decrypt_backup,
    dump,
    encrypt_as_backup,
    fill,
    record,
)

MEMORY_CAP = 48 * 1024 * 1024
EXAMPLES = 300
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=2000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


@pytest.fixture(scope="module")
def good_plaintext(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from npdrights.storage.keystore import KeyringKeyStore
    from tests.conftest import FAST_KDF, PASSPHRASE

    folder = tmp_path_factory.mktemp("fuzz-source")
    source = Vault(folder / "data", KeyringKeyStore(), kdf=FAST_KDF)
    source.create(PASSPHRASE)
    fill(source, attachment_sizes=(10, 1000))
    backup = folder / "good.npdbackup"
    export_backup(source, backup, BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
    source.lock()
    return decrypt_backup(backup)


def _in_pieces(data: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def _parse_only_succeeds_or_refuses(plaintext: bytes, piece: int = 65536) -> None:
    tracemalloc.start()
    try:
        parse_backup(_in_pieces(plaintext, piece), CheckOnly())
    except BackupError:
        pass
    finally:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < MEMORY_CAP, f"the parser used {peak} bytes"


RECORD_KINDS = st.sampled_from([b"M", b"R", b"A", b"E", b"Z", b"\x00"])
NAMES = st.sampled_from(["", "settings", "people", "cases", "attachments", "0a" * 16, "../x", "a" * 70])
JSON_DATA = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
).map(lambda value: json.dumps(value).encode())
LENGTH_LIES = st.sampled_from([None, None, None, 0, 1, 2**32, 2**62, 2**64 - 1])


@st.composite
def record_streams(draw: st.DrawFn) -> bytes:
    parts = []
    for _ in range(draw(st.integers(0, 8))):
        data = draw(JSON_DATA | st.binary(max_size=200))
        parts.append(record(draw(RECORD_KINDS), draw(NAMES), data, draw(LENGTH_LIES)))
    return b"".join(parts)


@FUZZ_SETTINGS
@given(st.binary(max_size=4096))
def test_random_plaintext(plaintext: bytes) -> None:
    _parse_only_succeeds_or_refuses(plaintext)


@FUZZ_SETTINGS
@given(record_streams())
def test_streams_of_random_records(plaintext: bytes) -> None:
    _parse_only_succeeds_or_refuses(plaintext)


@st.composite
def mutations(draw: st.DrawFn, good: bytes) -> bytes:
    data = bytearray(good)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, max(0, len(data) - 1)))
        action = draw(st.sampled_from(["flip", "cut", "insert", "delete", "repeat"]))
        if action == "flip" and data:
            data[where] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del data[where:]
        elif action == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=16))
        elif action == "delete":
            del data[where : where + draw(st.integers(1, 64))]
        else:
            data[where:where] = data[where : where + draw(st.integers(1, 64))]
    return bytes(data)


def test_mutated_real_backups(good_plaintext: bytes) -> None:
    @FUZZ_SETTINGS
    @given(mutations(good_plaintext), st.sampled_from([1, 7, 4096, 65536]))
    def check(plaintext: bytes, piece: int) -> None:
        _parse_only_succeeds_or_refuses(plaintext, piece)

    check()


def test_mutated_backups_through_a_whole_import(good_plaintext: bytes, vault: Vault) -> None:
    """The writing side too (inserts, attachment files, the transaction): success or BackupError, and a
    refused import leaves the vault exactly as it was."""

    @settings(
        max_examples=100,
        deadline=5000,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=True,
    )
    @given(mutations(good_plaintext))
    def check(plaintext: bytes) -> None:
        staged = StagedBackup(new_staging_file(vault.folder, "fuzz"), bytes(32))
        with open(staged.path, "wb") as handle:
            writer = StreamWriter(handle, bytes(32), b"npdrights import staging v1")
            writer.write(plaintext)
            writer.close()
        with staged:
            try:
                report = merge_into(vault, staged)
            except BackupError:
                assert dump(vault) == before
                return
        # A mutation that still parses (a changed letter, say) adds nothing here: every case is a duplicate.
        assert sum(report.added[name] for name in ("cases", "events", "letters", "attachments")) == 0

    fill(vault, attachment_sizes=(10, 1000))
    before = dump(vault)
    check()


@settings(max_examples=40, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2048))
def test_random_files_end_to_end(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "random.npdbackup"
    path.write_bytes(raw)
    with pytest.raises(BackupError):
        open_backup(path, BACKUP_PASSPHRASE, tmp_path).close()


def test_sealed_random_records_end_to_end(tmp_path: Path) -> None:
    @settings(max_examples=40, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(record_streams())
    def check(plaintext: bytes) -> None:
        path = tmp_path / "sealed.npdbackup"
        encrypt_as_backup(path, plaintext)
        with contextlib.suppress(BackupError):
            open_backup(path, BACKUP_PASSPHRASE, tmp_path).close()

    check()
