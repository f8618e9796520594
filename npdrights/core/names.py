"""What the app calls each kind of case and each kind of event: one table each, used by every screen, the rules
engine's sentences and `npdrights-cli`, so one case's history reads the same wherever it is shown.

The letters themselves speak in the family's own voice ("The DfE acknowledged my letter") and keep their own
wording in the templates; everything the app says *to* the family comes from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import NamedTuple

from npdrights.core.model import CaseKind, EventKind
from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wording import first_upper

# The cases list's "Asking for" column and the case's heading; in a sentence with `kind_in_sentence`.
CASE_KIND_LABELS: Mapping[CaseKind, str] = {
    CaseKind.SAR_DFE: QT_TRANSLATE_NOOP("CaseKinds", "What the DfE holds"),
    CaseKind.SAR_LRS: QT_TRANSLATE_NOOP("CaseKinds", "Learning record (LRS)"),
    CaseKind.SAR_ORGANISATION: QT_TRANSLATE_NOOP("CaseKinds", "What a school or council holds"),
    CaseKind.OBJECTION_DFE: QT_TRANSLATE_NOOP("CaseKinds", "Stop DfE sharing"),
    CaseKind.RECTIFICATION: QT_TRANSLATE_NOOP("CaseKinds", "Correct wrong data"),
    CaseKind.ERASURE: QT_TRANSLATE_NOOP("CaseKinds", "Delete data"),
    CaseKind.RESTRICTION: QT_TRANSLATE_NOOP("CaseKinds", "Restrict the use of data"),
}


def kind_in_sentence(kind: CaseKind) -> str:
    """'Ada: what the DfE holds, sent 4 May': the label with a small first letter ('DfE' keeps its capitals)."""
    label = CASE_KIND_LABELS[kind]
    return label[:1].lower() + label[1:]


class EventName(NamedTuple):
    title: str  # what happened, as the timeline lists it; "{body}" is the organisation ("the DfE")
    noun: str  # the event as the subject of a sentence: "A reminder can't come before..."


K = EventKind

EVENT_NAMES: Mapping[EventKind, EventName] = {
    K.DRAFTED: EventName(
        QT_TRANSLATE_NOOP("EventNames", "You drafted the letter"), QT_TRANSLATE_NOOP("EventNouns", "The draft")
    ),
    K.SENT: EventName(
        QT_TRANSLATE_NOOP("EventNames", "You sent the letter"), QT_TRANSLATE_NOOP("EventNouns", "Sending the letter")
    ),
    K.DELIVERED: EventName(
        QT_TRANSLATE_NOOP("EventNames", "Your letter was delivered"), QT_TRANSLATE_NOOP("EventNouns", "The delivery")
    ),
    K.ACKNOWLEDGED: EventName(
        QT_TRANSLATE_NOOP("EventNames", "{body} acknowledged your letter"),
        QT_TRANSLATE_NOOP("EventNouns", "An acknowledgement"),
    ),
    K.ID_REQUESTED: EventName(
        QT_TRANSLATE_NOOP("EventNames", "{body} asked for proof of identity"),
        QT_TRANSLATE_NOOP("EventNouns", "A request for proof of identity"),
    ),
    K.ID_PROVIDED: EventName(
        QT_TRANSLATE_NOOP("EventNames", "You sent proof of identity"),
        QT_TRANSLATE_NOOP("EventNouns", "Sending proof of identity"),
    ),
    K.CLARIFICATION_REQUESTED: EventName(
        QT_TRANSLATE_NOOP("EventNames", "{body} asked you to clarify your request"),
        QT_TRANSLATE_NOOP("EventNouns", "A request for clarification"),
    ),
    K.CLARIFICATION_PROVIDED: EventName(
        QT_TRANSLATE_NOOP("EventNames", "You sent your clarification"),
        QT_TRANSLATE_NOOP("EventNouns", "Sending clarification"),
    ),
    K.EXTENSION_NOTIFIED: EventName(
        QT_TRANSLATE_NOOP("EventNames", "{body} said it needs more time"),
        QT_TRANSLATE_NOOP("EventNouns", "An extension"),
    ),
    K.ANSWERED_FULL: EventName(
        QT_TRANSLATE_NOOP("EventNames", "{body} answered in full"), QT_TRANSLATE_NOOP("EventNouns", "An answer")
    ),
    K.ANSWERED_PART: EventName(
        QT_TRANSLATE_NOOP("EventNames", "{body} answered in part"), QT_TRANSLATE_NOOP("EventNouns", "A part answer")
    ),
    K.REFUSED: EventName(
        QT_TRANSLATE_NOOP("EventNames", "{body} refused"), QT_TRANSLATE_NOOP("EventNouns", "A refusal")
    ),
    K.OBJECTION_UPHELD: EventName(
        QT_TRANSLATE_NOOP("EventNames", "{body} upheld your objection"),
        QT_TRANSLATE_NOOP("EventNouns", "Upholding the objection"),
    ),
    K.OBJECTION_REJECTED: EventName(
        QT_TRANSLATE_NOOP("EventNames", "{body} rejected your objection"),
        QT_TRANSLATE_NOOP("EventNouns", "Rejecting the objection"),
    ),
    K.REMINDER_SENT: EventName(
        QT_TRANSLATE_NOOP("EventNames", "You sent a reminder"), QT_TRANSLATE_NOOP("EventNouns", "A reminder")
    ),
    K.COMPLAINT_SENT: EventName(
        QT_TRANSLATE_NOOP("EventNames", "You complained to {body}"), QT_TRANSLATE_NOOP("EventNouns", "A complaint")
    ),
    K.ICO_COMPLAINT_SENT: EventName(
        QT_TRANSLATE_NOOP("EventNames", "You complained to the ICO"),
        QT_TRANSLATE_NOOP("EventNouns", "A complaint to the ICO"),
    ),
    K.ICO_REFERENCE_RECEIVED: EventName(
        QT_TRANSLATE_NOOP("EventNames", "The ICO gave your complaint a reference"),
        QT_TRANSLATE_NOOP("EventNouns", "An ICO reference"),
    ),
    K.ICO_OUTCOME_RECEIVED: EventName(
        QT_TRANSLATE_NOOP("EventNames", "The ICO told you its outcome"),
        QT_TRANSLATE_NOOP("EventNouns", "The ICO's outcome"),
    ),
    K.ICO_REVIEW_REQUESTED: EventName(
        QT_TRANSLATE_NOOP("EventNames", "You asked the ICO to review its outcome"),
        QT_TRANSLATE_NOOP("EventNouns", "Asking the ICO for a review"),
    ),
    K.CLOSED: EventName(
        QT_TRANSLATE_NOOP("EventNames", "You closed the case"), QT_TRANSLATE_NOOP("EventNouns", "Closing the case")
    ),
}


def event_title(kind: EventKind, body: str) -> str:
    """'The DfE acknowledged your letter'."""
    return first_upper(EVENT_NAMES[kind].title.format(body=body))


def event_on(kind: EventKind, body: str, when: date | str) -> Sentence:
    """'The DfE answered in full on Friday 1 May 2026.': a status summary's sentence (a Sentence: the case page says
    it in the family's language)."""
    event = Sentence.of("EventNames", EVENT_NAMES[kind].title, capital=True, body=body)
    return Sentence.of(
        "CaseSummaries", QT_TRANSLATE_NOOP("CaseSummaries", "{event} on {date}."), event=event, date=when
    )


def event_noun(kind: EventKind) -> str:
    """'A reminder', for sentences about the event itself."""
    return EVENT_NAMES[kind].noun


# How a request ended, as the statistics count it: the events that close one.
OUTCOME_LABELS: Mapping[EventKind, str] = {
    K.ANSWERED_FULL: "Answered in full",
    K.ANSWERED_PART: "Answered in part",
    K.REFUSED: "Refused",
    K.OBJECTION_UPHELD: "Objection upheld",
    K.OBJECTION_REJECTED: "Objection rejected",
}
