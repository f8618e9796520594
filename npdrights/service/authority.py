"""Recording the family's signed authority on an adviser's case: what the case page and
`npdrights-cli case authority` share."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from npdrights.core.authority import AuthorityDatesWrong, check_authority_dates
from npdrights.core.model import Case
from npdrights.storage.database import Database
from npdrights.storage.repository import Repository

__all__ = ["AuthorityDatesWrong", "record_authority"]


def record_authority(database: Database, case: Case, signed: date | None, expires: date | None, today: date) -> Case:
    """Keep the dates on the case (None, None clears them); returns the case as saved. Raises AuthorityDatesWrong."""
    check_authority_dates(signed, expires, today)
    repository = Repository(database)
    current = repository.case(case.id) or case  # as saved now: notes typed since the page was drawn are kept
    changed = replace(current, authority_signed=signed, authority_expires=expires)
    repository.update_case(changed)
    return changed
