"""The guided journeys, independent of any user interface: what each one asks, in what order, and what is wrong.

A `Draft` holds everything typed so far. `steps(draft)` lists the pages a journey needs and `next_step(draft,
current)` chooses the next one, so every branch is decided (and tested) here; the Qt wizard only shows pages.
Nothing here does I/O, picks ids or reads the clock: the caller passes `today` and a `new_id` function.

The modules, in the order a journey uses them:
    draft     the `Draft` and the choices that shape it (journey, follow-up, target, page)
    flow      which letter a draft makes, and which pages it shows in what order
    checks    what still stops a page (`problems`), said in the words on screen
    answers   the draft as the `LetterAnswers` for one child's letter, and the forms enclosed with it
    prefill   a follow-up's draft filled in from a tracked case
    plan      the cases, people and events Finish saves
    sending   Mark as sent: the sending's date checks and the event it records
The names below are re-exported so `from npdrights.core.wizard_flow import Draft` keeps working.
"""

from npdrights.core.wizard_flow.answers import (
    answers_for,
    asker,
    encloses_first_letter,
    forms_to_enclose,
    history_of,
    letter_reference,
    pupil_of,
    recipient_of,
)
from npdrights.core.wizard_flow.checks import FIELD_LABELS, ON_SCREEN_FIXES, blocking, describe, label_for, problems
from npdrights.core.wizard_flow.draft import (
    DFE,
    FOLLOW_UP_FOR_ACTION,
    Draft,
    EarlierLetter,
    FollowUp,
    Journey,
    OrganisationDraft,
    PupilDraft,
    RequesterDraft,
    Step,
    Target,
)
from npdrights.core.wizard_flow.flow import first_step, letter_kind, next_step, steps
from npdrights.core.wizard_flow.plan import CasePlan, plan_cases
from npdrights.core.wizard_flow.prefill import follow_up_draft, history_from_case, pupil_from_person, requester_from
from npdrights.core.wizard_flow.sending import SENT_EVENT, Sending, may_redate_to, sent_date_problem, sent_event

__all__ = [
    "DFE",
    "FIELD_LABELS",
    "FOLLOW_UP_FOR_ACTION",
    "ON_SCREEN_FIXES",
    "SENT_EVENT",
    "CasePlan",
    "Draft",
    "EarlierLetter",
    "FollowUp",
    "Journey",
    "OrganisationDraft",
    "PupilDraft",
    "RequesterDraft",
    "Sending",
    "Step",
    "Target",
    "answers_for",
    "asker",
    "blocking",
    "describe",
    "encloses_first_letter",
    "first_step",
    "follow_up_draft",
    "forms_to_enclose",
    "history_from_case",
    "history_of",
    "label_for",
    "letter_kind",
    "letter_reference",
    "may_redate_to",
    "next_step",
    "plan_cases",
    "problems",
    "pupil_from_person",
    "pupil_of",
    "recipient_of",
    "requester_from",
    "sent_date_problem",
    "sent_event",
    "steps",
]
