"""The guided journeys, independent of any user interface: what each one asks, in what order, and what is wrong.

A `Draft` holds everything typed so far. `steps(draft)` lists the pages a journey needs and `next_step(draft,
current)` chooses the next one, so every branch is decided (and tested) here; the Qt wizard only shows pages.
`problems(step, draft, ...)` says what still stops a page, each `Problem` naming the field and the fix; most of
the checking is the letters' own (`check_answers`), so the wizard and the letter never disagree.

`answers_for(draft, index)` turns the draft into the `LetterAnswers` for one child (siblings get one letter
each), and `plan_cases` says which cases, people and events Finish saves. Nothing here does I/O, picks ids or
reads the clock: the caller passes `today` and a `new_id` function.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import Enum, IntEnum
from typing import Any

from npdrights.core.answer_checklist import corrections, latest_check, missing_items, missing_note
from npdrights.core.dates import day_month_year
from npdrights.core.letters.answers import (
    CaseHistory,
    Correction,
    ErasureGround,
    Event,
    LetterAnswers,
    OrganisationType,
    Problem,
    Pronoun,
    Pupil,
    Recipient,
    ReplyBy,
    Requester,
    RestrictionGround,
    Situation,
)
from npdrights.core.letters.build import check_answers, make_reference
from npdrights.core.letters.kinds import kind_named
from npdrights.core.letters.recipients import DirectoryEntry
from npdrights.core.letters.timing import TimingError, case_timing
from npdrights.core.letters.voice import requester_for
from npdrights.core.model import (
    Address,
    Case,
    CaseEvent,
    CaseKind,
    EventKind,
    Household,
    Organisation,
    Person,
    PostMethod,
    PupilIdentifiers,
    Relationship,
    School,
)
from npdrights.core.next_steps import ActionKind
from npdrights.core.register.model import ReleaseRef
from npdrights.core.requesters import Asker, age_on

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

# The event Mark as sent records for a letter that continues a case.
SENT_EVENT: Mapping[FollowUp, EventKind] = {
    FollowUp.REMINDER: EventKind.REMINDER_SENT,
    FollowUp.COMPLAINT: EventKind.COMPLAINT_SENT,
    FollowUp.ICO: EventKind.ICO_COMPLAINT_SENT,
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


# -- which letter, which pages ------------------------------------------------------------------


def letter_kind(draft: Draft) -> str:
    """The letter kind this draft makes (one per child)."""
    if draft.is_follow_up:
        return (draft.follow_up or FollowUp.REMINDER).value
    if draft.journey is Journey.ASK:
        return {Target.DFE: "sar-dfe", Target.LRS: "sar-lrs", Target.ORGANISATION: "sar-organisation"}[draft.target]
    return {
        Journey.OBJECT: "objection-dfe",
        Journey.CORRECT: "rectification",
        Journey.ERASE: "erasure",
        Journey.RESTRICT: "restriction",
    }[draft.journey]


def steps(draft: Draft) -> tuple[Step, ...]:
    """The pages this draft's journey needs, in order. Follow-ups depend on what was chosen on the first page."""
    if draft.is_follow_up:
        pages = [Step.FOLLOW_UP]
        if not draft.case_id:  # an earlier letter typed in: who, about whom and to whom are not known yet
            pages += [Step.WHO_ASKING, Step.ABOUT, Step.RECIPIENT]
        if draft.follow_up in (FollowUp.COMPLAINT, FollowUp.ICO, FollowUp.CORRECTION):
            pages.append(Step.WANT)
        if draft.follow_up is not FollowUp.ICO:  # the ICO pack goes into the ICO's online form, not the post
            pages.append(Step.SEND)
        return (*pages, Step.PREVIEW, Step.FINISH)
    pages = [Step.WHO_ASKING, Step.ABOUT, Step.CONSENT]
    if draft.journey is not Journey.OBJECT:  # an objection is always to the DfE
        pages.append(Step.RECIPIENT)
    return (*pages, Step.WANT, Step.SEND, Step.PREVIEW, Step.FINISH)


def first_step(draft: Draft) -> Step:
    return steps(draft)[0]


def next_step(draft: Draft, current: Step) -> Step | None:
    """The page after `current`, or None after the last. A page no longer in the journey goes to the next that is."""
    pages = steps(draft)
    later = [step for step in pages if step > current]
    return later[0] if later else None


# -- answers --------------------------------------------------------------------------------------


def recipient_of(draft: Draft) -> Recipient:
    if draft.target is Target.ORGANISATION:
        organisation = draft.organisation
        return Recipient(
            name=organisation.name,
            address=organisation.address,
            postcode=organisation.postcode,
            email=organisation.email,
            type=organisation.type,
        )
    return Recipient(directory=DFE)  # the LRS's learning record is asked of the DfE, which controls it


def pupil_of(draft: Draft, index: int) -> Pupil:
    pupil = draft.pupils[index]
    name = draft.requester.name if draft.is_self else pupil.name
    return Pupil(
        name=name,
        former_names=pupil.former_names,
        date_of_birth=pupil.date_of_birth,
        upn=pupil.upn,
        former_upns=pupil.former_upns,
        uln=pupil.uln,
        schools=pupil.schools,
        # The postcodes of past addresses help the DPO find a record kept under an old address.
        previous_postcodes=tuple(address.postcode for address in pupil.past_addresses if address.postcode),
        pronoun=pupil.pronoun,
    )


def history_of(draft: Draft) -> CaseHistory | None:
    """The case a follow-up continues: the tracked one, or the earlier letter typed in."""
    if not draft.is_follow_up:
        return None
    if draft.history is not None:
        return draft.history
    earlier = draft.earlier
    if earlier.sent is None:
        return None
    return CaseHistory(
        sent=earlier.sent,
        reference=earlier.reference,
        their_reference=earlier.their_reference,
        kind=earlier.kind,
        post_method=earlier.post_method,
    )


def letter_reference(draft: Draft, index: int) -> str:
    """The `index`th letter's reference, from its child's random tag; "" where the letter keeps its case's own
    reference (a reminder or complaint) or no tag has been picked yet."""
    tag = draft.pupils[index].reference_tag if index < len(draft.pupils) else ""
    history = history_of(draft)
    if not tag or (not _starts_new_request(draft) and history is not None and history.reference):
        return ""
    return make_reference(kind_named(letter_kind(draft)), draft.dated, tag)


def answers_for(draft: Draft, index: int = 0) -> LetterAnswers:
    """The answers for the letter about the `index`th child (or about the requester)."""
    requester = draft.requester
    pupil = draft.pupils[index] if draft.pupils else PupilDraft()
    return LetterAnswers(
        requester=Requester(
            name=requester.name,
            address=requester.address,
            postcode=requester.postcode,
            email=requester.email,
            phone=requester.phone,
            relationship=requester.relationship or Relationship.SELF,
            organisation=requester.organisation if requester.relationship is Relationship.ADVISER else "",
        ),
        pupil=pupil_of(draft, index) if draft.pupils else Pupil(),
        date=draft.dated,
        reference=letter_reference(draft, index),
        recipient=recipient_of(draft),
        send_by=PostMethod.EMAIL if draft.follow_up is FollowUp.ICO else draft.send_by,
        reply_by=draft.reply_by,
        situations=draft.situations,
        grounds=draft.grounds,
        erasure_grounds=draft.erasure_grounds,
        restriction_grounds=draft.restriction_grounds,
        corrections=draft.corrections,
        case=history_of(draft) if draft.follow_up is not FollowUp.CORRECTION else None,
        complaint=draft.complaint,
        harm=draft.harm,
        educational_record=draft.educational_record,
        pupil_authority=pupil.authority,
        releases=draft.releases,
    )


def asker(draft: Draft, index: int) -> Asker | None:
    """The rules engine's name for who is asking about the `index`th child, once their age is known."""
    born = draft.pupils[index].date_of_birth if index < len(draft.pupils) else None
    if draft.requester.relationship is None or born is None:
        return None
    age = age_on(born, draft.today)
    return requester_for(draft.requester.relationship, age, draft.pupils[index].authority)


def encloses_first_letter(draft: Draft) -> bool:
    """A reminder or complaint to the organisation says a copy of the first letter is enclosed (its template's
    'enclosure' line); the ICO's pack goes online and a request for corrections starts afresh."""
    return draft.follow_up in (FollowUp.REMINDER, FollowUp.COMPLAINT)


def forms_to_enclose(draft: Draft, index: int) -> tuple[str, ...]:
    """The forms printed with the `index`th child's letter, to be signed and sent with it (letter kinds)."""
    if draft.is_follow_up:
        return ()  # the first letter carried them
    who = asker(draft, index)
    if who is Asker.PARENT_WITH_AUTHORITY:
        return ("child-authority",)
    if who is Asker.ADVISER:
        return ("adviser-authority",)
    return ()


# -- problems -------------------------------------------------------------------------------------

# What each field is called on screen, so a message names what the user sees.
FIELD_LABELS: Mapping[str, str] = {
    "requester.relationship": "Who is asking",
    "requester.name": "Your full name",
    "requester.address": "Your address",
    "requester.postcode": "Postcode",
    "requester.email": "Your email address",
    "requester.organisation": "Your organisation",
    "pupils": "Who it is about",
    "pupil.name": "Full name",
    "pupil.date_of_birth": "Date of birth",
    "pupil.upn": "Unique Pupil Number (UPN)",
    "pupil.former_upns": "Former UPNs",
    "pupil.uln": "Unique Learner Number (ULN)",
    "pupil.schools": "Schools",
    "recipient": "Who it goes to",
    "recipient.address": "Address",
    "organisation.name": "Organisation's name",
    "organisation.address": "Organisation's address",
    "situations": "Your situation",
    "grounds": "Your reasons in your own words",
    "erasure_grounds": "Why the data should be deleted",
    "restriction_grounds": "Why the use of the data should be restricted",
    "corrections": "What is wrong",
    "complaint": "What went wrong",
    "educational_record": "Educational record",
    "follow_up": "What you want to do",
    "earlier.sent": "Date you sent it",
    "case": "Your earlier letter",
}

_INDEX = re.compile(r"\[\d+\]")


def label_for(path: str) -> str:
    """The on-screen name of the field at `path` ("pupils[1].pupil.upn" -> "Unique Pupil Number (UPN)")."""
    plain = _INDEX.sub("", path)
    for candidate in (plain, plain.removeprefix("pupils."), plain.rsplit(".", 1)[0]):
        if candidate in FIELD_LABELS:
            return FIELD_LABELS[candidate]
    if plain.startswith("pupils.pupil.schools"):
        return "Schools"
    return plain


# The letters' messages speak of the answers file's fields; on screen the fix is said in the wizard's words.
ON_SCREEN_FIXES: Mapping[tuple[str, str], str] = {
    ("pupils.pupil.date_of_birth", "missing"): "type the day, month and year",
    ("pupils.pupil.schools.name", "missing"): "write the school's name, or remove the school",
    ("situations", "missing"): "tick at least one, or write your reasons in your own words",
    ("situations", "generic"): "privacy in general is true of every pupil, and the law needs a reason particular to "
    "your child. Tick one that fits, or write what makes your child's situation different in your own words",
    ("erasure_grounds", "missing"): "tick at least one reason",
    ("restriction_grounds", "missing"): "tick at least one reason",
    ("corrections", "missing"): "fill in at least one correction",
    ("corrections.item", "missing"): "say what is wrong, for example 'surname'",
    ("corrections.recorded", "missing"): "say what the record says now",
    ("corrections.correct", "missing"): "say what it should say",
}


def describe(problem: Problem) -> str:
    """A problem as the wizard shows it: the field's on-screen name, then what to do."""
    fix = ON_SCREEN_FIXES.get((_INDEX.sub("", problem.path), problem.code), problem.message.removeprefix("missing: "))
    return f"{label_for(problem.path)}: {fix}"


def problems(step: Step, draft: Draft, *, recipients: Mapping[str, DirectoryEntry]) -> tuple[Problem, ...]:
    """What is wrong on `step`, blocking or not. Next stays disabled while any blocking problem remains."""
    checks: Mapping[Step, Callable[[Draft, Mapping[str, DirectoryEntry]], list[Problem]]] = {
        Step.FOLLOW_UP: _follow_up_problems,
        Step.WHO_ASKING: _who_problems,
        Step.ABOUT: _about_problems,
        Step.RECIPIENT: _recipient_problems,
        Step.WANT: _want_problems,
        Step.SEND: _send_problems,
    }
    check = checks.get(step)
    return tuple(check(draft, recipients)) if check else ()


def blocking(found: Iterable[Problem]) -> list[Problem]:
    return [problem for problem in found if problem.blocking]


def _letter_problems(draft: Draft, recipients: Mapping[str, DirectoryEntry], index: int = 0) -> tuple[Problem, ...]:
    return check_answers(letter_kind(draft), answers_for(draft, index), today=draft.today, recipients=recipients)


def _follow_up_problems(draft: Draft, _recipients: Mapping[str, DirectoryEntry]) -> list[Problem]:
    found = []
    if draft.follow_up is None:
        found.append(Problem("follow_up", "choose what you want to do", "missing"))
    if draft.case_id:
        if draft.history is None:
            found.append(Problem("case", "this case has not been marked as sent yet: mark it as sent first", "unsent"))
        return found
    sent = draft.earlier.sent
    if sent is None:
        found.append(Problem("earlier.sent", "missing: give the day, month and year you sent your letter", "missing"))
    elif sent > draft.today:
        found.append(Problem("earlier.sent", "this date is in the future: check the year", "range"))
    return found


def _who_problems(draft: Draft, recipients: Mapping[str, DirectoryEntry]) -> list[Problem]:
    if draft.requester.relationship is None:
        return [Problem("requester.relationship", "choose who is asking", "missing")]
    return [
        problem
        for problem in _letter_problems(draft, recipients)
        if problem.path.startswith("requester.") and not _belongs_to_send(problem)
    ]


def _belongs_to_send(problem: Problem) -> bool:
    """An email address is missing only because the user chose a reply by email (on the sending page)."""
    return problem.path == "requester.email" and problem.code == "missing"


def _about_problems(draft: Draft, recipients: Mapping[str, DirectoryEntry]) -> list[Problem]:
    if not draft.pupils:
        who = "yourself" if draft.is_self else "at least one child"
        return [Problem("pupils", f"missing: add {who}", "missing")]
    found: list[Problem] = []
    if draft.is_self and len(draft.pupils) > 1:
        found.append(
            Problem("pupils", "asking about yourself, the letter is about one person: remove the others", "self")
        )
    for index in range(len(draft.pupils)):
        for problem in _letter_problems(draft, recipients, index):
            if problem.path.startswith("pupil."):
                found.append(replace(problem, path=f"pupils[{index}].{problem.path}"))
    return found


def _recipient_problems(draft: Draft, recipients: Mapping[str, DirectoryEntry]) -> list[Problem]:
    if draft.target is Target.ORGANISATION:
        organisation = draft.organisation
        found = []
        if not organisation.name.strip():
            found.append(Problem("organisation.name", "missing: write the organisation's name", "missing"))
        if not [line for line in organisation.address if line.strip()]:
            found.append(
                Problem("organisation.address", "missing: give its postal address, one line per item", "missing")
            )
        if found:
            return found
    return [problem for problem in _letter_problems(draft, recipients) if problem.path.startswith("recipient")]


_WANT_PATHS = (
    "situations",
    "grounds",
    "erasure_grounds",
    "restriction_grounds",
    "corrections",
    "complaint",
    "educational_record",
)


def _want_problems(draft: Draft, recipients: Mapping[str, DirectoryEntry]) -> list[Problem]:
    found = [problem for problem in _letter_problems(draft, recipients) if problem.path.startswith(_WANT_PATHS)]
    if draft.follow_up in (FollowUp.COMPLAINT, FollowUp.ICO) and not draft.complaint.strip():
        history = history_of(draft)
        relationship = draft.requester.relationship or Relationship.SELF
        try:
            late = history is not None and case_timing(history, relationship, draft.today, "the organisation").overdue
        except TimingError:
            late = False
        if not late:
            found.append(
                Problem(
                    "complaint",
                    "missing: the answer is not late, so say what went wrong with it",
                    "missing",
                )
            )
    return found


def _send_problems(draft: Draft, recipients: Mapping[str, DirectoryEntry]) -> list[Problem]:
    return [
        replace(
            problem,
            message="missing: you chose a reply by email. Add your email on the 'Who is asking' page, or choose post",
        )
        for problem in _letter_problems(draft, recipients)
        if _belongs_to_send(problem)
    ]


# -- from a tracked case ----------------------------------------------------------------------------

# Events that are not part of what a follow-up letter tells: the draft, the sending itself (it is `sent`).
_NOT_IN_HISTORY = frozenset({EventKind.DRAFTED, EventKind.SENT, EventKind.DELIVERED})


def history_from_case(case: Case, events: Sequence[CaseEvent]) -> CaseHistory | None:
    """The case's first letter and what happened since, for a reminder or complaint. None if never sent."""
    sent = next((event for event in events if event.kind is EventKind.SENT), None)
    if sent is None:
        return None
    delivered = next((event.on for event in events if event.kind is EventKind.DELIVERED), sent.delivered_on)
    their_reference = next(
        (event.reference for event in reversed(events) if event.reference and event.kind is not EventKind.SENT), ""
    )
    return CaseHistory(
        sent=sent.on,
        reference=case.reference,
        their_reference=their_reference,
        kind=case.kind,
        post_method=sent.post_method or PostMethod.SECOND_CLASS,
        delivered=delivered,
        events=tuple(
            Event(event.on, event.kind, _with_missing_items(event), event.post_method)
            for event in events
            if event.kind not in _NOT_IN_HISTORY
        ),
    )


def _with_missing_items(event: CaseEvent) -> str:
    """An answer's note, with what its checklist found missing, so a reminder asks for exactly those items."""
    missing = missing_items(event.check) if event.check is not None else ()
    return f"{event.note} {missing_note(missing)}.".strip() if missing else event.note


def requester_from(person: Person | None, answers: LetterAnswers | None, relationship: Relationship) -> RequesterDraft:
    """Who asked, from the case's first letter, with the person's current details (they may have moved)."""
    given = answers.requester if answers else Requester()
    address = person.address if person and person.address else Address(given.address, given.postcode)
    return RequesterDraft(
        person_id=person.id if person else "",
        relationship=relationship,
        name=person.full_name if person else given.name,
        address=address.lines,
        postcode=address.postcode,
        email=(person.email if person else "") or given.email,
        phone=given.phone,
        organisation=given.organisation,
        household_id=person.household_id if person else None,
    )


def pupil_from_person(person: Person, authority: bool | None = None) -> PupilDraft:
    return PupilDraft(
        person_id=person.id,
        name=person.full_name,
        former_names=person.former_names,
        date_of_birth=person.date_of_birth,
        upn=person.identifiers.upn,
        former_upns=person.identifiers.former_upns,
        uln=person.identifiers.uln,
        schools=person.schools,
        past_addresses=person.past_addresses,
        household_id=person.household_id,
        authority=authority,
    )


def follow_up_draft(
    *,
    case: Case,
    events: Sequence[CaseEvent],
    follow_up: FollowUp,
    requester: Person | None,
    pupil: Person | None,
    organisation: Organisation | None,
    first_answers: LetterAnswers | None,
    today: date,
) -> Draft:
    """A follow-up to a tracked case, pre-filled from it: people, recipient, dates, references and timeline."""
    given = first_answers or LetterAnswers()
    pupil_draft = (
        pupil_from_person(pupil, given.pupil_authority)
        if pupil is not None
        else PupilDraft(
            name=given.pupil.name,
            former_names=given.pupil.former_names,
            date_of_birth=given.pupil.date_of_birth,
            upn=given.pupil.upn,
            former_upns=given.pupil.former_upns,
            uln=given.pupil.uln,
            schools=given.pupil.schools,
            authority=given.pupil_authority,
        )
    )
    if organisation is not None:
        is_directory = organisation.id == DFE
    else:
        is_directory = bool(given.recipient.directory) or given.recipient.is_empty
    return Draft(
        journey=Journey.FOLLOW_UP,
        today=today,
        follow_up=follow_up,
        case_id=case.id,
        history=history_from_case(case, events),
        requester=requester_from(requester, first_answers, case.relationship),
        pupils=[pupil_draft],
        target=Target.DFE if is_directory else Target.ORGANISATION,
        organisation=_organisation_draft(organisation, given.recipient) if not is_directory else OrganisationDraft(),
        send_by=given.send_by,
        reply_by=given.reply_by,
        **_from_checked_answer(events, follow_up),
    )


def _from_checked_answer(events: Sequence[CaseEvent], follow_up: FollowUp) -> dict[str, Any]:
    """What the user's check of the latest answer pre-fills: the wrong facts for a request for corrections, and
    the missing items as a starting point for a complaint (core.answer_checklist)."""
    checked = latest_check(events)
    if checked is None or checked.check is None:
        return {}
    if follow_up is FollowUp.CORRECTION:
        facts = corrections(checked.check)
        return {"corrections": tuple(Correction(fact.item, fact.recorded, fact.correct) for fact in facts)}
    missing = missing_items(checked.check)
    if follow_up in (FollowUp.COMPLAINT, FollowUp.ICO) and missing:
        return {"complaint": missing_note(missing, subject=f"Your answer of {day_month_year(checked.on)}") + "."}
    return {}


def _organisation_draft(organisation: Organisation | None, given: Recipient) -> OrganisationDraft:
    if organisation is None:
        return OrganisationDraft(name=given.name, address=given.address, postcode=given.postcode, type=given.type)
    return OrganisationDraft(
        id=organisation.id,
        name=organisation.name,
        address=organisation.address.lines,
        postcode=organisation.address.postcode,
        email=organisation.email,
        type=given.type,
    )


# -- what Finish saves --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CasePlan:
    """One child's case as Finish saves it: a new case (with its people and first events), or a letter added to
    the tracked case a follow-up continues (`case` is then None)."""

    case_id: str
    pupil_index: int
    case: Case | None
    households: tuple[Household, ...]
    people: tuple[Person, ...]
    organisation: Organisation | None
    events: tuple[CaseEvent, ...]


def _requester_person(draft: Draft, person_id: str, household_id: str | None) -> Person:
    requester = draft.requester
    return Person(
        id=person_id,
        full_name=requester.name.strip(),
        address=Address(requester.address, requester.postcode) if requester.address else None,
        email=requester.email.strip(),
        household_id=household_id,
    )


def _pupil_person(draft: Draft, index: int, person_id: str, household_id: str | None) -> Person:
    pupil = draft.pupils[index]
    return Person(
        id=person_id,
        full_name=pupil.name.strip(),
        date_of_birth=pupil.date_of_birth,
        former_names=pupil.former_names,
        identifiers=PupilIdentifiers(upn=pupil.upn, former_upns=pupil.former_upns, uln=pupil.uln),
        schools=pupil.schools,
        past_addresses=pupil.past_addresses,
        household_id=household_id,
    )


def _self_person(draft: Draft, person_id: str) -> Person:
    """Asking about yourself: one person, with both your contact details and your school records."""
    requester = draft.requester
    base = _pupil_person(draft, 0, person_id, requester.household_id)
    return replace(
        base,
        full_name=requester.name.strip(),
        address=Address(requester.address, requester.postcode) if requester.address else None,
        email=requester.email.strip(),
    )


def _family_name(name: str) -> str:
    words = name.split()
    return f"{words[-1]} family" if words else "Family"


def _household(draft: Draft, new_id: Callable[[], str]) -> tuple[str | None, tuple[Household, ...]]:
    """Siblings (and a parent or carer with them) are kept together in one household."""
    if draft.is_self:
        return draft.requester.household_id, ()
    family = draft.requester.relationship in (Relationship.PARENT, Relationship.CARER)
    known = (draft.requester.household_id if family else None) or next(
        (pupil.household_id for pupil in draft.pupils if pupil.household_id), None
    )
    if known is not None:
        return known, ()
    if len(draft.pupils) < 2 and not family:
        return None, ()
    household = Household(new_id(), _family_name(draft.pupils[0].name))
    return household.id, (household,)


def _organisation(draft: Draft, recipients: Mapping[str, DirectoryEntry], new_id: Callable[[], str]) -> Organisation:
    if draft.target is not Target.ORGANISATION:
        return recipients[DFE].to_organisation()
    given = draft.organisation
    if given.id in recipients:  # an organisation of the directory, as listed there
        return recipients[given.id].to_organisation()
    return Organisation(
        id=given.id or new_id(),
        name=given.name.strip(),
        address=Address(given.address, given.postcode),
        email=given.email.strip(),
        confirmed=False,  # typed in by the user: nobody has checked it against a published source
    )


def plan_cases(
    draft: Draft,
    *,
    references: Sequence[str],
    recipients: Mapping[str, DirectoryEntry],
    new_id: Callable[[], str],
) -> tuple[CasePlan, ...]:
    """What Finish saves: one case per child (or the tracked case a follow-up continues), with the people, the
    organisation and a DRAFTED event. `references` are the letters' references, one per child."""
    if draft.follows_tracked_case and draft.follow_up is not FollowUp.CORRECTION:
        return (CasePlan(draft.case_id, 0, None, (), (), None, ()),)
    household_id, households = _household(draft, new_id)
    requester_id = draft.requester.person_id or new_id()
    organisation = _organisation(draft, recipients, new_id)
    requester = _requester_person(draft, requester_id, household_id if not _is_adviser(draft) else None)
    plans = []
    for index in range(len(draft.pupils)):
        if draft.is_self:
            people: tuple[Person, ...] = (_self_person(draft, requester_id),)
            pupil_id = requester_id
        else:
            pupil_id = draft.pupils[index].person_id or new_id()
            people = (*((requester,) if index == 0 else ()), _pupil_person(draft, index, pupil_id, household_id))
        case_id = new_id()
        earlier = draft.earlier
        if _starts_new_request(draft):
            kind, reference = CaseKind(letter_kind(draft)), references[index]
            events = [CaseEvent(new_id(), case_id, EventKind.DRAFTED, draft.dated)]
        else:  # an earlier letter typed in: its case starts when it was sent, and this letter continues it
            kind, reference = earlier.kind, earlier.reference or references[index]
            assert earlier.sent is not None  # the follow-up page checks it
            events = [CaseEvent(new_id(), case_id, EventKind.SENT, earlier.sent, post_method=earlier.post_method)]
        history = draft.history
        case = Case(
            id=case_id,
            kind=kind,
            person_id=pupil_id,
            organisation_id=organisation.id,
            requester_id=requester_id,
            relationship=draft.requester.relationship or Relationship.SELF,
            reference=reference,
            created_on=draft.today,
            notes=f"Follows up the case {history.reference}." if history is not None and history.reference else "",
        )
        plans.append(
            CasePlan(
                case_id,
                index,
                case,
                households if index == 0 else (),
                people,
                organisation if index == 0 else None,
                tuple(events),
            )
        )
    return tuple(plans)


def _starts_new_request(draft: Draft) -> bool:
    """A new request starts its own clock; a reminder or complaint continues its case's."""
    return draft.follow_up in (None, FollowUp.CORRECTION)


def _is_adviser(draft: Draft) -> bool:
    return draft.requester.relationship is Relationship.ADVISER


@dataclass(frozen=True)
class Sending:
    """What Mark as sent records: when, how, and the proof-of-posting reference (all the user's)."""

    on: date
    method: PostMethod
    proof: str = ""


def sent_date_problem(draft: Draft, sent_on: date) -> str:
    """What is wrong with the day the user says the letter went, or "". Caught before Finish, so no case is saved
    with dates the rules engine would refuse ("Dates need checking")."""
    if sent_on > draft.today:
        return "that date is in the future. Choose 'Not yet' and mark it as sent once it has gone"
    if sent_on < draft.dated:
        return (
            f"that is before the letter's date ({day_month_year(draft.dated)}). A letter can't be posted before it "
            "is written: if you posted it on that day, date the letter then instead"
        )
    history = draft.history if draft.follows_tracked_case else None
    if history is not None and not _starts_new_request(draft) and sent_on < history.sent:
        return f"that is before your first letter was sent ({day_month_year(history.sent)}): check the date"
    if sent_on < draft.today - timedelta(days=366):
        return "more than a year ago: check the year"
    return ""


def may_redate_to(draft: Draft, sent_on: date) -> bool:
    """Whether dating the letter `sent_on` instead would make that sending date right."""
    return sent_on < draft.dated and not sent_date_problem(replace(draft, letter_date=sent_on), sent_on)


def sent_event(draft: Draft, case_id: str, sending: Sending, event_id: str) -> CaseEvent:
    """The event that starts the clock (a new request) or records a reminder or complaint (a follow-up)."""
    kind = EventKind.SENT if draft.follow_up is None or _starts_new_request(draft) else SENT_EVENT[draft.follow_up]
    method = None if kind is EventKind.ICO_COMPLAINT_SENT else sending.method
    return CaseEvent(event_id, case_id, kind, sending.on, reference=sending.proof.strip(), post_method=method)
