"""The backup carries every table and column of the schema, except the ones it deliberately leaves out.

If a migration adds a column or a table, this fails until backup_tables.py says how to carry it (or why not),
so a backup can never silently drop data.
"""

from __future__ import annotations

from npdrights.storage.backup_tables import NOT_EXPORTED, TABLES
from npdrights.storage.vault import Vault


def test_every_column_of_the_schema_is_exported_or_excused(vault: Vault) -> None:
    tables = [row[0] for row in vault.database.query("SELECT name FROM sqlite_schema WHERE type='table'")]
    in_schema = {
        f"{table}.{column[1]}" for table in tables for column in vault.database.query(f"PRAGMA table_info({table})")
    }
    exported = {f"{table.name}.{column}" for table in TABLES for column in table.column_names}
    excused = {name for name in NOT_EXPORTED if "." in name}
    excused |= {column for column in in_schema if column.split(".")[0] in NOT_EXPORTED}
    assert exported | excused == in_schema
    assert not exported & excused


def test_tables_come_after_the_tables_they_refer_to(vault: Vault) -> None:
    order = [table.name for table in TABLES]
    for table in order:
        for foreign in vault.database.query(f"PRAGMA foreign_key_list({table})"):
            assert order.index(foreign[2]) < order.index(table), f"{table} refers to {foreign[2]}"
