"""Small building blocks the case screens share."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout


def titled(title: str, *paragraphs: str) -> QLabel:
    """One label: a bold title, then plain paragraphs (escaped: they can hold names the user typed).

    One label rather than several keeps word-wrapped text from leaving gaps when the text is large.
    """
    body = "".join(f"<p style='margin-top:4px'>{html.escape(text)}</p>" for text in paragraphs)
    label = QLabel(f"<b>{html.escape(title)}</b>{body}")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAccessibleName(title)
    label.setAccessibleDescription(" ".join(paragraphs))
    return label


def remove_widgets(layout: QLayout, keep: int = 0) -> None:
    """Take every widget after the first `keep` out of `layout`: hidden now, deleted once control returns."""
    while layout.count() > keep:
        item = layout.takeAt(keep)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
