"""Pupil identifiers checked the way the DfE issues them, with a code and a plain message for each fault.

UPN: 13 characters, a check letter then the local-authority code, school number, year and serial; checked
with python-stdnum (`stdnum.gb.upn`). ULN: the Learning Records Service's 10-digit Unique Learner Number
(docs/law.md §9.3). Nothing is ever silently dropped: a bad identifier is reported, never ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

from stdnum import exceptions as stdnum_errors
from stdnum.gb import upn as stdnum_upn

from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP

ULN_LENGTH = 10


@dataclass(frozen=True)
class IdentifierProblem:
    code: str  # "upn.length", "upn.format", "upn.local-authority", "upn.check-letter", "uln.format"
    message: str  # a Sentence: the screens say it in their language (issue 18)
    blocking: bool = True  # False: worth a warning, but the identifier may well be right


def normal_upn(text: str) -> str:
    """Upper case, no spaces: how the UPN is printed on letters."""
    return str(stdnum_upn.compact(text))


def normal_uln(text: str) -> str:
    return "".join(text.split())


def check_upn(text: str) -> IdentifierProblem | None:
    number = normal_upn(text)
    try:
        stdnum_upn.validate(number)
    except stdnum_errors.InvalidLength:
        return IdentifierProblem(
            "upn.length",
            Sentence(
                QT_TRANSLATE_NOOP("Problems", "a UPN has 13 characters (a letter, then 12 more); {number} has {count}"),
                number=repr(number),
                count=len(number),
            ),
        )
    except stdnum_errors.InvalidFormat:
        return IdentifierProblem(
            "upn.format",
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Problems", "{number} is not a UPN: it should be a letter, 11 digits, then a digit or a letter"
                ),
                number=repr(number),
            ),
        )
    except stdnum_errors.InvalidComponent:
        # stdnum's list of local-authority codes dates from 2011; councils created since (e.g. in Dorset in
        # 2019, Northamptonshire in 2021) have newer codes. A matching check letter means it is probably right.
        if stdnum_upn.calc_check_digit(number[1:]) == number[0]:
            return IdentifierProblem(
                "upn.local-authority",
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "{code} in UPN {number} is not a local-authority code the app knows (its list is from 2011); "
                        "the check letter matches, so it is probably a newer council's code",
                    ),
                    code=number[1:4],
                    number=repr(number),
                ),
                blocking=False,
            )
        return IdentifierProblem(
            "upn.local-authority",
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Problems",
                    "{number} is not a UPN: {code} (characters 2 to 4) is not an English local-authority code",
                ),
                number=repr(number),
                code=number[1:4],
            ),
        )
    except stdnum_errors.InvalidChecksum:
        return IdentifierProblem(
            "upn.check-letter",
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Problems",
                    "{number} is not a UPN: the first letter does not match the rest; check each character for a typo",
                ),
                number=repr(number),
            ),
        )
    return None


def check_uln(text: str) -> IdentifierProblem | None:
    number = normal_uln(text)
    if len(number) != ULN_LENGTH or not number.isdigit():
        return IdentifierProblem(
            "uln.format",
            Sentence(QT_TRANSLATE_NOOP("Problems", "a ULN is 10 digits; {number} is not"), number=repr(number)),
        )
    return None
