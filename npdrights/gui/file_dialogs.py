"""Qt's file dialogs, without the history Qt keeps of them.

Qt's own (non-native) file dialog writes the last folder visited and a list of recent folders to QtProject.conf,
outside the vault: a folder may be named after a child ("Zebedee - school letters"). Every dialog the app shows
goes through here, and that record is removed as soon as the dialog closes (issue 11, item 10). Each dialog opens
where gui/save_folder.py says (the folder used last in this session, else Documents; issue 13, item 6).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from npdrights.gui import save_folder

QT_OWN_SETTINGS = "QtProject"
FILE_DIALOG_GROUP = "FileDialog"


@contextmanager
def leaving_no_trace() -> Iterator[None]:
    """Around a file dialog: afterwards Qt's file-dialog group is put back as it was before, so no folder
    npdrights showed outlives the dialog, and other programs' entries there are kept."""
    settings = QSettings(QSettings.Scope.UserScope, QT_OWN_SETTINGS)
    settings.beginGroup(FILE_DIALOG_GROUP)
    before = {key: settings.value(key) for key in settings.allKeys()}
    settings.endGroup()
    try:
        yield
    finally:
        settings.beginGroup(FILE_DIALOG_GROUP)
        settings.remove("")  # the whole group, as the dialog left it
        for key, value in before.items():
            settings.setValue(key, value)
        settings.endGroup()
        settings.sync()


def _start_folder(args: tuple[Any, ...]) -> str:
    """The folder an open dialog starts in: the one asked for, else the one save_folder chooses."""
    return args[0] if args and args[0] else str(save_folder.start_folder())


def get_save_file_name(parent: QWidget | None, caption: str, name: str, *args: Any, **kwargs: Any) -> tuple[str, str]:
    """Save as `name`, offered in the folder save_folder chooses."""
    with leaving_no_trace():
        chosen, used_filter = QFileDialog.getSaveFileName(parent, caption, save_folder.suggested(name), *args, **kwargs)
    if chosen:
        save_folder.remember(Path(chosen))
    return chosen, used_filter


def get_open_file_name(parent: QWidget | None, caption: str, *args: Any, **kwargs: Any) -> tuple[str, str]:
    """Open one file; `args` as Qt's, the folder first (empty: where save_folder says)."""
    with leaving_no_trace():
        chosen, used_filter = QFileDialog.getOpenFileName(parent, caption, _start_folder(args), *args[1:], **kwargs)
    if chosen:
        save_folder.remember(Path(chosen))
    return chosen, used_filter


def get_open_file_names(parent: QWidget | None, caption: str, *args: Any, **kwargs: Any) -> tuple[list[str], str]:
    """As get_open_file_name, for several files."""
    with leaving_no_trace():
        chosen, used_filter = QFileDialog.getOpenFileNames(parent, caption, _start_folder(args), *args[1:], **kwargs)
    if chosen:
        save_folder.remember(Path(chosen[0]))
    return chosen, used_filter
