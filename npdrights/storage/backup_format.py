"""The `.npdbackup` file: an outer header, then one STREAM-encrypted record stream (security-design.md §5.4).

    magic       10 bytes  b"NPDBACKUP\\0"
    version     u8        1
    header_len  u16 BE    at most 4 KiB
    header      JSON      {"kdf": {"alg": "argon2id", "t": 3, "m_kib": 65536, "p": 4},
                           "salt": base64 of 16 bytes, "cipher": "chacha20-poly1305", "chunk": 65536}
    body        STREAM chunks (stream.py); every chunk's associated data is the whole outer header

    key = HKDF-SHA256(Argon2id(NFC(passphrase), salt, kdf), info = "npdrights backup v1 " + SHA-256(header))

Changing any header byte (the KDF settings included) changes the key, so the first chunk fails. The KDF
settings are checked against fixed bounds before Argon2 runs, so a hostile file can't ask for 32 GiB.

The plaintext is a sequence of records, each `type u8 | name_len u16 | name | data_len u64 | data`:
    'M' manifest JSON (first)   'R' one table row as JSON, name = table   'A' attachment bytes, name = its id
    'E' end JSON (last; nothing may follow it)
Rows come grouped by table in TABLE_ORDER, then the attachments, each after the row that describes it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from npdrights.core.shallow_json import loads_shallow
from npdrights.storage import keyslots
from npdrights.storage.errors import BackupDamaged, BackupFromNewerVersion, BackupRejected, NotABackup
from npdrights.storage.keyslots import KdfParams, hkdf
from npdrights.storage.stream import CHUNK, Readable, StreamWriter, read_exactly

MAGIC = b"NPDBACKUP\x00"
VERSION = 1
SALT_BYTES = 16
FILE_SUFFIX = ".npdbackup"
FORMAT_NAME = "npdrights-backup"
CIPHER = "chacha20-poly1305"

MAX_HEADER_BYTES = 4096
MAX_MANIFEST_BYTES = 64 * 1024
MAX_END_BYTES = 1024
MAX_NAME_BYTES = 64
MAX_RECORDS = 10_000_000
MAX_BACKUP_BYTES = 64 * 1024**3  # plaintext; far above any real vault, low enough to stop a runaway file

RECORD_MANIFEST = ord("M")
RECORD_ROW = ord("R")
RECORD_ATTACHMENT = ord("A")
RECORD_END = ord("E")

_PREFIX = struct.Struct("!10sBH")
_RECORD_HEAD = struct.Struct("!BH")
_LENGTH = struct.Struct("!Q")


# -- the outer header -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OuterHeader:
    kdf: KdfParams
    salt: bytes
    raw: bytes  # exactly as in the file: the associated data of every chunk

    @classmethod
    def new(cls, kdf: KdfParams) -> OuterHeader:
        document = {
            "cipher": CIPHER,
            "chunk": CHUNK,
            "kdf": kdf.as_json(),
            "salt": base64.b64encode(os.urandom(SALT_BYTES)).decode("ascii"),
        }
        body = json.dumps(document, sort_keys=True, separators=(",", ":")).encode()
        return cls.parse_body(_PREFIX.pack(MAGIC, VERSION, len(body)) + body)

    @classmethod
    def read_from(cls, source: Readable) -> OuterHeader:
        prefix = read_exactly(source, _PREFIX.size)
        if len(prefix) < _PREFIX.size or not prefix.startswith(MAGIC):
            raise NotABackup()
        _magic, version, length = _PREFIX.unpack(prefix)
        if version > VERSION:
            raise BackupFromNewerVersion()
        if version != VERSION or not 0 < length <= MAX_HEADER_BYTES:
            raise BackupDamaged()
        body = read_exactly(source, length)
        if len(body) != length:
            raise BackupDamaged()
        return cls.parse_body(prefix + body)

    @classmethod
    def parse_body(cls, raw: bytes) -> OuterHeader:
        """Strict: exactly the expected keys and values, or the file is damaged (or hostile)."""
        try:
            document = loads_shallow(raw[_PREFIX.size :])
        except ValueError:
            raise BackupDamaged() from None
        if not isinstance(document, dict) or set(document) != {"cipher", "chunk", "kdf", "salt"}:
            raise BackupDamaged()
        if document["cipher"] != CIPHER or document["chunk"] != CHUNK:
            raise BackupDamaged()
        kdf = _bounded_kdf(document["kdf"])
        salt = _unb64(document["salt"])
        if len(salt) != SALT_BYTES:
            raise BackupDamaged()
        return cls(kdf, salt, raw)

    def derive_key(self, passphrase: str) -> bytes:
        """The slow step: Argon2id at the file's settings (already bounded), the same stretch as a key slot's, then
        bound to this header."""
        stretched = keyslots.derive_passphrase_kek(passphrase, self.salt, self.kdf)
        return hkdf(stretched, b"npdrights backup v1 " + hashlib.sha256(self.raw).digest())


class KdfOutOfRange(BackupDamaged):
    default_message = (
        "This backup file asks for key-derivation settings far outside the normal range, so it was not tried: "
        "it is damaged, or was made to tie up your computer. Nothing in your vault has been changed."
    )


def _bounded_kdf(value: object) -> KdfParams:
    if not isinstance(value, dict) or set(value) != {"alg", "t", "m_kib", "p"} or value["alg"] != "argon2id":
        raise BackupDamaged()
    numbers = [value["t"], value["m_kib"], value["p"]]
    if any(type(number) is not int for number in numbers):
        raise BackupDamaged()
    params = KdfParams(t=value["t"], m_kib=value["m_kib"], p=value["p"])
    if params.t not in KdfParams.T_RANGE or params.m_kib not in KdfParams.M_RANGE or params.p not in KdfParams.P_RANGE:
        raise KdfOutOfRange()
    return params


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise BackupDamaged()
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise BackupDamaged() from None


# -- the manifest -----------------------------------------------------------------------------------------

SCOPES = ("vault", "case", "household")


@dataclass(frozen=True)
class Manifest:
    schema: int
    app: str
    created: datetime
    scope: str  # "vault", "case" or "household"
    scope_id: str | None
    counts: dict[str, int]
    attachment_bytes: int

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT_NAME,
            "schema": self.schema,
            "app": self.app,
            "created": self.created.isoformat(timespec="seconds"),
            "scope": {"kind": self.scope, "id": self.scope_id},
            "counts": self.counts,
            "attachment_bytes": self.attachment_bytes,
        }
        return json.dumps(document, sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def parse(cls, raw: bytes, tables: tuple[str, ...], current_schema: int) -> Manifest:
        document = load_json_object(raw, "the manifest")
        expected = {"format", "schema", "app", "created", "scope", "counts", "attachment_bytes"}
        if set(document) != expected or document["format"] != FORMAT_NAME:
            raise BackupRejected("its manifest is not in the expected form")
        schema = document["schema"]
        if type(schema) is not int:
            raise BackupRejected("its manifest has no valid layout version")
        if schema > current_schema:
            raise BackupFromNewerVersion()
        if schema != current_schema:
            raise BackupRejected(f"it uses layout version {schema}, which this version of npdrights can't read")
        scope = document["scope"]
        if not isinstance(scope, dict) or set(scope) != {"kind", "id"} or scope["kind"] not in SCOPES:
            raise BackupRejected("its manifest doesn't say what it holds")
        scope_id = scope["id"]
        if (scope["kind"] == "vault") != (scope_id is None) or not (scope_id is None or _short_text(scope_id)):
            raise BackupRejected("its manifest doesn't say what it holds")
        counts = document["counts"]
        if not isinstance(counts, dict) or set(counts) != set(tables):
            raise BackupRejected("its manifest doesn't list the right tables")
        if not all(_count(value) for value in counts.values()) or not _count(document["attachment_bytes"]):
            raise BackupRejected("its manifest has impossible counts")
        app, created = document["app"], document["created"]
        if not _short_text(app) or not isinstance(created, str):
            raise BackupRejected("its manifest is not in the expected form")
        try:
            when = datetime.fromisoformat(created)
        except ValueError:
            raise BackupRejected("its manifest has no valid date") from None
        return cls(schema, app, when, scope["kind"], scope_id, dict(counts), document["attachment_bytes"])


def _count(value: object) -> bool:
    return type(value) is int and 0 <= value <= MAX_BACKUP_BYTES


def _short_text(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 128


def load_json_object(raw: bytes, what: str) -> dict[str, Any]:
    """Parse JSON from the file. Deep nesting (refused before parsing), bad UTF-8 or a non-object are the file's
    fault, not ours."""
    try:
        document = loads_shallow(raw)
    except ValueError:
        raise BackupRejected(f"{what} is not valid JSON") from None
    if not isinstance(document, dict):
        raise BackupRejected(f"{what} is not a JSON object")
    return document


# -- records ----------------------------------------------------------------------------------------------


class RecordWriter:
    """Frames records into an encrypting stream."""

    def __init__(self, stream: StreamWriter) -> None:
        self.stream = stream
        self.records = 0

    def begin(self, record_type: int, name: str, length: int) -> None:
        encoded = name.encode("utf-8")
        self.stream.write(_RECORD_HEAD.pack(record_type, len(encoded)) + encoded + _LENGTH.pack(length))
        self.records += 1

    def record(self, record_type: int, name: str, data: bytes) -> None:
        self.begin(record_type, name, len(data))
        self.stream.write(data)


@dataclass(frozen=True)
class RecordHead:
    type: int
    name: str
    length: int


class RecordReader:
    """Reads records from a chunk iterator without ever holding more than one chunk plus one small field.

    Every length comes from the file, so each is checked against what the caller allows before it is used.
    """

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""
        self._offset = 0
        self.records = 0

    def _fill(self) -> bool:
        for chunk in self._chunks:
            if chunk:
                self._buffer, self._offset = chunk, 0
                return True
        return False

    def read(self, size: int) -> bytes:
        parts: list[bytes] = []
        wanted = size
        while wanted:
            if self._offset >= len(self._buffer) and not self._fill():
                raise BackupRejected("it ends in the middle of a record")
            piece = self._buffer[self._offset : self._offset + wanted]
            self._offset += len(piece)
            wanted -= len(piece)
            parts.append(piece)
        return b"".join(parts)

    def stream(self, size: int) -> Iterator[bytes]:
        """Exactly `size` bytes, in pieces of at most one chunk."""
        wanted = size
        while wanted:
            if self._offset >= len(self._buffer) and not self._fill():
                raise BackupRejected("it ends in the middle of an attachment")
            piece = self._buffer[self._offset : self._offset + wanted]
            self._offset += len(piece)
            wanted -= len(piece)
            yield piece

    def next_head(self) -> RecordHead:
        if self.records >= MAX_RECORDS:
            raise BackupRejected("it has too many records")
        record_type, name_length = _RECORD_HEAD.unpack(self.read(_RECORD_HEAD.size))
        if name_length > MAX_NAME_BYTES:
            raise BackupRejected("a record name is too long")
        try:
            name = self.read(name_length).decode("utf-8")
        except UnicodeDecodeError:
            raise BackupRejected("a record name is not text") from None
        (length,) = _LENGTH.unpack(self.read(_LENGTH.size))
        self.records += 1
        return RecordHead(record_type, name, length)

    def at_end(self) -> bool:
        return self._offset >= len(self._buffer) and not self._fill()
