"""Issue 13 item 5: after Finish, what to do for the way the letter is sent; Help > How this works, offline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from npdrights.core.after_sending import AfterFinish, what_next
from npdrights.core.model import PostMethod
from npdrights.core.wizard_flow import Step
from npdrights.gui.help_dialogs import WhatNextDialog
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.finish_page import FinishPage
from tests.gui.journey_helpers import choose, finish, next_page, parent_sar_to_preview, unlocked_window


def test_after_finish_the_steps_for_a_posted_letter_are_shown(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    wizard = parent_sar_to_preview(qtbot, window, monkeypatch)
    next_page(qtbot, wizard, Step.FINISH)
    page = wizard.page_for(Step.FINISH)
    assert isinstance(page, FinishPage)
    choose(qtbot, page.now)
    finish(qtbot, wizard)
    qtbot.waitUntil(lambda: window.what_next_dialog is not None and window.what_next_dialog.isVisible())
    dialog = window.what_next_dialog
    assert isinstance(dialog, WhatNextDialog)
    text = dialog.steps.text()
    for words in (
        "Print the letter and the form to sign.",  # Zebedee is 13: he signs the authority form
        "Sign the letter by hand",
        "window of a DL envelope",
        "free certificate of posting",
        "Keep a copy",
        "You marked it as sent on Saturday 28 November 2026",
        "When a reply comes",
    ):
        assert words in text
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.what_next_dialog is None or not window.what_next_dialog.isVisible())


@pytest.mark.parametrize(
    ("after", "says", "not_said"),
    [
        (AfterFinish(PostMethod.SECOND_CLASS), "choose 'Mark as sent'", "Signed For"),
        (AfterFinish(PostMethod.SIGNED_FOR), "Send it Signed For at a Post Office and keep the receipt", "certificate"),
        (
            AfterFinish(PostMethod.EMAIL, to="Department for Education"),
            "Write an email to Department for Education",
            "Fold",
        ),
        (AfterFinish(PostMethod.EMAIL, forms=1), "scan or photograph it and attach it", "Post Office"),
        (AfterFinish(PostMethod.FIRST_CLASS, online_to_ico=True), "ico.org.uk/make-a-complaint", "Post Office"),
        (AfterFinish(PostMethod.FIRST_CLASS, letters=2, forms=2), "Print the 2 letters and the 2 forms to sign.", ""),
        (AfterFinish(PostMethod.FIRST_CLASS, sent_on=date(2026, 11, 27)), "on Friday 27 November 2026", "choose 'Mark"),
    ],
)
def test_the_steps_fit_the_way_it_is_sent(after: AfterFinish, says: str, not_said: str) -> None:
    text = " ".join(what_next(after))
    assert says in text
    if not_said:
        assert not_said not in text


def test_help_how_this_works_opens_offline_in_plain_words(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    window = make_window()  # works while locked too
    assert window.how_action.shortcut().toString() == "F1"
    window.menuBar().actions()[-1].menu().actions()[0].trigger()
    qtbot.waitUntil(lambda: window.how_dialog is not None and window.how_dialog.isVisible())
    browser = window.how_dialog.findChild(QTextBrowser)
    assert browser is not None
    text = browser.toPlainText()
    assert "It never connects to the internet." in text
    assert "Mark as sent" in text
    assert "Information Commission (ICO)" in text
    assert not browser.openExternalLinks()
    assert not browser.openLinks()


def test_an_emailed_request_says_whom_to_email(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from npdrights.core.wizard_flow import Journey
    from npdrights.gui.wizards.send_page import SendPage
    from tests.gui.journey_helpers import fill_child, fill_parent, start_journey, through, type_into

    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    type_into(qtbot, wizard.page_for(Step.WHO_ASKING).email, "ada@example.org")  # type: ignore[attr-defined]
    next_page(qtbot, wizard, Step.ABOUT)
    fill_child(qtbot, wizard, "Zebedee Fictionalson", (4, 5, 2013))
    through(qtbot, wizard, Step.CONSENT, Step.RECIPIENT, Step.WANT, Step.SEND)
    send = wizard.page_for(Step.SEND)
    assert isinstance(send, SendPage)
    choose(qtbot, send.send[PostMethod.EMAIL])
    through(qtbot, wizard, Step.PREVIEW, Step.FINISH)
    finish(qtbot, wizard)
    qtbot.waitUntil(lambda: window.what_next_dialog is not None and window.what_next_dialog.isVisible())
    dialog = window.what_next_dialog
    assert isinstance(dialog, WhatNextDialog)
    text = dialog.steps.text()
    assert "Write an email to the Department for Education" in text
    assert "Post Office" not in text
