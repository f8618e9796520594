"""Issue 16, items 2 and 3: copies that leave the vault from the case page are entered in the audit trail, by kind
only (a stored letter saved as a PDF or printed, an attached file saved elsewhere), as the triggers enter changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from pytestqt.qtbot import QtBot

from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.storage import audit
from npdrights.storage.repository import Repository
from tests.conftest import PASSPHRASE
from tests.gui.conftest import click
from tests.gui.test_unlock_and_lock import _unlock
from tests.tracker_fixtures import TINY_PDF, fill


@pytest.fixture
def window(qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services) -> MainWindow:
    existing_vault.vault.unlock_with_passphrase(PASSPHRASE)
    fill(Repository(existing_vault.vault.database))
    existing_vault.vault.lock()
    made = make_window()
    with qtbot.waitSignal(made.unlocked, timeout=5000):
        _unlock(qtbot, made)
    made._enter_cases()
    qtbot.waitUntil(lambda: not made.cases_view.loading, timeout=10_000)
    made.cases_view.open_case("c-overdue")
    return made


def _newest(window: MainWindow) -> audit.Entry:
    return audit.entries(window.vault.database.connection, limit=1)[0]


def test_saving_a_stored_letter_as_a_pdf_is_entered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_to = tmp_path / "letter.pdf"

    def save(_parent: object, _suggested: str, pdf: bytes) -> Path:
        saved_to.write_bytes(pdf)
        return saved_to

    monkeypatch.setattr("npdrights.gui.printing.save_pdf", save)
    detail = window.cases_view.detail
    detail.view_letter()
    before = _newest(window).seq
    click(qtbot, detail.previews[-1].save_button)
    entry = _newest(window)
    assert (entry.seq, entry.kind, entry.case_id) == (before + 1, audit.LETTER_SAVED, "c-overdue")
    assert entry.detail == "sar-dfe"  # the letter's kind: never its text or whom it names
    assert audit.verify(window.vault.database.connection).intact


def _print_dialog_answers(monkeypatch: pytest.MonkeyPatch, answer: QPrintDialog.DialogCode, pdf: Path) -> None:
    """The user's answer to the print dialog, without showing it. Accepted, the letter goes to a PDF file (the
    dialog's "print to PDF"), never to a real printer."""

    def exec_(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        # A 300 dpi printer: the same path as print-to-file's 1,200 dpi, with a sixteenth of the pixels to render.
        dialog.printer().setResolution(300)
        dialog.printer().setOutputFileName(str(pdf))
        return int(answer.value)

    monkeypatch.setattr(QPrintDialog, "exec", exec_)


def test_printing_a_stored_letter_is_entered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed_to = tmp_path / "printed.pdf"
    _print_dialog_answers(monkeypatch, QPrintDialog.DialogCode.Accepted, printed_to)
    detail = window.cases_view.detail
    detail.view_letter()
    before = _newest(window).seq
    click(qtbot, detail.previews[-1].print_button)
    assert printed_to.read_bytes().startswith(b"%PDF")
    entry = _newest(window)
    assert (entry.seq, entry.kind, entry.case_id, entry.detail) == (
        before + 1,
        audit.LETTER_PRINTED,
        "c-overdue",
        "sar-dfe",  # the letter's kind: never its text or whom it names
    )
    assert audit.verify(window.vault.database.connection).intact


def test_cancelling_the_print_dialog_enters_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed_to = tmp_path / "printed.pdf"
    _print_dialog_answers(monkeypatch, QPrintDialog.DialogCode.Rejected, printed_to)
    detail = window.cases_view.detail
    detail.view_letter()
    before = _newest(window).seq
    click(qtbot, detail.previews[-1].print_button)
    assert _newest(window).seq == before
    assert not printed_to.exists()


def test_a_letter_preview_closed_without_saving_enters_nothing(qtbot: QtBot, window: MainWindow) -> None:
    detail = window.cases_view.detail
    before = _newest(window).seq
    detail.view_letter()
    detail.previews[-1].reject()
    assert _newest(window).seq == before


def test_saving_an_attached_file_elsewhere_is_entered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = tmp_path / "Zebedee reply.pdf"
    scan.write_bytes(TINY_PDF)
    detail = window.cases_view.detail
    detail.attach_paths([scan])
    assert _newest(window).kind == audit.FILE_ATTACHED
    monkeypatch.setattr("npdrights.gui.cases.detail.ask_export_path", lambda *_args: tmp_path / "copy.pdf")
    detail.attachments_view.selectRow(0)
    click(qtbot, detail.export_file_button)
    entry = _newest(window)
    assert (entry.kind, entry.case_id, entry.detail) == (audit.FILE_EXPORTED, "c-overdue", "application/pdf")
    assert "Zebedee" not in repr(audit.entries(window.vault.database.connection))
