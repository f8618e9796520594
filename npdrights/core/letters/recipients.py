"""The recipients directory: organisations every user may write to (the DfE, the LRS, the ICO).

Parsed from the text of `resources/recipients.toml` (the caller reads the file; core does no I/O). Each
entry says where its details come from and when they were last checked; an entry marked unconfirmed makes
the letter carry a warning, so the UI can tell the user to check the address before posting.
Organisations a user adds (schools, trusts, councils) live in their vault and are turned into the same
`DirectoryEntry` shape by the caller.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from npdrights.core.model import Address, Organisation
from npdrights.core.sentence import Quoted, QuotedParagraph, Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP

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

        Names the page to check and what to look for on it, and the month of the last check in words. A Sentence:
        the screens say its fixed words in their language; the page's title, what to look for and any competing
        address are recipients.toml's own English, filled in as they are (Quoted: in Urdu, each a run of its own).
        """
        if self.confirmed:
            return ""
        parts: list[str] = [
            Sentence.of(
                "AddressCheck",
                QT_TRANSLATE_NOOP(
                    "AddressCheck", "The address for {body} is not confirmed: it was last checked in {checked}."
                ),
                body=Quoted(self.called),
                checked=_checked_on_screen(self.last_checked),
            )
        ]
        if self.source_title:
            # The page's title, which GOV.UK's search finds; a long web address would break across lines in print.
            parts.append(
                Sentence.of(
                    "AddressCheck",
                    QT_TRANSLATE_NOOP(
                        "AddressCheck", "Before posting, open the GOV.UK page \u201c{title}\u201d and {look_for}."
                    ),
                    title=Quoted(self.source_title),
                    look_for=Quoted(self.look_for),
                )
                if self.look_for
                else Sentence.of(
                    "AddressCheck",
                    QT_TRANSLATE_NOOP("AddressCheck", "Before posting, open the GOV.UK page \u201c{title}\u201d."),
                    title=Quoted(self.source_title),
                )
            )
        parts += [QuotedParagraph(text) for text in (self.competing, self.note) if text]
        # The sentences side by side: the glue has no words of its own to translate.
        return Sentence(
            " ".join(f"{{part{index}}}" for index in range(len(parts))),
            **{f"part{index}": part for index, part in enumerate(parts)},
        )

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


# The months by name, for the screens to say in their language (calendar's names are English only).
_MONTHS = (
    QT_TRANSLATE_NOOP("Months", "January"),
    QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"),
    QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"),
    QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"),
    QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"),
    QT_TRANSLATE_NOOP("Months", "December"),
)


def _checked_on_screen(last_checked: str) -> Sentence:
    """When the address was last checked: 'November 2026' or '20 November 2026' in English, with a month a
    screen can translate ('listopad 2026')."""
    year, month, *day = last_checked.split("-")
    named = Sentence.of("Months", _MONTHS[int(month) - 1])
    if day:
        return Sentence.of(
            "Months", QT_TRANSLATE_NOOP("Months", "{day} {month} {year}"), day=int(day[0]), month=named, year=year
        )
    return Sentence.of("Months", QT_TRANSLATE_NOOP("Months", "{month} {year}"), month=named, year=year)


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
