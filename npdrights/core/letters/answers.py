"""The answers a letter is built from: typed, and checked with messages that name the field and the fix.

The JSON answers file (`npdrights-cli letter --answers`), the GUI wizard and the case tracker all end up with
the same `LetterAnswers`. `answers_from_json` turns parsed JSON into one (type errors name the field, e.g.
`pupil.date_of_birth: '2019-13-01' is not a date (expected YYYY-MM-DD)`); `check_answers` then finds what a
particular letter kind still needs, and bad identifiers. The full schema is in docs/answers-schema.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from npdrights.core.codec import CodecError, from_json, to_json
from npdrights.core.identifiers import IdentifierProblem, check_uln, check_upn
from npdrights.core.model import CaseKind, EventKind, PostMethod, Relationship, School
from npdrights.core.register.model import ReleaseRef
from npdrights.core.sentence import IsoDate, Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP


class OrganisationType(Enum):
    MAINTAINED_SCHOOL = "maintained-school"
    NON_MAINTAINED_SPECIAL_SCHOOL = "non-maintained-special-school"  # also bound by the 2005 Regulations' reg 5
    ACADEMY = "academy"  # includes free schools
    INDEPENDENT_SCHOOL = "independent-school"
    ACADEMY_TRUST = "academy-trust"
    LOCAL_AUTHORITY = "local-authority"
    OTHER = "other"  # e.g. a company or researcher named as a recipient of NPD data


class ReplyBy(Enum):
    POST = "post"
    EMAIL = "email"


class Situation(Enum):
    """Plain examples offered by the objection's "particular situation" builder (Art 21(1))."""

    SEN = "sen"
    EXCLUSIONS = "exclusions"
    CARE = "care"
    ADOPTION = "adoption"
    SAFETY = "safety"
    PRIVACY = "privacy"


class RestrictionGround(Enum):
    """Why the use of data should be restricted: UK GDPR Article 18(1)(a) to (d) (docs/law.md §3.2)."""

    ACCURACY = "accuracy"  # (a) accuracy contested, while it is checked
    UNLAWFUL = "unlawful"  # (b) unlawful, but restriction is wanted instead of erasure
    LEGAL_CLAIMS = "legal-claims"  # (c) no longer needed by the controller, but needed for legal claims
    OBJECTION_PENDING = "objection-pending"  # (d) objected under Article 21(1), pending the decision


class Pronoun(Enum):
    HE = "he"
    SHE = "she"
    THEY = "they"


class ErasureGround(Enum):
    OBJECTION_UPHELD = "objection-upheld"  # Art 17(1)(c)
    NO_LONGER_NEEDED = "no-longer-needed"  # Art 17(1)(a)
    UNLAWFUL = "unlawful"  # Art 17(1)(d)


@dataclass(frozen=True)
class Requester:
    name: str = ""
    address: tuple[str, ...] = ()
    postcode: str = ""
    email: str = ""
    phone: str = ""
    relationship: Relationship = Relationship.SELF
    organisation: str = ""  # an adviser's charity or service


@dataclass(frozen=True)
class Pupil:
    """Everything that helps the organisation find the record. Only the name and date of birth are required."""

    name: str = ""
    former_names: tuple[str, ...] = ()
    date_of_birth: date | None = None
    upn: str = ""
    former_upns: tuple[str, ...] = ()
    uln: str = ""
    schools: tuple[School, ...] = ()
    address: tuple[str, ...] = ()  # only if different from the requester's
    postcode: str = ""
    previous_postcodes: tuple[str, ...] = ()  # where the pupil lived before: the record may hold an old address
    sex_at_school: str = ""  # as the school recorded it (the census field), which may differ from today's
    pronoun: Pronoun | None = None  # how the letters refer to the pupil; None: by their first name


@dataclass(frozen=True)
class Recipient:
    """Either an entry of the recipients directory (`directory="dfe"`) or an organisation the user names."""

    directory: str = ""
    name: str = ""
    address: tuple[str, ...] = ()
    postcode: str = ""
    email: str = ""
    type: OrganisationType = OrganisationType.OTHER

    @property
    def is_empty(self) -> bool:
        return not (self.directory or self.name or self.address)


@dataclass(frozen=True)
class Correction:
    item: str = ""
    recorded: str = ""
    correct: str = ""


@dataclass(frozen=True)
class Event:
    date: date
    kind: EventKind
    note: str = ""
    post_method: PostMethod | None = None  # for something the user sent (proof of identity, a clarification)


@dataclass(frozen=True)
class CaseHistory:
    """The first letter of a case and what has happened since: for reminders and complaints."""

    sent: date
    reference: str = ""  # our reference on the first letter
    their_reference: str = ""
    kind: CaseKind = CaseKind.SAR_DFE
    post_method: PostMethod = PostMethod.FIRST_CLASS
    delivered: date | None = None
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class LetterAnswers:
    requester: Requester = field(default_factory=Requester)
    pupil: Pupil = field(default_factory=Pupil)
    date: date | None = None  # the letter's date; today if not given
    reference: str = ""  # made up from the kind and date if not given
    recipient: Recipient = field(default_factory=Recipient)
    send_by: PostMethod = PostMethod.FIRST_CLASS
    reply_by: ReplyBy = ReplyBy.POST
    situations: tuple[Situation, ...] = ()
    grounds: str = ""
    erasure_grounds: tuple[ErasureGround, ...] = ()
    restriction_grounds: tuple[RestrictionGround, ...] = ()
    corrections: tuple[Correction, ...] = ()
    case: CaseHistory | None = None
    complaint: str = ""  # what went wrong, in the requester's words
    harm: str = ""  # how it affected the pupil or family
    educational_record: bool = False  # also ask a maintained school for the record (Pupil Information Regs 2005)
    pupil_authority: bool | None = None  # None: follow the age advice; True/False: the user's own decision
    for_kind: str = ""  # the enclosures checklist: which letter it is for
    releases: tuple[ReleaseRef, ...] = ()  # releases from the DfE's register the letter asks about (issue 15)


@dataclass(frozen=True)
class Problem:
    path: str
    message: str
    code: str
    blocking: bool = True  # False: a warning shown with the letter, which is still made

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class AnswersError(ValueError):
    """The answers cannot make this letter. `problems` names each field and the fix."""

    def __init__(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


_ROOT = LetterAnswers.__name__


def answers_from_json(data: Any) -> LetterAnswers:
    """Parsed JSON -> LetterAnswers. Raises AnswersError naming the first field of the wrong type."""
    if not isinstance(data, dict):
        raise AnswersError([Problem("answers", "expected a JSON object { ... } at the top level", "type")])
    data = dict(data)
    if isinstance(data.get("recipient"), str):
        data["recipient"] = {"directory": data["recipient"]}  # "recipient": "dfe"
    try:
        return from_json(LetterAnswers, data)
    except CodecError as error:
        path, _, message = str(error).partition(": ")
        path = path.removeprefix(_ROOT).lstrip(".") or "answers"
        raise AnswersError([Problem(path, message, "type")]) from None


def answers_to_json(answers: LetterAnswers) -> dict[str, Any]:
    """The inverse of answers_from_json, for saving a draft or writing an example file."""
    data: dict[str, Any] = to_json(answers)
    return data


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
EARLIEST_SCHOOL_YEAR = 1990  # the NPD starts in 2002; a little slack for records held by schools and councils


def check_common(answers: LetterAnswers, letter_date: date) -> list[Problem]:
    """Problems whatever the letter: identifiers, dates in the wrong order, contact details."""
    problems: list[Problem] = []
    requester, pupil = answers.requester, answers.pupil
    if not requester.name.strip():
        problems.append(
            Problem("requester.name", "missing: " + QT_TRANSLATE_NOOP("Problems", "write your full name"), "missing")
        )
    if not [line for line in requester.address if line.strip()]:
        fix = QT_TRANSLATE_NOOP("Problems", "give your postal address, one line per item")
        problems.append(Problem("requester.address", "missing: " + fix, "missing"))
    if requester.email and not _EMAIL.match(requester.email.strip()):
        fix = QT_TRANSLATE_NOOP("Problems", "not an email address (expected name@example.org)")
        problems.append(Problem("requester.email", fix, "format"))
    if answers.reply_by is ReplyBy.EMAIL and not requester.email:
        problems.append(Problem("requester.email", "missing: you asked for the reply by email", "missing"))
    if requester.relationship is Relationship.ADVISER and not requester.organisation.strip():
        problems.append(
            Problem(
                "requester.organisation",
                "missing: " + QT_TRANSLATE_NOOP("Problems", "name the charity or service you advise for"),
                "missing",
            )
        )
    if requester.relationship is not Relationship.SELF and not pupil.name.strip():
        fix = QT_TRANSLATE_NOOP("Problems", "write the pupil's full name")
        problems.append(Problem("pupil.name", "missing: " + fix, "missing"))
    if pupil.date_of_birth is None:
        problems.append(Problem("pupil.date_of_birth", "missing: give it as YYYY-MM-DD", "missing"))
    elif pupil.date_of_birth > letter_date:
        # Sentences, as below, so the wizard can say them in the family's language (issue 18); the English is as it was.
        after = QT_TRANSLATE_NOOP("Problems", "after the letter's date ({dated}): check the year")
        problems.append(Problem("pupil.date_of_birth", Sentence(after, dated=IsoDate.of(letter_date)), "range"))
    problems += _identifier_problems(pupil)
    for index, school in enumerate(pupil.schools):
        path = f"pupil.schools[{index}]"
        if not school.name.strip():
            problems.append(Problem(f"{path}.name", "missing: the school's name", "missing"))
        for name in ("from_year", "to_year"):
            year = getattr(school, name)
            if year is not None and not EARLIEST_SCHOOL_YEAR <= year <= letter_date.year:
                between = QT_TRANSLATE_NOOP("Problems", "{year} is not a year between {first} and {last}")
                said = Sentence(between, year=year, first=EARLIEST_SCHOOL_YEAR, last=letter_date.year)
                problems.append(Problem(f"{path}.{name}", said, "range"))
        if school.from_year and school.to_year and school.from_year > school.to_year:
            swapped = QT_TRANSLATE_NOOP("Problems", "earlier than from_year: check the two years")
            problems.append(Problem(f"{path}.to_year", swapped, "range"))
    if answers.case is not None:
        problems += _case_problems(answers.case, letter_date)
    return problems


def _identifier_problems(pupil: Pupil) -> list[Problem]:
    found: list[tuple[str, IdentifierProblem | None]] = [("pupil.upn", check_upn(pupil.upn) if pupil.upn else None)]
    found += [(f"pupil.former_upns[{index}]", check_upn(upn)) for index, upn in enumerate(pupil.former_upns)]
    found.append(("pupil.uln", check_uln(pupil.uln) if pupil.uln else None))
    return [
        Problem(path, problem.message, problem.code, problem.blocking) for path, problem in found if problem is not None
    ]


def _case_problems(case: CaseHistory, letter_date: date) -> list[Problem]:
    problems: list[Problem] = []
    if case.sent > letter_date:
        problems.append(Problem("case.sent", f"after this letter's date ({letter_date.isoformat()})", "range"))
    if case.delivered is not None and case.delivered < case.sent:
        problems.append(
            Problem("case.delivered", "before case.sent: a letter cannot arrive before it is sent", "range")
        )
    for index, event in enumerate(case.events):
        if not case.sent <= event.date <= letter_date:
            problems.append(
                Problem(
                    f"case.events[{index}].date",
                    f"outside the case: expected between {case.sent.isoformat()} (sent) and {letter_date.isoformat()}",
                    "range",
                )
            )
    return problems


def missing(answers: LetterAnswers, path: str) -> bool:
    """True if the answer at `path` (e.g. "pupil.date_of_birth", "case") is empty."""
    value: Any = answers
    for name in path.split("."):
        if value is None:
            return True
        value = getattr(value, name)
    if isinstance(value, Recipient):
        return value.is_empty
    if isinstance(value, str):
        return not value.strip()
    return value is None or value == ()
