"""Run by test_large_text.py in a process of its own: the app at 200% text on a 1366 x 768 screen.

Qt's offscreen platform takes its screen size from a config file when the QApplication starts, so this can't
run inside the test process (its QApplication already has an 800 x 800 screen). Prints one JSON object: the
screen, and for each screen of the app, its window's frame and every visible widget that lies outside the window
(widgets inside scroll areas are left out: they scroll into view).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget  # noqa: E402


def _outside(window: QWidget) -> list[str]:
    """Visible widgets of `window` not inside a scroll area that stick out of the window's own rectangle."""
    bounds = window.rect()
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0 or widget.height() == 0:
            continue
        ancestor = widget.parentWidget()
        scrolled = False
        while ancestor is not None and ancestor is not window:
            if isinstance(ancestor, QAbstractScrollArea):
                scrolled = True
                break
            ancestor = ancestor.parentWidget()
        if scrolled or widget.window() is not window:
            continue
        place = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not bounds.contains(place):
            found.append(f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()} {place}")
    return found


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def main() -> None:
    app = QApplication([])
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # 200% text, as a user who sets large text
    app.setFont(font)

    from npdrights.app import build_services
    from npdrights.core.wizard_flow import Journey
    from npdrights.gui.cases.list_model import Column
    from npdrights.gui.main_window import MainWindow
    from npdrights.gui.services import Clock
    from npdrights.paths import AppPaths
    from npdrights.storage.repository import Repository
    from tests.conftest import FAST_KDF, PASSPHRASE
    from tests.tracker_fixtures import fill

    home = Path(tempfile.mkdtemp())
    services = build_services(
        AppPaths(data=home / "data", config=home / "config"),
        kdf=FAST_KDF,
        clock=Clock(now=lambda: datetime(2026, 11, 28, 10, 0)),
    )
    window = MainWindow(services)
    window.show()

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    report: dict[str, object] = {"screen": _rect(app.primaryScreen().availableGeometry())}
    settle()
    report["create"] = {"frame": _rect(window.frameGeometry()), "outside": _outside(window)}

    services.vault.create(PASSPHRASE)
    fill(Repository(services.vault.database))
    window._enter_cases()
    settle()
    view = window.cases_view
    header = view.table.horizontalHeader()
    report["cases"] = {
        "frame": _rect(window.frameGeometry()),
        "outside": _outside(window),
        "person_and_request_end": max(
            header.sectionViewportPosition(column) + header.sectionSize(column)
            for column in (Column.PERSON, Column.KIND)
        ),
        "table_width": view.table.viewport().width(),
    }

    view.open_case("c-overdue")
    settle()
    report["detail"] = {"frame": _rect(window.frameGeometry()), "outside": _outside(window)}
    view.show_list()

    from npdrights.gui.wizards.start_dialog import StartDialog

    start = StartDialog(window)
    start.show()
    settle()
    report["start"] = {"frame": _rect(start.frameGeometry()), "outside": _outside(start)}
    start.reject()

    wizard = window.journeys.start(Journey.ASK)
    settle()
    page = wizard.page_for(wizard.current_step())
    report["wizard"] = {
        "frame": _rect(wizard.frameGeometry()),
        "outside": _outside(wizard),
        "questions_height": page.scroll_area.viewport().height(),
        "page_height": page.height(),
        "footer_scrolls": page.scroll_area.inner.isAncestorOf(page.footer),
    }
    wizard.discard()
    window.lock()
    settle()
    report["unlock"] = {"frame": _rect(window.frameGeometry()), "outside": _outside(window)}
    window.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
