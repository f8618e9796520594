"""Qt's file dialogs, without the history Qt keeps of them.

Qt's own (non-native) file dialog writes the last folder visited and a list of recent folders to QtProject.conf,
outside the vault: a folder may be named after a child ("Zebedee - school letters"). Every dialog the app shows
goes through here, and that record is removed as soon as the dialog closes (issue 11, item 10).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

QT_OWN_SETTINGS = "QtProject"
FILE_DIALOG_GROUP = "FileDialog"


def forget_file_dialog_history() -> None:
    settings = QSettings(QSettings.Scope.UserScope, QT_OWN_SETTINGS)
    settings.remove(FILE_DIALOG_GROUP)
    settings.sync()


def get_save_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
    try:
        return QFileDialog.getSaveFileName(*args, **kwargs)
    finally:
        forget_file_dialog_history()


def get_open_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
    try:
        return QFileDialog.getOpenFileName(*args, **kwargs)
    finally:
        forget_file_dialog_history()


def get_open_file_names(*args: Any, **kwargs: Any) -> tuple[list[str], str]:
    try:
        return QFileDialog.getOpenFileNames(*args, **kwargs)
    finally:
        forget_file_dialog_history()
