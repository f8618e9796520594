"""An optional system-tray notification on the day a next step opens (off unless chosen in Settings).

The message names no one: the system keeps notifications in its own history, outside the vault.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from npdrights.core.case_list import CaseSummary
from npdrights.core.reminders import OpeningNotifier


class TrayReminders(QObject):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(parent)
        self._available = available
        self._enabled = False
        self._notifier = OpeningNotifier()
        self.icon: QSystemTrayIcon | None = None
        self.shown: list[str] = []  # the messages shown this run, for tests and for a later look

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled and self._available()
        if not self._enabled and self.icon is not None:
            self.icon.hide()

    def check(self, summaries: Iterable[CaseSummary], today: date) -> int:
        """Announce next steps opening today that haven't been announced yet. Returns how many there were."""
        fresh = self._notifier.new_today(summaries, today)
        if fresh and self._enabled:
            self._show(
                self.tr("%n next step(s) open from today in your cases. Open npdrights to see them.", "", len(fresh))
            )
        return len(fresh)

    def _show(self, text: str) -> None:
        if self.icon is None:
            self.icon = QSystemTrayIcon(
                QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation), self
            )
            self.icon.setToolTip("npdrights")
        self.icon.show()
        self.icon.showMessage("npdrights", text, QSystemTrayIcon.MessageIcon.Information)
        self.shown.append(text)

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
