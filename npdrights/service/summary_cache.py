"""Each case's line in the cases list, kept in the vault so an unlock needn't ask the rules engine again (issue 17).

Working out 10,000 cases takes the rules engine seconds; reading their kept lines takes a fraction of one. A kept
line is used only
- on the days it holds for: the rules engine is asked with a watched today (core/watched_day.py), and the line
  is kept for every day on which each comparison it made with today gives the same answer (a status can change
  overnight once a due date passes; a closed case's line holds for good). A new day's first unlock so works out
  only the cases whose line can have changed (issue 17). What counts from today itself, the days left and the
  steps open, is counted afresh at each reading;
- by the same rules (`rules_version`: this program's version, the bank-holiday data's, and the rules' source), and
- from the case as it is now: the vault counts every change to a case, its events or its organisation by SQL
  triggers (storage/schema.py, v2), and a line worked out from an older count is never used.
Otherwise the case is worked out as before and its line kept for next time. The GUI's list and
`npdrights-cli case list` both read through here, so they cannot disagree.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

import npdrights
from npdrights.core.case_list import (
    CaseSummary,
    Named,
    SharedValues,
    from_kept,
    kept_record,
    summarise,
    summarise_for_days,
)
from npdrights.core.model import Case, CaseEvent, Household, Organisation
from npdrights.storage.errors import VaultBusy
from npdrights.storage.faults import ENVIRONMENT_ERRORS, DiskFull, DiskProblem, as_vault_error
from npdrights.storage.repository import Repository
from npdrights.storage.stored_json import loads_stored

if TYPE_CHECKING:  # only named: a list read from kept lines needn't import it (issue 17: the list's peak memory)
    from npdrights.core.watched_day import DaySpan

# Every module whose code decides a line: a change to any of them is a change of rules.
RULES_MODULES = (
    "npdrights.core.case_list",
    "npdrights.core.dates",
    "npdrights.core.deadlines",
    "npdrights.core.model",
    "npdrights.core.names",
    "npdrights.core.next_steps",
    "npdrights.core.sentence",
    "npdrights.core.status",
    "npdrights.core.translatable",
    "npdrights.core.watched_day",
    "npdrights.core.wording",
)


class KeptLine(NamedTuple):
    case_id: str
    basis: int  # the count of the case's changes it was worked out from
    days: DaySpan  # the days it holds for
    data: str  # the line as JSON


@cache
def rules_version() -> str:
    """Names the rules that work a line out. In a source checkout the rules' own text counts, so an edit is
    noticed without a version bump; in a frozen build (no source to read) the program's version stands for it."""
    # The holidays package's version too: new bank holidays move due dates.
    digest = hashlib.sha256(f"npdrights {npdrights.__version__}; holidays {_holidays_version()}".encode())
    for name in RULES_MODULES:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        try:
            digest.update(Path(origin).read_bytes() if origin else name.encode())
        except OSError:
            digest.update(name.encode())
    return digest.hexdigest()[:32]


def _holidays_version() -> str:
    """The installed holidays package's version, from the name of its metadata folder beside it (the standard
    `holidays-<version>.dist-info`). Asking importlib.metadata instead imports it, and the email package with it:
    about 4 MB of the cases list's peak memory for one string (issue 17)."""
    spec = importlib.util.find_spec("holidays")  # finds the package without importing it
    if spec is not None and spec.origin:
        folders = list(Path(spec.origin).parent.parent.glob("holidays-*.dist-info"))
        if len(folders) == 1:
            return folders[0].name.removeprefix("holidays-").removesuffix(".dist-info")
    from importlib import metadata  # several installed copies, or none beside it: ask the slower way

    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:  # a frozen build without the package's metadata
        import holidays

        return str(getattr(holidays, "__version__", ""))


class Part(NamedTuple):
    summaries: list[CaseSummary]  # in the order of the cases asked for
    to_keep: list[KeptLine]  # the lines worked out afresh, for `Repository.keep_summaries`


GIVE_WAY_SECONDS = 0.01


class Directory(Protocol):
    """Who and to whom, to name in a line: a VaultContents, or one with only the people's names (`people_names`)."""

    @property
    def people(self) -> Mapping[str, Named]: ...

    @property
    def organisations(self) -> Mapping[str, Organisation]: ...

    @property
    def households(self) -> Mapping[str, Household]: ...


def summarise_part(
    repository: Repository,
    cases: Sequence[Case],
    directory: Directory,
    today: date,
    give_way: Callable[[], bool] = lambda: False,
    should_stop: Callable[[], bool] = lambda: False,
) -> Part:
    """The lines of `cases` on `today`: kept ones where still good, the rest worked out by the rules engine.

    `directory` names people and organisations. While `give_way()` is true it waits before each case it works out
    (see service/loading.py); `should_stop` is asked while it waits.
    """
    ids = [case.id for case in cases]
    bases = repository.summary_bases(ids)  # before the events: a change in between makes the new line unusable
    kept = kept_lines(repository, cases, directory, today)
    lines = [kept.get(case.id) for case in cases]
    events = repository.events_of(case.id for case, line in zip(cases, lines, strict=True) if line is None)
    summaries: list[CaseSummary] = []
    to_keep: list[KeptLine] = []
    for case, line in zip(cases, lines, strict=True):
        if line is None:
            while give_way() and not should_stop():
                time.sleep(GIVE_WAY_SECONDS)
            case_events = events.get(case.id, ())
            line, days = summarise_for_days(
                case,
                case_events,
                today,
                people=directory.people,
                organisations=directory.organisations,
                households=directory.households,
            )
            record = kept_record(line, (event.reference for event in case_events))
            to_keep.append(KeptLine(case.id, bases.get(case.id, 0), days, json.dumps(record, separators=(",", ":"))))
        summaries.append(line)
    return Part(summaries, to_keep)


# Cases asked about by id in one query, well under SQLite's limit on the ids one query can name; more are read
# with every kept line.
QUERY_SIZE = 1000


def kept_lines(
    repository: Repository, cases: Sequence[Case], directory: Directory, today: date
) -> dict[str, CaseSummary]:
    """The lines of `cases` kept in the vault that are still good on `today`, by case id (the rest are missing)."""
    shared = SharedValues()
    found: dict[str, CaseSummary] = {}
    if len(cases) > QUERY_SIZE:  # a whole list: one query for every kept line costs less than naming each case
        by_id = {case.id: case for case in cases}
        # Each line read as it comes, not every line's text first: that text is 4 MB for 10,000 cases (issue 17).
        for case_id, data in repository.each_kept_summary(rules_version(), today):
            case = by_id.get(case_id)
            line = _from_kept(case, data, today, directory, shared) if case is not None else None
            if line is not None:
                found[case_id] = line
        return found
    kept = repository.kept_summaries((case.id for case in cases), rules_version(), today)
    for case in cases:
        line = _from_kept(case, kept.get(case.id), today, directory, shared)
        if line is not None:
            found[case.id] = line
    return found


def keep(repository: Repository, lines: Iterable[KeptLine]) -> None:
    """Keep freshly worked-out lines for the next unlock (one transaction). They only save time: on a full disk
    or a busy vault nothing is kept and the list is worked out again next time, so reading never fails."""
    try:
        repository.keep_summaries(rules_version(), lines)
    except (DiskFull, DiskProblem, VaultBusy):
        return
    except ENVIRONMENT_ERRORS as error:
        if as_vault_error(error) is None:
            raise  # a programming error


def _from_kept(
    case: Case, data: str | None, today: date, directory: Directory, shared: SharedValues
) -> CaseSummary | None:
    if data is None:
        return None
    try:
        return from_kept(
            case,
            loads_stored(data),
            today,
            people=directory.people,
            organisations=directory.organisations,
            households=directory.households,
            shared=shared,
        )
    except (KeyError, ValueError, TypeError, IndexError):  # not a line this version can read: work it out again
        return None


def summarise_in(case: Case, events: Iterable[CaseEvent], today: date, directory: Directory) -> CaseSummary:
    """The rules engine's line for one case, naming people and organisations from `directory`."""
    return summarise(
        case,
        events,
        today,
        people=directory.people,
        organisations=directory.organisations,
        households=directory.households,
    )
