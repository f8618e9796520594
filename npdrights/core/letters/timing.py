"""The dates a letter states, all computed by the rules engine.

New letters use `core.deadlines` directly. Reminders and complaints turn the answers' case history into the
tracker's model and ask `core.status` and `core.next_steps`, so a letter never disagrees with the case view.
This module only chooses which rule applies and what it is given; it holds no rule of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from npdrights.core import deadlines, next_steps, status
from npdrights.core.letters.answers import CaseHistory, Problem
from npdrights.core.model import Case, CaseEvent, EventKind, PostMethod, Relationship
from npdrights.core.next_steps import ActionKind

_CASE_ID = "letter-case"
_EVENT_ID = "answers-event-"


class TimingError(ValueError):
    """The case's dates cannot all be true; `problem` names the answer to fix."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class Reply:
    """When a letter is (or was) received, and the answer the law requires by then."""

    received: date
    received_estimated: bool  # deemed receipt by post, not a recorded delivery
    due: date
    explanation: str  # for the user ("you", "your request"), not for the letter
    estimate: bool
    statutory: bool = True  # False when no law sets the date (a complaint before s.164A came into force)
    points: tuple[str, ...] = ()  # for the user: things they can raise
    # When an extension was notified after the first month: the first month's due date, which still stands.
    late_extension_first_due: date | None = None
    # Whether that is certain: the day of receipt is recorded, or the notice came long after (docs/law.md §1.4).
    late_extension_certain: bool = False
    extended: bool = False  # the organisation extended its time in the first month: three months, not one


def reply_to_new_letter(sent: date, method: PostMethod, body: str) -> Reply:
    """A request sent on `sent`: one calendar month from the day it arrives (UK GDPR Art 12(3))."""
    arrival = deadlines.deemed_receipt(sent, method, body=body)
    due = deadlines.response_due(arrival.due, body=body)
    return _reply(arrival, due)


def school_record_reply(sent: date, method: PostMethod) -> Reply:
    """Educational record from a maintained school: 15 school days (Pupil Information Regulations 2005 reg 5)."""
    arrival = deadlines.deemed_receipt(sent, method, body="the school")
    return _reply(arrival, deadlines.school_record_due(arrival.due))


def complaint_acknowledgement(sent: date, method: PostMethod, body: str) -> Reply:
    """DPA 2018 s.164A: the organisation acknowledges a complaint within 30 days."""
    arrival = deadlines.deemed_receipt(sent, method, body=body)
    return _reply(arrival, deadlines.complaint_acknowledgement_due(arrival.due, body=body))


@dataclass(frozen=True)
class CaseTiming:
    """A case's dates on the letter's day, as the case tracker sees them (core.status and core.next_steps)."""

    reply: Reply  # when the first letter arrived and when its answer was due
    overdue: bool  # the answer is late and no final answer has come
    last_contact: date
    ico_window: deadlines.IcoWindow  # when a complaint to the ICO makes sense, and when the ICO expects it by


def case_timing(case: CaseHistory, relationship: Relationship, on: date, body: str) -> CaseTiming:
    """The dates for a reminder or complaint about `case`, written on `on`. Raises TimingError if the events
    cannot all be true, or if the organisation is waiting for the user (then no answer is due yet)."""
    model_case, events = _as_model(case, relationship)
    state = _state(model_case, events, on, body)
    if state.waiting_for_you is not None or state.received is None or state.response is None:
        asked = state.latest(state.waiting_for_you or EventKind.ID_REQUESTED)
        what = "proof of identity" if state.waiting_for_you is EventKind.ID_REQUESTED else "a clarification"
        raise TimingError(
            Problem(
                "case.events",
                f"{body} asked for {what}{f' on {asked.on.isoformat()}' if asked else ''} and you have not recorded "
                "sending it, so no answer is due yet: add an event for when you sent it",
                "waiting-for-you",
            )
        )
    late = _late_extension_first_due(model_case, events, state, on, body)
    extension = state.latest(EventKind.EXTENSION_NOTIFIED)
    extended = extension is not None and late is None
    reply = _reply(state.received, state.response, late, extended)
    if late is not None and extension is not None:
        certain = deadlines.extension_clearly_late(late, extension.on, state.received.estimate)
        reply = replace(reply, late_extension_certain=certain)
    ico = next(
        (a for a in next_steps.steps_for(model_case, state, body=body) if a.kind is ActionKind.COMPLAIN_TO_ICO), None
    )
    last_contact = state.last_contact or case.sent
    # next_steps knows when complaining to the ICO first makes sense; without that action (e.g. a complaint to the
    # ICO is already recorded) the window opens once the answer was due.
    opens = ico.opens if ico is not None else reply.due + deadlines.ONE_DAY
    window = deadlines.ico_complaint_window(last_contact, earliest=opens, body=body)
    return CaseTiming(reply, state.overdue or (late is not None and late < on), last_contact, window)


def _as_model(case: CaseHistory, relationship: Relationship) -> tuple[Case, list[CaseEvent]]:
    """The answers' case history as the tracker's model, so the rules engine reads it the same way."""
    model_case = Case(
        id=_CASE_ID,
        kind=case.kind,
        person_id="",
        organisation_id="",
        requester_id="",
        relationship=relationship,
        reference=case.reference,
        created_on=case.sent,
    )
    sent = CaseEvent(
        "sent", _CASE_ID, EventKind.SENT, case.sent, post_method=case.post_method, delivered_on=case.delivered
    )
    events = [
        CaseEvent(
            f"{_EVENT_ID}{index}", _CASE_ID, event.kind, event.date, note=event.note, post_method=event.post_method
        )
        for index, event in enumerate(case.events)
        if not (event.kind is EventKind.SENT and event.date == case.sent)
    ]
    return model_case, [sent, *events]


def _state(model_case: Case, events: list[CaseEvent], on: date, body: str) -> status.CaseState:
    try:
        return status.case_state(model_case, events, on, body=body)
    except status.ImpossibleSequence as error:
        event_id = error.event.id
        path = f"case.events[{event_id.removeprefix(_EVENT_ID)}]" if event_id.startswith(_EVENT_ID) else "case.sent"
        raise TimingError(Problem(path, error.message, "sequence")) from None
    except deadlines.DeadlineInputError as error:
        raise TimingError(Problem("case.events", error.message, f"dates.{error.field}")) from None


def _late_extension_first_due(
    model_case: Case, events: list[CaseEvent], state: status.CaseState, on: date, body: str
) -> date | None:
    """The first month's due date, if the extension was notified after it (docs/law.md §1.4)."""
    extension = state.latest(EventKind.EXTENSION_NOTIFIED)
    if extension is None:
        return None
    without = _state(model_case, [event for event in events if event is not extension], on, body)
    if without.response is None or extension.on <= without.response.due:
        return None
    return without.response.due


def chase_by(letter_date: date) -> date:
    """The reply-by date a reminder written on `letter_date` states: the same rule the case page shows."""
    return deadlines.reminder_reply_by(letter_date).due


def _reply(
    arrival: deadlines.Deadline, due: deadlines.Deadline, late_first_due: date | None = None, extended: bool = False
) -> Reply:
    return Reply(
        received=arrival.due,
        received_estimated=arrival.estimate,
        due=late_first_due or due.due,
        explanation=f"{arrival.explanation} {due.explanation}",
        estimate=arrival.estimate or due.estimate,
        statutory=due.statutory,
        points=due.points,
        late_extension_first_due=late_first_due,
        extended=extended,
    )
