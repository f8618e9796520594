"""Releases chosen in the register explorer, named in the letters that can ask about them (issue 15, item 5).

What a letter may say about them: docs/law.md (Article 15(1)(c) gives "the recipients or categories of
recipient"; which release held a child's data is asked for, not claimed as a right).
"""

from __future__ import annotations

import pytest

from tests.letter_fixtures import build, flat, minimal_data

RELEASES = [
    {"recipient": "Pretend News Group", "reference": "DS99002", "approved": "2019-03-14", "purpose": "Exclusions"},
    {"recipient": "Example Analytics Ltd"},
]


@pytest.mark.parametrize(
    ("kind", "heading", "asks"),
    [
        ("sar-dfe", "Releases I am asking about", "Please tell me whether my data was included in each one"),
        ("sar-organisation", "Why I am writing to you", "personal data about me that you received from the"),
        ("objection-dfe", "Recipients I am most concerned about", "the kind of disclosure this objection is about"),
    ],
)
def test_each_release_is_listed_with_its_reference_and_date(kind: str, heading: str, asks: str) -> None:
    data = minimal_data(kind)
    data["releases"] = RELEASES
    text = flat(build(kind, data).all_text())
    assert heading in text
    assert asks in text
    assert "Pretend News Group (reference DS99002), Thursday 14 March 2019: Exclusions" in text
    assert "Example Analytics Ltd" in text


@pytest.mark.parametrize("kind", ["sar-dfe", "sar-organisation", "objection-dfe"])
def test_no_releases_no_section(kind: str) -> None:
    text = build(kind, minimal_data(kind)).all_text()
    assert "register of external data shares" not in text


def test_the_letter_asks_and_does_not_claim_a_right_to_it() -> None:
    data = minimal_data("sar-dfe")
    data["releases"] = RELEASES[:1]
    text = flat(build("sar-dfe", data).all_text())
    assert "Please tell me whether my data was included in it" in text
    assert "you must tell me" not in text.split("Releases I am asking about")[1].split("Linked datasets")[0]
