"""What the user can do next in a case: each action with the day it makes sense, when it expires, and why.

Worked out from the case's events and today's date (through core.status), never stored. Actions that are not
open yet are included with their opening date, so the user can see what comes next and when.
Sources: docs/law.md §1.3 (deadlines), §3.2 (objections), §3.2 (rectification), §2.2 (the
ICO's expectations) and §2.1 (complaints to the organisation).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from npdrights.core.dates import long_date
from npdrights.core.deadlines import DEFAULT_BODY, add_months, complaint_silence_ends, ico_complaint_window
from npdrights.core.model import Case, CaseEvent, CaseKind, EventKind
from npdrights.core.names import event_on
from npdrights.core.status import CaseState, CaseStatus, case_state
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wording import first_upper

K = EventKind
ONE_DAY = timedelta(days=1)

# The tracker nudges about a letter drafted but never marked as sent after this long.
DRAFT_NUDGE = timedelta(days=7)


class ActionKind(Enum):
    SEND_OR_MARK_SENT = "send-or-mark-sent"
    REPLY = "reply"  # send the proof of identity or clarification the organisation asked for
    REMINDER = "reminder"
    COMPLAIN_TO_ORGANISATION = "complain-to-organisation"
    COMPLAIN_TO_ICO = "complain-to-ico"
    ICO_REVIEW = "ico-review"
    RECTIFICATION = "rectification"
    OBJECTION_FOLLOW_UP = "objection-follow-up"
    CLOSE = "close"

    @property
    def title(self) -> str:
        return _TITLES[self]


_TITLES = {
    ActionKind.SEND_OR_MARK_SENT: QT_TRANSLATE_NOOP("ActionTitles", "Send the letter, or mark it as sent"),
    ActionKind.REPLY: QT_TRANSLATE_NOOP("ActionTitles", "Reply to the organisation's question"),
    ActionKind.REMINDER: QT_TRANSLATE_NOOP("ActionTitles", "Send a reminder"),
    ActionKind.COMPLAIN_TO_ORGANISATION: QT_TRANSLATE_NOOP("ActionTitles", "Complain to the organisation"),
    ActionKind.COMPLAIN_TO_ICO: QT_TRANSLATE_NOOP("ActionTitles", "Complain to the ICO"),
    ActionKind.ICO_REVIEW: QT_TRANSLATE_NOOP("ActionTitles", "Ask the ICO to review its outcome"),
    ActionKind.RECTIFICATION: QT_TRANSLATE_NOOP("ActionTitles", "Ask for corrections"),
    ActionKind.OBJECTION_FOLLOW_UP: QT_TRANSLATE_NOOP("ActionTitles", "Ask for its compelling legitimate grounds"),
    ActionKind.CLOSE: QT_TRANSLATE_NOOP("ActionTitles", "Close the case"),
}


@dataclass(frozen=True)
class Action:
    kind: ActionKind
    opens: date  # the day it becomes sensible
    expires: date | None  # the day after which it is no longer expected (None: no limit)
    reason: str  # plain English, naming the organisation and the date that matters

    def is_open(self, today: date) -> bool:
        return self.opens <= today and (self.expires is None or today <= self.expires)


def next_steps(case: Case, events: Iterable[CaseEvent], today: date, *, body: str = DEFAULT_BODY) -> tuple[Action, ...]:
    """The actions open to the user in `case` on `today`, or coming up, in the order they open.

    Raises core.status.ImpossibleSequence if the events can't all be true.
    """
    return steps_for(case, case_state(case, events, today, body=body), body=body)


def steps_for(case: Case, state: CaseState, *, body: str = DEFAULT_BODY) -> tuple[Action, ...]:
    """The same as `next_steps`, for a caller that already has the case's state."""
    if state.status is CaseStatus.CLOSED:
        return ()
    if state.sent is None:
        return (_nudge_to_send(case, state, body),)
    actions = [
        *_reply(state, body),
        *_chase(state, body),
        *_after_outcome(case, state, body),
        *_ico(state, body),
        *_close(state, body),
    ]
    return tuple(sorted(actions, key=lambda action: action.opens))


@dataclass(frozen=True)
class NextStep:
    """One recommended action, and the others that are also possible, for the case page."""

    recommended: Action | None
    also: tuple[Action, ...]


# The order the ICO expects a family to follow after a missed deadline (docs/law.md §2.2): a reminder, then a
# complaint to the organisation, then the ICO; answering the organisation's own question comes before all three.
_ORDER = (
    ActionKind.SEND_OR_MARK_SENT,
    ActionKind.REPLY,
    ActionKind.REMINDER,
    ActionKind.COMPLAIN_TO_ORGANISATION,
    ActionKind.COMPLAIN_TO_ICO,
    ActionKind.OBJECTION_FOLLOW_UP,
    ActionKind.RECTIFICATION,
    ActionKind.ICO_REVIEW,
    ActionKind.CLOSE,
)


def recommend(actions: Iterable[Action], state: CaseState | None) -> NextStep:
    """The one action to recommend, and the rest in the order above.

    The first action open today in that order, or, if none is, the next to open, with its date. A complaint to the
    ICO open today is recommended only once the organisation has had its chance (`organisation_had_its_chance`);
    until then it is only "also possible".
    """
    ranked = sorted(actions, key=lambda action: _ORDER.index(action.kind))
    if state is None:
        return NextStep(None, tuple(ranked))
    allowed = [
        action
        for action in ranked
        if action.kind is not ActionKind.COMPLAIN_TO_ICO or organisation_had_its_chance(state)
    ]
    ready = [action for action in allowed if action.is_open(state.today)]
    # An action still to open is recommended with its date; the ICO's opens only once the organisation's chance ends.
    upcoming = [action for action in ranked if action.opens > state.today]
    chosen = ready[0] if ready else min(upcoming, key=lambda action: action.opens, default=None)
    return NextStep(chosen, tuple(action for action in ranked if action is not chosen))


def organisation_had_its_chance(state: CaseState) -> bool:
    """Whether the organisation has had the chance the ICO expects before a complaint to the ICO (law §2.2).

    It has if it answered your complaint, or 30 days passed without a reply, or it refused outright.
    """
    complaint = state.complaint
    if complaint is not None:
        return complaint.replied is not None or state.today >= complaint_silence_ends(complaint.received.due)
    return state.outcome is not None and state.outcome.kind in (K.REFUSED, K.OBJECTION_REJECTED)


def _nudge_to_send(case: Case, state: CaseState, body: str) -> Action:
    drafted = state.drafted or case.created_on
    return Action(
        ActionKind.SEND_OR_MARK_SENT,
        opens=drafted + DRAFT_NUDGE,
        expires=None,
        reason=f"You drafted this letter on {long_date(drafted)} but haven't marked it as sent. If you've sent it, "
        f"mark it as sent so the app can work out when {body} must answer; if not, send it now.",
    )


def _reply(state: CaseState, body: str) -> list[Action]:
    if state.waiting_for_you is None:
        return _reply_without_pause(state, body)
    asked = state.latest(state.waiting_for_you)
    assert asked is not None  # core.status only reports a question it has seen
    if asked.kind is K.ID_REQUESTED:
        reason = (
            f"{first_upper(body)} asked for proof of identity on {long_date(asked.on)}. Its month to answer starts "
            "again when your proof reaches it, so send it soon."
        )
    else:
        reason = (
            f"{first_upper(body)} asked you to clarify your request on {long_date(asked.on)}. Its clock is paused "
            "until your answer reaches it, so reply soon."
        )
    return [Action(ActionKind.REPLY, opens=asked.on, expires=None, reason=reason)]


def _reply_without_pause(state: CaseState, body: str) -> list[Action]:
    """A clarification asked about a request other than access: worth answering, but the date doesn't move.

    Article 12A pauses the clock only for access requests (docs/law.md §1.5).
    """
    asked = state.latest(K.CLARIFICATION_REQUESTED)
    answered = state.latest(K.CLARIFICATION_PROVIDED)
    if asked is None or state.response is None or state.outcome is not None:
        return []
    if answered is not None and answered.on >= asked.on:
        return []
    reason = (
        f"{first_upper(body)} asked you to clarify your request on {long_date(asked.on)}. That doesn't give it more "
        f"time: its answer is still due by {long_date(state.response.due)}. Reply soon, so it can answer in time."
    )
    return [Action(ActionKind.REPLY, opens=asked.on, expires=None, reason=reason)]


def _chase(state: CaseState, body: str) -> list[Action]:
    """A reminder, then a complaint to the organisation, once the answer is late (docs/law.md §2.1-§2.2).

    After a reminder sent once the answer was late, the complaint waits for the reply-by date the reminder gave.
    """
    escalated = state.complaint is not None or state.ico_complaint is not None
    if state.response is None or state.outcome is not None or escalated:
        return []
    due = state.response.due
    opens = due + ONE_DAY
    complain = (
        f"complain to {body}. Under section 164A of the Data Protection Act 2018 it must acknowledge your complaint "
        "within 30 days and then tell you the outcome."
    )
    if state.today < opens:
        coming = (
            f"{first_upper(body)}'s answer is due by {long_date(due)}. If it hasn't arrived by then, from "
            f"{long_date(opens)} you can"
        )
        return [
            Action(ActionKind.REMINDER, opens, None, f"{coming} send a reminder."),
            Action(ActionKind.COMPLAIN_TO_ORGANISATION, opens, None, f"{coming} {complain}"),
        ]
    late = f"{first_upper(body)}'s answer was due on {long_date(due)} and hasn't arrived."
    reminder = state.latest(K.REMINDER_SENT)
    if reminder is not None and reminder.on >= opens and state.reminder is not None:
        reply_by = state.reminder.due
        complain_from = reply_by + ONE_DAY
        asked = f"Your reminder of {long_date(reminder.on)} asked for a reply by {long_date(reply_by)}."
        if state.today < complain_from:
            reason = f"{late} {asked} If none comes, from {long_date(complain_from)} you can {complain}"
        else:
            reason = f"{late} {asked} It hasn't replied, so you can now {complain}"
        return [Action(ActionKind.COMPLAIN_TO_ORGANISATION, complain_from, None, reason)]
    return [
        Action(
            ActionKind.REMINDER,
            opens,
            None,
            f"{late} Send a reminder first: it gives {body} a last chance, with a date to reply by.",
        ),
        Action(ActionKind.COMPLAIN_TO_ORGANISATION, opens, None, f"{late} You can also {complain}"),
    ]


def _after_outcome(case: Case, state: CaseState, body: str) -> list[Action]:
    outcome = state.outcome
    if outcome is None:
        return []
    on, kind = outcome.on, outcome.kind
    said = event_on(kind, body, long_date(on))
    actions = []
    if kind in (K.ANSWERED_FULL, K.ANSWERED_PART) and case.kind.is_access_request:
        # Art 16 (law §3.2): inaccurate data must be corrected, and incomplete data completed.
        actions.append(
            Action(
                ActionKind.RECTIFICATION,
                on,
                None,
                f"{said} If anything in what it sent is wrong or incomplete, you can ask it to correct it.",
            )
        )
    if kind in (K.OBJECTION_REJECTED, K.REFUSED) and case.kind is CaseKind.OBJECTION_DFE:
        # Art 21(1) (law §3.2): it must stop unless it shows compelling legitimate grounds that override yours.
        actions.append(
            Action(
                ActionKind.OBJECTION_FOLLOW_UP,
                on,
                None,
                f"{said} You can ask it to set out the compelling legitimate grounds it relies on: the law says it "
                "must stop unless it can show them.",
            )
        )
    complained_since = state.complaint is not None and state.complaint.event.on >= on
    if not complained_since:
        if kind in _UNWELCOME:
            actions.append(
                Action(
                    ActionKind.COMPLAIN_TO_ORGANISATION,
                    on,
                    None,
                    f"{said} You can complain to its data protection officer about what is missing or wrong.",
                )
            )
        elif state.response is not None and on > state.response.due:
            actions.append(
                Action(
                    ActionKind.COMPLAIN_TO_ORGANISATION,
                    on,
                    None,
                    f"{said} That was after its deadline of {long_date(state.response.due)}, so you can complain "
                    "to its data protection officer about the delay.",
                )
            )
    return actions


_UNWELCOME = frozenset({K.ANSWERED_PART, K.REFUSED, K.OBJECTION_REJECTED})


def _close(state: CaseState, body: str) -> list[Action]:
    """Once there is an answer or an ICO outcome, the user may close the case whenever they are content."""
    if state.ico_outcome is not None:
        return [
            Action(
                ActionKind.CLOSE, state.ico_outcome, None, "If the ICO's outcome settles it, you can close the case."
            )
        ]
    if state.outcome is None:
        return []
    said = event_on(state.outcome.kind, body, long_date(state.outcome.on))
    if state.outcome.kind in _UNWELCOME:
        return [
            Action(
                ActionKind.CLOSE,
                state.outcome.on,
                None,
                f"{said} If you don't want to take it further, you can close the case.",
            )
        ]
    return [Action(ActionKind.CLOSE, state.outcome.on, None, f"{said} If you're content, you can close the case.")]


def _ico(state: CaseState, body: str) -> list[Action]:
    """A complaint to the ICO, or a review of its outcome."""
    if state.ico_outcome is not None:
        if state.ico_review is not None:
            return []
        # The ICO asks for a case review within three months of its outcome (ico.org.uk, "Complain about us":
        # "contact us within three months for consideration under our case review process").
        closes = add_months(state.ico_outcome, 3)
        return [
            Action(
                ActionKind.ICO_REVIEW,
                state.ico_outcome,
                closes,
                f"The ICO told you its outcome on {long_date(state.ico_outcome)}. If you disagree, you can ask it to "
                f"review how it handled your complaint by {long_date(closes)}.",
            )
        ]
    if state.ico_complaint is not None or state.last_contact is None:
        return []
    openings = _ico_openings(state, body)
    if not openings:
        return []
    opens, lead = min(openings)
    window = ico_complaint_window(state.last_contact, earliest=opens, body=body)
    reason = (
        f"{lead} you can complain to the ICO. It expects complaints within three months of your last contact with "
        f"{body}, so by {long_date(window.closes)}."
    )
    if state.today > window.closes:
        reason += " That date has passed, but the ICO can still look at a late complaint if you explain why."
    if not organisation_had_its_chance(state) and state.complaint is None:
        reason += f" It normally expects you to complain to {body} first."
    return [Action(ActionKind.COMPLAIN_TO_ICO, opens, window.closes, reason)]


def _ico_openings(state: CaseState, body: str) -> list[tuple[date, str]]:
    """When a complaint to the ICO first makes sense, with the start of a sentence saying why (law §2.2).

    Its guidance expects people to complain to the organisation first and to wait 30 days for a reply; a missed
    deadline is already the organisation failing. The earliest that applies wins.
    """
    openings = []
    response, outcome, complaint = state.response, state.outcome, state.complaint
    if complaint is not None:
        # Once you have complained to the organisation, the ICO expects you to wait for its reply (law §2.2).
        response = None
    if response is not None and outcome is None and state.today > response.due:
        lead = f"{first_upper(body)}'s answer was due on {long_date(response.due)}. If it still hasn't arrived,"
        openings.append((response.due + ONE_DAY, lead))
    elif response is not None and outcome is None:
        lead = f"{first_upper(body)}'s answer is due by {long_date(response.due)}. If it hasn't arrived by then,"
        openings.append((response.due + ONE_DAY, lead))
    elif response is not None and outcome is not None and outcome.on > response.due:
        lead = (
            f"{first_upper(body)} answered on {long_date(outcome.on)}, after its deadline of "
            f"{long_date(response.due)}. If you want to complain about the delay,"
        )
        openings.append((response.due + ONE_DAY, lead))
    if complaint is not None and complaint.replied is not None:
        openings.append(
            (
                complaint.replied,
                f"{first_upper(body)} replied on {long_date(complaint.replied)} to your complaint of "
                f"{long_date(complaint.event.on)}. If you're not satisfied,",
            )
        )
    elif complaint is not None:
        silence_ends = complaint_silence_ends(complaint.received.due)
        openings.append(
            (
                silence_ends,
                f"You complained to {body} on {long_date(complaint.event.on)}. If it hasn't replied within 30 days "
                f"(by {long_date(silence_ends - ONE_DAY)}),",
            )
        )
    return openings
