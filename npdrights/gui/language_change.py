"""Screens that name their words again when Settings changes the language (issue 18), without a restart.

Qt tells every widget (QEvent.LanguageChange) once the new translations are in and the layout direction is set:
`follow_language` hands that on to a widget's one `retranslate` method, so a screen needn't override changeEvent
for it. A parent hears before its children.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _LanguageWatcher(QObject):
    def __init__(self, widget: QWidget, retranslate: Callable[[], None]) -> None:
        super().__init__(widget)  # goes with the widget
        self._retranslate = retranslate
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False  # the widget (and its children) still hear of it


def follow_language(widget: QWidget, retranslate: Callable[[], None]) -> None:
    """Call `retranslate` whenever the screens' language changes while `widget` exists."""
    _LanguageWatcher(widget, retranslate)
