"""An advice charity's letterhead: its name, address and charity number (and a logo) at the top of the letters
its advisers send, so the DfE sees at once who is writing with the family's authority.

The logo arrives here already checked and redrawn by npdrights.pdf.logo: core only carries its bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP

MAX_NAME = 100
MAX_ADDRESS_LINES = 4
MAX_LINE = 80

# The three charity registers of the UK: England and Wales (the Charity Commission: 6 or 7 digits), Scotland
# (OSCR: "SC" and 6 digits) and Northern Ireland (the Charity Commission for Northern Ireland: "NIC" and 6).
_CHARITY_NUMBER = re.compile(r"\d{6,7}|SC\d{6}|NIC\d{6}")


class LetterheadProblem(ValueError):
    """What is wrong with what was typed, in words for the person who typed it."""

    def __init__(self, template: str, **fields: object) -> None:
        self.said = Sentence(template, **fields)  # marked under "Letterhead": the screens say it in their language
        super().__init__(str(self.said))


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: tuple[str, ...]
    charity_number: str = ""
    logo: bytes = b""  # a PNG made by npdrights.pdf.logo, or nothing

    @property
    def lines(self) -> tuple[str, ...]:
        """What is printed beside the logo: the name, the address on one line, the charity number."""
        number = (f"Registered charity number {self.charity_number}",) if self.charity_number else ()
        return (self.name, ", ".join(self.address), *number)


def make_letterhead(name: str, address: str, charity_number: str = "", logo: bytes = b"") -> Letterhead:
    """A letterhead from what was typed: `address` one line per line of the address. Raises LetterheadProblem."""
    name = " ".join(name.split())
    lines = tuple(" ".join(line.split()) for line in address.splitlines() if line.strip())
    number = charity_number.replace(" ", "").upper()
    if not name:
        raise LetterheadProblem(QT_TRANSLATE_NOOP("Letterhead", "Type the organisation's name."))
    if len(name) > MAX_NAME:
        raise LetterheadProblem(
            QT_TRANSLATE_NOOP("Letterhead", "The name is too long for a letterhead: keep it to {most} characters."),
            most=MAX_NAME,
        )
    if not lines:
        raise LetterheadProblem(QT_TRANSLATE_NOOP("Letterhead", "Type the organisation's address, one line per line."))
    if len(lines) > MAX_ADDRESS_LINES:
        raise LetterheadProblem(
            QT_TRANSLATE_NOOP("Letterhead", "Keep the address to {most} lines: it is printed on one line."),
            most=MAX_ADDRESS_LINES,
        )
    if any(len(line) > MAX_LINE for line in lines):
        raise LetterheadProblem(
            QT_TRANSLATE_NOOP("Letterhead", "An address line is too long: keep each to {most} characters."),
            most=MAX_LINE,
        )
    if number and not _CHARITY_NUMBER.fullmatch(number):
        raise LetterheadProblem(
            QT_TRANSLATE_NOOP(
                "Letterhead",
                "That isn't a charity number: in England and Wales it is 6 or 7 digits (like 1234567), in Scotland "
                "SC and 6 digits, in Northern Ireland NIC and 6 digits. Leave it empty if you don't have one.",
            )
        )
    return Letterhead(name, lines, number, logo)
