"""The shared frame of the full-window screens: a centred, readable column that scrolls at large text sizes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

COLUMN_WIDTH_EM = 38


class CentredPage(QScrollArea):
    """Subclasses add their widgets to `self.column`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        outer = QVBoxLayout(inner)
        outer.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.body = QWidget()
        self.body.setMaximumWidth(self.fontMetrics().averageCharWidth() * COLUMN_WIDTH_EM * 2)
        self.column = QVBoxLayout(self.body)
        self.column.setSpacing(12)
        outer.addSpacing(24)
        outer.addWidget(self.body)
        outer.addStretch(1)
        self.setWidget(inner)
