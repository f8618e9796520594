"""One line per case for the cases list, worked out once from the case's events by the rules engine.

The GUI's table model, the reminders and `npdrights-cli case list` all read these summaries, so the three
can never disagree. Nothing here is stored: service/summary_cache.py keeps `kept_record`s in the vault, for the
days `summarise_for_days` says they hold for, and `from_kept` makes the lines from them again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from npdrights.core.deadlines import DEFAULT_BODY, Deadline
from npdrights.core.model import Case, CaseEvent, Household, Organisation
from npdrights.core.next_steps import Action, ActionKind, steps_for
from npdrights.core.status import CaseState, CaseStatus, ImpossibleSequence, case_state
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wording import plural

if TYPE_CHECKING:  # imported where a line is worked out to keep: a list read from kept lines needn't hold it
    from npdrights.core.watched_day import DaySpan

# Organisations everyone knows by a short name; the rules engine's sentences read better with it. The Information
# Commission has been the ICO's name since 30 September 2026 (docs/law.md §2.3).
_SHORT_NAMES = {
    "department for education": QT_TRANSLATE_NOOP("Bodies", "the DfE"),
    "learning records service": QT_TRANSLATE_NOOP("Bodies", "the LRS"),
    "information commissioner's office": QT_TRANSLATE_NOOP("Bodies", "the ICO"),
    "information commission (ico)": QT_TRANSLATE_NOOP("Bodies", "the ICO"),
    "information commission": QT_TRANSLATE_NOOP("Bodies", "the ICO"),
}

UNKNOWN_PERSON = "(person removed)"
UNKNOWN_RECIPIENT = "(organisation removed)"
NEEDS_CHECKING = QT_TRANSLATE_NOOP("CaseList", "Dates need checking")
# In place of a status or a date the rules engine hasn't worked out yet.
WORKING_OUT = QT_TRANSLATE_NOOP("CaseList", "Working out…")


def body_name(organisation: Organisation | None) -> str:
    """How sentences name the organisation: 'the DfE', or the organisation's own name."""
    if organisation is None:
        return DEFAULT_BODY
    return well_known_name(organisation) or organisation.name.strip() or DEFAULT_BODY


def well_known_name(organisation: Organisation | None) -> str | None:
    """'the DfE', 'the LRS' or 'the ICO' for those national bodies; None for any other (a school, a council)."""
    return _SHORT_NAMES.get(organisation.name.strip().lower()) if organisation is not None else None


class Filter(Enum):
    ALL = "all"
    NEEDS_ACTION = "needs-action"
    WAITING = "waiting"
    OVERDUE = "overdue"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _FILTER_LABELS[self]


_FILTER_LABELS = {
    Filter.ALL: QT_TRANSLATE_NOOP("CaseFilters", "All cases"),
    Filter.NEEDS_ACTION: QT_TRANSLATE_NOOP("CaseFilters", "Needs action"),
    Filter.WAITING: QT_TRANSLATE_NOOP("CaseFilters", "Waiting for an answer"),
    Filter.OVERDUE: QT_TRANSLATE_NOOP("CaseFilters", "Overdue"),
    Filter.CLOSED: QT_TRANSLATE_NOOP("CaseFilters", "Closed"),
}


class CaseSummary(NamedTuple):
    """One case's line. A named tuple, not a dataclass: a list of 10,000 lines is built at each unlock, and a tuple
    is built in a fraction of a frozen dataclass's time and takes less memory (issue 17)."""

    case: Case
    person: str
    household_id: str | None
    recipient: str
    body: str  # the organisation as sentences name it ("the DfE")
    status: CaseStatus | None  # None when the events can't all be true (see `problem`)
    summary: str  # the rules engine's one or two sentences, or the problem
    sent: date | None
    due_deadline: Deadline | None  # the next date the organisation must act by, while it still has to
    due_what: str  # what it must do by then ("answer", "acknowledge your complaint")
    days_left: int | None  # negative once overdue
    overdue: bool  # the organisation is late with what is due from it now (an answer, or acknowledging a complaint)
    actions: tuple[Action, ...]
    open_actions: tuple[Action, ...]  # the actions open today
    problem: str  # the rules engine's reason when the events can't all be true, else ""
    search_text: str  # lower-case: people, recipient and references, for filtering as you type
    # A line shown before the rules engine has read the case's events (see `provisional`): who, to whom, what and
    # when sent are known; where it stands, and so whether it needs action, is waiting or is overdue, is not yet.
    pending: bool = False

    @property
    def due(self) -> date | None:
        return self.due_deadline.due if self.due_deadline is not None else None

    @property
    def due_explanation(self) -> str:
        """How the due date was worked out, from the rules engine (written only when asked for)."""
        return self.due_deadline.explanation if self.due_deadline is not None else ""

    @property
    def closed(self) -> bool:
        return self.status is CaseStatus.CLOSED

    @property
    def needs_action(self) -> bool:
        return bool(self.problem) or self.status is CaseStatus.DRAFTED or bool(self.open_actions)

    @property
    def waiting(self) -> bool:
        return self.sent is not None and not self.pending and not self.closed and not self.needs_action

    @property
    def status_label(self) -> str:
        if self.pending:
            return WORKING_OUT
        return self.status.label if self.status is not None else NEEDS_CHECKING

    @property
    def time_left(self) -> str:
        return time_left(self.days_left)

    def matches(self, which: Filter) -> bool:
        """Whether the case belongs in that group. A pending line belongs only in ALL: its group isn't known yet."""
        # Asked for every row at each keystroke: only the property that the filter needs is worked out.
        if which is Filter.ALL:
            return True
        if self.pending:
            return False
        match which:
            case Filter.NEEDS_ACTION:
                return self.needs_action
            case Filter.WAITING:
                return self.waiting
            case Filter.OVERDUE:
                return self.overdue
            case _:
                return self.closed


def time_left(days: int | None) -> str:
    """'12 days left', 'Due today', '3 days overdue', or '' when nothing is due."""
    if days is None:
        return ""
    if days == 0:
        return "Due today"
    return f"{plural(days, 'day')} left" if days > 0 else f"{plural(-days, 'day')} overdue"


def current_deadline(state: CaseState) -> tuple[Deadline, str] | None:
    """The date the organisation must act by now, and what it must do, or None if nothing is due from it."""
    if state.response is not None and (state.outcome is None or state.overdue) and state.complaint is None:
        return state.response, "answer"
    complaint = state.complaint
    if complaint is not None and complaint.replied is None and state.ico_complaint is None:
        return complaint.acknowledgement, "acknowledge your complaint"
    return None


def deadlines(state: CaseState) -> list[tuple[str, Deadline]]:
    """Every date that matters now, titled, each with the rules engine's explanation, for the case detail."""
    shown: list[tuple[str, Deadline]] = []
    if state.received is not None:
        shown.append((QT_TRANSLATE_NOOP("Deadlines", "When it got your letter"), state.received))
    if state.response is not None:
        shown.append((QT_TRANSLATE_NOOP("Deadlines", "When it must answer"), state.response))
    if state.reminder is not None:
        shown.append((QT_TRANSLATE_NOOP("Deadlines", "When it should reply to your reminder"), state.reminder))
    if state.complaint is not None:
        shown.append((QT_TRANSLATE_NOOP("Deadlines", "When it got your complaint"), state.complaint.received))
        shown.append(
            (QT_TRANSLATE_NOOP("Deadlines", "When it must acknowledge your complaint"), state.complaint.acknowledgement)
        )
    return shown


class Named(Protocol):
    """What a case's line needs of a person: a Person, or only its names (read without the rest, to list fast)."""

    @property
    def full_name(self) -> str: ...

    @property
    def former_names(self) -> tuple[str, ...]: ...

    @property
    def household_id(self) -> str | None: ...


def search_text(
    case: Case,
    events: Iterable[CaseEvent],
    people: Mapping[str, Named],
    recipient: str,
    household: Household | None,
) -> str:
    return _search_text(case, [event.reference for event in events], people, recipient, household)


def _search_text(
    case: Case,
    event_references: Iterable[str],
    people: Mapping[str, Named],
    recipient: str,
    household: Household | None,
) -> str:
    words = [recipient, case.reference, *event_references]
    for person_id in dict.fromkeys((case.person_id, case.requester_id)):
        person = people.get(person_id)
        if person is not None:
            words += [person.full_name, *person.former_names]
    if household is not None:
        words.append(household.name)
    return "\n".join(word for word in words if word).casefold()


class _PeoplePart(NamedTuple):
    """Who a case is about and whom it is to, as a line names them."""

    person: str
    household_id: str | None
    household: Household | None
    recipient: str
    body: str


def _people_part(
    case: Case,
    people: Mapping[str, Named],
    organisations: Mapping[str, Organisation],
    households: Mapping[str, Household] | None,
    body: str | None,
) -> _PeoplePart:
    person = people.get(case.person_id)
    organisation = organisations.get(case.organisation_id)
    household_id = person.household_id if person is not None else None
    return _PeoplePart(
        person=person.full_name if person is not None else UNKNOWN_PERSON,
        household_id=household_id,
        household=(households or {}).get(household_id) if household_id else None,
        recipient=organisation.name if organisation is not None else UNKNOWN_RECIPIENT,
        body=body or body_name(organisation),
    )


def provisional(
    case: Case,
    sent: date | None,
    *,
    people: Mapping[str, Named],
    organisations: Mapping[str, Organisation],
    households: Mapping[str, Household] | None = None,
) -> CaseSummary:
    """The case's line before its events are read: enough to list and search it while `summarise` works it out.

    `sent` is the date of its SENT event as stored, if any. The search text has the people, the recipient and the
    case's reference, but not yet the references recorded with its events.
    """
    people_part = _people_part(case, people, organisations, households, None)
    return CaseSummary(
        case=case,
        person=people_part.person,
        household_id=people_part.household_id,
        recipient=people_part.recipient,
        body=people_part.body,
        status=None,
        summary=WORKING_OUT,
        sent=sent,
        due_deadline=None,
        due_what="",
        days_left=None,
        overdue=False,
        actions=(),
        open_actions=(),
        problem="",
        search_text=search_text(case, (), people, people_part.recipient, people_part.household),
        pending=True,
    )


def summarise(
    case: Case,
    events: Iterable[CaseEvent],
    today: date,
    *,
    people: Mapping[str, Named],
    organisations: Mapping[str, Organisation],
    households: Mapping[str, Household] | None = None,
    body: str | None = None,
) -> CaseSummary:
    """The case's line in the list on `today`. Events the rules engine refuses give a summary with `problem`.

    `body` overrides how sentences name the organisation (a calendar file leaves a school's name out).
    """
    return _summarise(case, tuple(events), today, today, people, organisations, households, body)


def summarise_for_days(
    case: Case,
    events: Iterable[CaseEvent],
    today: date,
    *,
    people: Mapping[str, Named],
    organisations: Mapping[str, Organisation],
    households: Mapping[str, Household] | None = None,
) -> tuple[CaseSummary, DaySpan]:
    """`summarise`, and the days on which its `kept_record` stays the same: the rules engine is asked with a
    WatchedDay (core/watched_day.py), so every comparison it makes with today bounds those days. On any of them
    `from_kept` gives what `summarise` would (issue 17: a new day works out again only the lines that can change)."""
    from npdrights.core.watched_day import WatchedDay  # here: see the imports (issue 17: the list's peak memory)

    watched = WatchedDay(today)
    line = _summarise(case, tuple(events), watched, today, people, organisations, households, None)
    return line, watched.span()


def _summarise(
    case: Case,
    events: tuple[CaseEvent, ...],
    rules_day: date,
    today: date,
    people: Mapping[str, Named],
    organisations: Mapping[str, Organisation],
    households: Mapping[str, Household] | None,
    body: str | None,
) -> CaseSummary:
    """The line from the rules engine asked on `rules_day` (today, or today watched), with what is counted from
    today itself (days left, the steps open) counted from the plain `today`, as `from_kept` counts them."""
    named = _people_part(case, people, organisations, households, body)
    body = named.body
    state: CaseState | None = None
    problem = ""
    try:
        state = case_state(case, events, rules_day, body=body)
    except ImpossibleSequence as error:
        problem = error.message
    actions = steps_for(case, state, body=body) if state is not None else ()
    due = current_deadline(state) if state is not None else None
    due_deadline = due[0] if due else None
    days_left = _days_left(due_deadline, today)
    return CaseSummary(
        case=case,
        person=named.person,
        household_id=named.household_id,
        recipient=named.recipient,
        body=body,
        status=state.status if state is not None else None,
        summary=state.summary if state is not None else problem,
        sent=state.sent if state is not None else None,
        due_deadline=due_deadline,
        due_what=due[1] if due else "",
        days_left=days_left,
        overdue=days_left is not None and days_left < 0,
        actions=actions,
        open_actions=tuple(action for action in actions if action.is_open(today)),
        problem=problem,
        search_text=search_text(case, events, people, named.recipient, named.household),
    )


def _days_left(due: Deadline | None, today: date) -> int | None:
    return (due.due - today).days if due is not None else None


# -- keeping a worked-out line (service/summary_cache.py keeps it in the vault) -----------------------------------


def kept_record(summary: CaseSummary, event_references: Iterable[str]) -> dict[str, Any]:
    """What the rules engine worked out for a case's line, as JSON-ready data; `from_kept` makes the line again.

    Who and to whom are not kept: they are named afresh from the people and organisations each time. The due
    date's explanation is written now, so a kept line can show it without the events.
    """
    due = summary.due_deadline
    return {
        "status": summary.status.value if summary.status is not None else None,
        "summary": summary.summary,
        "sent": _iso(summary.sent),
        "due": None
        if due is None
        else [
            due.due.isoformat(),
            due.start.isoformat(),
            due.explanation,
            due.estimate,
            list(due.points),
            due.statutory,
        ],
        "due_what": summary.due_what,
        "actions": [
            [action.kind.value, action.opens.isoformat(), _iso(action.expires), action.reason]
            for action in summary.actions
        ],
        "problem": summary.problem,
        "references": [reference for reference in event_references if reference],
    }


class SharedValues:
    """One copy of each equal value among the kept lines of one list, all read for the same day (issue 17: memory).

    Many cases share dates, sentences and deadlines (every case closed on one day says the same): read separately,
    each line would hold its own copies, a few hundred bytes a case. Everything shared is frozen. Plain dict
    look-ups, no closures: 10,000 lines ask about 80,000 times, on the GUI thread.
    """

    __slots__ = ("_days", "_deadlines", "_texts")

    def __init__(self) -> None:
        self._days: dict[str, date] = {}
        self._texts: dict[str, str] = {}
        self._deadlines: dict[tuple[Any, ...], Deadline] = {}

    def day(self, iso: str) -> date:
        day = self._days.get(iso)
        if day is None:
            day = self._days[iso] = date.fromisoformat(iso)
        return day

    def text(self, text: object) -> str:
        return self._texts.setdefault(text, text) if type(text) is str else str(text)

    def steps(self, kept: list[Any], today: date) -> tuple[tuple[Action, ...], tuple[Action, ...]]:
        """The actions kept as `kept`, and those of them open on `today`. Whole lists of steps are seldom equal
        (each names its organisation and dates), so only their dates and sentences are shared."""
        if not kept:
            return (), ()
        actions = tuple(self._action(*step) for step in kept)
        open_now = tuple(action for action in actions if action.is_open(today))
        return actions, actions if len(open_now) == len(actions) else open_now  # all open: no second tuple

    def _action(self, kind: str, opens: str, expires: str | None, reason: object) -> Action:
        return Action(
            _ACTION_KINDS[kind], self.day(opens), self.day(expires) if expires is not None else None, self.text(reason)
        )

    def deadline(self, kept: Any) -> Deadline | None:
        if kept is None:
            return None
        due, start, explanation, estimate, points, statutory = kept
        key = (due, start, explanation, bool(estimate), tuple(points), bool(statutory))
        found = self._deadlines.get(key)
        if found is None:
            found = self._deadlines[key] = Deadline(
                self.day(due),
                self.day(start),
                self.text(explanation),
                bool(estimate),
                tuple(self.text(point) for point in points),
                bool(statutory),
            )
        return found


def from_kept(
    case: Case,
    record: Mapping[str, Any],
    today: date,
    *,
    people: Mapping[str, Named],
    organisations: Mapping[str, Organisation],
    households: Mapping[str, Household] | None = None,
    shared: SharedValues | None = None,
) -> CaseSummary:
    """The case's line on `today` from a `kept_record` that holds on that day. Raises KeyError, ValueError or
    TypeError if the record isn't one (the caller works the case out again). Lines read together for one day pass
    the same `shared`, so equal dates, sentences and steps are held once."""
    shared = shared if shared is not None else SharedValues()
    named = _people_part(case, people, organisations, households, None)
    due = shared.deadline(record["due"])
    actions, open_actions = shared.steps(record["actions"], today)
    days_left = _days_left(due, today)
    return CaseSummary(
        case=case,
        person=named.person,
        household_id=named.household_id,
        recipient=named.recipient,
        body=named.body,
        status=_STATUSES[record["status"]] if record["status"] is not None else None,
        summary=shared.text(record["summary"]),
        sent=shared.day(record["sent"]) if record["sent"] is not None else None,
        due_deadline=due,
        due_what=shared.text(record["due_what"]),
        days_left=days_left,
        overdue=days_left is not None and days_left < 0,
        actions=actions,
        open_actions=open_actions,
        problem=shared.text(record["problem"]),
        search_text=_search_text(case, record["references"], people, named.recipient, named.household),
    )


# By value, looked up in a dict: calling the Enum (`ActionKind(value)`) costs several times as much, and a list of
# 10,000 kept lines does it 35,000 times (issue 17). An unknown value raises KeyError, as the caller expects.
_ACTION_KINDS = {kind.value: kind for kind in ActionKind}
_STATUSES = {status.value: status for status in CaseStatus}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None
