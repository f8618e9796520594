"""The attachment file format (security-design.md §4.2): round trips, and every kind of damage is refused."""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

import pytest

from npdrights.storage.blobs import HEADER_BYTES, MAX_ATTACHMENT_BYTES, BlobStore
from npdrights.storage.errors import AttachmentDamaged, AttachmentError, AttachmentMissing, AttachmentTooLarge
from npdrights.storage.stream import CHUNK, SEALED_CHUNK

MASTER = bytes(range(32))
BLOB_A = "0a" * 16
BLOB_B = "0b" * 16


@pytest.fixture
def store(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path, MASTER)


def _content(size: int) -> bytes:
    # A recognisable, non-repeating pattern, so a chunk swapped or dropped would change the bytes.
    # Packed in one call rather than a Python loop: the same bytes, and the 10 MiB case builds 30 times faster.
    count = size // 4 + 1
    return struct.pack(f">{count}I", *range(count))[:size]


@pytest.mark.parametrize(
    "size",
    [0, 1, CHUNK, 3 * CHUNK, 10 * 1024 * 1024 + 17],
    ids=["empty", "one-byte", "one-chunk", "three-chunks", "10MiB+17"],
)
def test_round_trip(store: BlobStore, size: int) -> None:
    data = _content(size)
    written = store.write(BLOB_A, [data[i : i + 100_000] for i in range(0, max(size, 1), 100_000)])
    assert written.size == size
    assert store.read_bytes(BLOB_A, written.ciphertext_sha256, size) == data
    on_disk = store.path_for(BLOB_A).read_bytes()
    assert len(on_disk) == HEADER_BYTES + size + 16 * max(1, -(-size // CHUNK))
    assert store.path_for(BLOB_A).parent.name == BLOB_A[:2]


def test_no_plaintext_in_the_file(store: BlobStore) -> None:
    secret = b"Zebedee Fictionalson UPN B801200005001 " * 1000
    store.write(BLOB_A, [secret])
    raw = store.path_for(BLOB_A).read_bytes()
    assert b"Zebedee" not in raw
    assert b"B801200005001" not in raw


def _written(store: BlobStore, size: int = 3 * CHUNK + 100) -> tuple[bytes, Path]:
    store.write(BLOB_A, [_content(size)])
    path = store.path_for(BLOB_A)
    return path.read_bytes(), path


def _flip(data: bytes, offset: int) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= 0x40
    return bytes(changed)


def _swap_first_two_chunks(data: bytes) -> bytes:
    body = data[HEADER_BYTES:]
    first, second = body[:SEALED_CHUNK], body[SEALED_CHUNK : 2 * SEALED_CHUNK]
    return data[:HEADER_BYTES] + second + first + body[2 * SEALED_CHUNK :]


TAMPERING = {
    "flip-body": lambda data: _flip(data, HEADER_BYTES + 1000),
    "flip-header-salt": lambda data: _flip(data, 20),
    "flip-header-magic": lambda data: _flip(data, 0),
    "flip-last-tag": lambda data: _flip(data, len(data) - 1),
    "truncate-mid-chunk": lambda data: data[: HEADER_BYTES + SEALED_CHUNK + 500],
    "truncate-into-header": lambda data: data[:30],
    "append-bytes": lambda data: data + b"\x00" * 20,
    "swap-chunks": _swap_first_two_chunks,
}


@pytest.mark.parametrize("tamper", list(TAMPERING), ids=list(TAMPERING))
def test_tampering_is_refused_even_without_the_pinned_digest(store: BlobStore, tamper: str) -> None:
    data, path = _written(store)
    path.write_bytes(TAMPERING[tamper](data))
    with pytest.raises(AttachmentDamaged):
        store.read_bytes(BLOB_A, None)


def test_dropping_the_final_chunk_on_a_chunk_boundary_is_refused(store: BlobStore) -> None:
    data, path = _written(store, size=3 * CHUNK)  # the file ends exactly on a chunk boundary
    path.write_bytes(data[: HEADER_BYTES + 2 * SEALED_CHUNK])
    with pytest.raises(AttachmentDamaged):
        store.read_bytes(BLOB_A, None)


def test_wrong_key_is_refused(store: BlobStore, tmp_path: Path) -> None:
    _written(store)
    other = BlobStore(tmp_path, bytes(32))
    with pytest.raises(AttachmentDamaged):
        other.read_bytes(BLOB_A, None)


def test_a_file_moved_to_another_attachment_is_refused(store: BlobStore) -> None:
    _data, path = _written(store)
    target = store.path_for(BLOB_B)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)
    with pytest.raises(AttachmentDamaged):
        store.read_bytes(BLOB_B, None)


def test_an_older_valid_version_is_refused_by_the_pinned_digest(store: BlobStore, tmp_path: Path) -> None:
    older = store.write(BLOB_A, [b"the first scan"])
    kept = tmp_path / "older.ctb"
    shutil.copyfile(store.path_for(BLOB_A), kept)
    store.delete(BLOB_A)
    newer = store.write(BLOB_A, [b"the second, corrected scan"])
    os.replace(kept, store.path_for(BLOB_A))  # someone puts the old file back
    assert store.read_bytes(BLOB_A, older.ciphertext_sha256) == b"the first scan"  # valid on its own...
    with pytest.raises(AttachmentDamaged) as caught:
        store.read_bytes(BLOB_A, newer.ciphertext_sha256)  # ...but not the one the row pins
    assert "older or different copy" in caught.value.message


def test_missing_file(store: BlobStore) -> None:
    with pytest.raises(AttachmentMissing) as caught:
        store.read_bytes(BLOB_A, None)
    assert isinstance(caught.value, AttachmentError)


def test_size_cap_leaves_nothing_behind(store: BlobStore) -> None:
    big = b"x" * (1024 * 1024)
    with pytest.raises(AttachmentTooLarge) as caught:
        store.write(BLOB_A, (big for _ in range(MAX_ATTACHMENT_BYTES // len(big) + 1)))
    assert "50 MB" in caught.value.message
    assert not store.path_for(BLOB_A).exists()
    assert list(store.root.rglob("*.*")) == []


def test_files_are_never_overwritten(store: BlobStore) -> None:
    store.write(BLOB_A, [b"one"])
    with pytest.raises(FileExistsError):
        store.write(BLOB_A, [b"two"])


def test_sweep_keeps_what_is_asked_and_removes_temp_files(store: BlobStore) -> None:
    store.write(BLOB_A, [b"kept"])
    store.write(BLOB_B, [b"orphan"])
    leftover = store.path_for(BLOB_A).parent / ".tmp-crashed"
    leftover.write_bytes(b"half")
    assert store.sweep({BLOB_A}) == 2
    assert store.ids_on_disk() == {BLOB_A}
    assert not leftover.exists()
