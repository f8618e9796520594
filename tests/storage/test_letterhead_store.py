"""The letterhead in the vault: round trip with a logo in parts, clear, and what a damaged value gives."""

from __future__ import annotations

from npdrights.core.letters.letterhead import make_letterhead
from npdrights.storage.letterhead_store import KEY, PART_CHARS, LetterheadStore
from npdrights.storage.vault import Vault


def test_a_letterhead_with_a_logo_of_several_parts_round_trips(vault: Vault) -> None:
    store = LetterheadStore(vault.database)
    assert store.load() is None
    logo = bytes(range(256)) * 500  # 128,000 bytes: three parts of base64
    made = make_letterhead("Exampleton Family Advice", "4 Imaginary Parade\nExampleton", "1234567", logo)
    store.save(made)
    assert store.load() == made
    parts = vault.database.query("SELECT count(*) FROM settings WHERE key LIKE 'organisation:logo:%'")[0][0]
    assert parts == -(-len(logo) * 4 // 3 // PART_CHARS)
    smaller = make_letterhead("Exampleton Family Advice", "Exampleton")
    store.save(smaller)  # the old logo's parts go with it
    assert store.load() == smaller
    assert vault.database.query("SELECT count(*) FROM settings WHERE key LIKE 'organisation:%'")[0][0] == 1
    store.clear()
    assert store.load() is None


def test_a_value_that_is_not_a_letterhead_reads_as_none(vault: Vault) -> None:
    store = LetterheadStore(vault.database)
    store.save(make_letterhead("Exampleton Family Advice", "Exampleton", logo=b"x" * 10))
    vault.database.execute("DELETE FROM settings WHERE key='organisation:logo:0'")
    assert store.load() is None  # a part is missing
    vault.database.execute("UPDATE settings SET value='[1, 2' WHERE key=?", (KEY,))
    assert store.load() is None
