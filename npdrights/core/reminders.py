"""What to tell the user about on unlock, and which actions open today (for an optional tray notification).

Built from the cases list's summaries (core.case_list), so the reminders agree with what the list shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from npdrights.core.case_list import CaseSummary
from npdrights.core.next_steps import Action
from npdrights.core.wording import and_list, first_upper, plural

DUE_SOON_DAYS = 7


@dataclass(frozen=True)
class DueSummary:
    overdue: tuple[CaseSummary, ...]  # the organisation's answer is late, most overdue first
    due_soon: tuple[CaseSummary, ...]  # something is due from the organisation within DUE_SOON_DAYS
    opening_today: tuple[tuple[CaseSummary, Action], ...]  # actions that become possible today

    @property
    def is_empty(self) -> bool:
        return not (self.overdue or self.due_soon or self.opening_today)

    def headline(self) -> str:
        """One plain sentence without names, e.g. '2 cases are overdue and 1 case is due in the next 7 days.'"""
        parts = []
        if self.overdue:
            parts.append(_counted(len(self.overdue), "case", "overdue"))
        if self.due_soon:
            parts.append(_counted(len(self.due_soon), "case", f"due in the next {DUE_SOON_DAYS} days"))
        if self.opening_today:
            parts.append(_counted(len(self.opening_today), "next step", "open from today"))
        if not parts:
            return "Nothing is overdue or due in the next week."
        return first_upper(and_list(parts)) + "."


def _counted(count: int, noun: str, what: str) -> str:
    return f"{plural(count, noun)} {'is' if count == 1 else 'are'} {what}"


def due_summary(summaries: Iterable[CaseSummary], today: date, *, within: int = DUE_SOON_DAYS) -> DueSummary:
    summaries = [summary for summary in summaries if not summary.closed]
    overdue = sorted((s for s in summaries if s.overdue), key=lambda s: (s.days_left or 0, s.case.reference))
    due_soon = sorted(
        (s for s in summaries if not s.overdue and s.days_left is not None and 0 <= s.days_left <= within),
        key=lambda s: (s.days_left, s.case.reference),
    )
    return DueSummary(tuple(overdue), tuple(due_soon), tuple(opening_on(summaries, today)))


def opening_on(summaries: Iterable[CaseSummary], day: date) -> list[tuple[CaseSummary, Action]]:
    """Every action that becomes possible on `day`, case by case."""
    return [(summary, action) for summary in summaries for action in summary.actions if action.opens == day]


class OpeningNotifier:
    """Decides which newly opened actions to announce, each once per run of the app (kept in memory only)."""

    def __init__(self) -> None:
        self._told: set[tuple[str, str, date]] = set()

    def new_today(self, summaries: Iterable[CaseSummary], today: date) -> list[tuple[CaseSummary, Action]]:
        fresh = []
        for summary, action in opening_on(summaries, today):
            key = (summary.case.id, action.kind.value, action.opens)
            if key not in self._told:
                self._told.add(key)
                fresh.append((summary, action))
        return fresh

    def forget(self) -> None:
        self._told.clear()


def notification_text(count: int) -> str:
    """No names or organisations: the system keeps notifications in its own history, outside the vault."""
    them = "it" if count == 1 else "them"
    return f"{_counted(count, 'next step', 'open from today')} in your cases. Open npdrights to see {them}."
