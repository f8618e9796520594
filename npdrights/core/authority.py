"""The family's signed authority in an adviser's case: recorded or not, still current, ending soon, or ended.

An adviser acts for a family only with its written authority (the letter encloses it: see the adviser-authority
form). Charities commonly give that authority an end date; npdrights keeps the dates the adviser records and
says, on the case page and in `npdrights-cli case authority`, whether it still covers writing today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from npdrights.core.model import Case, Relationship
from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP

ENDING_SOON_DAYS = 30


class AuthorityStatus(Enum):
    NOT_NEEDED = "not-needed"  # the family writes for itself
    MISSING = "missing"
    CURRENT = "current"
    ENDING_SOON = "ending-soon"
    ENDED = "ended"


@dataclass(frozen=True)
class AuthorityState:
    status: AuthorityStatus
    sentence: str  # "" when not needed

    @property
    def needs_attention(self) -> bool:
        return self.status in (AuthorityStatus.MISSING, AuthorityStatus.ENDING_SOON, AuthorityStatus.ENDED)


class AuthorityDatesWrong(ValueError):
    """The dates typed can't be right: the message says why (a Sentence, so a screen can say it in its language)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def check_authority_dates(signed: date | None, expires: date | None, today: date) -> None:
    """Raises AuthorityDatesWrong for dates that can't be true."""
    if signed is None and expires is not None:
        raise AuthorityDatesWrong(
            QT_TRANSLATE_NOOP("Authority", "Give the day the family signed the authority as well as the day it ends.")
        )
    if signed is not None and signed > today:
        raise AuthorityDatesWrong(
            Sentence(
                QT_TRANSLATE_NOOP("Authority", "The authority can't be signed after today ({today})."), today=today
            )
        )
    if signed is not None and expires is not None and expires <= signed:
        raise AuthorityDatesWrong(QT_TRANSLATE_NOOP("Authority", "The authority must end after the day it was signed."))


def authority_state(case: Case, today: date) -> AuthorityState:
    if case.relationship is not Relationship.ADVISER:
        return AuthorityState(AuthorityStatus.NOT_NEEDED, "")
    signed, expires = case.authority_signed, case.authority_expires
    if signed is None:
        return AuthorityState(
            AuthorityStatus.MISSING,
            QT_TRANSLATE_NOOP(
                "Authority",
                "No signed authority from the family is recorded. You need one to act for them: record the day they "
                "signed it.",
            ),
        )
    if expires is None:
        return AuthorityState(
            AuthorityStatus.CURRENT,
            Sentence(
                QT_TRANSLATE_NOOP("Authority", "The family signed its authority on {signed}. It has no end date."),
                signed=signed,
            ),
        )
    if expires < today:
        return AuthorityState(
            AuthorityStatus.ENDED,
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Authority",
                    "The family's signed authority ended on {expires}. Ask them to sign a new one before you write for "
                    "them again.",
                ),
                expires=expires,
            ),
        )
    left = (expires - today).days
    if left <= ENDING_SOON_DAYS:
        return AuthorityState(AuthorityStatus.ENDING_SOON, _ending_soon(expires, left))
    return AuthorityState(
        AuthorityStatus.CURRENT,
        Sentence(
            QT_TRANSLATE_NOOP("Authority", "The family signed its authority on {signed}. It lasts until {expires}."),
            signed=signed,
            expires=expires,
        ),
    )


def _ending_soon(expires: date, left: int) -> Sentence:
    """The month before the authority ends: 'today', or how many days are left (a plural on screen)."""
    if left == 0:
        return Sentence(
            QT_TRANSLATE_NOOP(
                "Authority",
                "The family's signed authority ends on {expires}, today. Ask them to sign a new one if the case will "
                "go on.",
            ),
            expires=expires,
        )
    return Sentence.counted(
        QT_TRANSLATE_NOOP(
            "Authority",
            "The family's signed authority ends on {expires}, in %n day(s). Ask them to sign a new one if the case "
            "will go on.",
            "",
            1,  # a count: lupdate gives the text plural forms
        ),
        left,
        expires=expires,
    )
