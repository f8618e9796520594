"""npdrights' own list of releases known from public sources (resources/register/public-record.toml).

Parsed from the file's text here; every row must name its source (an https address) and the day it was
checked, or the file is refused: a fact without a source must not reach a family's letter.
"""

from __future__ import annotations

import tomllib
from datetime import date
from typing import Any

from npdrights.core.register.mapping import row_key
from npdrights.core.register.model import SEPARATOR, RecipientType, Release, SheetKind


class PublicRecordError(ValueError):
    """The bundled file is wrong: a programming error in a release of npdrights, named by row."""


def parse_public_record(text: str) -> list[Release]:
    data = tomllib.loads(text)
    return [_release(index, row) for index, row in enumerate(data.get("release", []))]


def _release(index: int, row: dict[str, Any]) -> Release:
    where = f"release {index + 1} ({row.get('recipient', '?')})"
    source = row.get("source", "")
    if not isinstance(source, str) or not source.startswith("https://"):
        raise PublicRecordError(f"{where}: every row needs its source, an https:// address")
    checked = row.get("checked")
    if not isinstance(checked, date):
        raise PublicRecordError(f"{where}: every row needs the date its source was checked (checked = YYYY-MM-DD)")
    approved = row.get("approved")
    if approved is not None and not isinstance(approved, date):
        raise PublicRecordError(f"{where}: approved must be a date (YYYY-MM-DD)")
    try:
        kind = RecipientType(row["type"])
    except (KeyError, ValueError):
        raise PublicRecordError(f"{where}: type must be one of {[kind.value for kind in RecipientType]}") from None
    recipient = str(row.get("recipient", "")).strip()
    if not recipient:
        raise PublicRecordError(f"{where}: recipient is missing")
    also = tuple(str(url) for url in row.get("also", ()))
    date_text = str(row.get("date_text", approved.isoformat() if approved else ""))
    return Release(
        key=row_key(
            SheetKind.PUBLIC_RECORD, str(row.get("reference", "")), recipient, date_text, str(row.get("purpose", ""))
        ),
        sheet=SheetKind.PUBLIC_RECORD,
        recipient=recipient,
        reference=str(row.get("reference", "")),
        purpose=str(row.get("purpose", "")),
        approved=approved,
        date_text=date_text,
        data_from=row.get("data_from"),
        data_to=row.get("data_to"),
        tier=row.get("tier"),
        identifiable=row.get("identifiable"),
        type=kind,
        type_inferred=False,
        type_reason=f"npdrights' public record: {row.get('why', '')}".strip(),
        extra_headers=SEPARATOR.join("Also reported in" for _url in also),
        extra_values=SEPARATOR.join(also),
        source=source,
        checked=checked.isoformat(),
    )
