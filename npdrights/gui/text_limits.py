"""Typing and pasting stop at core/limits.py's limits (issue 11, item 14): what fits is kept, the rest is left out,
and the person is told in plain words. Megabytes pasted into a field froze the window for minutes, and a backup
or letter could not have held them anyway."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from npdrights.core.limits import text_limit
from npdrights.gui.i18n import screen_number
from npdrights.gui.widgets import MessageLabel


def too_long(label: str, limit: int) -> str:
    """`label` is already in the screens' language (the field's own tr())."""
    return QCoreApplication.translate(
        "TextLimits",
        "{label} can be up to {limit} characters, so the end of what you typed or pasted was left out. Check what "
        "is there, and keep anything longer in a document you attach to the case.",
    ).format(label=label, limit=screen_number(limit))


def limit_line(edit: QLineEdit, field_name: str, label: str, message: MessageLabel) -> None:
    """A one-line field: Qt cuts a paste at the limit itself and signals that it did."""
    limit = text_limit(field_name)
    edit.setMaxLength(limit)
    cut = [False]

    def say_it_was_cut() -> None:
        message.show_message(too_long(label, limit))
        cut[0] = True

    def say_it_again(text: str) -> None:
        # A paste is cut before the text changes, and a dialog may clear its message on a change: say it after.
        if cut[0] and len(text) >= limit:
            message.show_message(too_long(label, limit))
        cut[0] = False

    edit.inputRejected.connect(say_it_was_cut)
    edit.textChanged.connect(say_it_again)


def limit_text(edit: QPlainTextEdit, field_name: str, label: str | Callable[[], str], message: MessageLabel) -> None:
    """A box of several lines, which has no limit of its own: cut what goes past the limit as it arrives. `label`
    may be asked for when the message is shown, for a box that outlives a change of language (a case's notes)."""
    limit = text_limit(field_name)

    def keep_within_limit() -> None:
        text = edit.toPlainText()
        if len(text) <= limit:
            return
        # The rest cut off in place, as part of the paste's own edit: the box stays changed (setPlainText marked
        # it unchanged, so notes cut to fit were not saved when the case was left or locked), and one Undo takes
        # back the whole paste. Qt counts positions in UTF-16 units, the limit in characters.
        rest = QTextCursor(edit.document())
        rest.joinPreviousEditBlock()
        rest.setPosition(len(text[:limit].encode("utf-16-le")) // 2)
        rest.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        rest.removeSelectedText()
        rest.endEditBlock()
        edit.moveCursor(QTextCursor.MoveOperation.End)
        message.show_message(too_long(label() if callable(label) else label, limit))

    edit.textChanged.connect(keep_within_limit)
