"""Run by test_large_text.py in a process of its own: the app at 200% text on a 1366 x 768 screen, in each language
named on the command line (English if none: issue 18 checks Polish and Urdu too).

Qt's offscreen platform takes its screen size from a config file when the QApplication starts, so this can't
run inside the test process (its QApplication already has an 800 x 800 screen). Prints one JSON object with one
report a language: the screen, and for each screen of the app, its window's frame, every visible widget that lies
outside the window (widgets inside scroll areas are left out: they scroll into view), and every label or button
whose text needs more room than it was given (its text is cut off).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from PySide6.QtCore import QRect, QSize  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget  # noqa: E402


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


def clipped_texts(window: QWidget) -> list[str]:
    """Visible labels and buttons of `window` too small for their text: a word-wrapped label shorter than its
    wrapped text, or a label or button (whose text never wraps) narrower or shorter than its text."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            needed = QSize(0, widget.heightForWidth(widget.width()))
        elif isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            needed = widget.sizeHint()
        else:
            continue
        if needed.width() > widget.width() + 1 or needed.height() > widget.height() + 1:
            found.append(
                f"{type(widget).__name__} {widget.text()!r}: needs {needed.toTuple()}, has {widget.size().toTuple()}"
            )
    return found


def _laid_out(window: QWidget) -> dict[str, object]:
    return {"frame": _rect(window.frameGeometry()), "outside": _outside(window), "clipped": clipped_texts(window)}


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _dialogs_laid_out(window: QWidget, settle: Callable[[], None]) -> dict[str, object]:
    """The dialogs of the Vault, Organisation and Register menus (translated in issue 18), each as it opens."""
    from npdrights.core.after_sending import AfterFinish
    from npdrights.core.model import PostMethod
    from npdrights.gui.backup_dialogs import CheckDialog, ExportDialog
    from npdrights.gui.help_dialogs import HowThisWorksDialog, WhatNextDialog, how_this_works_page
    from npdrights.gui.organisation.advisers_dialog import AdvisersDialog
    from npdrights.gui.organisation.audit_dialog import AuditDialog
    from npdrights.gui.organisation.retention_dialog import RetentionDialog
    from npdrights.gui.organisation.retention_setting import RetentionState
    from npdrights.gui.organisation_dialog import OrganisationDialog
    from npdrights.gui.passphrase_dialog import ChangePassphraseDialog
    from npdrights.gui.restore_dialog import RestoreDialog
    from npdrights.gui.settings_dialog import SettingsDialog

    services = window.services  # type: ignore[attr-defined]
    retention = RetentionState.of(services.vault, services.clock.today)
    made: dict[str, QWidget] = {
        "settings": SettingsDialog(
            services.settings.load(), keychain_available=True, remembered=False, retention=retention, parent=window
        ),
        "passphrase": ChangePassphraseDialog(window),
        "what_next": WhatNextDialog(AfterFinish(method=PostMethod.FIRST_CLASS, forms=1), window),
        "how_it_works": HowThisWorksDialog(how_this_works_page(), window),
        "backup": ExportDialog(services.vault, services.clock.today(), window),
        "check_backup": CheckDialog(services.vault.folder, window),
        "restore": RestoreDialog(services.vault, new_vault=False, parent=window),
        "restore_new": RestoreDialog(services.vault, new_vault=True, parent=window),
        "letterhead": OrganisationDialog(services.vault.database, window),
        "advisers": AdvisersDialog(services.vault, window),
        "audit": AuditDialog(services.vault, window),
        "retention": RetentionDialog(services.vault, services.clock.today, lambda: None, window),
    }
    report: dict[str, object] = {}
    for name, dialog in made.items():
        dialog.show()
        settle()
        report[name] = _laid_out(dialog)
        dialog.reject()
    statistics = window.open_statistics()  # type: ignore[attr-defined]
    deadline = time.monotonic() + 10
    while statistics.shown is None and time.monotonic() < deadline:  # the figures are worked out off the GUI thread
        settle()
    settle()
    report["statistics"] = _laid_out(statistics)
    statistics.reject()
    register = window.open_register()  # type: ignore[attr-defined]
    settle()
    report["register"] = _laid_out(register)
    register.close()
    return report


def main() -> None:
    """Every screen in each language named on the command line, in turn, in one process: starting Python, Qt and
    the app's modules was about half of a run, and is done once for all the languages."""
    app = QApplication([])
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # 200% text, as a user who sets large text
    app.setFont(font)
    reports = {code: _every_screen_laid_out(app, code) for code in sys.argv[1:] or ["en"]}
    print(json.dumps(reports))


def _every_screen_laid_out(app: QApplication, code: str) -> dict[str, object]:
    """The app in `code`'s language from its first screen, as a family starting afresh meets it: a new vault and
    a new main window, made after the language is in, as at a start in that language."""
    from PySide6.QtCore import QEvent

    from npdrights.gui.i18n import switch_language

    language = switch_language(code)  # before this language's first window

    from npdrights.app import build_services
    from npdrights.core.wizard_flow import Journey
    from npdrights.gui.cases.list_model import Column
    from npdrights.gui.main_window import MainWindow
    from npdrights.gui.services import Clock
    from npdrights.paths import AppPaths
    from npdrights.storage.repository import Repository
    from tests.tracker_fixtures import fill
    from tests.vault_settings import FAST_KDF, PASSPHRASE

    home = Path(tempfile.mkdtemp())
    services = build_services(
        AppPaths(data=home / "data", config=home / "config"),
        kdf=FAST_KDF,
        clock=Clock(now=lambda: datetime(2026, 11, 28, 10, 0)),
    )
    services.language = language
    window = MainWindow(services)
    window.show()

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    report: dict[str, object] = {"screen": _rect(app.primaryScreen().availableGeometry()), "language": language.code}
    settle()
    report["create"] = _laid_out(window)

    services.vault.create(PASSPHRASE)
    window._enter_cases()
    settle()
    report["empty"] = _laid_out(window)  # the cases screen before the first case
    fill(Repository(services.vault.database))
    window.reload_cases()
    settle()
    view = window.cases_view
    header = view.table.horizontalHeader()
    report["cases"] = {
        **_laid_out(window),
        "person_and_request_end": max(
            header.sectionViewportPosition(column) + header.sectionSize(column)
            for column in (Column.PERSON, Column.KIND)
        ),
        "table_width": view.table.viewport().width(),
    }

    # A complaint's page: how its acknowledgement and reminder dates were worked out, the longest paragraphs it has.
    view.open_case("c-complaint")
    settle()
    report["detail_complaint"] = _laid_out(window)
    view.open_case("c-overdue")
    settle()
    report["detail"] = _laid_out(window)
    # An adviser's case whose signed authority ends within the month (issue 18: counted in days on screen).
    from dataclasses import replace as replaced
    from datetime import date

    from npdrights.core.model import Relationship as Writer

    repository = Repository(services.vault.database)
    complaint = repository.case("c-complaint")
    assert complaint is not None
    adviser_case = replaced(
        complaint,
        relationship=Writer.ADVISER,
        authority_signed=date(2026, 1, 5),
        authority_expires=date(2026, 12, 10),
    )
    repository.update_case(adviser_case)
    view.open_case("c-complaint")
    settle()
    report["detail_authority"] = _laid_out(window)
    from npdrights.gui.cases.authority_dialog import AuthorityDialog

    authority = AuthorityDialog(adviser_case, services.clock.today(), window)
    authority.show()
    authority.expires.year.setText("2025")  # ends before it was signed: the refusal is laid out too
    authority.save()
    settle()
    report["authority_dialog"] = _laid_out(authority)
    authority.reject()
    repository.update_case(complaint)
    view.open_case("c-overdue")
    settle()
    # The kept letter, on its "What this letter says" tab (issue 18): the summary in the screens' language.
    view.detail.view_letter()
    letter = view.detail.previews[-1]
    letter.view.setCurrentWidget(letter.view.meaning)
    settle()
    report["letter_meaning"] = _laid_out(letter)
    letter.reject()
    view.show_list()

    # The case page's dialogs, as it opens them (translated too): recording what happened, checking an answer, a
    # person's details.
    from npdrights.core.model import EventKind
    from npdrights.gui.cases.checklist_dialog import ChecklistDialog
    from npdrights.gui.cases.event_dialog import EventDialog
    from npdrights.gui.cases.people import PersonDialog

    today = services.clock.today()
    for name, dialog in (
        ("event_dialog", EventDialog("c-overdue", today, body="the DfE", kind=EventKind.SENT, parent=window)),
        ("checklist_dialog", ChecklistDialog(None, body="the DfE", parent=window)),
        ("person_dialog", PersonDialog(None, [], today, parent=window)),
    ):
        dialog.show()
        settle()
        report[name] = _laid_out(dialog)
        dialog.reject()

    from npdrights.gui.wizards.start_dialog import StartDialog

    start = StartDialog(window)
    start.show()
    settle()
    report["start"] = _laid_out(start)
    start.reject()

    wizard = window.journeys.start(Journey.ASK)
    settle()
    page = wizard.page_for(wizard.current_step())
    report["wizard"] = {
        **_laid_out(wizard),
        "questions_height": page.scroll_area.viewport().height(),
        "page_height": page.height(),
        "footer_scrolls": page.scroll_area.inner.isAncestorOf(page.footer),
    }
    # The next page a parent meets, about the child (translated too): reached as a parent fills in the first.
    from npdrights.core.model import Relationship
    from npdrights.gui.wizards.people_pages import WhoAskingPage

    assert isinstance(page, WhoAskingPage)
    page.buttons[Relationship.PARENT].setChecked(True)
    page.name.setText("Alex Sample")
    page.address.set_lines(["1 Example Road", "Exampleton"])
    wizard.next()
    settle()
    report["wizard_about"] = {**_laid_out(wizard), "step": wizard.current_step().name}
    # The pages after it, in order (translated too): a child born in 2013, then Next on each.
    from npdrights.core.wizard_flow import Step
    from npdrights.gui.wizards.people_pages import AboutPage

    about = wizard.page_for(Step.ABOUT)
    assert isinstance(about, AboutPage)
    child = about.forms[0]
    child.name.setText("Sam Sample")
    for edit, text in ((child.born.day, "4"), (child.born.month, "5"), (child.born.year, "2013")):
        edit.setText(text)
    for step in (Step.CONSENT, Step.RECIPIENT, Step.WANT, Step.SEND):
        wizard.next()
        settle()
        report[f"wizard_{step.name.lower()}"] = {**_laid_out(wizard), "step": wizard.current_step().name}
    wizard.discard()
    report.update(_dialogs_laid_out(window, settle))
    settle()
    follow_up = window.journeys.start(Journey.FOLLOW_UP)  # chasing a letter: the first page of that journey
    settle()
    report["wizard_follow_up"] = {**_laid_out(follow_up), "step": follow_up.current_step().name}
    follow_up.discard()
    window.lock()
    settle()
    report["unlock"] = _laid_out(window)
    window.close()
    # Gone before the next language: a window kept would be retranslated with it, for nothing.
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return report


if __name__ == "__main__":
    main()
