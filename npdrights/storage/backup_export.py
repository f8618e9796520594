"""Making a `.npdbackup` file: the whole vault, one household or one case (format in backup_format.py).

Streamed end to end: rows come from a cursor, attachments are decrypted and re-encrypted one chunk at a
time, so memory stays flat however many scans there are. The rows are read in one read transaction on a
connection of its own, so the copy is consistent even if the user keeps working, and the file appears under
its final name only once it is complete and on disk.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import apsw

from npdrights import __version__
from npdrights.core.codec import from_json
from npdrights.core.model import Case
from npdrights.storage import audit
from npdrights.storage.atomic import atomic_replacement, sweep_abandoned
from npdrights.storage.backup_format import (
    RECORD_ATTACHMENT,
    RECORD_END,
    RECORD_MANIFEST,
    RECORD_ROW,
    Manifest,
    OuterHeader,
    RecordWriter,
)
from npdrights.storage.backup_tables import LAYOUT_VERSION, TABLE_NAMES, TABLES, Table, encode_row
from npdrights.storage.blobs import BlobStore
from npdrights.storage.database import connect
from npdrights.storage.errors import (
    AttachmentError,
    BackupError,
    BackupFileError,
    Cancelled,
    DamagedAttachment,
    DamagedAttachments,
)
from npdrights.storage.keyslots import DEFAULT_KDF, KdfParams
from npdrights.storage.progress import Progress, ShouldStop, never_stop, no_progress, os_reason
from npdrights.storage.stream import StreamWriter
from npdrights.storage.vault import Vault, check_new_passphrase

PARTIAL_PREFIX, PARTIAL_SUFFIX = ".npdbackup-", ".partial"  # a backup being written
ROW_WEIGHT = 512  # progress counts each row as this many bytes; attachments count their real size


@dataclass(frozen=True)
class Scope:
    """What a backup holds: everything, one household (with its cases), or one case."""

    kind: str = "vault"
    id: str | None = None

    @classmethod
    def whole_vault(cls) -> Scope:
        return cls()

    @classmethod
    def one_case(cls, case_id: str) -> Scope:
        return cls("case", case_id)

    @classmethod
    def one_household(cls, household_id: str) -> Scope:
        return cls("household", household_id)


class _Selection:
    """Which rows of each table a scope covers, as SQL conditions over ids fixed at the start."""

    def __init__(self, connection: apsw.Connection, scope: Scope) -> None:
        self.connection = connection
        self.scope = scope
        self.ids: dict[str, list[str]] = {}
        self.left_out: set[str] = set()  # damaged attachments: neither their rows nor their files go in
        if scope.kind == "vault":
            return
        if scope.kind == "case":
            case_ids = [row[0] for row in connection.execute("SELECT id FROM cases WHERE id=?", (scope.id,))]
            missing = "That case is no longer in this vault, so there was nothing to back up."
        elif scope.kind == "household":
            case_ids = [
                row[0]
                for row in connection.execute(
                    "SELECT cases.id FROM cases JOIN people ON people.id = cases.person_id "
                    "WHERE people.household_id = ?",
                    (scope.id,),
                )
            ]
            missing = "That household has no cases, so there was nothing to back up."
        else:
            raise ValueError(f"unknown scope {scope.kind!r}")
        if not case_ids:
            raise BackupError(missing)
        people: set[str] = set()
        organisations: set[str] = set()
        for (data,) in connection.execute(
            "SELECT data FROM cases WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(case_ids),)
        ):
            case = from_json(Case, json.loads(data))
            people.update((case.person_id, case.requester_id))
            organisations.add(case.organisation_id)
        if scope.kind == "household":
            people.update(
                row[0] for row in connection.execute("SELECT id FROM people WHERE household_id=?", (scope.id,))
            )
        households = {
            row[0]
            for row in connection.execute(
                "SELECT household_id FROM people "
                "WHERE household_id IS NOT NULL AND id IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(people)),),
            )
        }
        self.ids = {
            "settings": [],
            "households": sorted(households),
            "people": sorted(people),
            "organisations": sorted(organisations),
            "cases": case_ids,
        }

    def where(self, table: Table) -> tuple[str, tuple[Any, ...]]:
        condition, params = self._in_scope(table)
        if table.name == "attachments" and self.left_out:
            condition += f"{' AND' if condition else ' WHERE'} id NOT IN (SELECT value FROM json_each(?))"
            params += (json.dumps(sorted(self.left_out)),)
        return condition, params

    def _in_scope(self, table: Table) -> tuple[str, tuple[Any, ...]]:
        if self.scope.kind == "vault":
            return "", ()
        if table.name in self.ids:
            return f" WHERE {table.key} IN (SELECT value FROM json_each(?))", (json.dumps(self.ids[table.name]),)
        return " WHERE case_id IN (SELECT value FROM json_each(?))", (json.dumps(self.ids["cases"]),)

    def count(self, table: Table) -> int:
        condition, params = self.where(table)
        row = self.connection.execute(f"SELECT COUNT(*) FROM {table.name}{condition}", params).fetchone()
        return int(row[0]) if row else 0

    def rows(self, table: Table) -> apsw.Cursor:
        condition, params = self.where(table)
        columns = ", ".join(table.column_names)
        return self.connection.execute(f"SELECT {columns} FROM {table.name}{condition} ORDER BY rowid", params)

    def attachments(self) -> list[tuple[str, str, int]]:
        condition, params = self.where(TABLES[TABLE_NAMES.index("attachments")])
        sql = f"SELECT id, ciphertext_sha256, size FROM attachments{condition} ORDER BY rowid"
        return [(row[0], row[1], int(row[2])) for row in self.connection.execute(sql, params)]

    def damaged_attachments(self, blobs: BlobStore) -> list[DamagedAttachment]:
        """The attachments in scope whose file is missing or not the one its row pins, with their case."""
        damaged = []
        for attachment_id, digest, size in self.attachments():
            if not _reads_cleanly(blobs, attachment_id, digest, size):
                (row,) = self.connection.execute(
                    "SELECT cases.data, attachments.display_name FROM attachments "
                    "JOIN cases ON cases.id = attachments.case_id WHERE attachments.id=?",
                    (attachment_id,),
                )
                reference = str(json.loads(row[0]).get("reference") or "")
                damaged.append(DamagedAttachment(attachment_id, reference, str(row[1])))
        return damaged


def _reads_cleanly(blobs: BlobStore, attachment_id: str, digest: str, size: int) -> bool:
    """The file's digest against the one its row pins (as authentic as reading it all, and quicker); a file
    without a pinned digest is read through, every chunk authenticated."""
    try:
        if digest:
            return blobs.file_sha256(attachment_id) == digest
        for _piece in blobs.read(attachment_id, None, size):
            pass
    except (OSError, AttachmentError):
        return False
    return True


def export_backup(
    vault: Vault,
    destination: Path,
    passphrase: str,
    *,
    scope: Scope | None = None,
    kdf: KdfParams = DEFAULT_KDF,
    progress: Progress = no_progress,
    should_stop: ShouldStop = never_stop,
    leave_out_damaged: bool = False,
) -> Manifest:
    """Write a backup of `scope` (default: everything) to `destination`, encrypted under `passphrase`.

    Attachments are checked before anything is written. If any is missing or damaged, DamagedAttachments (listing
    them by case) is raised so the user hears of it first; with `leave_out_damaged` the backup then holds
    everything else (issue 11, item 5: one damaged scan used to make a backup of the whole vault impossible).

    Raises WeakPassphrase, BackupError (nothing to back up), BackupFileError (the disk said no),
    AttachmentError (an attachment broke while being copied) or Cancelled; on any of them no file is left.
    """
    check_new_passphrase(passphrase)
    scope = scope or Scope.whole_vault()
    blobs = vault.blobs
    raw_db_key = vault.key.subkey(b"db")
    # A connection of its own, so the user can keep working meanwhile; on a full disk the vault's own (which holds
    # the only lock there is then: see open_database), with nothing to write meanwhile anyway.
    own_connection = not vault.database.short_of_space
    connection = connect(vault.database.path, raw_db_key) if own_connection else vault.database.connection
    try:
        connection.execute("BEGIN")  # one read transaction: every SELECT below sees the same moment
        selection = _Selection(connection, scope)
        damaged = selection.damaged_attachments(blobs)
        if damaged and not leave_out_damaged:
            raise DamagedAttachments(damaged)
        selection.left_out = {attachment.id for attachment in damaged}
        header = OuterHeader.new(kdf)
        stream_key = header.derive_key(passphrase)  # the slow step, once the backup is sure to go ahead
        counts = {table.name: selection.count(table) for table in TABLES}
        attachments = selection.attachments()
        manifest = Manifest(
            schema=LAYOUT_VERSION,
            app=__version__,
            created=vault.clock().replace(microsecond=0),
            scope=scope.kind,
            scope_id=scope.id,
            counts=counts,
            attachment_bytes=sum(size for _id, _digest, size in attachments),
        )
        total = manifest.attachment_bytes + ROW_WEIGHT * sum(counts.values())
        with _backup_file(destination) as handle:
            handle.write(header.raw)
            stream = StreamWriter(handle, stream_key, header.raw)
            records = RecordWriter(stream)
            records.record(RECORD_MANIFEST, "", manifest.to_bytes())
            done = 0
            for table in TABLES:
                for values in selection.rows(table):
                    if should_stop():
                        raise Cancelled()
                    records.record(RECORD_ROW, table.name, encode_row(table, values))
                    done += ROW_WEIGHT
                    progress(done, total)
            for attachment_id, digest, size in attachments:
                records.begin(RECORD_ATTACHMENT, attachment_id, size)
                for piece in blobs.read(attachment_id, digest, size):
                    if should_stop():
                        raise Cancelled()
                    stream.write(piece)
                    done += len(piece)
                    progress(done, total)
            records.record(RECORD_END, "", json.dumps({"records": records.records + 1}).encode())
            stream.close()
    finally:
        with contextlib.suppress(apsw.Error):
            connection.execute("ROLLBACK")
        if own_connection:
            connection.close()
    _enter_in_audit_trail(vault, selection)
    progress(total, total)
    return manifest


def _enter_in_audit_trail(vault: Vault, selection: _Selection) -> None:
    """A backup takes cases out of the vault: say so in the audit trail, one entry per case (a whole-vault backup:
    one entry for all). On a full disk there's no room for it, and the backup itself matters more."""
    if vault.database.short_of_space:
        return
    case_ids = selection.ids.get("cases") or [""]
    with vault.database.transaction() as connection:
        for case_id in case_ids:
            audit.record(connection, audit.CASE_EXPORTED, case_id, "backup" if case_id else "backup of every case")


@contextlib.contextmanager
def _backup_file(destination: Path) -> Iterator[BinaryIO]:
    """The backup is written beside `destination` and renamed over it only when complete and on disk. What an
    export killed part-way left there is removed first."""
    started = False
    with contextlib.suppress(OSError):
        sweep_abandoned(destination.parent, f"{PARTIAL_PREFIX}*{PARTIAL_SUFFIX}")
    try:
        with atomic_replacement(destination, prefix=PARTIAL_PREFIX, suffix=PARTIAL_SUFFIX) as handle:
            started = True
            yield handle
    except OSError as error:
        # Not even a temp file could be made: the folder is the problem, so name it.
        what = f"save the backup as {destination.name}" if started else f"save the backup in {destination.parent}"
        raise BackupFileError(what, os_reason(error)) from None
