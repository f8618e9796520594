"""'What this letter says' (issue 18): beside the English letter, the preview says in the screens' language what
the letter asks, by when the organisation must answer (the date written that language's way) and what comes next.
On English screens the same summary is called "In short". A screen reader reaches it as text."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from npdrights.core.languages import Language
from npdrights.core.letters.meaning import answer_date
from npdrights.core.model import PostMethod
from npdrights.core.wizard_flow import Step
from npdrights.gui.i18n import screen_date
from npdrights.gui.letter_view import LetterView
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.preview_page import PreviewPage
from tests.gui.accessibility import text_read_aloud
from tests.gui.conftest import FIXED_NOW, settle
from tests.gui.journey_helpers import parent_sar_to_preview, unlocked_window, window_with_filled_cases


@functools.cache
def due() -> date | None:
    """The wizard's letter is dated on the fixed "today" and posted first class. Worked out when a test asks, not at
    import: that loaded the bank holidays during every worker's collection (issue 12)."""
    return answer_date("sar-dfe", FIXED_NOW.date(), PostMethod.FIRST_CLASS)


def _open_meaning_tab(qtbot: QtBot, view: LetterView) -> str:
    """Click the third tab, as a user would, and read what a screen reader hears there."""
    bar = view.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert view.currentWidget() is view.meaning
    return text_read_aloud(view.meaning)


def _starts_at_the_right(view: LetterView) -> bool:
    return bool(view.meaning.document().defaultTextOption().alignment() & Qt.AlignmentFlag.AlignRight)


def _preview(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> LetterView:
    page = parent_sar_to_preview(qtbot, window, monkeypatch).page_for(Step.PREVIEW)
    assert isinstance(page, PreviewPage)
    return page.view


def test_english_screens_say_in_short_what_the_letter_asks_and_by_when(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _preview(qtbot, unlocked_window(make_window, services), monkeypatch)
    assert view.tabText(2) == "In short"
    said = _open_meaning_tab(qtbot, view)
    due_date = due()
    assert due_date is not None
    assert said.startswith("This letter asks the Department for Education for a copy of everything it holds")
    assert f"The organisation must answer by {screen_date(due_date)}." in said
    assert "What happens next: once the letter is posted" in said
    assert "The letter is in English" not in said  # no need to say so on English screens
    assert view.meaning.isReadOnly()
    assert view.meaning.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


@pytest.mark.parametrize(
    ("code", "title", "english_note", "due_words", "asks"),
    [
        (
            "pl",
            "Co mówi ten list",
            "List jest po angielsku",
            "4 stycznia 2027",
            "Ten list prosi Departament Edukacji (DfE)",
        ),
        ("ur", "یہ خط کیا کہتا ہے", "خط انگریزی میں ہے", "4 جنوری 2027", "یہ خط محکمۂ تعلیم"),
    ],
)
def test_the_preview_explains_the_english_letter_in_the_familys_language(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    shown_in: Callable[[str], Language],
    code: str,
    title: str,
    english_note: str,
    due_words: str,
    asks: str,
) -> None:
    shown_in(code)
    view = _preview(qtbot, unlocked_window(make_window, services), monkeypatch)
    assert date(2027, 1, 4) == due()
    assert view.tabText(2) == title
    said = _open_meaning_tab(qtbot, view)
    assert said.startswith(english_note)  # first: why the letter itself is in English
    assert asks in said
    assert due_words in said
    assert "January" not in said  # the date is written the language's way
    assert "National Pupil Database" in view.plain_text()  # the letter itself stays English


def test_the_summary_follows_a_change_of_language_while_it_is_open(
    qtbot: QtBot, qapp: QApplication, shown_in: Callable[[str], Language]
) -> None:
    view = LetterView("Letter preview")
    qtbot.addWidget(view)
    view.set_meaning("reminder", date(2027, 1, 15))
    assert "The letter asks for an answer by 15 January 2027." in view.meaning_said()
    shown_in("pl")
    settle()  # Qt posts the change of language to every window
    assert view.tabText(2) == "Co mówi ten list"
    assert "15 stycznia 2027" in view.meaning_said()
    shown_in("ur")
    settle()
    assert view.tabText(1) != "Letter as text"
    assert "15 جنوری 2027" in view.meaning_said()
    assert _starts_at_the_right(view)  # Urdu's lines start at the right
    shown_in("en")
    settle()
    assert view.tabText(2) == "In short"
    assert not _starts_at_the_right(view)


def test_a_form_has_no_summary_tab(qtbot: QtBot) -> None:
    view = LetterView("Letter preview")
    qtbot.addWidget(view)
    view.set_meaning("child-authority", None)
    assert not view.isTabVisible(2)
    view.set_meaning("complaint-ico", None)
    assert view.isTabVisible(2)
    assert "No law sets a date for the ICO's answer." in view.meaning_said()


def test_a_kept_letter_on_the_case_page_says_by_when_as_the_case_stands(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = window_with_filled_cases(qtbot, make_window, services)
    window.cases_view.open_case("c-overdue")
    detail = window.cases_view.detail
    detail.view_letter()
    view = detail.previews[-1].findChild(LetterView)
    assert view is not None
    state = detail.file.state if detail.file is not None else None
    assert state is not None
    assert state.response is not None
    said = _open_meaning_tab(qtbot, view)
    assert f"must answer by {screen_date(state.response.due)}" in said
    detail.previews[-1].reject()
