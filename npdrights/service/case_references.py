"""Each case's reference by its inner id, for a screen that names cases by id (the audit trail, issue 16).

The audit trail itself holds only ids, never a reference; the screen looks them up while the cases are there.
"""

from __future__ import annotations

from npdrights.storage.database import Database
from npdrights.storage.repository import Repository


def case_references(database: Database) -> dict[str, str]:
    """Every case in the vault: id → its reference ("" if it has none)."""
    return {case.id: case.reference for case in Repository(database).cases()}
