"""Retention (issue 16, item 4): which closed cases an organisation's policy says to delete now.

UK GDPR Article 5(1)(e), storage limitation: personal data is kept no longer than needed for its purpose. A
charity meets it with a written policy such as "delete closed cases after 6 years"; this module only works out
which cases are past it. Nothing here deletes anything: the adviser reviews the list and confirms.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from npdrights.core.dates import long_date
from npdrights.core.deadlines import add_months
from npdrights.core.model import Case, CaseEvent, EventKind
from npdrights.core.wording import plural

MIN_YEARS = 1
MAX_YEARS = 50


@dataclass(frozen=True)
class RetentionPolicy:
    """`years` after a case was closed it is due for deletion; None: no policy (nothing is ever listed)."""

    years: int | None = None

    def __post_init__(self) -> None:
        if self.years is not None and not MIN_YEARS <= self.years <= MAX_YEARS:
            raise ValueError(f"a retention period is {MIN_YEARS} to {MAX_YEARS} years")

    def describe(self) -> str:
        if self.years is None:
            return "No retention policy: closed cases are kept until someone deletes them."
        return f"Closed cases are due for deletion {plural(self.years, 'year')} after they were closed."


@dataclass(frozen=True)
class DueForDeletion:
    case: Case
    closed_on: date
    due_on: date  # the day it passed the policy


def closed_on(events: Iterable[CaseEvent]) -> date | None:
    """The day the case was closed, or None while it is open (a case is closed by its 'closed' event)."""
    closings = [event.on for event in events if event.kind is EventKind.CLOSED]
    return max(closings) if closings else None


def past_policy(
    cases: Iterable[Case], events_by_case: Mapping[str, Iterable[CaseEvent]], policy: RetentionPolicy, today: date
) -> list[DueForDeletion]:
    """The closed cases whose retention period has ended by `today`, longest overdue first. Open cases never are."""
    if policy.years is None:
        return []
    due: list[DueForDeletion] = []
    for case in cases:
        closed = closed_on(events_by_case.get(case.id, ()))
        if closed is None:
            continue
        due_on = add_months(closed, 12 * policy.years)
        if due_on <= today:
            due.append(DueForDeletion(case, closed, due_on))
    return sorted(due, key=lambda item: (item.due_on, item.case.id))


def snapshots_forgotten_on(deleted_on: date, snapshots_kept: int) -> date:
    """The earliest day the deleted cases have left the daily snapshots: each snapshot is a full copy, the newest
    `snapshots_kept` are kept, and one is taken on each day the vault is opened."""
    return deleted_on + timedelta(days=snapshots_kept)


def snapshots_forget_by(deleted_on: date, snapshots_kept: int) -> str:
    """When the deleted cases leave the daily snapshots, in English (the screens word it themselves)."""
    earliest = snapshots_forgotten_on(deleted_on, snapshots_kept)
    return (
        f"Copies of these cases stay in the vault's {plural(snapshots_kept, 'daily snapshot')} until newer ones "
        f"replace them: after the vault has been opened on {plural(snapshots_kept, 'more day')}, so "
        f"{long_date(earliest)} at the earliest. Backup files saved elsewhere, and copies kept aside before a "
        "restore, keep them until you delete those files."
    )
