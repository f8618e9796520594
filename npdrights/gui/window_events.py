"""The main window's own events that npdrights acts on: being activated, minimised, and a change of language.

They are heard through an event filter that the window installs when they first matter (main_window.py
`_hear_window_events`), not through a changeEvent override: the first event PySide hands to Python makes it build
all of its 53 event classes, 1.7 ms that the Unlock screen spent before it was shown (issue 17).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WindowEvents(QObject):
    """Calls `activated` when `window` becomes the active window again, `minimised` when it is minimised and
    `language_changed` when the screens' language changes, each before the window's own handling of the event."""

    def __init__(
        self,
        window: QWidget,
        *,
        activated: Callable[[], None],
        minimised: Callable[[], None],
        language_changed: Callable[[], None],
    ) -> None:
        super().__init__(window)  # goes with the window
        self._window = window
        self._activated = activated
        self._minimised = minimised
        self._language_changed = language_changed
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ActivationChange and self._window.isActiveWindow():
            self._activated()
        elif kind == QEvent.Type.WindowStateChange and self._window.isMinimized():
            self._minimised()
        elif kind == QEvent.Type.LanguageChange:
            self._language_changed()
        return False  # the window still handles it
