"""Reading a `.npdbackup` file back: check it, then merge it into a vault or restore it as a new one.

Two passes, and nothing is parsed before the whole file has authenticated (security-design.md §5.5):
1. The file is read once, start to end. Every chunk is authenticated; the plaintext goes straight into an
   encrypted copy in `staging/`, under a random key that exists only in memory for this import. A wrong
   passphrase, a flipped byte, a cut or appended bytes stop it here, before anything has been parsed.
2. Only then is the staged copy read back and put through the strict parser (backup_tables.py). Checking a
   backup stops here. Importing parses it again from the staged copy, writing as it goes, in one
   transaction: the attachment files first, then the commit, so either all of it is in or none of it is.

Why stage a copy instead of reading the file twice: the user's file is read exactly once, so a file on a
USB stick that is pulled out, or is being overwritten, can't hand the parser something other than what was
authenticated. Why encrypted: the copy is on the same disk as the vault and must not leave plaintext
behind if the computer dies mid-import; with its key gone, what is left is noise, swept at the next unlock.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import apsw

from npdrights.core.dates import long_datetime
from npdrights.storage import generation, schema
from npdrights.storage.backup_format import (
    MAX_BACKUP_BYTES,
    MAX_END_BYTES,
    MAX_MANIFEST_BYTES,
    RECORD_ATTACHMENT,
    RECORD_END,
    RECORD_MANIFEST,
    RECORD_ROW,
    Manifest,
    OuterHeader,
    RecordReader,
    load_json_object,
)
from npdrights.storage.backup_tables import (
    BY_NAME,
    LAYOUT_VERSION,
    MAX_ROW_BYTES,
    MAX_ROWS,
    TABLE_NAMES,
    Row,
    Table,
    decode_row,
)
from npdrights.storage.blobs import BlobStore
from npdrights.storage.database import Database, connect
from npdrights.storage.errors import (
    AttachmentError,
    BackupDamaged,
    BackupFileError,
    BackupRejected,
    Cancelled,
    NotABackup,
    WrongBackupPassphrase,
)
from npdrights.storage.progress import Progress, ShouldStop, never_stop, no_progress, os_reason
from npdrights.storage.staging import new_staging_file, new_staging_folder
from npdrights.storage.stream import KEY_BYTES, StreamError, StreamWriter, decrypt_chunks
from npdrights.storage.vault import Vault

STAGING_AAD = b"npdrights import staging v1"
_CASE_LINKED = ("events", "letters", "attachments")


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, once it has been checked end to end."""

    manifest: Manifest
    cases: tuple[tuple[str, str], ...]  # (case id, the case's reference), in the file's order

    @property
    def counts(self) -> dict[str, int]:
        return self.manifest.counts

    def describe(self) -> str:
        """In plain words, e.g. "4 cases (2 people), 8 events, 3 attachments (1.2 MB), made on ..."."""
        what = {"vault": "everything in a vault", "case": "one case", "household": "one household"}
        counts = self.counts
        return (
            f"It holds {what[self.manifest.scope]}: {_plural(counts['cases'], 'case')} "
            f"about {_plural(counts['people'], 'person', 'people')}, {_plural(counts['events'], 'event')}, "
            f"{_plural(counts['letters'], 'letter')} and {_plural(counts['attachments'], 'attachment')} "
            f"({_megabytes(self.manifest.attachment_bytes)}). It was made on {long_datetime(self.manifest.created)}."
        )


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLE_NAMES, 0))
    # Cases already in the vault (same id): left exactly as they were, with their events and attachments.
    duplicate_cases: list[tuple[str, str]] = field(default_factory=list)
    # People, households, organisations or settings with the same id but other details: the vault's kept.
    kept_existing: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLE_NAMES, 0))

    def describe(self) -> str:
        lines = [
            f"Added {_plural(self.added['cases'], 'case')}, {_plural(self.added['events'], 'event')}, "
            f"{_plural(self.added['letters'], 'letter')} and {_plural(self.added['attachments'], 'attachment')}."
        ]
        if self.duplicate_cases:
            references = ", ".join(reference for _id, reference in self.duplicate_cases)
            lines.append(
                f"{_plural(len(self.duplicate_cases), 'case')} from the backup "
                f"{'was' if len(self.duplicate_cases) == 1 else 'were'} already in this vault and "
                f"{'was' if len(self.duplicate_cases) == 1 else 'were'} left as "
                f"{'it was' if len(self.duplicate_cases) == 1 else 'they were'}: {references}."
            )
        kept = sum(self.kept_existing[name] for name in ("households", "people", "organisations"))
        if kept:
            lines.append(
                f"{_plural(kept, 'person, household or organisation', 'people, households or organisations')} "
                "already in this vault had different details in the backup; your vault's details were kept."
            )
        return " ".join(lines)


# -- pass 2: the strict parser ----------------------------------------------------------------------------


class Sink(Protocol):
    def row(self, table: Table, row: Row) -> None: ...

    def attachment(self, attachment_id: str, size: int, pieces: Iterator[bytes]) -> None:
        """May read all, some or none of `pieces`; the parser skips what is left."""


class CheckOnly:
    def row(self, table: Table, row: Row) -> None:
        return None

    def attachment(self, attachment_id: str, size: int, pieces: Iterator[bytes]) -> None:
        return None


def _references_resolve(table: Table, row: Row, keys: dict[str, set[str]]) -> None:
    """Every row refers only to rows earlier in the same file, so a restore never has a dangling link."""
    if table.name == "people":
        missing = row["household_id"] is not None and row["household_id"] not in keys["households"]
    elif table.name == "cases":
        missing = row["person_id"] not in keys["people"]
    elif table.name in _CASE_LINKED:
        missing = row["case_id"] not in keys["cases"]
    else:
        missing = False
    if missing:
        raise BackupRejected(f"one of its {table.name} refers to something the file doesn't hold")


def parse_backup(chunks: Iterator[bytes], sink: Sink) -> BackupSummary:
    """Read the record stream strictly, handing each checked row and attachment to `sink`.

    Raises BackupRejected (or BackupFromNewerVersion) for anything outside the format; `sink` may raise too.
    """
    reader = RecordReader(chunks)
    head = reader.next_head()
    if head.type != RECORD_MANIFEST or head.name or head.length > MAX_MANIFEST_BYTES:
        raise BackupRejected("it doesn't start with its manifest")
    manifest = Manifest.parse(reader.read(head.length), TABLE_NAMES, LAYOUT_VERSION)
    for name, count in manifest.counts.items():
        if count > MAX_ROWS[name]:  # no more can follow: a row beyond the manifest's count is refused below
            raise BackupRejected(f"it holds {count:,} {name}, and the most npdrights takes is {MAX_ROWS[name]:,}")
    seen = dict.fromkeys(TABLE_NAMES, 0)
    keys: dict[str, set[str]] = {name: set() for name in TABLE_NAMES}
    waiting: dict[str, int] = {}  # attachment id -> size, listed but whose bytes haven't come yet
    cases: list[tuple[str, str]] = []
    table_position = 0
    attachment_bytes = 0
    in_attachments = False
    while True:
        head = reader.next_head()
        if head.type == RECORD_ROW:
            table = BY_NAME.get(head.name)
            if table is None:
                raise BackupRejected("it has a table npdrights doesn't know")
            position = TABLE_NAMES.index(table.name)
            if in_attachments or position < table_position:
                raise BackupRejected("its parts are out of order")
            table_position = position
            if head.length > MAX_ROW_BYTES:
                raise BackupRejected(f"a row of {table.name} is too large")
            row = decode_row(table, reader.read(head.length))
            seen[table.name] += 1
            if seen[table.name] > manifest.counts[table.name]:
                raise BackupRejected(f"it holds more {table.name} than its manifest says")
            key = row[table.key]
            if key in keys[table.name]:
                raise BackupRejected(f"it lists one of its {table.name} twice")
            _references_resolve(table, row, keys)
            keys[table.name].add(key)
            if table.name == "attachments":
                waiting[key] = row["size"]
            elif table.name == "cases":
                cases.append((key, json.loads(row["data"])["reference"]))
            sink.row(table, row)
        elif head.type == RECORD_ATTACHMENT:
            in_attachments = True
            size = waiting.pop(head.name, None)
            if size is None:
                raise BackupRejected("it has an attachment with no entry, or the same attachment twice")
            if head.length != size:
                raise BackupRejected("an attachment is not the size its entry says")
            attachment_bytes += size
            pieces = reader.stream(size)
            sink.attachment(head.name, size, pieces)
            for _left_over in pieces:
                pass
        elif head.type == RECORD_END:
            if head.name or head.length > MAX_END_BYTES:
                raise BackupRejected("its end marker is not in the expected form")
            end = load_json_object(reader.read(head.length), "its end marker")
            if end != {"records": reader.records}:
                raise BackupRejected("its count of records doesn't add up")
            if waiting or seen != manifest.counts or attachment_bytes != manifest.attachment_bytes:
                raise BackupRejected("it holds less than its manifest says")
            if not reader.at_end():
                raise BackupRejected("there is data after its end marker")
            return BackupSummary(manifest, tuple(cases))
        else:
            raise BackupRejected("it has a part of an unknown kind")


# -- pass 1: authenticate everything into an encrypted staging copy ---------------------------------------


class _CountingReader:
    def __init__(self, handle: Any, on_read: Callable[[int], None]) -> None:
        self.handle = handle
        self.on_read = on_read

    def read(self, size: int, /) -> bytes:
        data: bytes = self.handle.read(size)
        self.on_read(len(data))
        return data


class StagedBackup:
    """A backup that authenticated completely and passed the strict parser, staged encrypted in staging/.

    Use as a context manager (or call `close()`): the staged copy is deleted and its key forgotten.
    """

    def __init__(self, path: Path, key: bytes, summary: BackupSummary | None = None) -> None:
        self.path = path
        self._key = key
        self._summary = summary

    @property
    def summary(self) -> BackupSummary:
        assert self._summary is not None
        return self._summary

    def chunks(self, on_read: Callable[[int], None] = lambda _n: None) -> Iterator[bytes]:
        with open(self.path, "rb") as handle:
            try:
                yield from decrypt_chunks(_CountingReader(handle, on_read), self._key, STAGING_AAD)
            except StreamError:
                # Our own copy changed under us: the disk is failing, or something is tampering with it.
                raise BackupDamaged() from None

    def close(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        self._key = b""

    def __enter__(self) -> StagedBackup:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_backup(
    source: Path,
    passphrase: str,
    data_dir: Path,
    *,
    progress: Progress = no_progress,
    should_stop: ShouldStop = never_stop,
) -> StagedBackup:
    """Authenticate all of `source` into staging, then check it strictly. Raises a BackupError subclass
    (WrongBackupPassphrase, BackupDamaged, BackupRejected, NotABackup, BackupFromNewerVersion, ...) or
    Cancelled; nothing is left in staging then."""
    if source.exists() and not source.is_file():  # a folder, or a pipe that would keep us waiting for ever
        raise NotABackup()
    try:
        handle = open(source, "rb")  # noqa: SIM115 - closed below, after the first pass
        total = os.fstat(handle.fileno()).st_size
    except OSError as error:
        raise BackupFileError(f"open {source.name}", os_reason(error)) from None
    done = 0

    def count(size: int) -> None:
        nonlocal done
        done += size
        if should_stop():
            raise Cancelled()
        progress(done, 2 * total)

    staged = StagedBackup(new_staging_file(data_dir, "import"), os.urandom(KEY_BYTES))
    try:
        with handle:
            header = OuterHeader.read_from(handle)
            key = header.derive_key(passphrase)
            _authenticate_into(staged, _CountingReader(handle, count), key, header.raw)
        staged._summary = parse_backup(staged.chunks(count), CheckOnly())
    except OSError as error:
        staged.close()
        raise BackupFileError(f"read {source.name}", os_reason(error)) from None
    except BaseException:
        staged.close()
        raise
    progress(2 * total, 2 * total)
    return staged


def _authenticate_into(staged: StagedBackup, source: _CountingReader, key: bytes, header: bytes) -> None:
    plaintext_bytes = 0
    with open(staged.path, "wb") as out:
        writer = StreamWriter(out, staged._key, STAGING_AAD)
        try:
            for plaintext in decrypt_chunks(source, key, header):
                plaintext_bytes += len(plaintext)
                if plaintext_bytes > MAX_BACKUP_BYTES:
                    raise BackupRejected("it is larger than any backup npdrights makes")
                writer.write(plaintext)
        except StreamError as error:
            # The first chunk is where a wrong passphrase shows; later ones mean the file was damaged.
            raise (WrongBackupPassphrase() if error.chunk == 0 else BackupDamaged()) from None
        writer.close()


def verify_backup(
    source: Path,
    passphrase: str,
    data_dir: Path,
    *,
    progress: Progress = no_progress,
    should_stop: ShouldStop = never_stop,
) -> BackupSummary:
    """ "Check this backup": read it end to end exactly as an import would, and import nothing."""
    with open_backup(source, passphrase, data_dir, progress=progress, should_stop=should_stop) as staged:
        return staged.summary


# -- writing into a vault ---------------------------------------------------------------------------------


class _VaultWriter:
    """Pass 2 of an import: inserts rows and writes attachment files, inside the caller's transaction."""

    def __init__(self, database: Database, blobs: BlobStore, should_stop: ShouldStop) -> None:
        self.db = database
        self.blobs = blobs
        self.should_stop = should_stop
        self.report = ImportReport()
        self.new_files: list[str] = []
        self._skipped_cases: set[str] = set()
        self._skipped_attachments: set[str] = set()

    def _existing(self, table: Table, key: str) -> Row | None:
        columns = ", ".join(table.column_names)
        rows = self.db.query(f"SELECT {columns} FROM {table.name} WHERE {table.key}=?", (key,))
        return dict(zip(table.column_names, rows[0], strict=True)) if rows else None

    def row(self, table: Table, row: Row) -> None:
        if self.should_stop():
            raise Cancelled()
        if table.name in _CASE_LINKED and row["case_id"] in self._skipped_cases:
            if table.name == "attachments":
                self._skipped_attachments.add(row["id"])
            return
        existing = self._existing(table, row[table.key])
        if existing is not None:
            if table.name == "cases":
                self._skipped_cases.add(row["id"])
                self.report.duplicate_cases.append((row["id"], json.loads(row["data"])["reference"]))
            elif table.name in _CASE_LINKED:
                raise BackupRejected(f"one of its {table.name} has the same id as a different one in this vault")
            elif existing != row:
                self.report.kept_existing[table.name] += 1
            return
        columns = list(table.column_names)
        values = [row[name] for name in columns]
        if table.name == "attachments":
            columns.append("ciphertext_sha256")
            values.append("")  # pinned once its file is written, below, before the transaction commits
        placeholders = ", ".join("?" for _ in columns)
        try:
            self.db.execute(f"INSERT INTO {table.name}({', '.join(columns)}) VALUES({placeholders})", tuple(values))
        except apsw.ConstraintError:
            raise BackupRejected(f"one of its {table.name} clashes with what is in this vault") from None
        self.report.added[table.name] += 1

    def attachment(self, attachment_id: str, size: int, pieces: Iterator[bytes]) -> None:
        if attachment_id in self._skipped_attachments:
            return
        checked = self._stoppable(pieces)
        if self.blobs.exists(attachment_id):
            digest = self._reuse(attachment_id, checked)
        else:
            digest = self.blobs.write(attachment_id, checked).ciphertext_sha256
            self.new_files.append(attachment_id)
        self.db.execute("UPDATE attachments SET ciphertext_sha256=? WHERE id=?", (digest, attachment_id))

    def _stoppable(self, pieces: Iterator[bytes]) -> Iterator[bytes]:
        for piece in pieces:
            if self.should_stop():
                raise Cancelled()
            yield piece

    def _reuse(self, attachment_id: str, pieces: Iterator[bytes]) -> str:
        """This vault already has a file for this attachment (a snapshot may still use it): files are never
        overwritten, so it is reused, but only if it holds exactly the same bytes."""
        incoming = hashlib.sha256()
        for piece in pieces:
            incoming.update(piece)
        present = hashlib.sha256()
        try:
            for piece in self.blobs.read(attachment_id, None):
                present.update(piece)
        except AttachmentError:
            present = hashlib.sha256(b"unreadable")
        if present.digest() != incoming.digest():
            raise BackupRejected("one of its attachments clashes with a different file already in this vault")
        return self.blobs.file_sha256(attachment_id)


def _write_into(
    database: Database, blobs: BlobStore, staged: StagedBackup, progress: Progress, should_stop: ShouldStop
) -> ImportReport:
    writer = _VaultWriter(database, blobs, should_stop)
    total = staged.path.stat().st_size
    done = 0

    def count(size: int) -> None:
        nonlocal done
        done += size
        progress(done, total)

    try:
        with database.transaction():
            parse_backup(staged.chunks(count), writer)
    except BaseException:
        for attachment_id in writer.new_files:  # the rows that would have used them were rolled back
            blobs.delete(attachment_id)
        raise
    return writer.report


def merge_into(
    vault: Vault, staged: StagedBackup, *, progress: Progress = no_progress, should_stop: ShouldStop = never_stop
) -> ImportReport:
    """Add a checked backup to an unlocked vault, in one transaction.

    Cases already in the vault (same id) are left as they are and listed in the report, with everything that
    belongs to them; people, households and organisations already there keep the vault's version. Nothing
    in the vault is ever overwritten.
    """
    return _write_into(vault.database, vault.blobs, staged, progress, should_stop)


def restore_as_new_vault(
    vault: Vault,
    staged: StagedBackup,
    new_passphrase: str,
    *,
    progress: Progress = no_progress,
    should_stop: ShouldStop = never_stop,
) -> tuple[str, ImportReport]:
    """Create a vault in an empty folder, protected by `new_passphrase`, holding the backup. Returns the new
    vault's recovery code (to show once) and the report. The vault is left unlocked.

    The vault is built in staging/ and moved into place only once complete, vault.json last: a crash or a stop
    part-way leaves no vault, so running the restore again just works, rather than a vault whose recovery code
    was never shown (issue 11, item 4).
    """
    vault.check_can_create(new_passphrase)
    build_folder = new_staging_folder(vault.folder, "new-vault")
    try:
        built = vault.sibling(build_folder)
        code = built.create(new_passphrase)
        report = merge_into(built, staged, progress=progress, should_stop=should_stop)
        key = built.lock_keeping_key()
        try:
            vault.adopt(build_folder)
        except BaseException:
            key.wipe()
            raise
    finally:
        shutil.rmtree(build_folder, ignore_errors=True)
    vault.open(key)
    return code, report


def _carry_over_advisers_and_audit(live: Database, fresh: Database) -> None:
    """What a backup doesn't hold but the vault still needs after its cases are replaced: who the advisers are
    (their key slots stay in vault.json) and the audit trail, which then goes on with the restored cases."""
    with fresh.transaction():
        for name, role, added_on in live.query("SELECT name, role, added_on FROM advisers"):
            fresh.execute("INSERT INTO advisers(name, role, added_on) VALUES(?, ?, ?)", (name, role, added_on))
        for row in live.query("SELECT seq, at, adviser, kind, case_id, detail, prev, hash FROM audit ORDER BY seq"):
            fresh.execute(
                "INSERT INTO audit(seq, at, adviser, kind, case_id, detail, prev, hash) VALUES(?,?,?,?,?,?,?,?)", row
            )


def replace_contents(
    vault: Vault, staged: StagedBackup, *, progress: Progress = no_progress, should_stop: ShouldStop = never_stop
) -> tuple[Path, ImportReport]:
    """Make the unlocked vault hold exactly the backup, keeping its passphrase and recovery code.

    What the vault held is first kept aside in the snapshot folder (returned); that copy is never rotated out,
    and its attachments are kept while it exists. The new cases.db is built in staging and swapped in whole.
    """
    kept = vault.keep_aside_snapshot("replaced")
    built = new_staging_file(vault.folder, "restore")  # empty and private: SQLite makes a database in it
    connection = connect(built, vault.key.subkey(b"db"))
    fresh = Database(connection, built)
    fresh.adviser = vault.database.adviser
    try:
        schema.migrate(connection, 0)
        _carry_over_advisers_and_audit(vault.database, fresh)
        report = _write_into(fresh, vault.blobs, staged, progress, should_stop)
        # Level with vault.json, so the next unlock sees no rollback (it raises the counter as usual).
        generation.advance(fresh, vault.slots().generation - 1, accept_older=True)
    except BaseException:
        fresh.close(checkpoint=False)
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                built.with_name(built.name + suffix).unlink()
        raise
    fresh.close()
    vault.replace_database(built)
    return kept, report
