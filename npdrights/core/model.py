"""The things the app talks about: people, organisations, cases and what happened in them.

Frozen dataclasses and enums only. Identifiers are plain strings (UUID hex) chosen by the caller, so the
model never reaches for randomness or the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class IdentityEnum(Enum):
    """An Enum hashed by identity, in C, instead of by its name in Python code (Enum's own `__hash__`).

    The rules engine keeps event kinds in sets and dict keys, and loading a big cases list hashes them well over
    a million times: Enum's hash was a fifth of that time. Members are singletons compared by identity, so equal
    members still hash equal and nothing but the speed changes. (Set order was never fixed: names hash randomly.)
    """

    __hash__ = object.__hash__


class Relationship(Enum):
    """How the person writing relates to the pupil the letter is about."""

    SELF = "self"
    PARENT = "parent"
    CARER = "carer"
    ADVISER = "adviser"


class CaseKind(IdentityEnum):
    """What a case asks for. The first letter of a case has the same kind."""

    SAR_DFE = "sar-dfe"
    SAR_LRS = "sar-lrs"
    SAR_ORGANISATION = "sar-organisation"
    OBJECTION_DFE = "objection-dfe"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"

    @property
    def is_access_request(self) -> bool:
        return self in (CaseKind.SAR_DFE, CaseKind.SAR_LRS, CaseKind.SAR_ORGANISATION)


class EventKind(IdentityEnum):
    """Dated things that happen in a case. A case's status is derived from these, never stored."""

    DRAFTED = "drafted"
    SENT = "sent"
    DELIVERED = "delivered"
    ACKNOWLEDGED = "acknowledged"
    ID_REQUESTED = "id-requested"
    ID_PROVIDED = "id-provided"
    CLARIFICATION_REQUESTED = "clarification-requested"
    CLARIFICATION_PROVIDED = "clarification-provided"
    EXTENSION_NOTIFIED = "extension-notified"
    ANSWERED_FULL = "answered-full"
    ANSWERED_PART = "answered-part"
    REFUSED = "refused"
    OBJECTION_UPHELD = "objection-upheld"
    OBJECTION_REJECTED = "objection-rejected"
    REMINDER_SENT = "reminder-sent"
    COMPLAINT_SENT = "complaint-sent"
    ICO_COMPLAINT_SENT = "ico-complaint-sent"
    ICO_REFERENCE_RECEIVED = "ico-reference-received"
    ICO_OUTCOME_RECEIVED = "ico-outcome-received"
    ICO_REVIEW_REQUESTED = "ico-review-requested"
    CLOSED = "closed"


class PostMethod(IdentityEnum):
    """How a letter went. Decides when it is treated as received (see core.deadlines)."""

    FIRST_CLASS = "first"
    SECOND_CLASS = "second"
    SIGNED_FOR = "signed"
    EMAIL = "email"


@dataclass(frozen=True)
class Address:
    lines: tuple[str, ...]
    postcode: str = ""

    def as_lines(self) -> tuple[str, ...]:
        return (*self.lines, self.postcode) if self.postcode else self.lines


@dataclass(frozen=True)
class School:
    name: str
    from_year: int | None = None
    to_year: int | None = None
    local_authority: str = ""


@dataclass(frozen=True)
class PupilIdentifiers:
    """All optional: many parents don't know them, and the DfE can search by name and date of birth."""

    upn: str = ""
    former_upns: tuple[str, ...] = ()
    uln: str = ""


@dataclass(frozen=True)
class Person:
    id: str
    full_name: str
    date_of_birth: date | None = None
    former_names: tuple[str, ...] = ()
    identifiers: PupilIdentifiers = field(default_factory=PupilIdentifiers)
    schools: tuple[School, ...] = ()
    address: Address | None = None
    past_addresses: tuple[Address, ...] = ()
    email: str = ""
    household_id: str | None = None


@dataclass(frozen=True)
class Household:
    """A family, so an adviser can keep many apart and siblings stay together."""

    id: str
    name: str


@dataclass(frozen=True)
class Organisation:
    """Someone a letter goes to: the DfE, the LRS, the ICO, or a school, trust or council the user added."""

    id: str
    name: str
    address: Address
    email: str = ""
    confirmed: bool = True
    source_url: str = ""
    last_checked: date | None = None


class ChecklistItem(Enum):
    """What an answer to a subject access request must include (UK GDPR Art 15; see core.answer_checklist)."""

    COPY = "copy"
    PURPOSES = "purposes"
    CATEGORIES = "categories"
    RECIPIENTS = "recipients"
    RELEASES = "releases"
    RETENTION = "retention"
    SOURCE = "source"
    RIGHTS = "rights"
    AUTOMATED_DECISIONS = "automated-decisions"
    TRANSFER_SAFEGUARDS = "transfer-safeguards"
    REASONS_WITHHELD = "reasons-withheld"


@dataclass(frozen=True)
class WrongFact:
    """Something an answer shows the organisation has wrong: what, what it says, and what is right."""

    item: str
    recorded: str
    correct: str


@dataclass(frozen=True)
class AnswerCheck:
    """The user's check of an answer: what it contained, and any wrong facts it showed."""

    received: tuple[ChecklistItem, ...] = ()
    wrong_facts: tuple[WrongFact, ...] = ()


@dataclass(frozen=True)
class CaseEvent:
    id: str
    case_id: str
    kind: EventKind
    on: date
    reference: str = ""
    note: str = ""
    post_method: PostMethod | None = None
    # When something the user sent reached the other side, if known (e.g. signed-for post); otherwise it is
    # deemed from `on` and `post_method` (core.deadlines.deemed_receipt).
    delivered_on: date | None = None
    # An extension: how many more months the organisation said it needs (the law allows at most two).
    extension_months: int | None = None
    # An answer: the user's check of what it contained, once done.
    check: AnswerCheck | None = None


# Slotted: a big vault's list holds one per case, and slots take about 50 bytes less each (issue 17: memory).
@dataclass(frozen=True, slots=True)
class Case:
    id: str
    kind: CaseKind
    person_id: str
    organisation_id: str
    requester_id: str
    relationship: Relationship
    reference: str
    created_on: date
    notes: str = ""
    # An adviser's case: when the family signed its authority for the adviser to act, and when that ends, if it
    # does (see core.authority).
    authority_signed: date | None = None
    authority_expires: date | None = None
