"""The family's signed authority in an adviser's case: recorded or not, still current, ending soon, or ended.

An adviser acts for a family only with its written authority (the letter encloses it: see the adviser-authority
form). Charities commonly give that authority an end date; npdrights keeps the dates the adviser records and
says, on the case page and in `npdrights-cli case authority`, whether it still covers writing today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from npdrights.core.dates import long_date
from npdrights.core.model import Case, Relationship
from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wording import plural

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
    """The dates typed can't be right: the message says why."""


def check_authority_dates(signed: date | None, expires: date | None, today: date) -> None:
    """Raises AuthorityDatesWrong for dates that can't be true."""
    if signed is None and expires is not None:
        raise AuthorityDatesWrong("Give the day the family signed the authority as well as the day it ends.")
    if signed is not None and signed > today:
        raise AuthorityDatesWrong(f"The authority can't be signed after today ({long_date(today)}).")
    if signed is not None and expires is not None and expires <= signed:
        raise AuthorityDatesWrong("The authority must end after the day it was signed.")


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
        # Counted in days (a plural), so said in English for now: it shows for only a month before the end.
        when = "today" if left == 0 else f"in {plural(left, 'day')}"
        return AuthorityState(
            AuthorityStatus.ENDING_SOON,
            f"The family's signed authority ends on {long_date(expires)}, {when}. Ask them to sign a new one if "
            "the case will go on.",
        )
    return AuthorityState(
        AuthorityStatus.CURRENT,
        Sentence(
            QT_TRANSLATE_NOOP("Authority", "The family signed its authority on {signed}. It lasts until {expires}."),
            signed=signed,
            expires=expires,
        ),
    )
