"""Encrypted attachment files: `blobs/xx/<id>.ctb`, one STREAM-encrypted file per attachment.

Format "NPDBLOB" v1 (security-design.md §4.2):
    header (48 B) = b"NPDBLOB\\0" | version u8 = 1 | alg u8 = 1 (ChaCha20-Poly1305) | log2(chunk) u8 = 16
                    | 5 zero bytes | salt (32 random bytes)
    file key      = HKDF-SHA256(attachment master key, salt, info = "npdrights attachment v1 " + id)
    body          = STREAM chunks (stream.py), each with the header as associated data

Binding the id into the key means a file copied onto another attachment fails to decrypt. The database row
pins the SHA-256 of the whole file, so putting back an older, valid version of the same file is caught too.

Files are immutable: written once (temp file, fsync, rename, fsync the folder) and never overwritten. The
read path decrypts into memory only; there is never a plaintext temp file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from npdrights.storage.atomic import TEMP_PREFIX, atomic_replacement, fsync_dir
from npdrights.storage.errors import AttachmentDamaged, AttachmentMissing, AttachmentTooLarge
from npdrights.storage.keyslots import hkdf
from npdrights.storage.stream import CHUNK_LOG2, StreamError, StreamWriter, decrypt_chunks

BLOB_DIR = "blobs"
SUFFIX = ".ctb"
MAGIC = b"NPDBLOB\x00"
VERSION = 1
ALG_CHACHA20_POLY1305 = 1
SALT_BYTES = 32
_HEADER = struct.Struct("!8sBBB5x32s")
HEADER_BYTES = _HEADER.size  # 48

# 50 MiB a file: a long scanned reply at 300 dpi is a few MB; a phone video is not an attachment.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

BLOB_ID = re.compile(r"^[0-9a-f]{32}$")


def is_blob_id(value: str) -> bool:
    return BLOB_ID.fullmatch(value) is not None


@dataclass(frozen=True)
class WrittenBlob:
    size: int  # plaintext bytes
    ciphertext_sha256: str


class _HashingWriter:
    """Writes through to a file while hashing, so the digest is of exactly the bytes on disk."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()

    def write(self, data: bytes, /) -> int:
        self.digest.update(data)
        return self.handle.write(data)


class _HashingReader:
    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int, /) -> bytes:
        data = self.handle.read(size)
        self.digest.update(data)
        return data


class BlobStore:
    """The `blobs/` folder of one vault, with the vault's attachment master key."""

    def __init__(self, data_dir: Path, master_key: bytes) -> None:
        self.root = data_dir / BLOB_DIR
        self._master = master_key

    def path_for(self, blob_id: str) -> Path:
        if not is_blob_id(blob_id):
            raise ValueError("an attachment id is 32 lowercase hex digits")  # ids are ours, never user input
        return self.root / blob_id[:2] / f"{blob_id}{SUFFIX}"

    def exists(self, blob_id: str) -> bool:
        return self.path_for(blob_id).exists()

    def _file_key(self, blob_id: str, salt: bytes) -> bytes:
        return hkdf(self._master, b"npdrights attachment v1 " + blob_id.encode("ascii"), salt=salt)

    # -- writing --------------------------------------------------------------------------------

    def write(self, blob_id: str, chunks: Iterable[bytes], *, limit: int = MAX_ATTACHMENT_BYTES) -> WrittenBlob:
        """Encrypt `chunks` into the file for `blob_id`. Durable when this returns; insert the row after.

        Raises AttachmentTooLarge (leaving nothing behind) once more than `limit` bytes arrive.
        """
        final = self.path_for(blob_id)
        if final.exists():
            raise FileExistsError(f"attachment file {blob_id} already exists")  # ids are fresh: a bug if hit
        folder = final.parent
        new_folder = not folder.exists()
        self.root.mkdir(mode=0o700, exist_ok=True)  # each level private: `parents=True` would not make it so
        folder.mkdir(mode=0o700, exist_ok=True)
        salt = os.urandom(SALT_BYTES)
        header = _HEADER.pack(MAGIC, VERSION, ALG_CHACHA20_POLY1305, CHUNK_LOG2, salt)
        with atomic_replacement(final) as handle:
            out = _HashingWriter(handle)
            out.write(header)
            writer = StreamWriter(out, self._file_key(blob_id, salt), header)
            for chunk in chunks:
                if writer.plaintext_bytes + len(chunk) > limit:
                    raise AttachmentTooLarge(limit)
                writer.write(chunk)
            writer.close()
        if new_folder:
            fsync_dir(folder.parent)
        return WrittenBlob(writer.plaintext_bytes, out.digest.hexdigest())

    # -- reading --------------------------------------------------------------------------------

    def read(self, blob_id: str, ciphertext_sha256: str | None, size: int | None = None) -> Iterator[bytes]:
        """Yield the plaintext in chunks as they authenticate.

        Raises AttachmentMissing, or AttachmentDamaged for any damage, a file from another attachment, or an
        older version of this one (checked against `ciphertext_sha256` at the end). As chunks are yielded
        before the end is checked, a caller that gets an error must discard what it already received.
        """
        try:
            handle = open(self.path_for(blob_id), "rb")  # noqa: SIM115 - closed in the finally below
        except FileNotFoundError:
            raise AttachmentMissing() from None
        try:
            source = _HashingReader(handle)
            header = source.read(HEADER_BYTES)
            if len(header) != HEADER_BYTES:
                raise AttachmentDamaged()
            magic, version, alg, chunk_log2, salt = _HEADER.unpack(header)
            if (magic, version, alg, chunk_log2) != (MAGIC, VERSION, ALG_CHACHA20_POLY1305, CHUNK_LOG2):
                raise AttachmentDamaged()
            total = 0
            try:
                for plaintext in decrypt_chunks(source, self._file_key(blob_id, salt), header):
                    total += len(plaintext)
                    yield plaintext
            except StreamError:
                raise AttachmentDamaged() from None
            if ciphertext_sha256 is not None and source.digest.hexdigest() != ciphertext_sha256:
                raise AttachmentDamaged(
                    "This attachment's file has been replaced by an older or different copy, so it was not used. "
                    "If you have a backup file, restore it to get the right version back."
                )
            if size is not None and total != size:
                raise AttachmentDamaged()
        finally:
            handle.close()

    def read_bytes(self, blob_id: str, ciphertext_sha256: str | None, size: int | None = None) -> bytes:
        """The whole plaintext in memory, only once all of it has authenticated."""
        return b"".join(self.read(blob_id, ciphertext_sha256, size))

    def file_sha256(self, blob_id: str) -> str:
        """The digest a row pins: of the whole file as it is on disk."""
        digest = hashlib.sha256()
        with open(self.path_for(blob_id), "rb") as handle:
            while block := handle.read(1024 * 1024):
                digest.update(block)
        return digest.hexdigest()

    # -- removing -------------------------------------------------------------------------------

    def delete(self, blob_id: str) -> None:
        path = self.path_for(blob_id)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            fsync_dir(path.parent)

    def ids_on_disk(self) -> set[str]:
        if not self.root.is_dir():
            return set()
        found = set()
        for path in self.root.glob(f"??/*{SUFFIX}"):
            blob_id = path.name.removesuffix(SUFFIX)
            if is_blob_id(blob_id) and path.parent.name == blob_id[:2]:
                found.add(blob_id)
        return found

    def sweep(self, keep: set[str]) -> int:
        """Delete every blob not in `keep`, and temp files left by a crash mid-write. Returns how many went."""
        removed = 0
        for blob_id in self.ids_on_disk() - keep:
            self.delete(blob_id)
            removed += 1
        if self.root.is_dir():
            for leftover in self.root.glob(f"??/{TEMP_PREFIX}*"):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
                    removed += 1
        return removed
