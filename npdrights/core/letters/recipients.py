"""The recipients directory: organisations every user may write to (the DfE, the LRS, the ICO).

Parsed from the text of `resources/recipients.toml` (the caller reads the file; core does no I/O). Each
entry says where its details come from and when they were last checked; an entry marked unconfirmed makes
the letter carry a warning, so the UI can tell the user to check the address before posting.
Organisations a user adds (schools, trusts, councils) live in their vault and are turned into the same
`DirectoryEntry` shape by the caller.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from npdrights.core.model import Address, Organisation

_MONTH_OR_DAY = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


class DirectoryError(ValueError):
    """recipients.toml is malformed: a fault in the app's resources."""


@dataclass(frozen=True)
class DirectoryEntry:
    key: str
    name: str
    address: tuple[str, ...]  # postal lines without the postcode; empty if there is no postal route
    postcode: str
    greeting: str
    source_url: str
    last_checked: str  # "2026-11" or "2026-11-20": how precisely the check was dated
    confirmed: bool
    note: str = ""
    email: str = ""
    online: str = ""  # how to reach it online, in words
    called: str = ""  # its name in a sentence: "the Department for Education"; `name` if not given
    source_title: str = ""  # the page the address comes from, by its title on GOV.UK
    look_for: str = ""  # what to look for on that page
    competing: str = ""  # another address found elsewhere, with its source

    @property
    def has_postal_address(self) -> bool:
        return bool(self.address and self.postcode)

    def warning(self) -> str:
        """What the user should hear before posting to this entry's address, or "" if nothing.

        Names the page to check and what to look for on it, and the month of the last check in words.
        """
        if self.confirmed:
            return ""
        checked = checked_in_words(self.last_checked)
        text = f"The address for {self.called} is not confirmed: it was last checked in {checked}."
        if self.source_title:
            # The page's title, which GOV.UK's search finds; a long web address would break across lines in print.
            text += f" Before posting, open the GOV.UK page \u201c{self.source_title}\u201d"
            text += f" and {self.look_for}." if self.look_for else "."
        if self.competing:
            text += f" {self.competing}"
        return f"{text} {self.note}".strip()

    def to_organisation(self) -> Organisation:
        return Organisation(
            id=self.key,
            name=self.name,
            address=Address(self.address, self.postcode),
            email=self.email,
            confirmed=self.confirmed,
            source_url=self.source_url,
        )


_REQUIRED = {"name": str, "greeting": str, "source_url": str, "last_checked": str, "confirmed": bool}
_OPTIONAL = {
    "address": list,
    "postcode": str,
    "note": str,
    "email": str,
    "online": str,
    "called": str,
    "source_title": str,
    "look_for": str,
    "competing": str,
}


def checked_in_words(last_checked: str) -> str:
    """'2026-11' -> 'November 2026'; '2026-11-20' -> '20 November 2026'."""
    year, month, *day = last_checked.split("-")
    words = f"{calendar.month_name[int(month)]} {year}"
    return f"{int(day[0])} {words}" if day else words


def parse_directory(text: str) -> Mapping[str, DirectoryEntry]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DirectoryError(f"recipients.toml: {error}") from None
    return {key: _entry(key, value) for key, value in data.items()}


def _entry(key: str, data: Any) -> DirectoryEntry:
    if not isinstance(data, dict):
        raise DirectoryError(f"recipients.toml [{key}]: expected a table")
    unknown = set(data) - set(_REQUIRED) - set(_OPTIONAL)
    if unknown:
        raise DirectoryError(f"recipients.toml [{key}]: unknown key {sorted(unknown)[0]!r}")
    for name, kind in (_REQUIRED | _OPTIONAL).items():
        if name in data and not isinstance(data[name], kind):
            raise DirectoryError(f"recipients.toml [{key}].{name}: expected {kind.__name__}")
        if name in _REQUIRED and name not in data:
            raise DirectoryError(f"recipients.toml [{key}].{name}: missing")
    if not _MONTH_OR_DAY.match(data["last_checked"]):
        raise DirectoryError(f"recipients.toml [{key}].last_checked: expected YYYY-MM or YYYY-MM-DD")
    return DirectoryEntry(
        key=key,
        name=data["name"],
        address=tuple(str(line) for line in data.get("address", [])),
        postcode=data.get("postcode", ""),
        greeting=data["greeting"],
        source_url=data["source_url"],
        last_checked=data["last_checked"],
        confirmed=data["confirmed"],
        note=data.get("note", ""),
        email=data.get("email", ""),
        online=data.get("online", ""),
        called=str(data.get("called", data["name"])),
        source_title=data.get("source_title", ""),
        look_for=data.get("look_for", ""),
        competing=data.get("competing", ""),
    )
