"""Read a downloaded copy of the DfE's register of data shares: ODS, XLSX (or old XLS) or CSV, as sheets of cells.

Spreadsheets are read with python-calamine (Rust; no LibreOffice, no formulas evaluated: a formula gives its
saved result, or nothing). The file is untrusted: its size, its unpacked size (a zip bomb), its number of zip
entries and its rows are limited before anything big is built, and every way it can fail becomes a
`RegisterFileError` with a message that says what happened and what to do. What the cells mean is decided
in `npdrights.core.register`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import python_calamine

from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP

Rows = list[list[Any]]


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 50 * 1024 * 1024  # the DfE's editions are well under 1 MB
    unpacked_bytes: int = 400 * 1024 * 1024  # all zip entries together, as declared
    zip_entries: int = 2_000
    rows: int = 250_000  # all sheets together; 100,000 rows import, with a report


DEFAULT_LIMITS = Limits()


class RegisterFileError(Exception):
    """A file that cannot be imported. `message` is for the user: what happened and what to do, in English; the
    screens say each of its `sentences` in their language (marked under "RegisterFile")."""

    def __init__(self, *sentences: Sentence) -> None:
        self.sentences = sentences
        self.message = " ".join(sentences)
        super().__init__(self.message)


@dataclass(frozen=True)
class RegisterFile:
    name: str  # the file's name, for the report (never its folder: that could name the user)
    digest: str  # SHA-256 of the bytes: the same file imported twice changes nothing
    format: str  # "ods", "xlsx", "xls" or "csv"
    sheets: list[tuple[str, Rows]]

    @property
    def row_count(self) -> int:
        return sum(len(rows) for _name, rows in self.sheets)


_DOWNLOAD_AGAIN = Sentence(
    QT_TRANSLATE_NOOP(
        "RegisterFile", "Download it again from the DfE's “external data shares” page on GOV.UK, then import that copy."
    )
)


def read_register_file(
    path: Path, limits: Limits = DEFAULT_LIMITS, progress: Callable[[str], None] | None = None
) -> RegisterFile:
    data = _read_bytes(path, limits)
    digest = hashlib.sha256(data).hexdigest()
    kind = _format_of(data, path, limits)
    if progress is not None:
        progress(f"Reading {path.name}…")
    sheets = _read_csv(data, path.stem, limits) if kind == "csv" else _read_spreadsheet(data, kind, limits)
    return RegisterFile(path.name, digest, kind, sheets)


def _read_bytes(path: Path, limits: Limits) -> bytes:
    try:
        size = path.stat().st_size
        if size > limits.file_bytes:
            raise RegisterFileError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "RegisterFile",
                        "{name} is {size} MB, too big to be the DfE's register (the largest edition is well under 1 "
                        "MB; npdrights reads up to {most} MB). Check you chose the right file.",
                    ),
                    name=path.name,
                    size=size // (1024 * 1024),
                    most=limits.file_bytes // (1024 * 1024),
                )
            )
        with path.open("rb") as handle:
            data = handle.read(limits.file_bytes + 1)
    except RegisterFileError:
        raise
    except IsADirectoryError:
        raise RegisterFileError(
            Sentence(
                QT_TRANSLATE_NOOP("RegisterFile", "{name} is a folder. Choose the register file inside it."),
                name=path.name,
            )
        ) from None
    except OSError as error:
        raise RegisterFileError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "RegisterFile",
                    "npdrights could not open {name} ({reason}). Check the file is still there and that you can open "
                    "it.",
                ),
                name=path.name,
                reason=error.strerror or "it could not be read",  # the system's words
            )
        ) from None
    if not data:
        raise RegisterFileError(
            Sentence(QT_TRANSLATE_NOOP("RegisterFile", "{name} is empty."), name=path.name), _DOWNLOAD_AGAIN
        )
    return data


def _format_of(data: bytes, path: Path, limits: Limits) -> str:
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(data, path, limits)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"  # the old binary Excel format: calamine reads it too
    if b"\x00" in data[:4096]:
        raise RegisterFileError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "RegisterFile",
                    "{name} is not a spreadsheet npdrights can read. The DfE publishes its register as an ODS "
                    "spreadsheet.",
                ),
                name=path.name,
            ),
            _DOWNLOAD_AGAIN,
        )
    return "csv"


def _zip_format(data: bytes, path: Path, limits: Limits) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise RegisterFileError(
            Sentence(
                QT_TRANSLATE_NOOP("RegisterFile", "{name} is damaged: it is cut short or changed."), name=path.name
            ),
            _DOWNLOAD_AGAIN,
        ) from None
    if len(entries) > limits.zip_entries:
        raise RegisterFileError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "RegisterFile",
                    "{name} holds {count} packed files, far more than a spreadsheet does. npdrights did not read it, "
                    "in case it was made to fill the computer's memory.",
                ),
                name=path.name,
                count=len(entries),
            )
        )
    # Declared sizes: the unpacker stops at these, so a file that lies about them fails on its checksum.
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > limits.unpacked_bytes:
        raise RegisterFileError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "RegisterFile",
                    "{name} would unpack to {size} MB, far more than any edition of the register. npdrights did not "
                    "read it, in case it was made to fill the computer's memory.",
                ),
                name=path.name,
                size=unpacked // (1024 * 1024),
            )
        )
    names = {entry.filename for entry in entries}
    if "mimetype" in names:
        mimetype = archive.read("mimetype")[:100]
        if b"opendocument.spreadsheet" in mimetype:
            return "ods"
    if "xl/workbook.xml" in names:
        return "xlsx"
    raise RegisterFileError(
        Sentence(
            QT_TRANSLATE_NOOP(
                "RegisterFile",
                "{name} is a packed file, but not a spreadsheet (ODS or XLSX). If it is a zip of the DfE's files, "
                "unpack it first and import the spreadsheet inside.",
            ),
            name=path.name,
        )
    )


def _read_spreadsheet(data: bytes, kind: str, limits: Limits) -> list[tuple[str, Rows]]:
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets: list[tuple[str, Rows]] = []
        total = 0
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            total += sheet.total_height
            if total > limits.rows:
                raise _too_many_rows(limits)
            sheets.append((name, sheet.to_python(skip_empty_area=False)))
        return sheets
    except RegisterFileError:
        raise
    except python_calamine.PasswordError:
        raise RegisterFileError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "RegisterFile",
                    "This spreadsheet is protected by a password. Open it, save a copy without one, and import that.",
                )
            )
        ) from None
    except (python_calamine.CalamineError, ValueError, OverflowError, TypeError):
        # calamine's own errors (bad zip, bad XML, a missing part) and values it cannot convert
        raise RegisterFileError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "RegisterFile",
                    "npdrights could not read this {kind} file: it is damaged or not really a spreadsheet.",
                ),
                kind=kind.upper(),
            ),
            _DOWNLOAD_AGAIN,
        ) from None


def _read_csv(data: bytes, name: str, limits: Limits) -> list[tuple[str, Rows]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # older Excel saves CSV in Windows-1252
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        rows: Rows = list(itertools.islice(reader, limits.rows + 1))
    except csv.Error as error:  # a broken quote, or a cell over the csv module's limit (131,072 characters)
        raise RegisterFileError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "RegisterFile",
                    "npdrights could not read this CSV file (line {line}: {detail}). Open it in a spreadsheet "
                    "program and save it again as CSV, or import the original ODS file.",
                ),
                line=reader.line_num,
                detail=str(error),
            )
        ) from None
    if len(rows) > limits.rows:
        raise _too_many_rows(limits)
    return [(name, rows)]  # the file's name says which sheet it was saved from, as Save As CSV names it


def _too_many_rows(limits: Limits) -> RegisterFileError:
    return RegisterFileError(
        Sentence(
            QT_TRANSLATE_NOOP(
                "RegisterFile",
                "This file has more than {most} rows, far more than any edition of the register. npdrights did not "
                "import it. Check you chose the right file.",
            ),
            most=f"{limits.rows:,}",
        )
    )
