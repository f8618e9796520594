"""A vault with something of everything in it, for the backup tests (fictional people only)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from npdrights.core.model import (
    Address,
    Case,
    CaseEvent,
    CaseKind,
    EventKind,
    Household,
    Organisation,
    Person,
    PostMethod,
    PupilIdentifiers,
    Relationship,
)
from npdrights.storage.backup_tables import TABLES
from npdrights.storage.keyslots import KdfParams
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault

BACKUP_PASSPHRASE = "lantern pebble harbour violet"
FAST_BACKUP_KDF = KdfParams(t=1, m_kib=8 * 1024, p=1)
DFE = Organisation(id="dfe", name="Department for Education", address=Address(("Sanctuary Buildings",), "SW1P 3BT"))


def case(case_id: str, person_id: str, reference: str, requester_id: str | None = None) -> Case:
    return Case(
        id=case_id,
        kind=CaseKind.SAR_DFE,
        person_id=person_id,
        organisation_id=DFE.id,
        requester_id=requester_id or person_id,
        relationship=Relationship.PARENT if requester_id else Relationship.SELF,
        reference=reference,
        created_on=date(2026, 10, 1),
    )


def fill(vault: Vault, *, attachment_sizes: tuple[int, ...] = (0, 70_000, 200_001)) -> dict[str, Any]:
    """Two households (one with two children and a parent), cases with events, a letter and attachments."""
    repository = Repository(vault.database)
    repository.save_organisation(DFE)
    for household in (Household("h1", "The Fictionalsons"), Household("h2", "The Imaginaries")):
        repository.save_household(household)
    people = [
        Person(id="p-parent", full_name="Zelda Fictionalson", household_id="h1"),
        Person(
            id="p-child",
            full_name="Zebedee Fictionalson",
            date_of_birth=date(2014, 3, 7),
            identifiers=PupilIdentifiers(upn="B801200005001"),
            household_id="h1",
        ),
        Person(id="p-sibling", full_name="Zinnia Fictionalson", household_id="h1"),
        Person(id="p-other", full_name="Quentin Imaginary", household_id="h2"),
        Person(id="p-alone", full_name="Olwen Madeup"),
    ]
    for person in people:
        repository.save_person(person)
    cases = [
        case("c1", "p-child", "NPD-0001", requester_id="p-parent"),
        case("c2", "p-sibling", "NPD-0002", requester_id="p-parent"),
        case("c3", "p-other", "NPD-0003"),
        case("c4", "p-alone", "NPD-0004"),
    ]
    for number, item in enumerate(cases):
        events = (
            CaseEvent(f"e{number}a", item.id, EventKind.DRAFTED, date(2026, 10, 1)),
            CaseEvent(f"e{number}b", item.id, EventKind.SENT, date(2026, 10, 2), post_method=PostMethod.FIRST_CLASS),
        )
        repository.add_case(item, events)
    with vault.database.transaction():
        vault.database.execute(
            "INSERT INTO letters(id, case_id, kind, created_on, text, pdf, data) VALUES(?, ?, ?, ?, ?, ?, ?)",
            (
                "l1",
                "c1",
                "sar-dfe",
                "2026-10-01",
                "Dear DfE, please send Zebedee's record.",
                b"%PDF-1.7 \x00\xff",
                "{}",
            ),
        )
        vault.database.execute("INSERT INTO settings(key, value) VALUES('letter_signature', 'Zelda')")
    attachments = vault.attachments()
    files = {}
    for number, size in enumerate(attachment_sizes):
        content = counting_bytes(start=number * 7, size=size)
        added = attachments.add(cases[number % 2].id, f"reply-{number}.pdf", "application/pdf", content)
        files[added.id] = content
    return {"files": files, "cases": [item.id for item in cases]}


def counting_bytes(*, start: int, size: int) -> bytes:
    """Bytes counting up from `start` modulo 251 (a prime, so the pattern never lines up with a chunk size).

    Cut from a repeated 251-byte run rather than made byte by byte in Python: the same bytes, in a hundredth of
    the time (the backup tests fill tens of vaults with 270 kB each; issue 12, item 5)."""
    run = bytes(range(251))
    offset = start % 251
    return (run * ((offset + size) // 251 + 1))[offset : offset + size]


def dump(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every exported table's rows, sorted, for comparing two vaults."""
    contents = {}
    for table in TABLES:
        columns = ", ".join(table.column_names)
        contents[table.name] = sorted(vault.database.query(f"SELECT {columns} FROM {table.name}"))
    return contents


def attachment_bytes(vault: Vault) -> dict[str, bytes]:
    attachments = vault.attachments()
    return {attachment_id: attachments.read_bytes(attachment_id) for attachment_id in attachments.live_ids()}


def folder_fingerprint(folder: Path) -> dict[str, bytes]:
    """Every file under a vault folder and its bytes, to prove nothing changed."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def case_json(vault: Vault, case_id: str) -> dict[str, Any]:
    (row,) = vault.database.query("SELECT data FROM cases WHERE id=?", (case_id,))
    return dict(json.loads(row[0]))


def encrypt_as_backup(path: Path, plaintext: bytes, passphrase: str = BACKUP_PASSPHRASE) -> None:
    """Seal any plaintext as a validly encrypted backup file: what a hostile sender who knows the passphrase
    could make. Lets the tests reach the parser with content that authenticates."""
    from npdrights.storage.backup_format import OuterHeader
    from npdrights.storage.stream import StreamWriter

    header = OuterHeader.new(FAST_BACKUP_KDF)
    with open(path, "wb") as handle:
        handle.write(header.raw)
        writer = StreamWriter(handle, header.derive_key(passphrase), header.raw)
        writer.write(plaintext)
        writer.close()


def decrypt_backup(path: Path, passphrase: str = BACKUP_PASSPHRASE) -> bytes:
    from npdrights.storage.backup_format import OuterHeader
    from npdrights.storage.stream import decrypt_chunks

    with open(path, "rb") as handle:
        header = OuterHeader.read_from(handle)
        return b"".join(decrypt_chunks(handle, header.derive_key(passphrase), header.raw))


def record(kind: bytes, name: str, data: bytes, length: int | None = None) -> bytes:
    import struct

    encoded = name.encode()
    return (
        kind
        + struct.pack("!H", len(encoded))
        + encoded
        + struct.pack("!Q", len(data) if length is None else length)
        + data
    )
