"""Attachments of a case (scanned replies, photos, PDFs): rows in `attachments`, bytes in the blob store.

Order of writes (security-design.md §4.2 and §7.4): the encrypted file first (temp, fsync, rename, fsync the
folder), then the row, in its own transaction. A crash in between leaves a file with no row, which the sweep
at the next unlock removes; it can never leave a row pointing at a half-written file. Deleting goes the other
way: the row first, then the file, unless a snapshot still refers to it (a snapshot put back must find its
attachments); the sweep removes it once the last such snapshot has rotated out.
"""

from __future__ import annotations

import mimetypes
import stat
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.storage import audit
from npdrights.storage.blobs import MAX_ATTACHMENT_BYTES, BlobStore
from npdrights.storage.database import Database
from npdrights.storage.errors import AttachmentError, AttachmentMissing, AttachmentTooLarge

READ_SIZE = 1024 * 1024
MAX_NAME_CHARS = 255


@dataclass(frozen=True)
class Attachment:
    id: str
    case_id: str
    display_name: str
    mime: str
    size: int
    added_on: date


_COLUMNS = "id, case_id, display_name, mime, size, added_on"


def _attachment(row: tuple[Any, ...]) -> Attachment:
    return Attachment(row[0], row[1], row[2], row[3], int(row[4]), date.fromisoformat(row[5]))


def _file_chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        while chunk := handle.read(READ_SIZE):
            yield chunk


def _clean_name(name: str) -> str:
    """A display name only (never a path): its last component, without control characters, not too long."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:MAX_NAME_CHARS] or "attachment"


class Attachments:
    """The repository for attachments. Each public method that writes is one transaction."""

    def __init__(
        self,
        database: Database,
        blobs: BlobStore,
        *,
        today: Callable[[], date],
        held_by_snapshots: Callable[[], set[str] | None],
    ) -> None:
        self.db = database
        self.blobs = blobs
        self._today = today
        self._held_by_snapshots = held_by_snapshots

    def add(self, case_id: str, display_name: str, mime: str, content: bytes | Iterable[bytes]) -> Attachment:
        """Store `content` (bytes, or chunks for a large file) for a case. Raises AttachmentTooLarge beyond
        MAX_ATTACHMENT_BYTES, AttachmentError if the case does not exist."""
        if not self.db.query("SELECT 1 FROM cases WHERE id=?", (case_id,)):
            raise AttachmentError(
                QT_TRANSLATE_NOOP("VaultError", "That case no longer exists, so nothing was attached.")
            )
        chunks: Iterable[bytes] = [content] if isinstance(content, bytes) else content
        attachment_id = uuid.uuid4().hex
        written = self.blobs.write(attachment_id, chunks)
        attachment = Attachment(
            attachment_id,
            case_id,
            _clean_name(display_name),
            mime or "application/octet-stream",
            written.size,
            self._today(),
        )
        try:
            with self.db.transaction():
                self.db.execute(
                    f"INSERT INTO attachments({_COLUMNS}, ciphertext_sha256) VALUES(?, ?, ?, ?, ?, ?, ?)",
                    (
                        attachment.id,
                        attachment.case_id,
                        attachment.display_name,
                        attachment.mime,
                        attachment.size,
                        attachment.added_on.isoformat(),
                        written.ciphertext_sha256,
                    ),
                )
        except BaseException:
            self.blobs.delete(attachment_id)
            raise
        return attachment

    def add_file(self, case_id: str, path: Path, mime: str | None = None) -> Attachment:
        """Attach a file from disk, streamed (never read whole into memory). The file's own name is shown."""
        try:
            status = path.stat()
            if not stat.S_ISREG(status.st_mode):
                # A folder, a device or a FIFO: opening a FIFO would wait for ever for a writer (issue 11, item 16).
                raise AttachmentError(
                    QT_TRANSLATE_NOOP(
                        "VaultError",
                        "{name} is not an ordinary file (it is a folder, a device or a pipe), so it can't be "
                        "attached. Choose a document, a scan or a photo. Nothing was attached.",
                    ),
                    name=path.name,
                )
            size = status.st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise AttachmentTooLarge(MAX_ATTACHMENT_BYTES)  # say so before reading anything
            guessed = mime or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return self.add(case_id, path.name, guessed, _file_chunks(path))
        except OSError as error:
            reason = error.strerror or "it could not be opened"
            # The system's reason stays in its own words.
            raise AttachmentError(
                QT_TRANSLATE_NOOP("VaultError", "Could not read {name}: {reason}. Nothing was attached."),
                name=path.name,
                reason=reason,
            ) from None

    def for_case(self, case_id: str) -> list[Attachment]:
        rows = self.db.query(
            f"SELECT {_COLUMNS} FROM attachments WHERE case_id=? ORDER BY added_on, display_name", (case_id,)
        )
        return [_attachment(row) for row in rows]

    def get(self, attachment_id: str) -> Attachment | None:
        rows = self.db.query(f"SELECT {_COLUMNS} FROM attachments WHERE id=?", (attachment_id,))
        return _attachment(rows[0]) if rows else None

    def _pinned(self, attachment_id: str) -> tuple[str, int]:
        rows = self.db.query("SELECT ciphertext_sha256, size FROM attachments WHERE id=?", (attachment_id,))
        if not rows:
            raise AttachmentMissing("That attachment is no longer in this vault.")
        return str(rows[0][0]), int(rows[0][1])

    def read(self, attachment_id: str) -> Iterator[bytes]:
        """The contents in chunks, for streaming. If it raises part-way, discard what was received."""
        digest, size = self._pinned(attachment_id)
        return self.blobs.read(attachment_id, digest, size)

    def read_bytes(self, attachment_id: str) -> bytes:
        """The whole contents in memory (to show a scan or PDF), returned only once all of it is verified."""
        digest, size = self._pinned(attachment_id)
        return self.blobs.read_bytes(attachment_id, digest, size)

    def delete(self, attachment_id: str) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM attachments WHERE id=?", (attachment_id,))
        held = self._held_by_snapshots()
        if held is not None and attachment_id not in held:
            self.blobs.delete(attachment_id)

    def record_export(self, attachment: Attachment) -> None:
        """A copy left the vault (saved elsewhere by the user): entered in the audit trail, by its file type only."""
        with self.db.transaction() as connection:
            audit.record(connection, audit.FILE_EXPORTED, attachment.case_id, attachment.mime)

    def live_ids(self) -> set[str]:
        return {row[0] for row in self.db.query("SELECT id FROM attachments")}
