"""The cases screens' words that come from core's tables, in the screens' language (issue 18).

Core keeps its labels in English (the CLI and the letters use them as they are) and marks them with
QT_TRANSLATE_NOOP; they are translated here, where they are shown. Counts are plurals in each language's forms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from npdrights.core.case_list import CaseSummary, Filter
from npdrights.core.event_forms import METHOD_LABELS
from npdrights.core.model import CaseKind, EventKind, PostMethod
from npdrights.core.names import CASE_KIND_LABELS, EVENT_NAMES
from npdrights.core.next_steps import ActionKind
from npdrights.core.reminders import DUE_SOON_DAYS, DueSummary
from npdrights.gui.sentences import body_name


class CaseCounts(QObject):
    """The counted texts, in a class of their own: pyside6-lupdate gives a text plural forms only in a tr() call,
    not in QCoreApplication.translate()."""

    def days(self, days: int) -> str:
        if days > 0:
            return self.tr("%n day(s) left", "", days)
        return self.tr("%n day(s) overdue", "", -days)

    def due_parts(self, due: DueSummary) -> list[str]:
        """'2 cases are overdue', '1 case is due in the next 7 days'...: only the counts that aren't 0."""
        overdue, due_soon, opening = len(due.overdue), len(due.due_soon), len(due.opening_today)
        counted = (
            (overdue, self.tr("%n case(s) overdue", "", overdue)),
            (due_soon, self.tr("%n case(s) due in the next {days} days", "", due_soon)),
            (opening, self.tr("%n next step(s) open from today", "", opening)),
        )
        return [said.format(days=DUE_SOON_DAYS) for count, said in counted if count]

    def more_months(self, months: int) -> str:
        return self.tr("%n more month(s)", "", months)


_COUNTS = CaseCounts()


def case_kind(kind: CaseKind) -> str:
    """'What the DfE holds', in the screens' language."""
    return QCoreApplication.translate("CaseKinds", CASE_KIND_LABELS[kind])


def case_kind_in_sentence(kind: CaseKind) -> str:
    """'Ada: what the DfE holds, sent 4 May': the label with a small first letter ('DfE' keeps its capitals)."""
    label = case_kind(kind)
    return label[:1].lower() + label[1:]


def event_title(kind: EventKind, body: str) -> str:
    """'The DfE acknowledged your letter', in the screens' language."""
    title = QCoreApplication.translate("EventNames", EVENT_NAMES[kind].title).format(body=body_name(body))
    return title[:1].upper() + title[1:]


def action_title(kind: ActionKind) -> str:
    """'Send a reminder'."""
    return QCoreApplication.translate("ActionTitles", kind.title)


def post_method(method: PostMethod) -> str:
    return QCoreApplication.translate("PostMethods", METHOD_LABELS[method])


def more_months(months: int) -> str:
    """'1 more month', '2 more months': an extension."""
    return _COUNTS.more_months(months)


def filter_label(which: Filter) -> str:
    return QCoreApplication.translate("CaseFilters", which.label)


def status_label(summary: CaseSummary) -> str:
    """Where the case stands in a word or two ('Waiting for an answer'), or 'Working out…' meanwhile."""
    if summary.pending or summary.status is None:  # "Working out…" or "Dates need checking"
        return QCoreApplication.translate("CaseList", summary.status_label)
    return QCoreApplication.translate("CaseStatuses", summary.status_label)


def time_left(days: int | None) -> str:
    """'12 days left', 'Due today', '3 days overdue', or '' when nothing is due."""
    if days is None:
        return ""
    if days == 0:
        return QCoreApplication.translate("CaseList", "Due today")
    return _COUNTS.days(days)


def due_headline(due: DueSummary) -> str:
    """One sentence without names: '2 cases are overdue and 1 case is due in the next 7 days.'"""
    parts = _COUNTS.due_parts(due)
    if not parts:
        return QCoreApplication.translate("DueBanner", "Nothing is overdue or due in the next week.")
    if len(parts) == 1:
        return QCoreApplication.translate("DueBanner", "{only}.").format(only=parts[0])
    if len(parts) == 2:
        return QCoreApplication.translate("DueBanner", "{first} and {second}.").format(first=parts[0], second=parts[1])
    return QCoreApplication.translate("DueBanner", "{first}, {second} and {third}.").format(
        first=parts[0], second=parts[1], third=parts[2]
    )
