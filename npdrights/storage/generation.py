"""The whole-vault rollback check: a counter kept both in cases.db (`meta`) and in vault.json.

Page MACs can't tell an old but intact copy of cases.db from the current one (security-design.md §1.5), so
every unlock raises the counter: in the database first, then in vault.json. A database behind vault.json was
put back from an older copy. A database ahead of it is what a crash between the two writes leaves, and is
fine. vault.json is sealed with a MAC under the data key (keyslots.SlotFile.seal), so lowering its counter is
noticed too; an old copy of the whole folder put back together is still seen as consistent, unless the vault is
remembered on this computer: then the keychain keeps a third copy of the counter (generation_witness.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from npdrights.storage.errors import OlderDatabase
from npdrights.storage.keyslots import SlotFile

if TYPE_CHECKING:  # the database engine (apsw) loads when a vault is opened, not when the Unlock screen starts
    from npdrights.storage.database import Database

KEY = "generation"


def of_database(database: Database) -> int:
    rows = database.query("SELECT value FROM meta WHERE key=?", (KEY,))
    try:
        return int(rows[0][0]) if rows else 0
    except ValueError:
        return 0


def check(database: Database, vault_generation: int, *, accept_older: bool = False) -> None:
    """Only the check of `advance`, for a database that can't be written just now (a full disk)."""
    current = of_database(database)
    if current < vault_generation and not accept_older:
        raise OlderDatabase(current, vault_generation)


def advance(database: Database, vault_generation: int, *, accept_older: bool = False) -> int:
    """Check the database against vault.json's counter, then raise it in the database. Returns the new value,
    which the caller then writes to vault.json. Raises OlderDatabase unless `accept_older`.

    Read and raised in one IMMEDIATE transaction: two unlocks at once could otherwise both read N, and the slower
    one write N+1 over another's N+2, leaving the database behind vault.json (issue 11, item 17's race test).
    """
    with database.exclusive_use() as connection:
        connection.execute("BEGIN IMMEDIATE")
        try:
            current = of_database(database)
            if current < vault_generation and not accept_older:
                raise OlderDatabase(current, vault_generation)
            new = max(current, vault_generation) + 1
            database.execute(
                "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (KEY, str(new)),
            )
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    return new


def raise_to(new_generation: int) -> Callable[[SlotFile], None]:
    """A change for `update_slot_file`: vault.json's counter up to `new_generation` (never down)."""

    def change(slots: SlotFile) -> None:
        slots.generation = max(slots.generation, new_generation)

    return change


def forget(slots: SlotFile) -> None:
    """After a deliberate step back (a snapshot put in place): accept whatever database is there next time."""
    slots.generation = 0
