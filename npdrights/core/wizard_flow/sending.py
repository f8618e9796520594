"""Mark as sent: the sending the user describes, the checks on its date, and the event it records."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from npdrights.core.model import CaseEvent, EventKind, PostMethod
from npdrights.core.sentence import PlainDate, Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow.draft import Draft, FollowUp

# The event Mark as sent records for a letter that continues a case.
SENT_EVENT: Mapping[FollowUp, EventKind] = {
    FollowUp.REMINDER: EventKind.REMINDER_SENT,
    FollowUp.COMPLAINT: EventKind.COMPLAINT_SENT,
    FollowUp.ICO: EventKind.ICO_COMPLAINT_SENT,
}


@dataclass(frozen=True)
class Sending:
    """What Mark as sent records: when, how, and the proof-of-posting reference (all the user's)."""

    on: date
    method: PostMethod
    proof: str = ""


def sent_date_problem(draft: Draft, sent_on: date) -> str:
    """What is wrong with the day the user says the letter went, or "". Caught before Finish, so no case is saved
    with dates the rules engine would refuse ("Dates need checking"). A Sentence, so the screen can say it in the
    family's language."""
    if sent_on > draft.today:
        return Sentence.of(
            "SentDateProblems",
            QT_TRANSLATE_NOOP(
                "SentDateProblems",
                "that date is in the future. Choose 'Not yet' and mark it as sent once it has gone",
            ),
        )
    if sent_on < draft.dated:
        before_letter = QT_TRANSLATE_NOOP(
            "SentDateProblems",
            "that is before the letter's date ({dated}). A letter can't be posted before it is written: if you "
            "posted it on that day, date the letter then instead",
        )
        return Sentence.of("SentDateProblems", before_letter, dated=PlainDate.of(draft.dated))
    history = draft.history if draft.follows_tracked_case else None
    if history is not None and not draft.starts_new_request and sent_on < history.sent:
        before_first = QT_TRANSLATE_NOOP(
            "SentDateProblems", "that is before your first letter was sent ({sent}): check the date"
        )
        return Sentence.of("SentDateProblems", before_first, sent=PlainDate.of(history.sent))
    if sent_on < draft.today - timedelta(days=366):
        return Sentence.of(
            "SentDateProblems", QT_TRANSLATE_NOOP("SentDateProblems", "more than a year ago: check the year")
        )
    return ""


def may_redate_to(draft: Draft, sent_on: date) -> bool:
    """Whether dating the letter `sent_on` instead would make that sending date right."""
    return sent_on < draft.dated and not sent_date_problem(replace(draft, letter_date=sent_on), sent_on)


def sent_event(draft: Draft, case_id: str, sending: Sending, event_id: str) -> CaseEvent:
    """The event that starts the clock (a new request) or records a reminder or complaint (a follow-up)."""
    kind = EventKind.SENT if draft.follow_up is None or draft.starts_new_request else SENT_EVENT[draft.follow_up]
    method = None if kind is EventKind.ICO_COMPLAINT_SENT else sending.method
    return CaseEvent(event_id, case_id, kind, sending.on, reference=sending.proof.strip(), post_method=method)
