"""What one row of the register means, once read: a release of pupil data to one recipient."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import NamedTuple

from npdrights.core.translatable import QT_TRANSLATE_NOOP


class RecipientType(Enum):
    """Who was given the data. The register has no column for this: most are inferred (classify.py)."""

    PRESS = "press"
    COMMERCIAL = "commercial"
    RESEARCH = "research"
    GOVERNMENT = "government"
    HOME_OFFICE = "home-office"
    POLICE = "police"
    COURT = "court"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    RecipientType.PRESS: QT_TRANSLATE_NOOP("Register", "Press and media"),
    RecipientType.COMMERCIAL: QT_TRANSLATE_NOOP("Register", "Commercial"),
    RecipientType.RESEARCH: QT_TRANSLATE_NOOP("Register", "Research"),
    RecipientType.GOVERNMENT: QT_TRANSLATE_NOOP("Register", "Government"),
    RecipientType.HOME_OFFICE: QT_TRANSLATE_NOOP("Register", "Home Office"),
    RecipientType.POLICE: QT_TRANSLATE_NOOP("Register", "Police"),
    RecipientType.COURT: QT_TRANSLATE_NOOP("Register", "Court order"),
    RecipientType.OTHER: QT_TRANSLATE_NOOP("Register", "Other"),
}


class SheetKind(Enum):
    """What a sheet of the register lists (docs/law.md §10.1: the layouts since 2017)."""

    TIERS = "tiers"  # the explanation of the tiers or of data classification: no releases
    DSAP = "dsap"  # third-party shares approved by the Data Sharing Approvals Panel since May 2018
    AGREEMENTS = "agreements"  # regular shares under data-sharing agreements
    NPD_BEFORE_2018 = "npd-before-2018"  # NPD requests approved before April 2018, data still held
    NPD_COMPLETED = "npd-completed"  # 2017–2020 workbook: requests completed in the period
    NPD_OPEN = "npd-open"  # 2017–2020 workbook: requests not yet decided
    NPD_LIVE = "npd-live"  # 2017–2020 workbook: live cases
    HOME_OFFICE = "home-office"
    POLICE = "police"
    COURT = "court"
    UNKNOWN = "unknown"  # a sheet not recognised by its name; read if its header is understood
    PUBLIC_RECORD = "public-record"  # npdrights' own list of releases known from public sources

    @property
    def label(self) -> str:
        return _SHEET_LABELS[self]


_SHEET_LABELS = {
    SheetKind.TIERS: QT_TRANSLATE_NOOP("Register", "Tiers of data"),
    SheetKind.DSAP: QT_TRANSLATE_NOOP("Register", "Approved by the Data Sharing Approvals Panel"),
    SheetKind.AGREEMENTS: QT_TRANSLATE_NOOP("Register", "Regular data-sharing agreements"),
    SheetKind.NPD_BEFORE_2018: QT_TRANSLATE_NOOP("Register", "NPD requests approved before April 2018"),
    SheetKind.NPD_COMPLETED: QT_TRANSLATE_NOOP("Register", "NPD requests completed"),
    SheetKind.NPD_OPEN: QT_TRANSLATE_NOOP("Register", "NPD requests still open"),
    SheetKind.NPD_LIVE: QT_TRANSLATE_NOOP("Register", "NPD live cases"),
    SheetKind.HOME_OFFICE: QT_TRANSLATE_NOOP("Register", "Home Office"),
    SheetKind.POLICE: QT_TRANSLATE_NOOP("Register", "Police and criminal investigations"),
    SheetKind.COURT: QT_TRANSLATE_NOOP("Register", "Court orders"),
    SheetKind.UNKNOWN: QT_TRANSLATE_NOOP("Register", "Other sheet"),
    SheetKind.PUBLIC_RECORD: QT_TRANSLATE_NOOP("Register", "Public record"),
}


SEPARATOR = "\x1f"  # ASCII's unit separator: joins a row's cells in `raw` and `extra_values`


class Release(NamedTuple):
    """One row of the register (or of the built-in public record). Text fields are as the register gave them.

    A named tuple, not a dataclass: an edition has tens of thousands of rows, and a tuple is built from columns
    in C (`map(Release._make, zip(*columns))`), which keeps the import near the speed of the bare read.
    """

    key: str  # stable across editions: the reference, or a digest of the row's defining fields
    sheet: SheetKind
    recipient: str
    reference: str = ""
    purpose: str = ""
    approved: date | None = None  # the first date the row gives (approval, or first extract sent)
    date_text: str = ""  # that date as written
    data_from: int | None = None  # the school or calendar years the data covered, when the register says
    data_to: int | None = None
    tier: int | None = None  # 1–4 (pre-2018 tiers), when given
    identifiable: bool | None = None
    datasets: str = ""
    legal_basis: str = ""
    type: RecipientType = RecipientType.OTHER
    type_inferred: bool = True
    type_reason: str = ""
    extra_headers: str = ""  # the headers of columns npdrights does not know, joined by SEPARATOR
    extra_values: str = ""  # this row's cells in those columns, joined the same way
    raw: str = ""  # the row's cells as text, exactly as read, joined by SEPARATOR
    source: str = ""  # the file it came from, or the public source's URL
    checked: str = ""  # public record only: the day the source was checked

    @property
    def year(self) -> int | None:
        return self.approved.year if self.approved else None

    @property
    def extra(self) -> list[tuple[str, str]]:
        """The unknown columns' (header, text) pairs that have a value in this row."""
        if not self.extra_headers:
            return []
        pairs = zip(self.extra_headers.split(SEPARATOR), self.extra_values.split(SEPARATOR), strict=False)
        return [(header, value) for header, value in pairs if value]

    @property
    def cells(self) -> list[str]:
        return self.raw.split(SEPARATOR) if self.raw else []

    def ref(self) -> ReleaseRef:
        return ReleaseRef(
            reference=self.reference,
            recipient=self.recipient,
            approved=self.approved,
            purpose=self.purpose,
        )


@dataclass(frozen=True)
class ReleaseRef:
    """What a letter says about a release: enough for the DfE or the recipient to find it."""

    recipient: str = ""
    reference: str = ""
    approved: date | None = None
    purpose: str = ""
