"""Where file dialogs open: the folder used last in this session, else the user's Documents folder.

The folder is remembered in memory only, on the running application object (no module state, nothing in
settings.json): a folder's name can say whose letters are in it ("Zebedee SAR"), so it is never written down.
Every file dialog runs inside `leaving_no_trace()`, which undoes what Qt's dialog itself writes to disk.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

_PROPERTY = "npdrightsSaveFolder"


def start_folder() -> Path:
    app = QCoreApplication.instance()
    remembered = app.property(_PROPERTY) if app is not None else None
    if isinstance(remembered, str) and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def suggested(name: str) -> str:
    """What a save dialog starts with: `name` in the folder it should open in."""
    return str(start_folder() / name)


def remember(chosen: Path) -> None:
    """A file was chosen: its folder is where the next dialog opens, until npdrights is closed."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(_PROPERTY, str(chosen.parent))


@contextmanager
def leaving_no_trace() -> Iterator[None]:
    """Around a file dialog: Qt's own dialog writes the folders it visited ("lastVisited", "history") to the
    user's QtProject settings when it closes, on every platform. Afterwards that group is put back as it was, so
    no folder npdrights was shown outlives the session (other programs' entries there are kept)."""
    before = _file_dialog_state()
    try:
        yield
    finally:
        settings = QSettings(QSettings.Scope.UserScope, "QtProject")
        settings.beginGroup(_QT_GROUP)
        settings.remove("")  # the whole group, as the dialog left it
        for key, value in before.items():
            settings.setValue(key, value)
        settings.endGroup()
        settings.sync()


_QT_GROUP = "FileDialog"


def _file_dialog_state() -> dict[str, object]:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup(_QT_GROUP)
    return {key: settings.value(key) for key in settings.allKeys()}
