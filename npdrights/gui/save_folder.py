"""Where file dialogs open: the folder used last in this session, else the user's Documents folder.

The folder is remembered in memory only, on the running application object (no module state, nothing in
settings.json): a folder's name can say whose letters are in it ("Zebedee SAR"), so it is never written down.
Every file dialog goes through gui/file_dialogs.py, which also undoes what Qt's dialog writes to disk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

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
