"""What a letter says, in a few plain sentences a family can read in its own language (issue 18).

Letters go to the organisation in English; beside the preview the app explains, in the screens' language, what
the letter asks for, by when the organisation must answer, and what happens next. The sentences are our own
short summaries, not a translation of the letter. They are marked here for Qt's translation tools (core stays
Qt-free) and translated where they are shown, under the context "LetterMeaning". `{date}` is filled in by the
screen, written the language's way; the date itself comes from the same rules the letter states.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from npdrights.core.letters import timing
from npdrights.core.model import PostMethod
from npdrights.core.status import CaseState
from npdrights.core.translatable import QT_TRANSLATE_NOOP

CONTEXT = "LetterMeaning"

# The organisation's month to answer a request (UK GDPR Art 12(3)): said the same way for every new request.
_MONTH = QT_TRANSLATE_NOOP(
    "LetterMeaning",
    "The organisation must answer by {date}. That is one calendar month after your letter is expected to reach "
    "it. For a complicated request it may take up to two months more, but only if it tells you so within the "
    "first month.",
)
_MONTH_UNDATED = QT_TRANSLATE_NOOP(
    "LetterMeaning", "The organisation must answer within one calendar month of receiving your letter."
)
_AFTER_REQUEST = QT_TRANSLATE_NOOP(
    "LetterMeaning",
    "What happens next: once the letter is posted and marked as sent in npdrights, npdrights watches that date. If "
    "no answer has come by then, it offers you a reminder, and after that a complaint.",
)


@dataclass(frozen=True)
class LetterMeaning:
    """The summary of one kind of letter, in English marked for translation."""

    asks: str  # what the letter asks for
    by_when: str  # by when the organisation must answer, with {date}
    by_when_undated: str  # the same rule when the date is not known
    next: str  # what happens next


def _request(asks: str) -> LetterMeaning:
    return LetterMeaning(asks, _MONTH, _MONTH_UNDATED, _AFTER_REQUEST)


MEANINGS: dict[str, LetterMeaning] = {
    "sar-dfe": _request(
        QT_TRANSLATE_NOOP(
            "LetterMeaning",
            "This letter asks the Department for Education for a copy of everything it holds about your child, "
            "including the National Pupil Database, where that information came from, and who it was given to.",
        )
    ),
    "sar-lrs": _request(
        QT_TRANSLATE_NOOP(
            "LetterMeaning",
            "This letter asks the Learning Records Service for your child's learning record: the courses and "
            "qualifications kept under their learner number.",
        )
    ),
    "sar-organisation": _request(
        QT_TRANSLATE_NOOP(
            "LetterMeaning",
            "This letter asks the organisation for a copy of everything it holds about your child, where that "
            "information came from, and who it was shared with.",
        )
    ),
    "objection-dfe": _request(
        QT_TRANSLATE_NOOP(
            "LetterMeaning",
            "This letter tells the Department for Education that you object to it giving information that "
            "identifies your child to companies and to the press, and asks it to stop.",
        )
    ),
    "rectification": _request(
        QT_TRANSLATE_NOOP(
            "LetterMeaning",
            "This letter asks for wrong information about your child to be corrected. It lists what is recorded "
            "and what is right.",
        )
    ),
    "erasure": _request(
        QT_TRANSLATE_NOOP(
            "LetterMeaning", "This letter asks for information about your child to be deleted, and says why."
        )
    ),
    "restriction": _request(
        QT_TRANSLATE_NOOP(
            "LetterMeaning",
            "This letter asks the organisation to keep your child's information but not use it, while a question "
            "about it is settled.",
        )
    ),
    "reminder": LetterMeaning(
        QT_TRANSLATE_NOOP(
            "LetterMeaning",
            "This letter reminds the organisation that its answer is late, and asks it to answer now.",
        ),
        QT_TRANSLATE_NOOP("LetterMeaning", "The letter asks for an answer by {date}."),
        QT_TRANSLATE_NOOP("LetterMeaning", "The letter asks for an answer within ten working days."),
        QT_TRANSLATE_NOOP(
            "LetterMeaning",
            "What happens next: if no answer comes, you can complain to the organisation, and then to the "
            "Information Commissioner's Office (ICO).",
        ),
    ),
    "complaint-organisation": LetterMeaning(
        QT_TRANSLATE_NOOP(
            "LetterMeaning",
            "This letter complains to the organisation's data protection officer about how your request was "
            "handled, with the dates of what happened.",
        ),
        QT_TRANSLATE_NOOP(
            "LetterMeaning", "The letter asks the organisation to confirm it has your complaint by {date}."
        ),
        QT_TRANSLATE_NOOP(
            "LetterMeaning", "The letter asks the organisation to confirm it has your complaint within 30 days."
        ),
        QT_TRANSLATE_NOOP(
            "LetterMeaning",
            "What happens next: if its answer does not settle things, you can complain to the Information "
            "Commissioner's Office (ICO) within three months of your last contact with the organisation.",
        ),
    ),
    "complaint-ico": LetterMeaning(
        QT_TRANSLATE_NOOP(
            "LetterMeaning",
            "This is not a letter: it is what you need for the complaint form of the Information Commissioner's "
            "Office (ICO): a short summary, the dates of what happened, and what you ask the ICO to do.",
        ),
        QT_TRANSLATE_NOOP("LetterMeaning", "No law sets a date for the ICO's answer."),
        QT_TRANSLATE_NOOP("LetterMeaning", "No law sets a date for the ICO's answer."),
        QT_TRANSLATE_NOOP(
            "LetterMeaning",
            "What happens next: copy it into the ICO's online form and keep a copy. When the ICO writes to you, "
            "record it in npdrights.",
        ),
    ),
}

_NEW_REQUESTS = frozenset(kind for kind, meaning in MEANINGS.items() if meaning.by_when is _MONTH)


def meaning_of(kind: str) -> LetterMeaning | None:
    """The summary of a letter kind; None for forms and checklists, which ask nothing of anyone."""
    return MEANINGS.get(kind)


def answer_date(kind: str, letter_date: date, send_by: PostMethod) -> date | None:
    """By when the organisation must answer a letter of `kind` written on `letter_date`: the date the letter itself
    states, worked out by the same rules. None where no date applies (the ICO pack, forms)."""
    body = "the organisation"  # only the rules' explanations use it, not the dates
    if kind in _NEW_REQUESTS:
        return timing.reply_to_new_letter(letter_date, send_by, body).due
    if kind == "reminder":
        return timing.chase_by(letter_date)
    if kind == "complaint-organisation":
        return timing.complaint_acknowledgement(letter_date, send_by, body).due
    return None


def answer_date_in_case(kind: str, state: CaseState | None) -> date | None:
    """By when the organisation must answer a kept letter of `kind`, as the case's events stand today: the case
    page's own dates (an extension or a request for ID moves them). None when nothing is awaited."""
    if state is None:
        return None
    if kind in _NEW_REQUESTS:
        return state.response.due if state.response is not None else None
    if kind == "reminder":
        return state.reminder.due if state.reminder is not None else None
    if kind == "complaint-organisation":
        return state.complaint.acknowledgement.due if state.complaint is not None else None
    return None
