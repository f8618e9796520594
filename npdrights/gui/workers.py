"""Run slow work (key derivation, PDF rendering, backups) off the GUI thread; results come back as queued signals.

User-caused failures (`VaultError`) are delivered as `failed`. Anything else is a programming error: it is
re-raised on the GUI thread, where the app's exception hook reports it, never silently dropped.

`Relay` + `Job` are the shared plumbing; `Background` runs one-shot work with callbacks, and
`job_runner.JobRunner` adds progress and Cancel on top of the same two pieces.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from npdrights.storage.errors import VaultError


class Relay(QObject):
    """Created on the GUI thread; the worker emits its signals, so connected slots run on the GUI thread."""

    progressed = Signal(int)
    delivered = Signal(object)  # part of the result, from a job that hands it over as it goes
    succeeded = Signal(object)
    failed = Signal(object)
    crashed = Signal(object)

    # Longer than any job takes from its last signal to letting go (microseconds); a bound, so that a mistake here
    # could only ever slow the window, never hang it.
    LET_GO_WAIT_SECONDS = 5.0

    def __init__(self) -> None:
        super().__init__()
        self.let_go = threading.Event()  # set by the job's thread once it will not touch this relay again

    def delete_once_let_go(self) -> None:
        """After the job's last signal: deleted once the job's thread has come back out of emit().

        The result can reach the window while the worker is still inside emit(), and deleting a signal's sender
        while another thread emits it is undefined in Qt: once, at the end of a test, it crashed the process.
        """
        self.let_go.wait(self.LET_GO_WAIT_SECONDS)
        self.deleteLater()


def hand_over(relay: Relay, signal: str, value: Any) -> bool:
    """Emit the relay's `signal` with `value`, unless the relay is gone; returns whether it was handed over.

    The relay goes with the window that asked for the work, for example when the app quits while a job runs
    (issue 17). Then nobody is waiting for the result: the job ends quietly instead of printing "Signal source
    has been deleted". Any other failure to emit is a programming error and is raised.
    """
    try:
        getattr(relay, signal).emit(value)
    except RuntimeError:
        if shiboken6.isValid(relay):
            raise
        return False
    return True


class Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay
        self._let_go = relay.let_go  # set at the end without touching the relay, which may be gone by then

    def run(self) -> None:
        try:
            self._run()
        finally:
            self._let_go.set()

    def _run(self) -> None:
        try:
            result = self.work()
        except VaultError as error:
            hand_over(self.relay, "failed", error)
        except BaseException as error:
            # Imported here: it loads the database engine, which the Unlock screen does not need (issue 17).
            from npdrights.storage.faults import as_vault_error

            translated = as_vault_error(error)  # a full disk, a busy vault: said plainly, like a user's mistake
            if translated is not None:
                hand_over(self.relay, "failed", translated)
            elif not hand_over(self.relay, "crashed", error):  # handed to the GUI thread to be raised there
                raise  # a programming error with no window left to report it: still not swallowed
        else:
            hand_over(self.relay, "succeeded", result)


class _Delivery(QObject):
    """Receives one job's relay signals on the GUI thread and hands them to plain callbacks."""

    def __init__(
        self,
        relay: Relay,
        on_done: Callable[[Any], None],
        on_error: Callable[[VaultError], None],
        on_finish: Callable[[_Delivery], None],
        owner: QObject,
    ) -> None:
        super().__init__()
        self.relay = relay
        self._on_done = on_done
        self._on_error = on_error
        self._on_finish = on_finish
        self._owner = owner
        relay.succeeded.connect(self._deliver_result)
        relay.failed.connect(self._deliver_error)
        relay.crashed.connect(self._reraise)

    def _finish(self) -> bool:
        """Whether the Background that asked is still there, told that the job has ended. If it went with its
        window while the job ran (a dialog closed and deleted, say), nobody waits for the answer: dropped."""
        if shiboken6.isValid(self._owner):
            self._on_finish(self)
            return True
        self.release()
        return False

    def release(self) -> None:
        """Done with: the relay once its job has let go of it, then this."""
        self.relay.delete_once_let_go()
        self.deleteLater()

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        if self._finish():
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: VaultError) -> None:
        if self._finish():
            self._on_error(error)

    @Slot(object)
    def _reraise(self, error: BaseException) -> None:
        self._finish()
        raise error  # a programming error, raised whether or not its window is still there


class Background(QObject):
    """Owns the jobs it starts, so their relays live until the result has been delivered."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one slow thing at a time: there is always a user waiting on it
        self._deliveries: set[_Delivery] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[VaultError], None],
    ) -> None:
        relay = Relay()
        delivery = _Delivery(relay, on_done, on_error, self._finished, self)
        self._deliveries.add(delivery)
        if len(self._deliveries) == 1:
            self.busy_changed.emit(True)
        self._pool.start(Job(work, relay))

    def _finished(self, delivery: _Delivery) -> None:
        self._deliveries.discard(delivery)
        delivery.release()
        if not self._deliveries:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
