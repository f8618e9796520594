"""The organisation's letterhead: set from what an adviser typed and the logo file they chose, read back for the
letters, cleared. What the Organisation dialog and `npdrights-cli organisation` share."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from npdrights.core.letters import LetterContent
from npdrights.core.letters.letterhead import Letterhead, LetterheadProblem, make_letterhead
from npdrights.core.model import Relationship
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.pdf.logo import MAX_FILE_BYTES, LogoProblem, clean_logo
from npdrights.storage.database import Database
from npdrights.storage.letterhead_store import LetterheadStore

__all__ = ["LetterheadProblem", "LogoProblem", "clear", "letterhead", "read_logo_file", "save", "with_letterhead"]


def letterhead(database: Database) -> Letterhead | None:
    """The letterhead kept in the vault. A logo that isn't a picture any more (a hand-made backup) is left off."""
    kept = LetterheadStore(database).load()
    if kept is None or not kept.logo:
        return kept
    try:
        return replace(kept, logo=clean_logo(kept.logo))
    except LogoProblem:
        return replace(kept, logo=b"")


def organisation_name(database: Database) -> str:
    """The organisation's name from its letterhead, for the statistics report's title; "" if none is set."""
    kept = LetterheadStore(database).load()
    return kept.name if kept is not None else ""


def read_logo_file(path: Path) -> bytes:
    """The logo in the file at `path`, checked and redrawn (pdf.logo). Raises LogoProblem, also for a file that
    can't be read."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)  # never more than the limit in memory, whatever the file's size
    except OSError as error:
        raise LogoProblem(
            QT_TRANSLATE_NOOP("Letterhead", "The file {name} could not be read ({reason})."),
            name=path.name,
            reason=error.strerror or str(error),  # the system's words, in English
        ) from None
    return clean_logo(data)


def save(database: Database, name: str, address: str, charity_number: str, logo: bytes) -> Letterhead:
    """Check and keep the letterhead. Raises LetterheadProblem, or LogoProblem for a logo not made by
    `read_logo_file` that isn't a picture (what is kept is always a logo redrawn by pdf.logo)."""
    made = make_letterhead(name, address, charity_number, clean_logo(logo) if logo else b"")
    LetterheadStore(database).save(made)
    return made


def clear(database: Database) -> None:
    LetterheadStore(database).clear()


def with_letterhead(letter: LetterContent, relationship: Relationship, kept: Letterhead | None) -> LetterContent:
    """The letter with the organisation's letterhead when an adviser writes it; a family's letters never get one."""
    if kept is None or relationship is not Relationship.ADVISER:
        return letter
    return replace(letter, letterhead=kept)
