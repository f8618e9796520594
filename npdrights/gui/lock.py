"""Auto-lock: after a spell with no keyboard or mouse input (with a last minute's warning and "Keep working"),
and after the computer has been asleep.

Modelled on KeePassXC's InactivityTimer (an event filter restarting a single-shot timer), with the filter on the
windows rather than on the whole application: every key press and mouse event from the computer reaches its
window first, while the thousands of events a window sends its own widgets as it lays out and paints never pass
through Python (see _listen).
KeePassXC issue #2014 showed that timers alone miss time spent asleep, so a heartbeat also compares the wall
clock with the monotonic clock: on Linux and Windows the monotonic clock stops during suspend, so a jump in
the gap between them means the machine slept, and the vault locks.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QInputEvent, QWindow
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)

HEARTBEAT_MS = 5_000
SLEEP_GAP_SECONDS = 30.0
# After an input the watcher stops looking for a tenth of the idle time, at most this long (see _note_input).
LONGEST_PAUSE_MS = 1_000


class InactivityWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without input, and `slept` when the machine has been suspended."""

    idle = Signal()
    slept = Signal()

    def __init__(
        self,
        timeout_ms: int,
        parent: QObject | None = None,
        *,
        wall_clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._wall = wall_clock
        self._monotonic = monotonic
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.check_clocks)
        self._look_again = QTimer(self)
        self._look_again.setSingleShot(True)
        self._look_again.timeout.connect(self._listen)
        self._listening = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._window_focused)
        self._last_input_wall = self._wall()
        self._offset = self._wall() - self._monotonic()
        self.set_timeout(timeout_ms)

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()
        if self._look_again.isActive():  # a pause sized for the old time could outlast a tenth of the new one
            self._look_again.stop()
            self._listen()

    def timeout_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._heartbeat.isActive()

    def start(self) -> None:
        self._heartbeat.start()
        self._note_input()
        self._offset = self._wall() - self._monotonic()

    def stop(self) -> None:
        self._heartbeat.stop()
        self._look_again.stop()
        self._stop_listening()
        self._timer.stop()

    def _listen(self) -> None:
        """Watch every window for input. An application-wide filter saw every event of every widget as well, each
        made into Python objects first: with it, even paused after each input, the filter took a twentieth of the
        time of a sample of GUI tests, 197,000 calls where there are now 1,200 (issue 12, item 5). A window made
        later is watched once it has the focus, the only window keys go to, or at the next pause's end."""
        if not self.active:
            return
        self._listening = True
        for window in QGuiApplication.allWindows():
            window.installEventFilter(self)

    def _stop_listening(self) -> None:
        self._listening = False
        for window in QGuiApplication.allWindows():
            window.removeEventFilter(self)

    def _window_focused(self, window: QWindow | None) -> None:
        if window is not None and self._listening:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A window's own events pass here too (exposes, paints, resizes). The class check is cheap and turns them
        # away first; event.type() makes a Python enum, which costs several times more, so only input events pay
        # for it (issue 12, item 5).
        if isinstance(event, QInputEvent) and event.type() in _INPUT_EVENTS:
            self._note_input()
        return False

    def _note_input(self) -> None:
        """Counts from now again, then stops looking for a short pause.

        While the filter is installed every event it sees passes through Python, and PySide makes a Python object
        for the event and for its receiver first: with an application-wide filter always on, that was a seventh
        of the Qt work in the GUI tests (a window opening sends thousands of events), and the same on a user's
        computer. Input usually comes in bursts (typing, moving the mouse), and one input in the pause is as good
        as many: the pause is at most a tenth of the idle time (a second at most), so the lock can come at most
        that much sooner than a minute-exact count from the last key press (issue 12, item 5)."""
        self._last_input_wall = self._wall()
        self._timer.start()
        self._stop_listening()
        self._look_again.start(min(LONGEST_PAUSE_MS, self._timer.interval() // 10))

    def check_clocks(self) -> None:
        """Called by the heartbeat, and when the window is activated again."""
        if not self.active:
            return
        offset = self._wall() - self._monotonic()
        slept = offset - self._offset > SLEEP_GAP_SECONDS
        self._offset = offset
        if slept:
            self.slept.emit()
        elif (self._wall() - self._last_input_wall) * 1000 >= self._timer.interval():
            # The single-shot timer can be late after a long stall; the wall clock is not.
            self.idle.emit()


# The warning before an auto-lock: a minute, or half the auto-lock time if that is shorter (the least is a minute).
COUNTDOWN_SECONDS = 60


def countdown_seconds(auto_lock_ms: int) -> int:
    return max(1, min(COUNTDOWN_SECONDS, auto_lock_ms // 2000))


class LockCountdown(QDialog):
    """ "npdrights will lock in 45 seconds": the last minute before an auto-lock, with "Keep working".

    `keep_working` when the user says so (the button, Enter or Escape); `expired` when the time is up. `stop()`
    closes it without either (the window is locking anyway)."""

    keep_working = Signal()
    expired = Signal()

    def __init__(self, seconds: int, parent: QWidget | None = None, *, monotonic: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.setWindowTitle(self.tr("npdrights is about to lock"))
        self.setModal(True)
        self._monotonic = monotonic
        self._deadline = monotonic() + seconds
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Time before npdrights locks"))
        self.keep_button = QPushButton(self.tr("&Keep working"))
        self.keep_button.setAccessibleName(self.tr("Keep working"))
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(
            QLabel(
                self.tr("Anything you are writing is kept, locked in your vault, and you can carry on after unlocking.")
            )
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_button)
        layout.addLayout(row)
        # Wakes when the number shown goes down (and at the deadline), not on a fixed beat: the number is never a
        # beat behind, and a countdown with nothing left ends on the next turn of the event loop.
        self._ticker = QTimer(self)
        self._ticker.setSingleShot(True)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.timeout.connect(self._tick)
        self._counting = False
        self._stopped = False
        self._tick()

    def start(self) -> None:
        self._counting = True
        self._ticker.start(self._until_next_second())
        self.open()
        self.keep_button.setFocus()

    def seconds_left(self) -> int:
        return max(0, math.ceil(self._deadline - self._monotonic()))

    def _until_next_second(self) -> int:
        """Milliseconds until `seconds_left()` goes down by one (0 once it is 0)."""
        left = self._deadline - self._monotonic()
        if left <= 0:
            return 0
        return math.ceil((left - (math.ceil(left) - 1)) * 1000)

    def _tick(self) -> None:
        left = self.seconds_left()
        if left == 0 and self._counting:
            self._stopped = True
            self._counting = False
            self.hide()
            self.expired.emit()
            return
        self.message.setText(
            self.tr(
                "You haven't used npdrights for a while, so it will lock in %n second(s) to keep your cases private.",
                "",
                left,
            )
        )
        if self._counting:
            self._ticker.start(self._until_next_second())

    def reject(self) -> None:
        self._counting = False
        self._ticker.stop()
        if not self._stopped:
            self._stopped = True
            self.keep_working.emit()
        super().reject()

    def stop(self) -> None:
        """Close without a signal."""
        self._stopped = True
        self._counting = False
        self._ticker.stop()
        super().reject()
