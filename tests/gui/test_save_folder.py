"""Issue 13 item 6: save dialogs open in Documents, then in the folder used last in this session (kept in memory,
never in settings), and the "Saved" message gives the full path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from npdrights.core.wizard_flow import Step
from npdrights.gui import save_folder
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from tests.gui.conftest import click
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
