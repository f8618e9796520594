"""The strength hint advises; table of examples and what it should say."""

from __future__ import annotations

import pytest

from npdrights.core.passphrase import Strength, estimate


@pytest.mark.parametrize(
    ("passphrase", "expected"),
    [
        ("", Strength.TOO_SHORT),
        ("abc", Strength.TOO_SHORT),
        ("         x", Strength.TOO_SHORT),
        ("password123456", Strength.WEAK),
        ("aaaaaaaaaaaaaaaa", Strength.WEAK),
        ("Tr0ub4dor&3x", Strength.FAIR),
        ("copper lantern whistle harbour", Strength.STRONG),
        # The example on the create screen, however it is typed (issue 13 item 8): everyone has seen it.
        ("kettle orange bicycle meadow", Strength.WEAK),
        ("Kettle-Orange-Bicycle-Meadow!", Strength.WEAK),
        ("kettleorangebicyclemeadow", Strength.WEAK),
        ("kettle orange bicycle meadow lamp", Strength.STRONG),
        ("a-rather-long-single-string", Strength.STRONG),
    ],
)
def test_strength_table(passphrase: str, expected: Strength) -> None:
    assert estimate(passphrase).strength is expected


def test_every_hint_says_what_to_do() -> None:
    for sample in ("", "password123456", "Tr0ub4dor&3x", "kettle orange bicycle meadow"):
        assert estimate(sample).advice.endswith(".")
