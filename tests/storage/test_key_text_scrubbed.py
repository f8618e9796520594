"""Issue 11, item 9 (part): the text copies of the database key that SQLite is given are overwritten once used.

What Python cannot promise (other copies inside SQLite or freed memory) is said in the README."""

from __future__ import annotations

from npdrights.storage.database import _key_pragmas, scrub


def test_the_key_pragma_is_overwritten_and_constants_are_left_alone() -> None:
    key = bytes(range(32))
    pragmas = _key_pragmas(key)
    assert key.hex() in pragmas[2]
    for pragma in pragmas:
        scrub(pragma)
    assert set(pragmas[2]) == {"\x00"}
    assert pragmas[0] == "PRAGMA cipher='sqlcipher'"  # a literal shared with the code: never touched
