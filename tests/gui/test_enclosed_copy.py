"""Issue 13 item 3: a reminder says "A copy is enclosed", so it prints with a copy of the first letter (a tick-box,
on by default), and the preview says what prints together."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from npdrights.bundled import letter_templates, recipients_directory
from npdrights.core.letters import build_letter
from npdrights.core.next_steps import ActionKind
from npdrights.core.wizard_flow import Step
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.finish_page import FinishPage
from npdrights.gui.wizards.preview_page import PreviewPage
from npdrights.pdf.letter_pdf import render_pdf
from npdrights.storage.repository import Repository
from tests.gui.journey_helpers import choose, finish, through, unlocked_window, wait_for_preview
from tests.gui.test_journeys import SENT, overdue_case


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _with_printed_first_letter(services: Services) -> tuple[str, int]:
    """The overdue case, its first letter stored as the real PDF it was printed as. Returns its id and pages."""
    case_id = overdue_case(services)
    repository = Repository(services.vault.database)
    (stored,) = repository.letters(case_id)
    from npdrights.core.letters import answers_from_json

    letter = build_letter(
        "sar-dfe",
        replace(answers_from_json(dict(stored.answers)), reference=stored.reference),
        today=SENT,
        templates=letter_templates(),
        recipients=recipients_directory(),
    )
    pdf = render_pdf(letter)
    repository.delete_letter(stored.id)
    repository.add_letter(stored, pdf)
    return case_id, len(_pages(pdf))


@pytest.mark.parametrize("ticked", [True, False])
def test_a_reminder_prints_with_a_copy_of_the_first_letter_when_the_box_is_ticked(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, ticked: bool
) -> None:
    window = unlocked_window(make_window, services)
    case_id, first_pages = _with_printed_first_letter(services)
    window.start_follow_up(case_id, ActionKind.REMINDER)
    wizard = window.journeys.wizard
    assert wizard is not None
    through(qtbot, wizard, Step.SEND, Step.PREVIEW)
    preview = wizard.page_for(Step.PREVIEW)
    assert isinstance(preview, PreviewPage)
    assert preview.enclose.isVisible()
    assert preview.enclose.isChecked()  # on by default
    assert "followed by a copy of your letter of 1 September 2026. They print together." in preview.summary.text()
    if not ticked:
        qtbot.mouseClick(preview.enclose, Qt.MouseButton.LeftButton, pos=QPoint(8, preview.enclose.height() // 2))
        assert not preview.enclose.isChecked()
        wait_for_preview(qtbot, wizard)
        assert "put one in the envelope" in preview.summary.text()
    through(qtbot, wizard, Step.FINISH)
    finish_page = wizard.page_for(Step.FINISH)
    assert isinstance(finish_page, FinishPage)
    choose(qtbot, finish_page.now)
    assert finish(qtbot, wizard) == [case_id]

    repository = Repository(services.vault.database)
    _first, reminder = repository.letters(case_id)
    pages = _pages(repository.letter_pdf(reminder.id))
    reminder_pages = [text for text in pages if "28 November 2026\nPage" in text]  # each page's footer
    copied = [text for text in pages if "1 September 2026\nPage" in text]
    assert "Reminder" in reminder_pages[0]
    assert pages[: len(reminder_pages)] == reminder_pages  # the reminder first
    if ticked:
        assert len(copied) == first_pages
        assert len(pages) == len(reminder_pages) + first_pages
        assert "This is a subject access request" in "".join(copied)  # the first letter's own words
    else:
        assert copied == []
        assert len(pages) == len(reminder_pages)


def test_without_a_printable_copy_the_preview_says_to_enclose_one(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = unlocked_window(make_window, services)
    case_id = overdue_case(services)  # its stored "PDF" is not one pypdf can read
    window.start_follow_up(case_id, ActionKind.REMINDER)
    wizard = window.journeys.wizard
    assert wizard is not None
    through(qtbot, wizard, Step.SEND, Step.PREVIEW)
    preview = wizard.page_for(Step.PREVIEW)
    assert isinstance(preview, PreviewPage)
    assert "npdrights has no copy of your letter of 1 September 2026 it can print" in preview.summary.text()
