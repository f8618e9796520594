"""Qt's file dialogs, without the history Qt keeps of them.

Qt's own (non-native) file dialog writes the last folder visited and a list of recent folders to QtProject.conf,
outside the vault: a folder may be named after a child ("Zebedee - school letters"). Every dialog the app shows
goes through here, and that record is removed as soon as the dialog closes (issue 11, item 10). Each dialog opens
where gui/save_folder.py says (the folder used last in this session, else Documents; issue 13, item 6).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from npdrights.gui import save_folder

QT_OWN_SETTINGS = "QtProject"
FILE_DIALOG_GROUP = "FileDialog"


def forget_file_dialog_history() -> None:
    settings = QSettings(QSettings.Scope.UserScope, QT_OWN_SETTINGS)
    settings.remove(FILE_DIALOG_GROUP)
    settings.sync()


def get_save_file_name(parent: QWidget | None, caption: str, name: str, *args: Any, **kwargs: Any) -> tuple[str, str]:
    """Save as `name`, offered in the folder save_folder chooses."""
    try:
        chosen, used_filter = QFileDialog.getSaveFileName(parent, caption, save_folder.suggested(name), *args, **kwargs)
    finally:
        forget_file_dialog_history()
    if chosen:
        save_folder.remember(Path(chosen))
    return chosen, used_filter


def get_open_file_name(parent: QWidget | None, caption: str, *args: Any, **kwargs: Any) -> tuple[str, str]:
    """The first of `args`, the folder Qt would open in, is replaced by save_folder's."""
    try:
        chosen, used_filter = QFileDialog.getOpenFileName(
            parent, caption, str(save_folder.start_folder()), *args[1:], **kwargs
        )
    finally:
        forget_file_dialog_history()
    if chosen:
        save_folder.remember(Path(chosen))
    return chosen, used_filter


def get_open_file_names(parent: QWidget | None, caption: str, *args: Any, **kwargs: Any) -> tuple[list[str], str]:
    """As get_open_file_name, for several files."""
    try:
        chosen, used_filter = QFileDialog.getOpenFileNames(
            parent, caption, str(save_folder.start_folder()), *args[1:], **kwargs
        )
    finally:
        forget_file_dialog_history()
    if chosen:
        save_folder.remember(Path(chosen[0]))
    return chosen, used_filter
