"""Run slow work (key derivation, PDF rendering) off the GUI thread; results come back as queued signals.

User-caused failures (`VaultError`) go to `on_error`. Anything else is a programming error: it is re-raised
on the GUI thread, where the app's exception hook reports it, never silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from npdrights.storage.errors import VaultError


class _Relay(QObject):
    """Lives on the GUI thread. The worker emits its signals; the bound slots run back on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    crashed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[VaultError], None],
        on_finish: Callable[[_Relay], None],
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_finish = on_finish
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)
        self.crashed.connect(self._reraise)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        self._on_finish(self)
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: VaultError) -> None:
        self._on_finish(self)
        self._on_error(error)

    @Slot(object)
    def _reraise(self, error: BaseException) -> None:
        self._on_finish(self)
        raise error


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except VaultError as error:
            self.relay.failed.emit(error)
        except BaseException as error:  # handed to the GUI thread to be raised there
            self.relay.crashed.emit(error)
        else:
            self.relay.succeeded.emit(result)


class Background(QObject):
    """Owns the jobs it starts, so their relays live until the result has been delivered."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one slow thing at a time: there is always a user waiting on it
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(
        self, work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[VaultError], None]
    ) -> None:
        relay = _Relay(on_done, on_error, self._finished)
        self._relays.add(relay)
        if len(self._relays) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(work, relay))

    def _finished(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self._relays:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
