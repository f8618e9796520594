"""A case's status and current deadlines, worked out from its dated events and today's date.

Nothing here is stored: the tracker keeps only the events, and asks again whenever it needs the status, so a
status can never disagree with the events it came from. Impossible sequences ("answered" before "sent") are
refused with `ImpossibleSequence`, whose message says what is wrong in plain words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from npdrights.core.dates import long_date
from npdrights.core.deadlines import (
    DEFAULT_BODY,
    Deadline,
    complaint_acknowledgement_due,
    deemed_receipt,
    reminder_reply_by,
    response_due,
)
from npdrights.core.model import Case, CaseEvent, CaseKind, EventKind, PostMethod
from npdrights.core.names import event_noun, event_on
from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wording import first_upper

K = EventKind


class CaseStatus(Enum):
    DRAFTED = "drafted"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    WAITING_FOR_ID = "waiting-for-id"
    WAITING_FOR_CLARIFICATION = "waiting-for-clarification"
    EXTENDED = "extended"
    OVERDUE = "overdue"
    ANSWERED = "answered"
    PARTLY_ANSWERED = "partly-answered"
    REFUSED = "refused"
    OBJECTION_UPHELD = "objection-upheld"
    OBJECTION_REJECTED = "objection-rejected"
    COMPLAINED = "complained"
    WITH_ICO = "with-ico"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    CaseStatus.DRAFTED: QT_TRANSLATE_NOOP("CaseStatuses", "Not sent yet"),
    CaseStatus.SENT: QT_TRANSLATE_NOOP("CaseStatuses", "Waiting for an answer"),
    CaseStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("CaseStatuses", "Acknowledged"),
    CaseStatus.WAITING_FOR_ID: QT_TRANSLATE_NOOP("CaseStatuses", "Proof of identity asked for"),
    CaseStatus.WAITING_FOR_CLARIFICATION: QT_TRANSLATE_NOOP("CaseStatuses", "Clarification asked for"),
    CaseStatus.EXTENDED: QT_TRANSLATE_NOOP("CaseStatuses", "Deadline extended"),
    CaseStatus.OVERDUE: QT_TRANSLATE_NOOP("CaseStatuses", "Overdue"),
    CaseStatus.ANSWERED: QT_TRANSLATE_NOOP("CaseStatuses", "Answered"),
    CaseStatus.PARTLY_ANSWERED: QT_TRANSLATE_NOOP("CaseStatuses", "Partly answered"),
    CaseStatus.REFUSED: QT_TRANSLATE_NOOP("CaseStatuses", "Refused"),
    CaseStatus.OBJECTION_UPHELD: QT_TRANSLATE_NOOP("CaseStatuses", "Objection upheld"),
    CaseStatus.OBJECTION_REJECTED: QT_TRANSLATE_NOOP("CaseStatuses", "Objection rejected"),
    CaseStatus.COMPLAINED: QT_TRANSLATE_NOOP("CaseStatuses", "Complaint made"),
    CaseStatus.WITH_ICO: QT_TRANSLATE_NOOP("CaseStatuses", "With the ICO"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("CaseStatuses", "Closed"),
}

# Things the organisation does: each shows it had the request by then.
FROM_BODY = frozenset(
    {
        K.ACKNOWLEDGED,
        K.ID_REQUESTED,
        K.CLARIFICATION_REQUESTED,
        K.EXTENSION_NOTIFIED,
        K.ANSWERED_FULL,
        K.ANSWERED_PART,
        K.REFUSED,
        K.OBJECTION_UPHELD,
        K.OBJECTION_REJECTED,
    }
)
# Answers that settle the request, after which its clock can't be changed.
FINAL_ANSWERS = frozenset({K.ANSWERED_FULL, K.REFUSED, K.OBJECTION_UPHELD, K.OBJECTION_REJECTED})
ANSWERS = FINAL_ANSWERS | {K.ANSWERED_PART}
_CLOCK_CHANGES = frozenset({K.ID_REQUESTED, K.CLARIFICATION_REQUESTED, K.EXTENSION_NOTIFIED})
_ONCE_ONLY = (K.DRAFTED, K.SENT, K.DELIVERED, K.EXTENSION_NOTIFIED, K.CLOSED)
_OBJECTION_ONLY = frozenset({K.OBJECTION_UPHELD, K.OBJECTION_REJECTED})
_ICO = frozenset({K.ICO_COMPLAINT_SENT, K.ICO_REFERENCE_RECEIVED, K.ICO_OUTCOME_RECEIVED, K.ICO_REVIEW_REQUESTED})
# Events that are not contact with the organisation itself.
_NOT_CONTACT = _ICO | {K.DRAFTED, K.CLOSED}

_STATUS_OF = {
    K.ANSWERED_FULL: CaseStatus.ANSWERED,
    K.ANSWERED_PART: CaseStatus.PARTLY_ANSWERED,
    K.REFUSED: CaseStatus.REFUSED,
    K.OBJECTION_UPHELD: CaseStatus.OBJECTION_UPHELD,
    K.OBJECTION_REJECTED: CaseStatus.OBJECTION_REJECTED,
    K.COMPLAINT_SENT: CaseStatus.COMPLAINED,
    **{kind: CaseStatus.WITH_ICO for kind in _ICO},
    K.CLOSED: CaseStatus.CLOSED,
}

# Same-day events are put in the order they must have happened (EventKind's order): a day has no times.
_RANK = {kind: rank for rank, kind in enumerate(EventKind)}

# A letter sent without saying how is assumed to go by the slowest post, so nobody chases too early.
_UNKNOWN_POST = PostMethod.SECOND_CLASS


class ImpossibleSequence(ValueError):
    """The events can't all be true, e.g. an answer dated before the letter was sent."""

    def __init__(self, message: str, event: CaseEvent) -> None:
        super().__init__(message)
        self.message = message
        self.event = event


@dataclass(frozen=True)
class ComplaintState:
    """The latest complaint to the organisation itself."""

    event: CaseEvent
    received: Deadline  # when the organisation got it
    acknowledgement: Deadline  # when it must acknowledge it (DPA 2018 s.164A)
    replied: date | None  # the first reply from the organisation since, if any


@dataclass(frozen=True)
class CaseState:
    """Everything derived from a case's events on one day."""

    status: CaseStatus
    summary: str  # one or two plain sentences for the case list and detail
    today: date
    events: tuple[CaseEvent, ...]  # in the order they happened
    drafted: date | None
    sent: date | None
    received: Deadline | None  # when the organisation got the request (recorded, deemed, or shown by its reply)
    response: Deadline | None  # when its answer is due; None before sending and while the clock is stopped
    waiting_for_you: EventKind | None  # ID_REQUESTED or CLARIFICATION_REQUESTED, while unanswered
    outcome: CaseEvent | None  # the latest answer, refusal or objection decision
    complaint: ComplaintState | None
    ico_complaint: date | None
    ico_outcome: date | None
    ico_review: date | None
    last_contact: date | None  # the latest exchange with the organisation, either way
    overdue: bool  # the answer is late and no final answer has arrived
    reminder: Deadline | None = None  # the reply-by date the latest reminder asked for

    def latest(self, kind: EventKind) -> CaseEvent | None:
        return next((event for event in reversed(self.events) if event.kind is kind), None)


def case_state(case: Case, events: Iterable[CaseEvent], today: date, *, body: str = DEFAULT_BODY) -> CaseState:
    """The status of `case` on `today` from its `events` (any order); raises ImpossibleSequence."""
    ordered = _in_order(case, events)
    _check_sequence(case, ordered, today, body)
    return _derive(ordered, today, body, access=case.kind.is_access_request)


def _in_order(case: Case, events: Iterable[CaseEvent]) -> tuple[CaseEvent, ...]:
    ordered = sorted(events, key=lambda event: (event.on, _RANK[event.kind]))
    for event in ordered:
        if event.case_id != case.id:
            raise ValueError(f"event {event.id} belongs to case {event.case_id}, not {case.id}")
    return tuple(ordered)


def _check_sequence(case: Case, events: tuple[CaseEvent, ...], today: date, body: str) -> None:
    seen: dict[EventKind, CaseEvent] = {}
    outstanding: set[EventKind] = set()
    delivered: date | None = None  # when the request reached the organisation, if recorded
    # Today is compared with the newest date once, and with each event's only if that one is later: the same
    # answers, but a watched today (core/watched_day.py) then notes one comparison a case, not one an event.
    newest = max((max(event.on, event.delivered_on or event.on) for event in events), default=None)
    some_after_today = newest is not None and newest > today
    for event in events:
        # The reasons are Sentences, so the case page can say them in the family's language (issue 18).
        kind, on = event.kind, event.on

        def refuse(template: str, event: CaseEvent = event, **values: object) -> ImpossibleSequence:
            # The event's name is made only for a refusal that says it: made for every event, it cost about 6% of
            # working a case out (issue 17: the first unlock with nothing kept works every case out).
            if "{noun}" in template:
                values = {"noun": Sentence.of("EventNouns", event_noun(event.kind)), **values}
            return ImpossibleSequence(Sentence.of(_SEQUENCE, template, capital=True, **values), event)

        if some_after_today and (event.on > today or (event.delivered_on is not None and event.delivered_on > today)):
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Sequence", "{noun} is dated after today ({on}). Only record things that have happened."
                ),
                on=on,
            )
        if event.delivered_on is not None and event.delivered_on < event.on:
            raise refuse(
                QT_TRANSLATE_NOOP("Sequence", "{noun} can't arrive on {arrived}, before it was sent on {on}."),
                arrived=event.delivered_on,
                on=on,
            )
        if kind in _ONCE_ONLY and kind in seen:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Sequence", "{noun} can only be recorded once, but there is one on {first} and another on {on}."
                ),
                first=seen[kind].on,
                on=on,
            )
        if K.CLOSED in seen:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Sequence",
                    "{noun} on {on} comes after the case was closed on {closed}. If the case is still going, remove "
                    "the 'closed' event first.",
                ),
                on=on,
                closed=seen[K.CLOSED].on,
            )
        if kind is K.DRAFTED and K.SENT in seen:
            raise refuse(
                QT_TRANSLATE_NOOP("Sequence", "The letter can't be drafted on {on}, after it was sent on {sent}."),
                on=on,
                sent=seen[K.SENT].on,
            )
        if kind not in (K.DRAFTED, K.SENT) and K.SENT not in seen:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Sequence", "{noun} can't come before the letter was sent. Record when you sent it first."
                ),
            )
        if kind in _OBJECTION_ONLY and case.kind is not CaseKind.OBJECTION_DFE:
            raise refuse(
                QT_TRANSLATE_NOOP("Sequence", "{noun} only happens in an objection, and this case isn't one."),
            )
        if kind is K.DELIVERED and delivered not in (None, event.on):
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Sequence", "The letter can't be delivered on {on}: you recorded it arriving on {arrived}."
                ),
                on=on,
                arrived=delivered,
            )
        if kind is K.DELIVERED and seen.keys() & FROM_BODY:
            first_reply = min(seen[reply].on for reply in seen.keys() & FROM_BODY)
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Sequence", "The letter can't be delivered on {on}: {body} had already replied on {replied}."
                ),
                on=on,
                body=body,
                replied=first_reply,
            )
        if kind in FROM_BODY and delivered is not None and event.on < delivered:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Sequence", "{noun} on {on} can't come before your letter reached {body} on {arrived}."
                ),
                on=on,
                body=body,
                arrived=delivered,
            )
        if kind in _CLOCK_CHANGES and seen.keys() & FINAL_ANSWERS:
            raise refuse(
                QT_TRANSLATE_NOOP("Sequence", "{noun} can't come after {body} had already given its final answer."),
                body=body,
            )
        if kind is K.ID_PROVIDED and K.ID_REQUESTED not in outstanding:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Sequence",
                    "You sent proof of identity on {on}, but {body} hadn't asked for it. Record its request.",
                ),
                on=on,
                body=body,
            )
        if kind is K.CLARIFICATION_PROVIDED and K.CLARIFICATION_REQUESTED not in outstanding:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Sequence", "You sent clarification on {on}, but {body} hadn't asked for it. Record its request."
                ),
                on=on,
                body=body,
            )
        if kind in (K.ICO_REFERENCE_RECEIVED, K.ICO_OUTCOME_RECEIVED) and K.ICO_COMPLAINT_SENT not in seen:
            raise refuse(QT_TRANSLATE_NOOP("Sequence", "{noun} can't come before you complained to the ICO."))
        if kind is K.ICO_REVIEW_REQUESTED and K.ICO_OUTCOME_RECEIVED not in seen:
            raise refuse(
                QT_TRANSLATE_NOOP("Sequence", "You can only ask the ICO to review its outcome once it has given one.")
            )

        _track_questions(outstanding, kind)
        seen[kind] = event
        if kind in (K.SENT, K.DELIVERED):
            delivered = event.delivered_on if kind is K.SENT else event.on


_ANSWERED_BY = {K.ID_PROVIDED: K.ID_REQUESTED, K.CLARIFICATION_PROVIDED: K.CLARIFICATION_REQUESTED}


def _track_questions(outstanding: set[EventKind], kind: EventKind) -> None:
    """Keep `outstanding` as the organisation's questions (ID, clarification) that you haven't answered yet."""
    if kind in _ANSWERED_BY.values():
        outstanding.add(kind)
    elif kind in _ANSWERED_BY:
        outstanding.discard(_ANSWERED_BY[kind])


def _receipt(event: CaseEvent, body: str, delivered: date | None = None) -> Deadline:
    """When something the user sent reached `body`."""
    receipt = deemed_receipt(event.on, event.post_method or _UNKNOWN_POST, delivered or event.delivered_on, body=body)
    if event.post_method is None and receipt.estimate:
        assumed = receipt
        receipt = assumed.explained(lambda: _ASSUMED_POST + assumed.explanation)
    return receipt


_ASSUMED_POST = "You didn't record how you sent it, so this assumes second class post, the slowest. "


def _derive(events: tuple[CaseEvent, ...], today: date, body: str, *, access: bool) -> CaseState:
    def latest(*kinds: EventKind) -> CaseEvent | None:
        return next((event for event in reversed(events) if event.kind in kinds), None)

    drafted, sent = latest(K.DRAFTED), latest(K.SENT)
    received = response = waiting_for_you = None
    if sent is not None:
        received = _request_receipt(events, sent, body)
        waiting_for_you = _waiting_for_you(events, access)
        if waiting_for_you is None:
            response = _response(events, received, body, access)
    overdue = response is not None and today > response.due and latest(*FINAL_ANSWERS) is None
    ico_complaint, ico_outcome, ico_review = (
        latest(K.ICO_COMPLAINT_SENT),
        latest(K.ICO_OUTCOME_RECEIVED),
        latest(K.ICO_REVIEW_REQUESTED),
    )
    state = CaseState(
        status=_status(events, waiting_for_you, overdue),
        summary="",
        today=today,
        events=events,
        drafted=drafted.on if drafted else None,
        sent=sent.on if sent else None,
        received=received,
        response=response,
        waiting_for_you=waiting_for_you,
        outcome=latest(*ANSWERS),
        complaint=_complaint(events, body),
        ico_complaint=ico_complaint.on if ico_complaint else None,
        ico_outcome=ico_outcome.on if ico_outcome else None,
        ico_review=ico_review.on if ico_review else None,
        last_contact=max((event.on for event in events if event.kind not in _NOT_CONTACT), default=None),
        overdue=overdue,
        reminder=reminder_reply_by(reminder.on, body=body) if (reminder := latest(K.REMINDER_SENT)) else None,
    )
    # The summary is written from the state itself. Set on the new, not yet shared, frozen object the way a
    # dataclass's __post_init__ would: dataclasses.replace, which copies every field again, cost more than writing it.
    object.__setattr__(state, "summary", _summary(state, body))
    return state


def _complaint(events: tuple[CaseEvent, ...], body: str) -> ComplaintState | None:
    complaint = next((event for event in reversed(events) if event.kind is K.COMPLAINT_SENT), None)
    if complaint is None:
        return None
    received = _receipt(complaint, body)
    replies = (event.on for event in events if event.kind in FROM_BODY and event.on >= complaint.on)
    return ComplaintState(
        event=complaint,
        received=received,
        acknowledgement=complaint_acknowledgement_due(received.due, body=body),
        replied=next(replies, None),
    )


def _request_receipt(events: tuple[CaseEvent, ...], sent: CaseEvent, body: str) -> Deadline:
    delivered = next((event.on for event in events if event.kind is K.DELIVERED), None)
    received = _receipt(sent, body, delivered)
    first_reply = next((event.on for event in events if event.kind in FROM_BODY), None)
    if first_reply is not None and first_reply < received.due:
        # Its reply shows it had the request by then, whatever the estimate said.
        replied = first_reply
        return Deadline(
            due=replied,
            start=sent.on,
            explanation=lambda: f"{first_upper(body)} had it by {long_date(replied)}, when it replied to you.",
        )
    return received


def _summary(state: CaseState, body: str) -> str:
    """One or two plain sentences about where the case stands: Sentences, so the case page can say them in the
    family's language (issue 18); the CLI prints their English."""

    def on(*kinds: EventKind) -> date:
        return next(event for event in reversed(state.events) if event.kind in kinds).on

    def said(template: str, **values: object) -> Sentence:
        return Sentence.of(_SUMMARIES, template, capital=True, **values)

    due = state.response.due if state.response else None
    match state.status:
        case CaseStatus.DRAFTED:
            if state.drafted:
                return said(QT_TRANSLATE_NOOP("CaseSummaries", "Drafted on {date}. Not sent yet."), date=on(K.DRAFTED))
            return said(QT_TRANSLATE_NOOP("CaseSummaries", "Not sent yet."))
        case CaseStatus.SENT:
            return said(
                QT_TRANSLATE_NOOP("CaseSummaries", "Sent on {date}. {Body} must answer by {due}."),
                date=on(K.SENT),
                Body=first_upper(body),
                due=due,
            )
        case CaseStatus.ACKNOWLEDGED:
            return said(
                QT_TRANSLATE_NOOP(
                    "CaseSummaries", "{body} acknowledged your letter on {date}. It must answer by {due}."
                ),
                body=body,
                date=on(K.ACKNOWLEDGED),
                due=due,
            )
        case CaseStatus.EXTENDED:
            return said(
                QT_TRANSLATE_NOOP("CaseSummaries", "{body} extended its deadline on {date}. It must answer by {due}."),
                body=body,
                date=on(K.EXTENSION_NOTIFIED),
                due=due,
            )
        case CaseStatus.WAITING_FOR_ID:
            return said(
                QT_TRANSLATE_NOOP(
                    "CaseSummaries",
                    "{body} asked for proof of identity on {date}. Its month starts again when your proof reaches it.",
                ),
                body=body,
                date=on(K.ID_REQUESTED),
            )
        case CaseStatus.WAITING_FOR_CLARIFICATION:
            return said(
                QT_TRANSLATE_NOOP(
                    "CaseSummaries",
                    "{body} asked you to clarify on {date}. Its clock is paused until your answer reaches it.",
                ),
                body=body,
                date=on(K.CLARIFICATION_REQUESTED),
            )
        case CaseStatus.OVERDUE:
            return said(
                QT_TRANSLATE_NOOP("CaseSummaries", "{body}'s answer was due by {due} and hasn't arrived."),
                body=body,
                due=due,
            )
        case CaseStatus.COMPLAINED:
            complaint = state.complaint
            if complaint and complaint.acknowledgement.statutory and complaint.replied is None:
                return said(
                    QT_TRANSLATE_NOOP(
                        "CaseSummaries",
                        "You complained to {body} on {date}. It must acknowledge your complaint by {acknowledge_by}.",
                    ),
                    body=body,
                    date=on(K.COMPLAINT_SENT),
                    acknowledge_by=complaint.acknowledgement.due,
                )
            return said(
                QT_TRANSLATE_NOOP("CaseSummaries", "You complained to {body} on {date}."),
                body=body,
                date=on(K.COMPLAINT_SENT),
            )
        case CaseStatus.WITH_ICO:
            kind = next(event.kind for event in reversed(state.events) if event.kind in _ICO_EVENTS)
            return event_on(kind, body, on(kind))
        case CaseStatus.CLOSED:
            return said(QT_TRANSLATE_NOOP("CaseSummaries", "Closed on {date}."), date=on(K.CLOSED))
        case _:  # an answer, part answer, refusal or objection decision
            outcome = _OUTCOME_EVENTS[state.status]
            if state.overdue:
                return said(
                    QT_TRANSLATE_NOOP("CaseSummaries", "{event} The rest was due by {due}."),
                    event=event_on(outcome, body, on(*ANSWERS)),
                    due=due,
                )
            return event_on(outcome, body, on(*ANSWERS))


_SUMMARIES = "CaseSummaries"  # the context of a case's summary sentences (each marked where it is written)
_SEQUENCE = "Sequence"  # the context of the reasons a case's events can't all be true


# The answer event behind each outcome status, whose wording (core/names.py) its summary uses.
_OUTCOME_EVENTS = {
    CaseStatus.ANSWERED: K.ANSWERED_FULL,
    CaseStatus.PARTLY_ANSWERED: K.ANSWERED_PART,
    CaseStatus.REFUSED: K.REFUSED,
    CaseStatus.OBJECTION_UPHELD: K.OBJECTION_UPHELD,
    CaseStatus.OBJECTION_REJECTED: K.OBJECTION_REJECTED,
}

_ICO_EVENTS = (K.ICO_COMPLAINT_SENT, K.ICO_REFERENCE_RECEIVED, K.ICO_OUTCOME_RECEIVED, K.ICO_REVIEW_REQUESTED)


def _waiting_for_you(events: tuple[CaseEvent, ...], access: bool) -> EventKind | None:
    """The organisation's unanswered question that stops its clock, or None once it has answered in full.

    Proof of identity stops the clock for every request; a clarification only for an access request (Article 12A,
    docs/law.md §1.5): for any other request the organisation's time runs on while it waits.
    """
    outstanding: set[EventKind] = set()
    for event in events:
        if event.kind in FINAL_ANSWERS:
            return None
        _track_questions(outstanding, event.kind)
    stopping = (K.ID_REQUESTED, K.CLARIFICATION_REQUESTED) if access else (K.ID_REQUESTED,)
    return next((kind for kind in stopping if kind in outstanding), None)


def _response(events: tuple[CaseEvent, ...], received: Deadline, body: str, access: bool) -> Deadline:
    """The answer's due date from the request's receipt, the latest ID, the clarification pauses and any extension."""
    id_provided = [event for event in events if event.kind is K.ID_PROVIDED]
    id_received = _receipt(id_provided[-1], body).due if id_provided else None
    id_asked = [event.on for event in events if event.kind is K.ID_REQUESTED]
    pauses = []
    asked: date | None = None
    for event in events:
        if event.kind is K.CLARIFICATION_REQUESTED and asked is None:
            asked = event.on
        elif event.kind is K.CLARIFICATION_PROVIDED and asked is not None:
            pauses.append((asked, _receipt(event, body).due))
            asked = None
    extension = next((event.on for event in events if event.kind is K.EXTENSION_NOTIFIED), None)
    return response_due(
        received.due,
        id_received=id_received,
        id_requested=id_asked[-1] if id_provided else None,
        clarification=pauses,
        access=access,
        extension_notified=extension,
        receipt_estimated=received.estimate,
        body=body,
    )


def _status(events: tuple[CaseEvent, ...], waiting_for_you: EventKind | None, overdue: bool) -> CaseStatus:
    kinds = {event.kind for event in events}
    if K.SENT not in kinds:
        return CaseStatus.DRAFTED
    phase = next((event for event in reversed(events) if event.kind in _STATUS_OF), None)
    if phase is not None:
        return _STATUS_OF[phase.kind]
    if waiting_for_you is K.ID_REQUESTED:
        return CaseStatus.WAITING_FOR_ID
    if waiting_for_you is K.CLARIFICATION_REQUESTED:
        return CaseStatus.WAITING_FOR_CLARIFICATION
    if overdue:
        return CaseStatus.OVERDUE
    if K.EXTENSION_NOTIFIED in kinds:
        return CaseStatus.EXTENDED
    if K.ACKNOWLEDGED in kinds:
        return CaseStatus.ACKNOWLEDGED
    return CaseStatus.SENT
