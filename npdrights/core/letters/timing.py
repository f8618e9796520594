"""The dates a letter states, all computed by the rules engine (`npdrights.core.deadlines`).

This module only chooses which rule applies and what it is given; it holds no rule of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from npdrights.core import deadlines
from npdrights.core.letters.answers import CaseHistory, Problem
from npdrights.core.model import EventKind, PostMethod

# Our own notes on the case, not contact with the organisation.
_NOT_CONTACT = frozenset({EventKind.DRAFTED, EventKind.CLOSED})
# A reminder asks for the reply within two working weeks: our courtesy, not a legal rule.
REMINDER_WORKING_DAYS = 10


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


def reply_to_case(case: CaseHistory, body: str) -> Reply:
    """When the answer to the case's first letter was due, given what has happened since."""
    id_received = _last(case, EventKind.ID_PROVIDED)
    pauses = _clarifications(case)
    extension = _last(case, EventKind.EXTENSION_NOTIFIED)
    try:
        arrival = deadlines.deemed_receipt(case.sent, case.post_method, case.delivered, body=body)
        due = deadlines.response_due(
            arrival.due, id_received=id_received, clarification=pauses, extension_notified=extension, body=body
        )
        first_month = deadlines.response_due(arrival.due, id_received=id_received, clarification=pauses, body=body)
    except deadlines.DeadlineInputError as error:
        path = "case.delivered" if error.field == "delivered" else "case.events"
        raise TimingError(Problem(path, error.message, f"dates.{error.field}")) from None
    late = first_month.due if extension is not None and extension > first_month.due else None
    return _reply(arrival, due, late)


def ico_window(case: CaseHistory, reply: Reply, body: str) -> deadlines.IcoWindow:
    """When the ICO expects a complaint: within three months of the last contact with the organisation.

    It makes sense to complain once the organisation has had its chance: the day after its answer was due, or
    after 30 days of silence following a complaint to it, whichever is later (legal-facts.md §2.8).
    """
    earliest = reply.due + deadlines.ONE_DAY
    complaints = [event.date for event in case.events if event.kind is EventKind.COMPLAINT_SENT]
    if complaints:
        complaint_arrived = deadlines.deemed_receipt(max(complaints), case.post_method).due
        earliest = max(earliest, deadlines.complaint_silence_ends(complaint_arrived))
    return deadlines.ico_complaint_window(last_contact(case), earliest=earliest, body=body)


def chase_by(letter_date: date) -> date:
    return deadlines.add_working_days(letter_date, REMINDER_WORKING_DAYS)


def last_contact(case: CaseHistory) -> date:
    contacts = [event.date for event in case.events if event.kind not in _NOT_CONTACT]
    return max([case.sent, *contacts])


def _reply(arrival: deadlines.Deadline, due: deadlines.Deadline, late_first_due: date | None = None) -> Reply:
    return Reply(
        received=arrival.due,
        received_estimated=arrival.estimate,
        due=late_first_due or due.due,
        explanation=f"{arrival.explanation} {due.explanation}",
        estimate=arrival.estimate or due.estimate,
        statutory=due.statutory,
        points=due.points,
        late_extension_first_due=late_first_due,
    )


def _last(case: CaseHistory, kind: EventKind) -> date | None:
    dates = [event.date for event in case.events if event.kind is kind]
    return max(dates) if dates else None


def _clarifications(case: CaseHistory) -> tuple[tuple[date, date], ...]:
    """(asked, answered) pairs: each question paired with the first answer after it."""
    asked = sorted(event.date for event in case.events if event.kind is EventKind.CLARIFICATION_REQUESTED)
    answers = sorted(event.date for event in case.events if event.kind is EventKind.CLARIFICATION_PROVIDED)
    pairs = []
    for question in asked:
        answer = next((day for day in answers if day >= question), None)
        if answer is not None:
            pairs.append((question, answer))
            answers.remove(answer)
    return tuple(pairs)
