"""Issue 11, item 10: no file dialog leaves the folder it visited (maybe named after a child) in QtProject.conf."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from npdrights.gui import file_dialogs
from tests.gui.conftest import when_shown

FOLDER_NAME = "Zebedee Fictionalson school letters"


@pytest.fixture
def qt_settings_home(tmp_path: Path) -> Iterator[Path]:
    """Qt's own settings written under tmp_path, not the real home."""
    home = tmp_path / "config"
    home.mkdir()
    usual = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(home))
    yield home
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, usual)


def _everything_written(home: Path) -> str:
    return "".join(path.read_text(errors="replace") for path in home.rglob("*") if path.is_file())


def _visit(ask: Callable[..., object], folder: Path) -> None:
    when_shown(QFileDialog, QFileDialog.reject)  # as soon as it is on screen, not looked for every 50 ms
    ask(None, "Choose", str(folder), options=QFileDialog.Option.DontUseNativeDialog)


@pytest.mark.parametrize(
    "ask",
    [file_dialogs.get_open_file_name, file_dialogs.get_open_file_names, file_dialogs.get_save_file_name],
    ids=["open", "open-several", "save"],
)
def test_no_trace_of_the_folder_visited(
    qtbot: QtBot, qt_settings_home: Path, tmp_path: Path, ask: Callable[..., object]
) -> None:
    folder = tmp_path / FOLDER_NAME
    folder.mkdir()
    _visit(ask, folder)
    assert "Zebedee" not in _everything_written(qt_settings_home)


def test_the_check_would_see_what_qt_records(qtbot: QtBot, qt_settings_home: Path, tmp_path: Path) -> None:
    """The control: Qt's dialog on its own does record the folder, so the test above can fail."""
    folder = tmp_path / FOLDER_NAME
    folder.mkdir()
    _visit(QFileDialog.getOpenFileName, folder)
    assert "Zebedee" in _everything_written(qt_settings_home)


def test_other_programs_entries_are_kept(qtbot: QtBot, qt_settings_home: Path, tmp_path: Path) -> None:
    settings = QSettings(QSettings.Scope.UserScope, file_dialogs.QT_OWN_SETTINGS)
    settings.setValue(f"{file_dialogs.FILE_DIALOG_GROUP}/someOtherProgram", "kept")
    settings.sync()
    folder = tmp_path / FOLDER_NAME
    folder.mkdir()
    _visit(file_dialogs.get_open_file_name, folder)
    settings.sync()
    assert settings.value(f"{file_dialogs.FILE_DIALOG_GROUP}/someOtherProgram") == "kept"
    assert "Zebedee" not in _everything_written(qt_settings_home)
