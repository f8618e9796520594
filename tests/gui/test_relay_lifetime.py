"""A job's relay is deleted only once the job's thread is out of its last emit() (gui/workers.py).

The window can receive a job's result while the worker thread is still inside emit(), and deleting a signal's
sender meanwhile is undefined in Qt: once it crashed a test process. Here the worker is held just after its last
emit, until the window has started to retire the relay; the relay must still be whole when the worker looks.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from npdrights.gui import workers
from npdrights.gui.job_runner import JobRunner
from npdrights.gui.workers import Background, Relay

HOLD_SECONDS = 5.0  # only ever waited out in full when the relay is deleted too early, i.e. when the test fails


class _RetireWatched(threading.Event):
    """The relay's let-go flag, noting when the window starts waiting on it."""

    def __init__(self) -> None:
        super().__init__()
        self.window_waits = threading.Event()

    def wait(self, timeout: float | None = None) -> bool:
        self.window_waits.set()
        return super().wait(timeout)


@pytest.fixture
def held_after_last_emit(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each job's relay was still whole when its worker, held after its last emit, went on."""
    whole_afterwards: list[bool] = []
    real_init, real_hand_over = Relay.__init__, workers.hand_over

    def init(relay: Relay) -> None:
        real_init(relay)
        relay.let_go = _RetireWatched()

    def hand_over_then_hold(relay: Relay, signal: str, value: Any) -> bool:
        handed = real_hand_over(relay, signal, value)
        if signal in ("succeeded", "failed", "crashed"):
            let_go = relay.let_go
            assert isinstance(let_go, _RetireWatched)
            let_go.window_waits.wait(HOLD_SECONDS)  # the window has the result and is retiring the relay
            whole_afterwards.append(shiboken6.isValid(relay))
        return handed

    monkeypatch.setattr(Relay, "__init__", init)
    monkeypatch.setattr(workers, "hand_over", hand_over_then_hold)
    return whole_afterwards


def _delete_what_was_retired() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_background_jobs_relay_outlives_its_last_emit(qtbot: QtBot, held_after_last_emit: list[bool]) -> None:
    background = Background()
    results: list[object] = []
    background.run(lambda: 42, results.append, results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=10_000)
    _delete_what_was_retired()
    assert background.wait(10_000)
    assert held_after_last_emit == [True]


def test_a_runners_relay_outlives_its_last_emit(qtbot: QtBot, held_after_last_emit: list[bool]) -> None:
    runner = JobRunner()
    with qtbot.waitSignal(runner.succeeded, timeout=10_000):
        runner.start(lambda _progress, _should_stop: "done")
    _delete_what_was_retired()
    runner.cancel_and_wait()
    assert held_after_last_emit == [True]
