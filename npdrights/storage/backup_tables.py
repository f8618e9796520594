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
from npdrights.core.limits import LimitExceeded, check_date, check_limits, check_text
from npdrights.core.model import Case, CaseEvent, Household, Organisation, Person
from npdrights.core.shallow_json import loads_shallow
from npdrights.core.text_safety import find_unsafe
from npdrights.storage.backup_format import load_json_object
from npdrights.storage.blobs import MAX_ATTACHMENT_BYTES, is_blob_id
from npdrights.storage.errors import BackupRejected
from npdrights.storage.repository import letter_from_row

MAX_ID_CHARS = 128
MAX_TEXT_CHARS = 8 * 1024 * 1024
MAX_BLOB_BYTES = 16 * 1024 * 1024
MAX_ROW_BYTES = 32 * 1024 * 1024  # a letter: its text, its PDF in base64 and its JSON
MAX_MODEL_JSON_CHARS = 2 * 1024 * 1024
MAX_EVENT_SEQ = 1_000_000  # events are numbered 1, 2, 3... within their case
# The most rows of each table a backup may bring, checked against its manifest before any row is read: ten times
# what a busy charity's vault holds, and far below what would take minutes or gigabytes to import.
MAX_ROWS = {
    "settings": 1_000,
    "households": 100_000,
    "people": 200_000,
    "organisations": 10_000,
    "cases": 200_000,
    "events": 2_000_000,
    "letters": 400_000,
    "attachments": 400_000,
}
LETTER_COLUMNS = ("id", "case_id", "kind", "created_on", "text", "data")
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


def _data() -> Column:
    """A row's model JSON: every text field within its limit (core/limits.py) fits in this, with room over."""
    return Column("data", TEXT, False, MAX_MODEL_JSON_CHARS)


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
    document = loads_shallow(text)  # NestedTooDeeply, a ValueError, before any recursion
    json.dumps(document, ensure_ascii=False).encode("utf-8")
    return document


def _model_json(table: str, text: str) -> Any:
    """A row's model JSON, parsed, with no unsafe characters anywhere in it."""
    document = _saveable_json(text)
    _no_unsafe_characters(table, "data", document)
    return document


def _model(cls: type, row: Row, table: str) -> Any:
    """The app's own typed decoding of a row's model JSON, then the limits on what people can type: a row the
    app would refuse, or could not show without freezing, is refused here, naming its table and field."""
    try:
        model: Any = from_json(cls, _model_json(table, row["data"]))
    except (ValueError, CodecError) as error:
        raise BackupRejected(f"one of its {table} doesn't match what npdrights stores: {error}") from None
    _within_limits(table, model)
    return model


def _within_limits(table: str, model: Any) -> None:
    try:
        check_limits(model)
    except LimitExceeded as error:
        raise BackupRejected(f"in {table}, {error.field}: {error}") from None


def _agree(table: str, pairs: list[tuple[object, object]]) -> None:
    if any(left != right for left, right in pairs):
        raise BackupRejected(f"a row of {table} contradicts itself")


def _check_person(row: Row) -> None:
    person = _model(Person, row, "people")
    _agree("people", [(person.id, row["id"]), (person.household_id, row["household_id"])])


def _check_organisation(row: Row) -> None:
    _agree("organisations", [(_model(Organisation, row, "organisations").id, row["id"])])


def _check_case(row: Row) -> None:
    case = _model(Case, row, "cases")
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
    if not 0 <= row["seq"] <= MAX_EVENT_SEQ:
        raise BackupRejected(f"in events, seq: {row['seq']} is not an event number npdrights makes")
    event = _model(CaseEvent, row, "events")
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
        _model_json("letters", row["data"])  # lone surrogates, too-deep nesting, control characters
        letter = letter_from_row(tuple(row[name] for name in LETTER_COLUMNS))
    except (ValueError, CodecError) as error:
        raise BackupRejected(f"one of its letters doesn't match what npdrights stores: {error}") from None
    try:
        check_date("created_on", letter.created_on, "Letter.created_on")
        check_text("reference", letter.reference, "Letter.reference")
        check_text("subject", letter.subject, "Letter.subject")
    except LimitExceeded as error:
        raise BackupRejected(f"in letters, {error.field}: {error}") from None


def _check_household(row: Row) -> None:
    _within_limits("households", Household(row["id"], row["name"]))


def _check_attachment(row: Row) -> None:
    # The id names the attachment's file, so it must be exactly the form the app makes; never a path.
    if not is_blob_id(row["id"]):
        raise BackupRejected("an attachment has an id that isn't one npdrights makes")
    if not 0 <= row["size"] <= MAX_ATTACHMENT_BYTES:
        raise BackupRejected("an attachment is larger than npdrights allows")
    try:
        check_date("added_on", date.fromisoformat(row["added_on"]), "Attachment.added_on")
    except LimitExceeded as error:
        raise BackupRejected(f"in attachments, {error.field}: {error}") from None
    except ValueError:
        raise BackupRejected("in attachments, Attachment.added_on: not a date") from None


# In the order they are written and read back: every table after the tables its rows refer to.
TABLES: tuple[Table, ...] = (
    Table("settings", (Column("key", max_chars=256), Column("value", max_chars=64 * 1024)), "key"),
    Table("households", (_id("id"), Column("name", max_chars=1024)), "id", _check_household),
    Table("people", (_id("id"), _id("household_id", nullable=True), _data()), "id", _check_person),
    Table("organisations", (_id("id"), _data()), "id", _check_organisation),
    Table(
        "cases",
        (_id("id"), _id("person_id"), _id("organisation_id"), _id("kind"), _data()),
        "id",
        _check_case,
    ),
    Table(
        "events",
        (_id("id"), _id("case_id"), _id("kind"), _id("on_date"), Column("seq", INTEGER), _data()),
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
            Column("text", max_chars=MAX_MODEL_JSON_CHARS),
            Column("pdf", BLOB),
            _data(),
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
# The layout of the rows a backup carries, written in its manifest as "schema". It follows the database's schema
# only when a table or column that travels changes: schema 3 added the advisers and the audit trail, which don't
# travel, so backups stay at layout 2 and those made before it restore as they always did.
LAYOUT_VERSION = 2

NOT_EXPORTED = {
    "meta": "the vault's own bookkeeping (the rollback counter)",
    "attachments.ciphertext_sha256": "pins this vault's encrypted file; an import writes and pins a new one",
    "case_summaries": "each case's line as the rules engine worked it out: derived, worked out again when missing",
    "case_basis": "counts the changes behind those lines, for this vault only",
    "advisers": "an organisation's advisers sign in with key slots in vault.json, which a backup does not carry",
    "audit": "this vault's own hash chain; a restore is entered in it as the cases it adds",
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
    if column.name != "data":  # model JSON is checked once parsed, where its escapes have become characters
        _no_unsafe_characters(table.name, column.name, value)
    return value


def _no_unsafe_characters(table: str, where: str, value: Any) -> None:
    """Control characters, terminal escapes and right-to-left overrides are refused (issue 11, item 15)."""
    found = find_unsafe(value)
    if found:
        path, what = found
        where = f"{where}.{path}" if path != "the text" else where
        raise BackupRejected(f"in {table}, {where}: it holds {what}")


def decode_row(table: Table, raw: bytes) -> Row:
    """A row from a backup, checked column by column and against the model. Raises BackupRejected."""
    document = load_json_object(raw, f"a row of {table.name}")
    if set(document) != set(table.column_names):
        raise BackupRejected(f"a row of {table.name} has the wrong columns")
    row = {column.name: _value(table, column, document[column.name]) for column in table.columns}
    if table.check is not None:
        table.check(row)
    return row
