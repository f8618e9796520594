"""What recording each kind of event asks for: only what that event needs (its name is in core/names.py).

Used by the case detail's timeline and its "Add what happened" dialog, and by `npdrights-cli case show`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from npdrights.core.model import Case, CaseEvent, EventKind, PostMethod
from npdrights.core.status import ImpossibleSequence, case_state
from npdrights.core.translatable import QT_TRANSLATE_NOOP

K = EventKind


@dataclass(frozen=True)
class EventNeeds:
    """The fields recording an event asks for, beyond its date."""

    method: bool = False  # how it was sent (post or email): decides when it arrives
    delivered: bool = False  # when it arrived, if known
    reference: str = ""  # the label of a reference field, or "" for none
    note: str = ""  # the label of a notes field, or "" for none
    months: bool = False  # how much more time the organisation said it needs
    required_reference: bool = False


_SENT_BY_YOU = EventNeeds(
    method=True, delivered=True, reference=QT_TRANSLATE_NOOP("EventFields", "Proof of posting reference (optional)")
)
_THEIR_REPLY = EventNeeds(
    reference=QT_TRANSLATE_NOOP("EventFields", "Their reference (optional)"),
    note=QT_TRANSLATE_NOOP("EventFields", "What they said (optional)"),
)

NEEDS: dict[EventKind, EventNeeds] = {
    K.DRAFTED: EventNeeds(),
    K.SENT: _SENT_BY_YOU,
    K.DELIVERED: EventNeeds(),
    K.ACKNOWLEDGED: EventNeeds(reference=QT_TRANSLATE_NOOP("EventFields", "Their reference (optional)")),
    K.ID_REQUESTED: EventNeeds(note=QT_TRANSLATE_NOOP("EventFields", "What they asked for (optional)")),
    K.ID_PROVIDED: _SENT_BY_YOU,
    K.CLARIFICATION_REQUESTED: EventNeeds(note=QT_TRANSLATE_NOOP("EventFields", "What they asked (optional)")),
    K.CLARIFICATION_PROVIDED: _SENT_BY_YOU,
    K.EXTENSION_NOTIFIED: EventNeeds(
        months=True, note=QT_TRANSLATE_NOOP("EventFields", "The reasons they gave (optional)")
    ),
    K.ANSWERED_FULL: _THEIR_REPLY,
    K.ANSWERED_PART: _THEIR_REPLY,
    K.REFUSED: EventNeeds(
        reference=QT_TRANSLATE_NOOP("EventFields", "Their reference (optional)"),
        note=QT_TRANSLATE_NOOP("EventFields", "The reasons they gave (optional)"),
    ),
    K.OBJECTION_UPHELD: _THEIR_REPLY,
    K.OBJECTION_REJECTED: EventNeeds(
        reference=QT_TRANSLATE_NOOP("EventFields", "Their reference (optional)"),
        note=QT_TRANSLATE_NOOP("EventFields", "The reasons they gave (optional)"),
    ),
    K.REMINDER_SENT: _SENT_BY_YOU,
    K.COMPLAINT_SENT: _SENT_BY_YOU,
    K.ICO_COMPLAINT_SENT: EventNeeds(note=QT_TRANSLATE_NOOP("EventFields", "Notes (optional)")),
    K.ICO_REFERENCE_RECEIVED: EventNeeds(
        reference=QT_TRANSLATE_NOOP("EventFields", "The ICO's case reference"), required_reference=True
    ),
    K.ICO_OUTCOME_RECEIVED: EventNeeds(note=QT_TRANSLATE_NOOP("EventFields", "What the ICO decided (optional)")),
    K.ICO_REVIEW_REQUESTED: EventNeeds(note=QT_TRANSLATE_NOOP("EventFields", "Notes (optional)")),
    K.CLOSED: EventNeeds(note=QT_TRANSLATE_NOOP("EventFields", "Why you closed it (optional)")),
}

METHOD_LABELS = {
    PostMethod.FIRST_CLASS: QT_TRANSLATE_NOOP("PostMethods", "First class post"),
    PostMethod.SECOND_CLASS: QT_TRANSLATE_NOOP("PostMethods", "Second class post"),
    PostMethod.SIGNED_FOR: QT_TRANSLATE_NOOP("PostMethods", "Signed-for post"),
    PostMethod.EMAIL: QT_TRANSLATE_NOOP("PostMethods", "Email or online form"),
}

# The most months of extra time the law allows (UK GDPR Art 12(3), docs/law.md §1.3).
MAX_EXTENSION_MONTHS = 2

# Kinds the user records by hand (drafting happens when a letter is made).
RECORDABLE = tuple(kind for kind in EventKind if kind is not K.DRAFTED)


def offered_events(case: Case, events: Sequence[CaseEvent], today: date) -> tuple[EventKind, ...]:
    """What "Record what happened" offers for this case: the events the rules engine would accept today (so an
    objection's outcome only for an objection, the letter's sending only once, nothing before it was sent), with
    those not yet recorded first, so the first choice is never one already in the timeline."""
    possible = []
    for kind in RECORDABLE:
        trial = CaseEvent("offered", case.id, kind, today, post_method=_TRIAL_METHOD.get(kind))
        try:
            case_state(case, [*events, trial], today)
        except ImpossibleSequence:
            continue
        possible.append(kind)
    recorded = {event.kind for event in events}
    return (*(kind for kind in possible if kind not in recorded), *(kind for kind in possible if kind in recorded))


# How a trial event is sent, where the rules need to know (it is only tried, never saved).
_TRIAL_METHOD = {K.SENT: PostMethod.FIRST_CLASS, K.REMINDER_SENT: PostMethod.FIRST_CLASS}
