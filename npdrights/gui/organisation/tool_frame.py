"""The frame the Organisation menu's dialogs share: a title and heading on top; a line for messages, a Close button
and a size fitted to the screen at the bottom. Each dialog puts its own explanation and table in between."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from npdrights.gui.screen_language import standard_buttons
from npdrights.gui.widgets import MessageLabel, fit_to_screen, heading


def tool_layout(dialog: QDialog, title: str, heading_text: str) -> QVBoxLayout:
    """The dialog's layout, begun with its heading; TITLE names the window in the task bar."""
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.addWidget(heading(heading_text))
    return layout


def finish_tool(dialog: QDialog, layout: QVBoxLayout, *, columns: int, lines: int) -> MessageLabel:
    """End the dialog with its message line and a Close button, sized for COLUMNS x LINES of text; the message
    line is returned for the dialog to say what happened."""
    message = MessageLabel()
    layout.addWidget(message)
    buttons = standard_buttons(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(QCoreApplication.translate("ToolFrame", "&Close"))
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    fit_to_screen(dialog, columns=columns, lines=lines)
    return message
