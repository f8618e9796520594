"""A rough, honest strength hint for a new passphrase. It advises; the only hard rule is the minimum length.

Length counts most: four or more unrelated words beat a short string of symbols, and are easier to type.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

MIN_LENGTH = 10


class Strength(Enum):
    TOO_SHORT = "too short"
    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


@dataclass(frozen=True)
class StrengthHint:
    strength: Strength
    advice: str


# The example shown on the create screen: anyone who has seen npdrights has seen it, so it is never "strong".
EXAMPLE = "kettle orange bicycle meadow"

_COMMON = {"password", "passphrase", "qwerty", "letmein", "123456", "iloveyou", "welcome", "npdrights"}


def estimate(passphrase: str) -> StrengthHint:
    text = passphrase.strip()
    if len(text) < MIN_LENGTH:
        return StrengthHint(
            Strength.TOO_SHORT,
            f"Use at least {MIN_LENGTH} characters. Four or more words that don't go together work well.",
        )
    lowered = text.lower()
    words = [word for word in lowered.replace("-", " ").split() if word]
    if _letters_only(lowered) == _letters_only(EXAMPLE):
        return StrengthHint(
            Strength.WEAK,
            "This is the example shown on this screen, so anyone who has seen npdrights knows it. Choose your own "
            "words.",
        )
    distinct_characters = len(set(lowered))
    if any(common in lowered for common in _COMMON) or distinct_characters < 5:
        return StrengthHint(
            Strength.WEAK,
            "This looks easy to guess. Avoid common words like 'password' and repeated characters.",
        )
    if len(words) >= 4 or len(text) >= 20:
        return StrengthHint(Strength.STRONG, "Strong. Make sure you can remember it, and keep your recovery code safe.")
    return StrengthHint(Strength.FAIR, "Fair. Adding another word or two would make it much harder to guess.")


def _letters_only(text: str) -> str:
    """'Kettle-Orange Bicycle, meadow!' -> 'kettleorangebicyclemeadow': the example however it is typed."""
    return "".join(character for character in text.lower() if character.isalpha())
