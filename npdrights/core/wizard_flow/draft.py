"""What a journey has typed so far (`Draft`), and the choices that shape it: the journey, the follow-up, the
target. Plain data: the rest of the package reads it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum, IntEnum

from npdrights.core.letters.answers import (
    CaseHistory,
    Correction,
    ErasureGround,
    OrganisationType,
    Pronoun,
    ReplyBy,
    RestrictionGround,
    Situation,
)
from npdrights.core.model import Address, CaseKind, PostMethod, Relationship, School
from npdrights.core.next_steps import ActionKind
from npdrights.core.register.model import ReleaseRef

DFE = "dfe"


class Journey(Enum):
    """The choices on the start screen ("What do you want to do?")."""

    ASK = "ask"  # find out what the DfE (or a school or council) holds
    OBJECT = "object"  # stop the DfE giving a child's data to companies and the press
    CORRECT = "correct"  # get wrong information corrected
    ERASE = "erase"  # ask for data to be deleted
    RESTRICT = "restrict"  # ask for the use of data to be restricted while something is settled
    FOLLOW_UP = "follow-up"  # no answer, or a bad one: a reminder, a complaint, or corrections


class FollowUp(Enum):
    """What a follow-up journey writes; each value is a letter kind."""

    REMINDER = "reminder"
    COMPLAINT = "complaint-organisation"
    ICO = "complaint-ico"
    CORRECTION = "rectification"


# The tracker's "what you can do next" buttons, and the follow-up each opens.
FOLLOW_UP_FOR_ACTION: Mapping[ActionKind, FollowUp] = {
    ActionKind.REMINDER: FollowUp.REMINDER,
    ActionKind.COMPLAIN_TO_ORGANISATION: FollowUp.COMPLAINT,
    ActionKind.COMPLAIN_TO_ICO: FollowUp.ICO,
    ActionKind.RECTIFICATION: FollowUp.CORRECTION,
}


class Step(IntEnum):
    """The wizard's pages; the values are the QWizard page ids."""

    FOLLOW_UP = 1  # which case, and what to do about it
    WHO_ASKING = 2
    ABOUT = 3  # who it is about: one or more children, or yourself
    CONSENT = 4  # the rules engine's advice: who signs, and which form goes in the envelope
    RECIPIENT = 5
    WANT = 6  # kind-specific: what to ask for, grounds, corrections, erasure grounds, the complaint
    SEND = 7
    PREVIEW = 8
    FINISH = 9  # save the case(s), and mark as sent now or later


class Target(Enum):
    """Which organisation, and for the DfE which record, a request goes to."""

    DFE = "dfe"  # the National Pupil Database and linked DfE data
    LRS = "lrs"  # the Learning Records Service's learning record (the letter goes to the DfE, which runs it)
    ORGANISATION = "organisation"  # a school, academy trust, council or other recipient of NPD data


@dataclass
class RequesterDraft:
    person_id: str = ""  # a saved person, or "" for someone new
    relationship: Relationship | None = None
    name: str = ""
    address: tuple[str, ...] = ()
    postcode: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""  # an adviser's charity or service
    household_id: str | None = None


@dataclass
class PupilDraft:
    person_id: str = ""
    name: str = ""
    former_names: tuple[str, ...] = ()
    date_of_birth: date | None = None
    upn: str = ""
    former_upns: tuple[str, ...] = ()
    uln: str = ""
    schools: tuple[School, ...] = ()
    past_addresses: tuple[Address, ...] = ()
    household_id: str | None = None
    authority: bool | None = None  # does the child agree and sign? None: follow the age guide
    pronoun: Pronoun | None = None  # how the letters refer to the child; None: by their first name
    # The random part of this child's letter reference, picked once (core.letters.new_reference_tag) and kept
    # with the draft, so every preview shows the same reference and Finish saves it with the case.
    reference_tag: str = ""


@dataclass
class OrganisationDraft:
    """A school, trust, council or other body the user names (saved in their vault), or one already saved."""

    id: str = ""
    name: str = ""
    address: tuple[str, ...] = ()
    postcode: str = ""
    email: str = ""
    type: OrganisationType = OrganisationType.OTHER


@dataclass
class EarlierLetter:
    """A letter sent before the app was used, typed in so it can be followed up."""

    kind: CaseKind = CaseKind.SAR_DFE
    sent: date | None = None
    post_method: PostMethod = PostMethod.FIRST_CLASS
    reference: str = ""  # the reference on that letter, if it had one
    their_reference: str = ""


@dataclass
class Draft:
    journey: Journey
    today: date
    # The letter's own date, if not today: a letter posted last week and recorded now is re-dated to match.
    letter_date: date | None = None
    requester: RequesterDraft = field(default_factory=RequesterDraft)
    pupils: list[PupilDraft] = field(default_factory=list)
    target: Target = Target.DFE
    organisation: OrganisationDraft = field(default_factory=OrganisationDraft)
    situations: tuple[Situation, ...] = ()
    grounds: str = ""
    erasure_grounds: tuple[ErasureGround, ...] = ()
    restriction_grounds: tuple[RestrictionGround, ...] = ()
    corrections: tuple[Correction, ...] = ()
    complaint: str = ""
    harm: str = ""
    educational_record: bool = False
    send_by: PostMethod = PostMethod.FIRST_CLASS
    reply_by: ReplyBy = ReplyBy.POST
    large_print: bool = False
    releases: tuple[ReleaseRef, ...] = ()  # from the register explorer: named in the letter (issue 15)
    # Follow-ups only.
    enclose_first_letter: bool = True  # a reminder or complaint prints with a copy of the case's first letter
    follow_up: FollowUp | None = None
    case_id: str = ""  # the tracked case followed up, or "" for an earlier letter typed in
    history: CaseHistory | None = None  # from the tracked case
    earlier: EarlierLetter = field(default_factory=EarlierLetter)

    @property
    def dated(self) -> date:
        """The date the letter bears (and its draft was made)."""
        return self.letter_date or self.today

    @property
    def is_follow_up(self) -> bool:
        return self.journey is Journey.FOLLOW_UP

    @property
    def follows_tracked_case(self) -> bool:
        return self.is_follow_up and bool(self.case_id)

    @property
    def is_self(self) -> bool:
        return self.requester.relationship is Relationship.SELF

    @property
    def starts_new_request(self) -> bool:
        """A new request starts its own clock; a reminder or complaint continues its case's."""
        return self.follow_up in (None, FollowUp.CORRECTION)
