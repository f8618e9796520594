"""Which tables and columns a backup carries, and the strict check of every row read back from one.

Rows travel as JSON objects keyed by column name (BLOBs in base64). On the way in, each row must have exactly
these columns with the right types and sizes, and the model JSON in `data` must decode to the model class
and agree with the row's own columns, so nothing enters the vault that the app could not read back.
`test_backup_tables` checks this list against the schema, so a new column can't be silently left out.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from npdrights.core.codec import CodecError, from_json
from npdrights.core.model import Case, CaseEvent, Organisation, Person
from npdrights.storage.backup_format import load_json_object
from npdrights.storage.blobs import MAX_ATTACHMENT_BYTES, is_blob_id
from npdrights.storage.errors import BackupRejected

MAX_ID_CHARS = 128
MAX_TEXT_CHARS = 8 * 1024 * 1024
MAX_BLOB_BYTES = 16 * 1024 * 1024
MAX_ROW_BYTES = 32 * 1024 * 1024  # a letter: its text, its PDF in base64 and its JSON
_INT_RANGE = range(-(2**63), 2**63)

TEXT, INTEGER, BLOB = "text", "integer", "blob"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = TEXT
    nullable: bool = False
    max_chars: int = MAX_TEXT_CHARS


def _id(name: str, *, nullable: bool = False) -> Column:
    return Column(name, TEXT, nullable, MAX_ID_CHARS)


Row = dict[str, Any]


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: str  # the column that identifies a row, for duplicate checks
    check: Callable[[Row], None] | None = None

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


def _saveable_json(text: str) -> Any:
    """Parse JSON text. Raises ValueError also for escaped lone surrogates ("\\ud800"): they parse, but
    could never be saved again."""
    try:
        document = json.loads(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    json.dumps(document, ensure_ascii=False).encode("utf-8")
    return document


def _model(cls: type, row: Row) -> Any:
    try:
        return from_json(cls, _saveable_json(row["data"]))
    except (ValueError, CodecError):
        raise BackupRejected(f"a {cls.__name__.lower()} in it doesn't match what npdrights stores") from None


def _agree(table: str, pairs: list[tuple[object, object]]) -> None:
    if any(left != right for left, right in pairs):
        raise BackupRejected(f"a row of {table} contradicts itself")


def _check_person(row: Row) -> None:
    person = _model(Person, row)
    _agree("people", [(person.id, row["id"]), (person.household_id, row["household_id"])])


def _check_organisation(row: Row) -> None:
    _agree("organisations", [(_model(Organisation, row).id, row["id"])])


def _check_case(row: Row) -> None:
    case = _model(Case, row)
    _agree(
        "cases",
        [
            (case.id, row["id"]),
            (case.person_id, row["person_id"]),
            (case.organisation_id, row["organisation_id"]),
            (case.kind.value, row["kind"]),
        ],
    )


def _check_event(row: Row) -> None:
    event = _model(CaseEvent, row)
    _agree(
        "events",
        [
            (event.id, row["id"]),
            (event.case_id, row["case_id"]),
            (event.kind.value, row["kind"]),
            (event.on.isoformat(), row["on_date"]),
        ],
    )


def _check_letter(row: Row) -> None:
    try:
        details = _saveable_json(row["data"])
    except ValueError:
        details = None
    if not isinstance(details, dict):
        raise BackupRejected("a letter's details are not valid")


def _check_attachment(row: Row) -> None:
    # The id names the attachment's file, so it must be exactly the form the app makes; never a path.
    if not is_blob_id(row["id"]):
        raise BackupRejected("an attachment has an id that isn't one npdrights makes")
    if not 0 <= row["size"] <= MAX_ATTACHMENT_BYTES:
        raise BackupRejected("an attachment is larger than npdrights allows")
    try:
        date.fromisoformat(row["added_on"])
    except ValueError:
        raise BackupRejected("an attachment has no valid date") from None


# In the order they are written and read back: every table after the tables its rows refer to.
TABLES: tuple[Table, ...] = (
    Table("settings", (Column("key", max_chars=256), Column("value")), "key"),
    Table("households", (_id("id"), Column("name", max_chars=1024)), "id"),
    Table("people", (_id("id"), _id("household_id", nullable=True), Column("data")), "id", _check_person),
    Table("organisations", (_id("id"), Column("data")), "id", _check_organisation),
    Table(
        "cases",
        (_id("id"), _id("person_id"), _id("organisation_id"), _id("kind"), Column("data")),
        "id",
        _check_case,
    ),
    Table(
        "events",
        (_id("id"), _id("case_id"), _id("kind"), _id("on_date"), Column("seq", INTEGER), Column("data")),
        "id",
        _check_event,
    ),
    Table(
        "letters",
        (
            _id("id"),
            _id("case_id"),
            _id("kind"),
            _id("created_on"),
            Column("text"),
            Column("pdf", BLOB),
            Column("data"),
        ),
        "id",
        _check_letter,
    ),
    Table(
        "attachments",
        (
            _id("id"),
            _id("case_id"),
            Column("display_name", max_chars=1024),
            Column("mime", max_chars=255),
            Column("size", INTEGER),
            _id("added_on"),
        ),
        "id",
        _check_attachment,
    ),
)
TABLE_NAMES = tuple(table.name for table in TABLES)
BY_NAME = {table.name: table for table in TABLES}

# Columns a backup leaves out, with why: they describe this computer's copy, not the data.
NOT_EXPORTED = {
    "meta": "the vault's own bookkeeping (the rollback counter)",
    "attachments.ciphertext_sha256": "pins this vault's encrypted file; an import writes and pins a new one",
    "case_summaries": "each case's line as the rules engine worked it out: derived, worked out again when missing",
    "case_basis": "counts the changes behind those lines, for this vault only",
}


def encode_row(table: Table, values: tuple[Any, ...]) -> bytes:
    row: Row = {}
    for column, value in zip(table.columns, values, strict=True):
        is_bytes = column.kind == BLOB and value is not None
        row[column.name] = base64.b64encode(value).decode("ascii") if is_bytes else value
    return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _value(table: Table, column: Column, value: object) -> Any:
    if value is None:
        if not column.nullable:
            raise BackupRejected(f"a row of {table.name} is missing its {column.name}")
        return None
    if column.kind == INTEGER:
        if type(value) is not int or value not in _INT_RANGE:
            raise BackupRejected(f"a row of {table.name} has a {column.name} that isn't a whole number")
        return value
    if not isinstance(value, str):
        raise BackupRejected(f"a row of {table.name} has a {column.name} of the wrong kind")
    if column.kind == BLOB:
        if len(value) > MAX_BLOB_BYTES * 4 // 3 + 4:
            raise BackupRejected(f"a row of {table.name} has a {column.name} that is too large")
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise BackupRejected(f"a row of {table.name} has a damaged {column.name}") from None
    if len(value) > column.max_chars or (column.max_chars == MAX_ID_CHARS and not value):
        raise BackupRejected(f"a row of {table.name} has a {column.name} of the wrong length")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BackupRejected(f"a row of {table.name} has a {column.name} that isn't valid text") from None
    return value


def decode_row(table: Table, raw: bytes) -> Row:
    """A row from a backup, checked column by column and against the model. Raises BackupRejected."""
    document = load_json_object(raw, f"a row of {table.name}")
    if set(document) != set(table.column_names):
        raise BackupRejected(f"a row of {table.name} has the wrong columns")
    row = {column.name: _value(table, column, document[column.name]) for column in table.columns}
    if table.check is not None:
        table.check(row)
    return row
