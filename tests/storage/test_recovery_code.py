from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from npdrights.storage import recovery_code
from npdrights.storage.errors import MistypedRecoveryCode


@given(st.binary(min_size=32, max_size=32))
def test_round_trip_in_14_groups_of_4(key: bytes) -> None:
    code = recovery_code.encode(key)
    groups = code.split("-")
    assert len(groups) == 14
    assert all(len(group) == 4 for group in groups)
    assert recovery_code.decode(code) == key


@given(st.binary(min_size=32, max_size=32), st.integers(min_value=0, max_value=55), st.data())
def test_any_single_character_typo_is_caught(key: bytes, position: int, data: st.DataObject) -> None:
    text = recovery_code.normalise(recovery_code.encode(key))
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    replacement = data.draw(st.sampled_from([c for c in alphabet if c != text[position]]))
    typo = text[:position] + replacement + text[position + 1 :]
    try:
        decoded = recovery_code.decode(typo)
    except MistypedRecoveryCode:
        return
    # A 24-bit check lets about one typo in 16 million through; if it does, it must not decode to the key.
    assert decoded != key


@pytest.mark.parametrize(("typed", "expected"), [("0", "O"), ("1", "I"), ("8", "B"), (" a-b ", "AB")])
def test_lookalike_digits_and_spacing_are_forgiven(typed: str, expected: str) -> None:
    assert recovery_code.normalise(typed) == expected


def test_wrong_length_says_how_long_a_code_is() -> None:
    with pytest.raises(MistypedRecoveryCode) as caught:
        recovery_code.decode("ABCD-EFGH")
    assert "56 letters and digits" in str(caught.value)
