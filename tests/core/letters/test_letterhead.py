"""What an adviser types for the letterhead: tidied, or refused with a reason they can act on."""

from __future__ import annotations

import pytest

from npdrights.core.letters.letterhead import LetterheadProblem, make_letterhead


def test_a_letterhead_is_tidied_and_printed_as_three_lines() -> None:
    made = make_letterhead("  Exampleton   Family Advice ", "4 Imaginary Parade\n\n  Exampleton \nEX9 9ZZ", "sc 012345")
    assert made.address == ("4 Imaginary Parade", "Exampleton", "EX9 9ZZ")
    assert made.charity_number == "SC012345"
    assert made.lines == (
        "Exampleton Family Advice",
        "4 Imaginary Parade, Exampleton, EX9 9ZZ",
        "Registered charity number SC012345",
    )
    assert make_letterhead("Exampleton Family Advice", "Exampleton").lines[1:] == ("Exampleton",)


# (charity number as typed, whether it is one): the three UK registers' forms.
NUMBERS = [
    ("123456", True),  # England and Wales, older 6 digits
    ("1234567", True),  # England and Wales
    ("SC012345", True),  # Scotland (OSCR)
    ("NIC100001", True),  # Northern Ireland
    ("12345", False),
    ("12345678", False),
    ("SC12345", False),
    ("GB123456", False),
    ("1234567-1", False),
]


@pytest.mark.parametrize(("number", "valid"), NUMBERS)
def test_charity_numbers_of_the_three_uk_registers(number: str, valid: bool) -> None:
    if valid:
        assert make_letterhead("Exampleton Family Advice", "Exampleton", number).charity_number == number
    else:
        with pytest.raises(LetterheadProblem, match="isn't a charity number"):
            make_letterhead("Exampleton Family Advice", "Exampleton", number)


@pytest.mark.parametrize(
    ("name", "address", "message"),
    [
        ("", "Exampleton", "Type the organisation's name."),
        ("A" * 101, "Exampleton", "keep it to 100 characters"),
        ("Exampleton Family Advice", "  \n ", "Type the organisation's address"),
        ("Exampleton Family Advice", "a\nb\nc\nd\ne", "Keep the address to 4 lines"),
        ("Exampleton Family Advice", "x" * 81, "keep each to 80 characters"),
    ],
)
def test_what_cannot_be_a_letterhead_is_refused_plainly(name: str, address: str, message: str) -> None:
    with pytest.raises(LetterheadProblem, match=message):
        make_letterhead(name, address)
