"""The case page of an adviser's case says whether the family's signed authority still covers writing today;
a family's own case says nothing about it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from npdrights.core.model import Relationship
from npdrights.gui.cases.authority_dialog import AuthorityDialog
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.storage.repository import Repository
from tests.conftest import PASSPHRASE
from tests.gui.conftest import click, type_into
from tests.gui.test_unlock_and_lock import _unlock
from tests.statistics_vault import fill


@pytest.fixture
def window(qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services) -> MainWindow:
    existing_vault.vault.unlock_with_passphrase(PASSPHRASE)
    repository = Repository(existing_vault.vault.database)
    fill(repository)
    for case_id, expires in (("case-1", date(2026, 12, 10)), ("case-2", None)):
        case = repository.case(case_id)
        assert case is not None
        repository.update_case(
            replace(
                case,
                relationship=Relationship.ADVISER,
                authority_signed=date(2026, 1, 5) if expires else None,
                authority_expires=expires,
            )
        )
    existing_vault.vault.lock()
    made = make_window()
    with qtbot.waitSignal(made.unlocked, timeout=5000):
        _unlock(qtbot, made)
    return made


@pytest.mark.parametrize(
    ("case_id", "shown"),
    [
        ("case-1", "⚠ The family's signed authority ends on Thursday 10 December 2026, in 12 days."),
        ("case-2", "⚠ No signed authority from the family is recorded."),
        ("case-3", ""),  # a parent's own case
    ],
)
def test_the_case_page_says_where_the_authority_stands(window: MainWindow, case_id: str, shown: str) -> None:
    view = window.cases_view
    view.open_case(case_id)
    label = view.detail.authority
    assert label.text().startswith(shown)
    assert label.isVisible() is bool(shown)
    window.lock()
    assert label.text() == ""


def test_recording_the_authority_from_the_case_page(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.cases_view
    view.open_case("case-2")
    detail = view.detail
    assert detail.authority_button.isVisible()

    def fill_in(dialog: AuthorityDialog) -> int:
        dialog.show()
        for field, (day, month, year) in ((dialog.signed, ("3", "2", "2026")), (dialog.expires, ("3", "2", "2025"))):
            for edit, text in ((field.day, day), (field.month, month), (field.year, year)):
                type_into(qtbot, edit, text)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        assert "must end after the day it was signed" in dialog.message.text()  # refused, still open
        dialog.expires.year.clear()
        type_into(qtbot, dialog.expires.year, "2027")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        return int(dialog.result())

    monkeypatch.setattr(AuthorityDialog, "exec", fill_in)
    click(qtbot, detail.authority_button)
    qtbot.waitUntil(lambda: "It lasts until Wednesday 3 February 2027" in detail.authority.text(), timeout=3000)
    case = Repository(window.vault.database).case("case-2")
    assert case is not None
    assert (case.authority_signed, case.authority_expires) == (date(2026, 2, 3), date(2027, 2, 3))
