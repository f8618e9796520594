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

from npdrights.core.deadlines import DEFAULT_BODY, add_months, complaint_silence_ends, ico_complaint_window
from npdrights.core.model import Case, CaseEvent, CaseKind, EventKind
from npdrights.core.names import event_on
from npdrights.core.sentence import Sentence
from npdrights.core.status import CaseState, CaseStatus, case_state
from npdrights.core.translatable import QT_TRANSLATE_NOOP

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


@dataclass(frozen=True, slots=True)  # thousands in a big list's lines: slots take less memory (issue 17)
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


def _said(template: str, **values: object) -> Sentence:
    """Why an action is offered: a Sentence, so the case page can say it in the family's language (issue 18); its
    English starts with a capital ('the DfE' -> 'The DfE')."""
    return Sentence.of("NextSteps", template, capital=True, **values)


def _nudge_to_send(case: Case, state: CaseState, body: str) -> Action:
    drafted = state.drafted or case.created_on
    return Action(
        ActionKind.SEND_OR_MARK_SENT,
        opens=drafted + DRAFT_NUDGE,
        expires=None,
        reason=_said(
            QT_TRANSLATE_NOOP(
                "NextSteps",
                "You drafted this letter on {drafted} but haven't marked it as sent. If you've sent it, mark it as "
                "sent so the app can work out when {body} must answer; if not, send it now.",
            ),
            drafted=drafted,
            body=body,
        ),
    )


def _reply(state: CaseState, body: str) -> list[Action]:
    if state.waiting_for_you is None:
        return _reply_without_pause(state, body)
    asked = state.latest(state.waiting_for_you)
    assert asked is not None  # core.status only reports a question it has seen
    if asked.kind is K.ID_REQUESTED:
        reason = _said(
            QT_TRANSLATE_NOOP(
                "NextSteps",
                "{body} asked for proof of identity on {asked}. Its month to answer starts again when your proof "
                "reaches it, so send it soon.",
            ),
            body=body,
            asked=asked.on,
        )
    else:
        reason = _said(
            QT_TRANSLATE_NOOP(
                "NextSteps",
                "{body} asked you to clarify your request on {asked}. Its clock is paused until your answer reaches "
                "it, so reply soon.",
            ),
            body=body,
            asked=asked.on,
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
    reason = _said(
        QT_TRANSLATE_NOOP(
            "NextSteps",
            "{body} asked you to clarify your request on {asked}. That doesn't give it more time: its answer is still "
            "due by {due}. Reply soon, so it can answer in time.",
        ),
        body=body,
        asked=asked.on,
        due=state.response.due,
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
    # Whole sentences, not joined pieces: a translation may need its words in another order.
    if state.today < opens:
        return [
            Action(
                ActionKind.REMINDER,
                opens,
                None,
                _said(
                    QT_TRANSLATE_NOOP(
                        "NextSteps",
                        "{body}'s answer is due by {due}. If it hasn't arrived by then, from {opens} you can send a "
                        "reminder.",
                    ),
                    body=body,
                    due=due,
                    opens=opens,
                ),
            ),
            Action(
                ActionKind.COMPLAIN_TO_ORGANISATION,
                opens,
                None,
                _said(
                    QT_TRANSLATE_NOOP(
                        "NextSteps",
                        "{body}'s answer is due by {due}. If it hasn't arrived by then, from {opens} you can complain "
                        "to {body}. Under section 164A of the Data Protection Act 2018 it must acknowledge your "
                        "complaint within 30 days and then tell you the outcome.",
                    ),
                    body=body,
                    due=due,
                    opens=opens,
                ),
            ),
        ]
    reminder = state.latest(K.REMINDER_SENT)
    if reminder is not None and reminder.on >= opens and state.reminder is not None:
        reply_by = state.reminder.due
        complain_from = reply_by + ONE_DAY
        if state.today < complain_from:
            template = QT_TRANSLATE_NOOP(
                "NextSteps",
                "{body}'s answer was due on {due} and hasn't arrived. Your reminder of {reminded} asked for a reply "
                "by {reply_by}. If none comes, from {complain_from} you can complain to {body}. Under section 164A of "
                "the Data Protection Act 2018 it must acknowledge your complaint within 30 days and then tell you the "
                "outcome.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "NextSteps",
                "{body}'s answer was due on {due} and hasn't arrived. Your reminder of {reminded} asked for a reply "
                "by {reply_by}. It hasn't replied, so you can now complain to {body}. Under section 164A of the Data "
                "Protection Act 2018 it must acknowledge your complaint within 30 days and then tell you the outcome.",
            )
        reason = _said(
            template, body=body, due=due, reminded=reminder.on, reply_by=reply_by, complain_from=complain_from
        )
        return [Action(ActionKind.COMPLAIN_TO_ORGANISATION, complain_from, None, reason)]
    return [
        Action(
            ActionKind.REMINDER,
            opens,
            None,
            _said(
                QT_TRANSLATE_NOOP(
                    "NextSteps",
                    "{body}'s answer was due on {due} and hasn't arrived. Send a reminder first: it gives {body} a "
                    "last chance, with a date to reply by.",
                ),
                body=body,
                due=due,
            ),
        ),
        Action(
            ActionKind.COMPLAIN_TO_ORGANISATION,
            opens,
            None,
            _said(
                QT_TRANSLATE_NOOP(
                    "NextSteps",
                    "{body}'s answer was due on {due} and hasn't arrived. You can also complain to {body}. Under "
                    "section 164A of the Data Protection Act 2018 it must acknowledge your complaint within 30 days "
                    "and then tell you the outcome.",
                ),
                body=body,
                due=due,
            ),
        ),
    ]


def _after_outcome(case: Case, state: CaseState, body: str) -> list[Action]:
    outcome = state.outcome
    if outcome is None:
        return []
    on, kind = outcome.on, outcome.kind
    said = event_on(kind, body, on)
    actions = []
    if kind in (K.ANSWERED_FULL, K.ANSWERED_PART) and case.kind.is_access_request:
        # Art 16 (law §3.2): inaccurate data must be corrected, and incomplete data completed.
        actions.append(
            Action(
                ActionKind.RECTIFICATION,
                on,
                None,
                _said(
                    QT_TRANSLATE_NOOP(
                        "NextSteps",
                        "{said} If anything in what it sent is wrong or incomplete, you can ask it to correct it.",
                    ),
                    said=said,
                ),
            )
        )
    if kind in (K.OBJECTION_REJECTED, K.REFUSED) and case.kind is CaseKind.OBJECTION_DFE:
        # Art 21(1) (law §3.2): it must stop unless it shows compelling legitimate grounds that override yours.
        actions.append(
            Action(
                ActionKind.OBJECTION_FOLLOW_UP,
                on,
                None,
                _said(
                    QT_TRANSLATE_NOOP(
                        "NextSteps",
                        "{said} You can ask it to set out the compelling legitimate grounds it relies on: the law says "
                        "it must stop unless it can show them.",
                    ),
                    said=said,
                ),
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
                    _said(
                        QT_TRANSLATE_NOOP(
                            "NextSteps",
                            "{said} You can complain to its data protection officer about what is missing or wrong.",
                        ),
                        said=said,
                    ),
                )
            )
        elif state.response is not None and on > state.response.due:
            actions.append(
                Action(
                    ActionKind.COMPLAIN_TO_ORGANISATION,
                    on,
                    None,
                    _said(
                        QT_TRANSLATE_NOOP(
                            "NextSteps",
                            "{said} That was after its deadline of {due}, so you can complain to its data protection "
                            "officer about the delay.",
                        ),
                        said=said,
                        due=state.response.due,
                    ),
                )
            )
    return actions


_UNWELCOME = frozenset({K.ANSWERED_PART, K.REFUSED, K.OBJECTION_REJECTED})


def _close(state: CaseState, body: str) -> list[Action]:
    """Once there is an answer or an ICO outcome, the user may close the case whenever they are content."""
    if state.ico_outcome is not None:
        return [
            Action(
                ActionKind.CLOSE,
                state.ico_outcome,
                None,
                QT_TRANSLATE_NOOP("NextSteps", "If the ICO's outcome settles it, you can close the case."),
            )
        ]
    if state.outcome is None:
        return []
    said = event_on(state.outcome.kind, body, state.outcome.on)
    if state.outcome.kind in _UNWELCOME:
        return [
            Action(
                ActionKind.CLOSE,
                state.outcome.on,
                None,
                _said(
                    QT_TRANSLATE_NOOP(
                        "NextSteps", "{said} If you don't want to take it further, you can close the case."
                    ),
                    said=said,
                ),
            )
        ]
    content = _said(QT_TRANSLATE_NOOP("NextSteps", "{said} If you're content, you can close the case."), said=said)
    return [Action(ActionKind.CLOSE, state.outcome.on, None, content)]


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
                _said(
                    QT_TRANSLATE_NOOP(
                        "NextSteps",
                        "The ICO told you its outcome on {outcome}. If you disagree, you can ask it to review how it "
                        "handled your complaint by {closes}.",
                    ),
                    outcome=state.ico_outcome,
                    closes=closes,
                ),
            )
        ]
    if state.ico_complaint is not None or state.last_contact is None:
        return []
    openings = _ico_openings(state, body)
    if not openings:
        return []
    opens, lead = min(openings)
    window = ico_complaint_window(state.last_contact, earliest=opens, body=body)
    # The lead is a clause ("If it still hasn't arrived,"), and each addition a whole sentence: both translate.
    reason = Sentence.of(
        "NextSteps",
        QT_TRANSLATE_NOOP(
            "NextSteps",
            "{lead} you can complain to the ICO. It expects complaints within three months of your last contact with "
            "{body}, so by {closes}.",
        ),
        lead=lead,
        body=body,
        closes=window.closes,
    )
    if state.today > window.closes:
        late = QT_TRANSLATE_NOOP(
            "NextSteps",
            "{reason} That date has passed, but the ICO can still look at a late complaint if you explain why.",
        )
        reason = Sentence.of("NextSteps", late, reason=reason)
    if not organisation_had_its_chance(state) and state.complaint is None:
        first = QT_TRANSLATE_NOOP("NextSteps", "{reason} It normally expects you to complain to {body} first.")
        reason = Sentence.of("NextSteps", first, reason=reason, body=body)
    return [Action(ActionKind.COMPLAIN_TO_ICO, opens, window.closes, reason)]


def _ico_openings(state: CaseState, body: str) -> list[tuple[date, Sentence]]:
    """When a complaint to the ICO first makes sense, with the start of a sentence saying why (law §2.2).

    Its guidance expects people to complain to the organisation first and to wait 30 days for a reply; a missed
    deadline is already the organisation failing. The earliest that applies wins.
    """
    openings: list[tuple[date, Sentence]] = []
    response, outcome, complaint = state.response, state.outcome, state.complaint
    if complaint is not None:
        # Once you have complained to the organisation, the ICO expects you to wait for its reply (law §2.2).
        response = None
    if response is not None and outcome is None and state.today > response.due:
        lead = _said(
            QT_TRANSLATE_NOOP("NextSteps", "{body}'s answer was due on {due}. If it still hasn't arrived,"),
            body=body,
            due=response.due,
        )
        openings.append((response.due + ONE_DAY, lead))
    elif response is not None and outcome is None:
        lead = _said(
            QT_TRANSLATE_NOOP("NextSteps", "{body}'s answer is due by {due}. If it hasn't arrived by then,"),
            body=body,
            due=response.due,
        )
        openings.append((response.due + ONE_DAY, lead))
    elif response is not None and outcome is not None and outcome.on > response.due:
        lead = _said(
            QT_TRANSLATE_NOOP(
                "NextSteps",
                "{body} answered on {answered}, after its deadline of {due}. If you want to complain about the delay,",
            ),
            body=body,
            answered=outcome.on,
            due=response.due,
        )
        openings.append((response.due + ONE_DAY, lead))
    if complaint is not None and complaint.replied is not None:
        openings.append(
            (
                complaint.replied,
                _said(
                    QT_TRANSLATE_NOOP(
                        "NextSteps",
                        "{body} replied on {replied} to your complaint of {complained}. If you're not satisfied,",
                    ),
                    body=body,
                    replied=complaint.replied,
                    complained=complaint.event.on,
                ),
            )
        )
    elif complaint is not None:
        silence_ends = complaint_silence_ends(complaint.received.due)
        openings.append(
            (
                silence_ends,
                _said(
                    QT_TRANSLATE_NOOP(
                        "NextSteps",
                        "You complained to {body} on {complained}. If it hasn't replied within 30 days (by {by}),",
                    ),
                    body=body,
                    complained=complaint.event.on,
                    by=silence_ends - ONE_DAY,
                ),
            )
        )
    return openings
