"""The dates a letter states, all computed by the rules engine (`npdrights.core.deadlines`).

This module only chooses which rule applies and what it is given; it holds no rule of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from npdrights.core import deadlines
from npdrights.core.letters.answers import CaseHistory
from npdrights.core.model import EventKind, PostMethod

REMINDER_WORKING_DAYS = 10
# Not the organisation's contact: our own notes on the case.
_NOT_CONTACT = frozenset({EventKind.DRAFTED, EventKind.CLOSED})


@dataclass(frozen=True)
class Reply:
    """When a letter is (or was) received, and the reply the law requires by then."""

    received: date
    received_estimated: bool  # deemed receipt by post, not a recorded delivery
    due: date
    explanation: str
    estimate: bool
    points: tuple[str, ...] = ()


def received(sent: date, method: PostMethod, delivered: date | None = None) -> deadlines.Deadline:
    return deadlines.deemed_receipt(sent, method, delivered)


def reply_to_new_letter(sent: date, method: PostMethod) -> Reply:
    """A request sent today: one calendar month from the day it arrives (UK GDPR Art 12(3))."""
    arrival = received(sent, method)
    due = deadlines.response_due(arrival.due)
    return Reply(arrival.due, arrival.estimate, due.due, due.explanation, arrival.estimate or due.estimate)


def school_record_reply(sent: date, method: PostMethod) -> Reply:
    """Educational record from a maintained school: 15 school days (Pupil Information Regulations 2005 reg 5)."""
    arrival = received(sent, method)
    due = deadlines.school_record_due(arrival.due)
    return Reply(arrival.due, arrival.estimate, due.due, due.explanation, True)


def reply_to_case(case: CaseHistory) -> Reply:
    """When the answer to the case's first letter was due, given what has happened since."""
    arrival = received(case.sent, case.post_method, case.delivered)
    id_received = _last(case, EventKind.ID_PROVIDED)
    extension = _last(case, EventKind.EXTENSION_NOTIFIED)
    asked = [event.date for event in case.events if event.kind is EventKind.CLARIFICATION_REQUESTED]
    answered = [event.date for event in case.events if event.kind is EventKind.CLARIFICATION_PROVIDED]
    due = deadlines.response_due(
        arrival.due,
        id_received=id_received,
        clarification=tuple(zip(sorted(asked), sorted(answered), strict=False)),
        extension_notified=extension,
    )
    return Reply(
        arrival.due, arrival.estimate, due.due, due.explanation, arrival.estimate or due.estimate, tuple(due.points)
    )


def complaint_acknowledgement(sent: date, method: PostMethod) -> Reply:
    """DPA 2018 s.164A: the organisation acknowledges a complaint within 30 days."""
    arrival = received(sent, method)
    due = deadlines.complaint_acknowledgement_due(arrival.due)
    return Reply(arrival.due, arrival.estimate, due.due, due.explanation, arrival.estimate or due.estimate)


def ico_window(case: CaseHistory) -> deadlines.IcoWindow:
    """When the ICO expects a complaint: within three months of the last contact with the organisation."""
    return deadlines.ico_complaint_window(last_contact(case), earliest=reply_to_case(case).due)


def chase_by(letter_date: date) -> date:
    """The date a reminder asks for the reply by: two working weeks. Our own courtesy, not a legal rule."""
    return deadlines.add_working_days(letter_date, REMINDER_WORKING_DAYS)


def last_contact(case: CaseHistory) -> date:
    contacts = [event.date for event in case.events if event.kind not in _NOT_CONTACT]
    return max([case.sent, *contacts])


def _last(case: CaseHistory, kind: EventKind) -> date | None:
    dates = [event.date for event in case.events if event.kind is kind]
    return max(dates) if dates else None
