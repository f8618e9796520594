"""Working out where every case stands, for the cases list: all at once, or in two phases for a big vault.

A few hundred cases are read and worked out at once (`work_out`). For more, the list is shown first and worked
out after, because the rules engine needs about a tenth of a millisecond per case:
1. on the GUI thread, the cases, organisations and households, each person's names and each case's sent date
   (both picked out by SQL), with no event or person decoded, become `provisional` lines, shown at once
   (`provisional_lines`); the people are decoded once that is on screen;
2. off the GUI thread, `work_out_in_parts` reads each part's events through its own read-only connection (so
   the database is never used from two threads at once), summarises them and hands each part over.
The functions here are pure work with no Qt: safe to run on a worker thread (the GUI runs phase 2 on one).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from npdrights.core.case_list import CaseSummary, Named, provisional
from npdrights.core.model import Case
from npdrights.service.collector import paused_gc
from npdrights.service.summary_cache import Directory, KeptLine, summarise_in, summarise_part
from npdrights.storage.database import Database
from npdrights.storage.errors import Cancelled
from npdrights.storage.repository import Repository, StoredRows, VaultContents


def work_out(rows: StoredRows, today: date) -> tuple[VaultContents, list[CaseSummary]]:
    """Decode the stored rows and summarise every case, at once."""
    contents = rows.decode()
    return contents, [summarise_in(case, contents.events.get(case.id, ()), today, contents) for case in contents.cases]


def provisional_lines(
    contents: VaultContents,
    people: Mapping[str, Named],
    sent: Mapping[str, date],
    kept: Mapping[str, CaseSummary] | None = None,
) -> list[CaseSummary]:
    """Every case's line before its events are read (phase 1), naming people from `people`; a case whose line is
    in `kept` (kept in the vault, still good today) gets that one, already worked out."""
    kept = kept or {}
    return [
        kept.get(case.id)
        or provisional(
            case,
            sent.get(case.id),
            people=people,
            organisations=contents.organisations,
            households=contents.households,
        )
        for case in contents.cases
    ]


def work_out_in_parts(
    reader: Database,
    cases: Sequence[Case],
    directory: Directory,
    today: date,
    part_size: int,
    progress: Callable[[int, int], None],
    should_stop: Callable[[], bool],
    deliver: Callable[[list[CaseSummary]], None],
    give_way: Callable[[], bool] = lambda: False,
) -> list[KeptLine]:
    """Phase 2: summarise `cases` a part at a time, in their order, handing each part to `deliver`.

    Each line kept in the vault by an earlier unlock is used if still good today; the rest are worked out
    (service/summary_cache.py). `reader` is this job's own read-only connection; it is closed here, whether the
    work ends, fails or is stopped (raising Cancelled between parts). `directory` names people and organisations.
    While `give_way()` is true (someone is typing in the list's search box), it waits between cases it works out:
    this thread and the GUI thread share one interpreter lock, and filtering as you type should not wait for the
    rules engine. Returns the lines worked out afresh, for the GUI thread to keep (`summary_cache.keep`).
    """
    total = len(cases)
    to_keep: list[KeptLine] = []
    try:
        # Not before the unlock's integrity check has passed (it is likely done by now): a page it would find
        # damaged must not fail here first. A damaged vault is not worked out; the check's answer closes it.
        if not reader.integrity.run():
            raise Cancelled()
        repository = Repository(reader)
        with paused_gc():
            for start in range(0, total, part_size):
                if should_stop():
                    raise Cancelled()
                part = summarise_part(
                    repository, cases[start : start + part_size], directory, today, give_way, should_stop
                )
                if should_stop():
                    raise Cancelled()
                to_keep += part.to_keep
                deliver(part.summaries)
                progress(start + len(part.summaries), total)
    finally:
        reader.close(checkpoint=False)
    return to_keep
