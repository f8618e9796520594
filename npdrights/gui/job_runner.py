"""Long jobs (backups, restores, working out a big cases list) off the GUI thread, with progress and a Cancel
that really stops them.

The job is called as `work(progress, should_stop)`: it reports (done, total) through `progress` and polls
`should_stop()` between chunks. A job started with `start_delivering` also gets `deliver(part)`, to hand over its
results as it goes: each part arrives as `delivered`, in order, before `succeeded`.
Built on workers.py's Relay and Job: a VaultError (including Cancelled) goes
to `failed`; anything else is a programming error and is re-raised on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from npdrights.gui.workers import Job, Relay, hand_over
from npdrights.storage.errors import VaultError

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]
Work = Callable[[Progress, ShouldStop], Any]
DeliveringWork = Callable[[Progress, ShouldStop, Callable[[Any], None]], Any]
PROGRESS_STEPS = 1000


class _Progress:
    """Turns (done, total) into at most one signal per thousandth, not one per chunk."""

    def __init__(self, relay: Relay) -> None:
        self.relay = relay
        self._last = -1

    def __call__(self, done: int, total: int) -> None:
        step = PROGRESS_STEPS * done // total if total > 0 else 0
        if step != self._last:
            self._last = step
            hand_over(self.relay, "progressed", min(step, PROGRESS_STEPS))


class JobRunner(QObject):
    """Runs one job at a time. Signals arrive on the GUI thread."""

    progressed = Signal(int)  # 0..PROGRESS_STEPS
    delivered = Signal(object)  # a part of the result, from a job started with `start_delivering`
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stop = threading.Event()
        self._relay: Relay | None = None

    @property
    def running(self) -> bool:
        return self._relay is not None

    def start(self, work: Work) -> None:
        self._start(lambda _relay, progress, should_stop: work(progress, should_stop))

    def start_delivering(self, work: DeliveringWork) -> None:
        """Like `start`, for a job that hands over its results in parts as it goes."""

        def delivering(relay: Relay, progress: Progress, should_stop: ShouldStop) -> Any:
            def deliver(part: Any) -> None:
                hand_over(relay, "delivered", part)  # a window gone meanwhile simply gets no more parts

            return work(progress, should_stop, deliver)

        self._start(delivering)

    def _start(self, work: Callable[[Relay, Progress, ShouldStop], Any]) -> None:
        if self.running:
            raise RuntimeError("a job is already running")
        self._stop = threading.Event()
        relay = Relay()
        relay.progressed.connect(self.progressed)
        relay.delivered.connect(self.delivered)
        relay.succeeded.connect(self._succeeded)
        relay.failed.connect(self._failed)
        relay.crashed.connect(self._crashed)
        self._relay = relay
        stop = self._stop
        progress = _Progress(relay)

        def should_stop() -> bool:  # asked to, or its window is gone (quitting): nobody wants the rest
            return stop.is_set() or not shiboken6.isValid(relay)

        self._pool.start(Job(lambda: work(relay, progress, should_stop), relay))

    def cancel(self) -> None:
        self._stop.set()

    def cancel_and_wait(self, msecs: int = 30_000) -> None:
        """For locking and closing: stop the job and wait until it has let go of the vault."""
        self._stop.set()
        self._pool.waitForDone(msecs)

    def _finish(self) -> None:
        if self._relay is not None:
            self._relay.delete_once_let_go()
        self._relay = None

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._finish()
        self.succeeded.emit(result)

    @Slot(object)
    def _failed(self, error: VaultError) -> None:
        self._finish()
        self.failed.emit(error)

    @Slot(object)
    def _crashed(self, error: BaseException) -> None:
        self._finish()
        raise error
