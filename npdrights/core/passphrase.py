"""A rough, honest strength hint for a new passphrase. It advises; the only hard rule is the minimum length.

Length counts most: four or more unrelated words beat a short string of symbols, and are easier to type.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from npdrights.core.translatable import QT_TRANSLATE_NOOP

MIN_LENGTH = 10


class Strength(Enum):
    TOO_SHORT = "too short"
    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


# The screens translate the advice in this context before filling in {count} (lupdate needs the literal in
# each QT_TRANSLATE_NOOP call).
ADVICE_CONTEXT = "Passphrase"


@dataclass(frozen=True)
class StrengthHint:
    strength: Strength
    template: str  # the advice in English, with {count} for the minimum length

    @property
    def advice(self) -> str:
        return self.template.format(count=MIN_LENGTH)


# The example shown on the create screen: anyone who has seen npdrights has seen it, so it is never "strong".
EXAMPLE = "kettle orange bicycle meadow"

_COMMON = {"password", "passphrase", "qwerty", "letmein", "123456", "iloveyou", "welcome", "npdrights"}


def estimate(passphrase: str) -> StrengthHint:
    text = passphrase.strip()
    if len(text) < MIN_LENGTH:
        return StrengthHint(
            Strength.TOO_SHORT,
            QT_TRANSLATE_NOOP(
                "Passphrase", "Use at least {count} characters. Four or more words that don't go together work well."
            ),
        )
    lowered = text.lower()
    words = [word for word in lowered.replace("-", " ").split() if word]
    if _letters_only(lowered) == _letters_only(EXAMPLE):
        return StrengthHint(
            Strength.WEAK,
            QT_TRANSLATE_NOOP(
                "Passphrase",
                "This is the example shown on this screen, so anyone who has seen npdrights knows it. Choose your "
                "own words.",
            ),
        )
    distinct_characters = len(set(lowered))
    if any(common in lowered for common in _COMMON) or distinct_characters < 5:
        return StrengthHint(
            Strength.WEAK,
            QT_TRANSLATE_NOOP(
                "Passphrase", "This looks easy to guess. Avoid common words like 'password' and repeated characters."
            ),
        )
    if len(words) >= 4 or len(text) >= 20:
        return StrengthHint(
            Strength.STRONG,
            QT_TRANSLATE_NOOP("Passphrase", "Strong. Make sure you can remember it, and keep your recovery code safe."),
        )
    return StrengthHint(
        Strength.FAIR,
        QT_TRANSLATE_NOOP("Passphrase", "Fair. Adding another word or two would make it much harder to guess."),
    )


def _letters_only(text: str) -> str:
    """'Kettle-Orange Bicycle, meadow!' -> 'kettleorangebicyclemeadow': the example however it is typed."""
    return "".join(character for character in text.lower() if character.isalpha())
