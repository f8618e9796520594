"""Phase 2's plumbing on its own: parts handed over in order, the worker's connection always closed, and the
collector paused only while a big list is worked out."""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from npdrights.gui.job_runner import JobRunner
from npdrights.service.collector import paused_gc
from npdrights.service.loading import work_out_in_parts
from npdrights.storage.errors import Cancelled
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.tracker_fixtures import fill

TODAY = date(2026, 11, 28)


def test_a_delivering_job_hands_its_parts_over_in_order_before_it_succeeds(qtbot: QtBot) -> None:
    runner = JobRunner()
    seen: list[object] = []
    runner.delivered.connect(seen.append)
    runner.succeeded.connect(lambda result: seen.append(("done", result)))

    def work(
        progress: Callable[[int, int], None], _should_stop: Callable[[], bool], deliver: Callable[[object], None]
    ) -> int:
        for part in range(3):
            deliver([part])
            progress(part + 1, 3)
        return 3

    with qtbot.waitSignal(runner.succeeded, timeout=5000):
        runner.start_delivering(work)
    assert seen == [[0], [1], [2], ("done", 3)]
    assert not runner.running


def test_working_out_in_parts_gives_every_case_and_closes_its_reader(vault: Vault) -> None:
    fill(Repository(vault.database))
    contents = Repository(vault.database).stored_rows(events=False).decode()
    reader = vault.reader()
    parts: list[list[str]] = []
    progress: list[tuple[int, int]] = []
    worked_out = work_out_in_parts(
        reader,
        contents.cases,
        contents,
        TODAY,
        4,
        lambda done, total: progress.append((done, total)),
        lambda: False,
        lambda part: parts.append([summary.case.id for summary in part]),
    )
    assert [line.case_id for line in worked_out] == [case.id for case in contents.cases]
    assert parts == [[case.id for case in contents.cases[:4]], [case.id for case in contents.cases[4:]]]
    assert progress == [(4, 6), (6, 6)]
    assert not reader.is_open
    assert gc.isenabled()


def test_a_stopped_worker_closes_its_reader_and_hands_nothing_more_over(vault: Vault) -> None:
    fill(Repository(vault.database))
    contents = Repository(vault.database).stored_rows(events=False).decode()
    reader = vault.reader()
    parts: list[object] = []
    with pytest.raises(Cancelled):
        work_out_in_parts(
            reader, contents.cases, contents, TODAY, 2, lambda _d, _t: None, lambda: bool(parts), parts.append
        )
    assert len(parts) == 1
    assert not reader.is_open
    assert gc.isenabled()


def test_the_collector_is_paused_only_inside_and_left_as_it_was() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # someone else had paused it: still theirs to restart
    finally:
        gc.enable()


def test_the_worker_gives_way_while_someone_types_and_still_stops_when_told(vault: Vault) -> None:
    fill(Repository(vault.database))
    contents = Repository(vault.database).stored_rows(events=False).decode()
    parts: list[object] = []

    def work(should_stop: Callable[[], bool], give_way: Callable[[], bool]) -> int:
        return len(
            work_out_in_parts(
                vault.reader(),
                contents.cases,
                contents,
                TODAY,
                6,
                lambda _d, _t: None,
                should_stop,
                parts.append,
                give_way,
            )
        )

    asked: list[int] = []

    def busy_for_a_while() -> bool:
        asked.append(1)
        return len(asked) < 5  # someone types for the first few checks, then stops

    assert work(lambda: False, busy_for_a_while) == 6
    assert len(asked) >= 5  # it waited, then carried on
    assert len(parts) == 1
    stopping: list[bool] = []
    with pytest.raises(Cancelled):
        work(lambda: stopping.append(True) or len(stopping) > 3, lambda: True)
    assert len(parts) == 1  # stopped while giving way: nothing more handed over
