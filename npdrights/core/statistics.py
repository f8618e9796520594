"""Figures about a caseload that a charity can give a funder or a campaign without naming anyone.

Everything is worked out from the cases' events by the rules engine (core.status), so a figure can never
disagree with what the cases list says. What comes out holds counts, days and months only: no name, pupil
number, reference, note or organisation other than the national ones (a school or council is counted as
"a school, council or trust", because its name with a small count could point to a family).

Small numbers are hidden: a count from 1 to 4 is shown as "fewer than 5" (the threshold many public bodies use
for figures about people). A total is shown beside its parts, so when only one part of a table is hidden the
next smallest is hidden too: otherwise the hidden one could be worked out by subtraction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from statistics import quantiles

from npdrights.core.case_list import well_known_name
from npdrights.core.model import Case, CaseEvent, CaseKind, EventKind, Organisation
from npdrights.core.names import CASE_KIND_LABELS, OUTCOME_LABELS
from npdrights.core.status import ANSWERS, CaseState, ImpossibleSequence, case_state
from npdrights.core.translatable import QT_TRANSLATE_NOOP

K = EventKind

SMALLEST_SHOWN = 5
FEWER_THAN = f"fewer than {SMALLEST_SHOWN}"
OTHER_RECIPIENT = QT_TRANSLATE_NOOP("Statistics", "A school, council or trust")
NOT_ENOUGH = "not enough answers to say"


@dataclass(frozen=True)
class Figure:
    """A count as it may be shown: `value` is exact and stays inside this module's callers' memory; `hidden`
    says it must be shown as `FEWER_THAN` (a small number, or one hidden so another can't be worked out)."""

    value: int
    hidden: bool = False

    @property
    def shown(self) -> str:
        return FEWER_THAN if self.hidden else str(self.value)

    @property
    def public(self) -> int | None:
        """The number that may be written out (JSON, CSV), or None where it is hidden."""
        return None if self.hidden else self.value


@dataclass(frozen=True)
class Row:
    label: str
    figure: Figure


@dataclass(frozen=True)
class Table:
    """Counts that add up to `total`: one table of the report."""

    title: str
    rows: tuple[Row, ...]
    total: Figure

    def share(self, label: str) -> str:
        """A row's share of the total as a whole percentage, or '' where either is hidden or the total is 0."""
        row = next(row for row in self.rows if row.label == label)
        return percent(row.figure, self.total)


@dataclass(frozen=True)
class DaysToAnswer:
    """Calendar days from the day the organisation got the request to its first answer."""

    answers: Figure
    median: float | None  # None with fewer than SMALLEST_SHOWN answers
    lower_quartile: float | None
    upper_quartile: float | None

    @property
    def sentence(self) -> str:
        if self.median is None:
            return f"How long answers took: {NOT_ENOUGH} ({self.answers.shown} answers so far)."
        return (
            f"Half the answers came within {_days(self.median)} of the request arriving. The middle half took "
            f"between {_days(self.lower_quartile)} and {_days(self.upper_quartile)}."
        )


@dataclass(frozen=True)
class MonthRow:
    month: str  # "2026-04"
    sent: Figure
    answered: Figure  # first answers that month: on time and late
    on_time: Figure
    late: Figure  # answered after its due date
    never: Figure  # due that month and still not answered


@dataclass(frozen=True)
class Statistics:
    on: date
    cases: Figure  # every case counted
    not_counted: Figure  # cases whose dates can't all be true, left out until they are corrected
    by_kind: Table
    by_recipient: Table
    by_outcome: Table
    timeliness: Table
    extensions: Table
    complaints: Table
    days_to_answer: DaysToAnswer
    by_month: tuple[MonthRow, ...]

    @property
    def tables(self) -> tuple[Table, ...]:
        return (self.by_kind, self.by_recipient, self.by_outcome, self.timeliness, self.extensions, self.complaints)


# -- outcomes ---------------------------------------------------------------------------------------------

NOT_SENT = QT_TRANSLATE_NOOP("Statistics", "Not sent yet")
WAITING = QT_TRANSLATE_NOOP("Statistics", "Waiting, not yet due")
NEVER = QT_TRANSLATE_NOOP("Statistics", "Past its due date, no answer")
OUTCOMES = (*OUTCOME_LABELS.values(), WAITING, NEVER, NOT_SENT)

ON_TIME = QT_TRANSLATE_NOOP("Statistics", "Answered on time")
LATE = QT_TRANSLATE_NOOP("Statistics", "Answered late")
EXTENDED = QT_TRANSLATE_NOOP(
    "Statistics", "Deadline extended"
)  # counted apart: an extended case is also on time, late or never
NOT_EXTENDED = QT_TRANSLATE_NOOP("Statistics", "Not extended")
TIMELINESS = (ON_TIME, LATE, NEVER)

COMPLAINED = QT_TRANSLATE_NOOP("Statistics", "Complained to the organisation")
ANSWERED_AFTER = QT_TRANSLATE_NOOP("Statistics", "Answered after the complaint")
TO_ICO = QT_TRANSLATE_NOOP("Statistics", "Complained to the ICO")
ICO_OUTCOME = QT_TRANSLATE_NOOP("Statistics", "ICO gave its outcome")
ICO_REVIEW = QT_TRANSLATE_NOOP("Statistics", "Asked the ICO for a review")


@dataclass(frozen=True)
class _Counted:
    """One case, reduced to what the figures need."""

    kind: CaseKind
    recipient: str
    outcome: str
    sent: date | None
    due: date | None
    first_answer: date | None
    days_to_answer: int | None
    timeliness: str | None  # one of TIMELINESS, or None while not yet due and unanswered
    extended: bool
    complaint: bool
    answered_after_complaint: bool
    ico: bool
    ico_outcome: bool
    ico_review: bool


def _count_one(case: Case, events: Iterable[CaseEvent], organisation: Organisation | None, on: date) -> _Counted:
    state = case_state(case, events, on)
    answer = next((event for event in state.events if event.kind in ANSWERS), None)
    due = state.response.due if state.response is not None else None
    timeliness = _timeliness(state, answer, due)
    received = state.received.due if state.received is not None else None
    complaint = state.complaint.event.on if state.complaint is not None else None
    return _Counted(
        kind=case.kind,
        recipient=_recipient(organisation),
        outcome=_outcome(state),
        sent=state.sent,
        due=due,
        first_answer=answer.on if answer else None,
        days_to_answer=(answer.on - received).days if answer and received else None,
        timeliness=timeliness,
        extended=state.latest(K.EXTENSION_NOTIFIED) is not None,
        complaint=complaint is not None,
        answered_after_complaint=complaint is not None
        and any(event.kind in ANSWERS and event.on >= complaint for event in state.events),
        ico=state.ico_complaint is not None,
        ico_outcome=state.ico_outcome is not None,
        ico_review=state.ico_review is not None,
    )


def _recipient(organisation: Organisation | None) -> str:
    known = well_known_name(organisation)
    return known[4:] if known else OTHER_RECIPIENT  # "the DfE" -> "DfE"


def _outcome(state: CaseState) -> str:
    if state.sent is None:
        return NOT_SENT
    if state.outcome is not None:
        return OUTCOME_LABELS[state.outcome.kind]
    return NEVER if state.overdue else WAITING


def _timeliness(state: CaseState, answer: CaseEvent | None, due: date | None) -> str | None:
    if answer is not None:
        return LATE if due is not None and answer.on > due else ON_TIME
    return NEVER if state.overdue else None


# -- the figures ---------------------------------------------------------------------------------------------


def statistics(
    cases: Iterable[Case],
    events: Mapping[str, Sequence[CaseEvent]],
    organisations: Mapping[str, Organisation],
    on: date,
    *,
    hide_small: bool = True,
) -> Statistics:
    """The caseload's figures on `on`. `hide_small=False` only for a person looking at their own cases."""
    counted: list[_Counted] = []
    not_counted = 0
    for case in cases:
        try:
            counted.append(_count_one(case, events.get(case.id, ()), organisations.get(case.organisation_id), on))
        except ImpossibleSequence:
            not_counted += 1
    total = len(counted)
    recipients = [*sorted({each.recipient for each in counted} - {OTHER_RECIPIENT}), OTHER_RECIPIENT]

    def table(title: str, labels: Sequence[str], counts: Counter[str], base: int) -> Table:
        return _table(title, labels, counts, base, hide_small)

    decided = [each for each in counted if each.timeliness is not None]
    complained = [each for each in counted if each.complaint]
    sent = [each for each in counted if each.sent is not None]
    return Statistics(
        on=on,
        cases=_hide(total, hide_small),
        not_counted=_hide(not_counted, hide_small),
        by_kind=table(
            QT_TRANSLATE_NOOP("Statistics", "Requests by kind"),
            [CASE_KIND_LABELS[kind] for kind in CaseKind],
            Counter(CASE_KIND_LABELS[each.kind] for each in counted),
            total,
        ),
        by_recipient=table(
            QT_TRANSLATE_NOOP("Statistics", "Requests by recipient"),
            recipients,
            Counter(each.recipient for each in counted),
            total,
        ),
        by_outcome=table(
            QT_TRANSLATE_NOOP("Statistics", "Where requests stand"),
            OUTCOMES,
            Counter(each.outcome for each in counted),
            total,
        ),
        timeliness=table(
            QT_TRANSLATE_NOOP("Statistics", "Answered on time, late or never (requests that were due)"),
            TIMELINESS,
            Counter(each.timeliness for each in decided if each.timeliness),
            len(decided),
        ),
        complaints=_complaints(complained, hide_small),
        extensions=table(
            QT_TRANSLATE_NOOP("Statistics", "Deadlines extended (requests sent)"),
            (EXTENDED, NOT_EXTENDED),
            Counter(EXTENDED if each.extended else NOT_EXTENDED for each in sent),
            len(sent),
        ),
        days_to_answer=_days_to_answer(
            [each.days_to_answer for each in counted if each.days_to_answer is not None], hide_small
        ),
        by_month=_by_month(counted, hide_small),
    )


def _hide(value: int, hide_small: bool) -> Figure:
    return Figure(value, hidden=hide_small and 0 < value < SMALLEST_SHOWN)


def _hidden_too(figures: list[Figure], total: Figure) -> list[Figure]:
    """Hide one more part of a table whose total is shown when exactly one part is hidden: the smallest other
    part that isn't zero, so the hidden one can't be worked out by taking the others from the total."""
    hidden = [figure for figure in figures if figure.hidden]
    if total.hidden or len(hidden) != 1:
        return figures
    others = [index for index, figure in enumerate(figures) if not figure.hidden and figure.value > 0]
    if not others:  # can't happen: a hidden part under 5 of a total of 5 or more leaves another part above 0
        return figures
    smallest = min(others, key=lambda index: figures[index].value)
    return [Figure(figure.value, True) if index == smallest else figure for index, figure in enumerate(figures)]


def suppress(values: Sequence[int], total: int, *, parts: bool = True) -> tuple[list[Figure], Figure]:
    """The figures that may be shown for `values` and their `total`: each from 1 to 4 hidden and, where `parts`
    says they add up to the total, one more hidden if only one was (see `_hidden_too`)."""
    shown_total = _hide(total, True)
    figures = [_hide(value, True) for value in values]
    return (_hidden_too(figures, shown_total) if parts else figures), shown_total


def _table(
    title: str, labels: Sequence[str], counts: Counter[str], base: int, hide_small: bool, *, parts: bool = True
) -> Table:
    """A table of `labels` counted in `counts`; `parts` says they add up to `base` (so totals can give one away)."""
    values = [counts[label] for label in labels]
    if hide_small:
        figures, total = suppress(values, base, parts=parts)
    else:
        figures, total = [Figure(value) for value in values], Figure(base)
    return Table(title, tuple(Row(label, figure) for label, figure in zip(labels, figures, strict=True)), total)


def _complaints(complained: list[_Counted], hide_small: bool) -> Table:
    counts = Counter(
        {
            COMPLAINED: len(complained),
            ANSWERED_AFTER: sum(each.answered_after_complaint for each in complained),
            TO_ICO: sum(each.ico for each in complained),
            ICO_OUTCOME: sum(each.ico_outcome for each in complained),
            ICO_REVIEW: sum(each.ico_review for each in complained),
        }
    )
    labels = (COMPLAINED, ANSWERED_AFTER, TO_ICO, ICO_OUTCOME, ICO_REVIEW)
    # Each row is part of the one before it, not of a whole: no subtraction gives a hidden one away.
    return _table(
        QT_TRANSLATE_NOOP("Statistics", "Complaints and what came of them"),
        labels,
        counts,
        len(complained),
        hide_small,
        parts=False,
    )


def _days_to_answer(days: list[int], hide_small: bool) -> DaysToAnswer:
    if not days or (hide_small and len(days) < SMALLEST_SHOWN):
        return DaysToAnswer(_hide(len(days), hide_small), None, None, None)
    if len(days) == 1:  # only when small numbers are shown: quartiles need two
        return DaysToAnswer(Figure(1), days[0], days[0], days[0])
    lower, median, upper = quantiles(days, n=4, method="inclusive")
    return DaysToAnswer(Figure(len(days)), median, lower, upper)


def _by_month(counted: list[_Counted], hide_small: bool) -> tuple[MonthRow, ...]:
    """Requests sent and answers received by month; answers on time or late by the month they came, and due days
    missed by the month they fell in."""

    def by_month(days: Iterable[date | None]) -> Counter[str]:
        return Counter(_month(day) for day in days if day is not None)

    answered = [each for each in counted if each.first_answer is not None]
    columns = [
        by_month(each.sent for each in counted),
        by_month(each.first_answer for each in answered),
        by_month(each.first_answer for each in answered if each.timeliness == ON_TIME),
        by_month(each.first_answer for each in answered if each.timeliness == LATE),
        by_month(each.due for each in counted if each.timeliness == NEVER),
    ]
    months = sorted(set().union(*columns))
    # Each column adds up to a total shown in another table: hidden parts are protected column by column.
    tables = [_table("", months, column, sum(column.values()), hide_small).rows for column in columns]
    return tuple(MonthRow(month, *(row.figure for row in rows)) for month, *rows in zip(months, *tables, strict=True))


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def percent(part: Figure, whole: Figure) -> str:
    if part.hidden or whole.hidden or whole.value == 0:
        return ""
    return f"{round(100 * part.value / whole.value)}%"


def _days(value: float | None) -> str:
    assert value is not None
    whole = round(value)
    return "1 day" if whole == 1 else f"{whole} days"
