"""Issue 13 item 6: save dialogs open in Documents, then in the folder used last in this session (kept in memory,
never in settings), and the "Saved" message gives the full path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from npdrights.core.wizard_flow import Step
from npdrights.gui import save_folder
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from tests.gui.conftest import click, when_shown
from tests.gui.journey_helpers import parent_sar_to_preview, unlocked_window


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()

    class FakePaths:
        StandardLocation = save_folder.QStandardPaths.StandardLocation

        @staticmethod
        def writableLocation(_where: object) -> str:
            return str(folder)

    monkeypatch.setattr(save_folder, "QStandardPaths", FakePaths)
    app = QCoreApplication.instance()
    assert app is not None
    app.setProperty("npdrightsSaveFolder", None)  # a fresh session
    yield folder
    app.setProperty("npdrightsSaveFolder", None)


def test_save_dialogs_start_in_documents_then_in_the_last_folder_and_say_the_full_path(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    documents: Path,
    tmp_path: Path,
) -> None:
    chosen_folder = tmp_path / "Letters for school"
    chosen_folder.mkdir()
    offered: list[str] = []

    def dialog(_parent: object, _title: str, start: str, _filter: str = "", *args: object) -> tuple[str, str]:
        offered.append(start)
        return str(chosen_folder / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window = unlocked_window(make_window, services)
    wizard = parent_sar_to_preview(qtbot, window, monkeypatch)
    preview = wizard.page_for(Step.PREVIEW)
    click(qtbot, preview.save_button)  # type: ignore[attr-defined]
    saved = chosen_folder / "npdrights-sar-dfe-2026-11-28.pdf"
    assert offered == [str(documents / "npdrights-sar-dfe-2026-11-28.pdf")]
    assert saved.read_bytes().startswith(b"%PDF")
    assert f"Saved as {saved}." in preview.warnings.text()  # type: ignore[attr-defined]
    click(qtbot, preview.save_button)  # type: ignore[attr-defined]
    assert offered[1] == str(saved)  # the folder used last, this session
    settings = services.paths.config / "settings.json"
    written = settings.read_text() if settings.exists() else ""
    assert "Letters for school" not in written
    assert str(tmp_path) not in written


def test_a_folder_that_has_gone_falls_back_to_documents(documents: Path, tmp_path: Path) -> None:
    gone = tmp_path / "USB stick"
    gone.mkdir()
    save_folder.remember(gone / "letter.pdf")
    assert save_folder.start_folder() == gone
    gone.rmdir()
    assert save_folder.start_folder() == documents


@pytest.fixture
def qt_settings_home(tmp_path: Path) -> Iterator[Path]:
    """Where QSettings keeps the user's QtProject file, moved to a temporary folder for the test."""
    from PySide6.QtCore import QSettings

    usual = Path(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "probe").fileName()).parent
    home = tmp_path / "qt-settings"
    home.mkdir()
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(home))
    yield home
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(usual))


def test_qts_own_file_dialog_leaves_no_folder_behind(
    qtbot: QtBot, documents: Path, qt_settings_home: Path, tmp_path: Path
) -> None:
    """Qt's dialog writes the folders it showed to QtProject.conf when it closes; npdrights puts it back."""
    from PySide6.QtCore import QSettings

    from npdrights.gui import printing

    before = QSettings(QSettings.Scope.UserScope, "QtProject")
    before.setValue("FileDialog/lastVisited", "file:///somewhere/another/program/was")
    before.sync()
    secret = tmp_path / "Zebedee Fictionalson letters"
    secret.mkdir()
    save_folder.remember(secret / "earlier.pdf")  # the dialog opens there

    when_shown(QFileDialog, QFileDialog.reject)
    assert printing.ask_save_path(None, "npdrights-letter.pdf") is None
    written = "".join(path.read_text(errors="replace") for path in qt_settings_home.rglob("*") if path.is_file())
    assert "Zebedee" not in written
    after = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert after.value("FileDialog/lastVisited") == "file:///somewhere/another/program/was"
