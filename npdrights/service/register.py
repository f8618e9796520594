"""Importing and reading the DfE's register of data shares: the one path the GUI and the CLI both take.

Reading the file (storage.register_reader), understanding it (core.register) and saving it
(storage.register_store) happen here in that order, so `npdrights-cli register import` and the explorer's
Import button cannot drift apart. The built-in public record is written into the store on first use and
whenever a new version of npdrights ships a changed one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from npdrights.core.register import RecipientType, Release, map_sheets
from npdrights.core.register.public_record import parse_public_record
from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.paths import resource_dir
from npdrights.service.collector import paused_gc
from npdrights.storage.register_reader import DEFAULT_LIMITS, Limits, RegisterFileError, read_register_file
from npdrights.storage.register_store import RegisterStore, RegisterStoreDamaged

__all__ = ["ImportOutcome", "RegisterFileError", "RegisterService"]

REGISTER_FOLDER = "register"  # beside the vault's files, never inside cases.db
REGISTER_FILE = "register.sqlite"
DAMAGED_NOTICE = QT_TRANSLATE_NOOP(
    "RegisterFile",
    "npdrights could not read the register it had saved (after an update, or because the file was damaged), so "
    "it has started again from its built-in public record. Import the DfE's register file again.",
)


def public_record_path() -> Path:
    return resource_dir() / "register" / "public-record.toml"


@dataclass
class ImportOutcome:
    file_name: str
    already_imported: bool = False
    added: int = 0
    updated: int = 0
    report: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.already_imported:
            return f"{self.file_name} was imported before: nothing has changed."
        return f"Imported {self.file_name}: {self.added} new releases, {self.updated} updated."


class RegisterService:
    def __init__(
        self,
        folder: Path,
        now: Callable[[], datetime] = datetime.now,
        limits: Limits = DEFAULT_LIMITS,
        public_record: Path | None = None,
    ) -> None:
        self.store = RegisterStore(folder / REGISTER_FILE)
        self._now = now
        self._limits = limits
        self._public_record = public_record or public_record_path()
        self._seeded = False
        self.notice = ""  # set when the saved register had to be rebuilt

    def _seed(self) -> None:
        if self._seeded:
            return
        try:
            self._save_public_record()
        except RegisterStoreDamaged:
            self._start_again()
        self._seeded = True

    def _start_again(self) -> None:
        self.store.start_again()
        self.notice = DAMAGED_NOTICE
        self._save_public_record()
        self._seeded = True

    def _save_public_record(self) -> None:
        text = self._public_record.read_text(encoding="utf-8")
        version = hashlib.sha256(text.encode()).hexdigest()
        if self.store.public_record_version() != version:  # parsed only when it changed
            self.store.save_public_record(parse_public_record(text), version)

    def import_file(self, path: Path, progress: Callable[[str], None] | None = None) -> ImportOutcome:
        """Read, map and save one register file. Raises RegisterFileError (a message for the user)."""
        with paused_gc():
            try:
                return self._import_file(path, progress)
            except RegisterStoreDamaged:  # the saved register, not the new file: start again and import it
                self._start_again()
                return self._import_file(path, progress)

    def _import_file(self, path: Path, progress: Callable[[str], None] | None) -> ImportOutcome:
        self._seed()
        register_file = read_register_file(path, self._limits, progress)
        if self.store.has_import(register_file.digest):
            return ImportOutcome(register_file.name, already_imported=True)
        if progress is not None:
            progress(f"Understanding {register_file.row_count:,} rows…")
        report = map_sheets(register_file.sheets, register_file.name)
        if report.release_count == 0:
            raise RegisterFileError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "RegisterFile",
                        "npdrights found no releases in {name}: no sheet had a row of column names with an "
                        "organisation or a reference. Check it is the DfE's “external data shares” file from GOV.UK.",
                    ),
                    name=register_file.name,
                )
            )
        if progress is not None:
            progress(f"Saving {report.release_count:,} releases…")
        lines = report.lines()
        added, updated = self.store.save_import(
            register_file.digest, register_file.name, report.columns, lines, self._now()
        )
        return ImportOutcome(register_file.name, added=added, updated=updated, report=lines)

    def releases(self) -> list[Release]:
        """Every release. If the saved register cannot be read, it is rebuilt from the public record and
        `notice` says so: the DfE's file must be imported again (it is public data; nothing personal is lost)."""
        self._seed()
        try:
            with paused_gc():
                return self.store.releases()
        except RegisterStoreDamaged:
            self._start_again()
            return self.store.releases()

    def choose_type(self, recipient: str, kind: RecipientType | None) -> None:
        try:
            self.store.choose_type(recipient, kind)
        except RegisterStoreDamaged:
            self._start_again()
            self.store.choose_type(recipient, kind)

    def imports(self) -> list[tuple[str, str, int]]:
        return self.store.imports()
