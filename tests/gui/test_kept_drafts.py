"""Issue 13 item 1: a half-written letter survives an auto-lock (or Ctrl+L), encrypted in the vault.

The countdown before an auto-lock and its "Keep working"; the draft kept at the lock; the unlock screen saying
why; carrying on after unlocking with every answer on the same page; drafts listed and deletable; and no answer
on disk in clear (a scan of every file npdrights wrote).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from npdrights.core.wizard_flow import Journey, Step
from npdrights.gui.main_window import DraftChoice, MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.journey_wizard import CancelChoice, JourneyWizard
from npdrights.service.drafts import DraftListing
from npdrights.storage.repository import Repository
from tests.conftest import PASSPHRASE
from tests.gui.conftest import QUICK_IDLE_MS, click, lock_when_idle, settle, type_into
from tests.gui.journey_helpers import (
    fill_child,
    fill_parent,
    finish,
    next_page,
    start_journey,
    through,
    unlocked_window,
    wait_for_preview,
)

CHILD = "Zebedee Fictionalson"
PARENT = "Ada Fictionalson"


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    edit = window.unlock_view.passphrase.edit
    edit.clear()
    type_into(qtbot, edit, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def _half_written(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """A parent's request to the DfE, stopped on the sending page."""
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard, name=PARENT)
    next_page(qtbot, wizard, Step.ABOUT)
    fill_child(qtbot, wizard, CHILD, (4, 5, 2013))
    through(qtbot, wizard, Step.CONSENT, Step.RECIPIENT, Step.WANT, Step.SEND)


def _answer_after_unlock(monkeypatch: pytest.MonkeyPatch, choice: DraftChoice) -> list[tuple[DraftListing, str]]:
    asked: list[tuple[DraftListing, str]] = []

    def ask(_self: MainWindow, listing: DraftListing, note: str) -> DraftChoice:
        asked.append((listing, note))
        return choice

    monkeypatch.setattr(MainWindow, "ask_about_kept_draft", ask)
    return asked


def _carry_on_from_the_list(qtbot: QtBot, window: MainWindow, page: Step) -> JourneyWizard:
    """Press Carry on beside the first unfinished letter; the journey opens on `page`."""
    panel = window.cases_view.drafts
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    click(qtbot, panel.carry_on_buttons[panel.listings[0].id])
    wizard = window.journeys.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.current_step() is page, timeout=5000)
    return wizard


def _auto_lock(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    lock_when_idle(qtbot, window, monkeypatch)
    window._set_auto_lock(10)  # back to the usual time, so it doesn't lock again while the test goes on


def test_the_countdown_shows_and_keep_working_cancels_it(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = unlocked_window(make_window, services)
    window.countdown_seconds = 60
    window.watcher.set_timeout(QUICK_IDLE_MS)
    qtbot.waitUntil(lambda: window.countdown is not None and window.countdown.isVisible(), timeout=5000)
    countdown = window.countdown
    assert countdown is not None
    assert "lock in 60 seconds" in countdown.message.text()
    click(qtbot, countdown.keep_button)
    assert window.countdown is None
    assert services.vault.is_unlocked
    assert window.watcher.active  # counting again from now
    window.watcher.set_timeout(60_000)
    qtbot.wait(300)
    assert window.countdown is None
    assert services.vault.is_unlocked


def test_the_countdown_wakes_as_each_second_goes_and_ends_at_the_deadline(qtbot: QtBot) -> None:
    """The number shown goes down the moment a second has passed, not up to a beat later."""
    from npdrights.gui.lock import LockCountdown

    now = [100.0]
    countdown = LockCountdown(2, monotonic=lambda: now[0])
    qtbot.addWidget(countdown)
    expired: list[bool] = []
    countdown.expired.connect(lambda: expired.append(True))
    countdown.start()
    assert countdown._ticker.interval() == 1000  # when "2 seconds" becomes "1 second"
    now[0] = 100.25  # woken early (a timer may be): still 2, and the rest of the second to go
    countdown._tick()
    assert "lock in 2 seconds" in countdown.message.text()
    assert countdown._ticker.interval() == 750
    now[0] = 101.0
    countdown._tick()
    assert "lock in 1 second " in countdown.message.text()
    assert countdown._ticker.interval() == 1000
    assert expired == []
    now[0] = 102.0
    countdown._tick()
    assert expired == [True]
    assert not countdown.isVisible()


def test_an_auto_lock_keeps_the_letter_and_it_carries_on_after_unlocking(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    _half_written(qtbot, window, monkeypatch)
    wizard = window.journeys.wizard
    assert wizard is not None
    before = replace(wizard.draft)
    _auto_lock(qtbot, window, monkeypatch)
    assert window.journeys.wizard is None
    said = window.unlock_view.message.text()
    assert "npdrights locked itself after 10 minutes without use" in said
    assert "Your unfinished letter was kept" in said

    asked = _answer_after_unlock(monkeypatch, DraftChoice.CARRY_ON)
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.journeys.wizard is not None, timeout=5000)
    ((listing, note),) = asked
    assert listing.title == f"Find out what is held: {CHILD}"
    assert "locked itself after 10 minutes" in note
    assert "was kept" in note
    resumed = window.journeys.wizard
    assert resumed is not None
    assert resumed.current_step() is Step.SEND  # the page it was on, Back going through the pages before
    assert resumed.draft == before  # every answer
    assert resumed.button(QWizard.WizardButton.BackButton).isEnabled()
    through(qtbot, resumed, Step.PREVIEW)
    next_page(qtbot, resumed, Step.FINISH)
    finish(qtbot, resumed)
    repository = Repository(services.vault.database)
    assert repository.drafts() == []  # finished: no longer a draft
    assert len(repository.cases()) == 1


def test_the_kept_draft_is_never_on_disk_in_clear(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    _half_written(qtbot, window, monkeypatch)
    _auto_lock(qtbot, window, monkeypatch)
    files = [path for folder in (services.paths.data, services.paths.config) for path in Path(folder).rglob("*")]
    scanned = [path for path in files if path.is_file()]
    assert scanned
    for path in scanned:
        raw = path.read_bytes()
        for needle in (CHILD, PARENT, "Fictionalson", "12 Imaginary Road", "EX1 2AB", "2013-05-04"):
            for encoding in ("utf-8", "utf-16-le"):
                assert needle.encode(encoding) not in raw, f"{needle!r} in clear in {path.name}"
    services.vault.unlock_with_passphrase(PASSPHRASE)
    (kept,) = Repository(services.vault.database).drafts()  # but it is there, inside the vault
    assert kept.answers["draft"]["pupils"][0]["name"] == CHILD


def test_ctrl_l_keeps_the_draft_and_it_is_listed_and_deletable(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    _half_written(qtbot, window, monkeypatch)
    wizard = window.journeys.wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isActiveWindow)
    with qtbot.waitSignal(window.locked, timeout=5000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert "Your unfinished letter was kept" in window.unlock_view.message.text()

    _answer_after_unlock(monkeypatch, DraftChoice.LATER)
    _unlock(qtbot, window)
    panel = window.cases_view.drafts
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    assert len(panel.listings) == 1
    assert "Draft: Find out what is held: Zebedee Fictionalson" in " ".join(
        label.text() for label in panel.findChildren(type(panel.headline))
    )
    draft_id = panel.listings[0].id
    monkeypatch.setattr(MainWindow, "ask_delete_draft", lambda _self, _listing: True)
    click(qtbot, panel.delete_buttons[draft_id])
    assert Repository(services.vault.database).drafts() == []
    assert not panel.isVisible()


def test_carry_on_from_the_list_then_cancel_throws_the_draft_away(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    _half_written(qtbot, window, monkeypatch)
    window.lock()
    _answer_after_unlock(monkeypatch, DraftChoice.LATER)
    _unlock(qtbot, window)
    panel = window.cases_view.drafts
    wizard = _carry_on_from_the_list(qtbot, window, Step.SEND)
    assert wizard.draft.pupils[0].name == CHILD
    monkeypatch.setattr(type(wizard), "ask_on_cancel", lambda _self: CancelChoice.THROW_AWAY)
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: window.journeys.wizard is None)
    assert Repository(services.vault.database).drafts() == []
    assert not panel.isVisible()


def test_throw_it_away_after_unlocking(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    _half_written(qtbot, window, monkeypatch)
    window.lock()
    asked = _answer_after_unlock(monkeypatch, DraftChoice.THROW_AWAY)
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert Repository(services.vault.database).drafts() == []
    assert window.journeys.wizard is None
    assert not window.cases_view.drafts.isVisible()


def test_locking_with_nothing_typed_keeps_no_draft(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    start_journey(qtbot, window, monkeypatch, Journey.ASK)
    window.lock()
    assert window.unlock_view.message.text() == "" or not window.unlock_view.message.isVisible()
    services.vault.unlock_with_passphrase(PASSPHRASE)
    assert Repository(services.vault.database).drafts() == []


def test_the_reference_is_random_kept_across_previews_and_a_lock_and_saved_with_the_case(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13 item 9: the tag is picked once per child, at random, and stays with the draft and the case."""
    window = unlocked_window(make_window, services)
    _half_written(qtbot, window, monkeypatch)
    wizard = window.journeys.wizard
    assert wizard is not None
    through(qtbot, wizard, Step.PREVIEW)
    preview = wizard.page_for(Step.PREVIEW)
    first = preview.prepared[0].letter.reference  # type: ignore[attr-defined]
    assert first.startswith("NPD-SAR-20261128-")
    tag = first.rsplit("-", 1)[1]
    assert tag == wizard.draft.pupils[0].reference_tag
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    through(qtbot, wizard, Step.PREVIEW)
    assert preview.prepared[0].letter.reference == first  # type: ignore[attr-defined]
    window.lock()
    _answer_after_unlock(monkeypatch, DraftChoice.CARRY_ON)
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.journeys.wizard is not None, timeout=5000)
    resumed = window.journeys.wizard
    assert resumed is not None
    qtbot.waitUntil(lambda: resumed.current_step() is Step.PREVIEW, timeout=5000)
    wait_for_preview(qtbot, resumed)
    through(qtbot, resumed, Step.FINISH)
    (case_id,) = finish(qtbot, resumed)
    case = Repository(services.vault.database).case(case_id)
    assert case is not None
    assert case.reference == first


def test_a_draft_that_cannot_be_kept_never_stops_the_lock(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from npdrights.service.drafts import Drafts
    from npdrights.storage.errors import VaultError

    window = unlocked_window(make_window, services)
    _half_written(qtbot, window, monkeypatch)

    def full_disk(*_args: object) -> str:
        raise VaultError("The disk is full.")

    monkeypatch.setattr(Drafts, "keep", full_disk)
    window.lock()
    assert not services.vault.is_unlocked
    assert "Your unfinished letter could not be kept: The disk is full." in window.unlock_view.message.text()

    _unlock(qtbot, window)
    _half_written(qtbot, window, monkeypatch)

    def bug(*_args: object) -> str:
        raise RuntimeError("a programming error")

    monkeypatch.setattr(Drafts, "keep", bug)
    with pytest.raises(RuntimeError):  # not swallowed...
        window.lock()
    assert not services.vault.is_unlocked  # ...but locked all the same
    assert window.journeys.wizard is None
    assert "could not be kept" in window.unlock_view.message.text()


def test_cancel_can_keep_the_letter_as_a_draft(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    _half_written(qtbot, window, monkeypatch)
    wizard = window.journeys.wizard
    assert wizard is not None
    monkeypatch.setattr(type(wizard), "ask_on_cancel", lambda _self: CancelChoice.KEEP)
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: window.journeys.wizard is None)
    (kept,) = Repository(services.vault.database).drafts()
    assert kept.answers["step"] == int(Step.SEND)
    resumed = _carry_on_from_the_list(qtbot, window, Step.SEND)
    assert resumed.draft.pupils[0].name == CHILD


def test_a_kept_follow_up_whose_case_was_deleted_is_not_saved_and_says_why(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    no_blocking_message_boxes: list[tuple[str, str]],
) -> None:
    from npdrights.core.next_steps import ActionKind
    from tests.gui.test_journeys import overdue_case

    window = unlocked_window(make_window, services)
    case_id = overdue_case(services)
    window.start_follow_up(case_id, ActionKind.REMINDER)
    wizard = window.journeys.wizard
    assert wizard is not None
    through(qtbot, wizard, Step.SEND, Step.PREVIEW)
    window.lock()
    _answer_after_unlock(monkeypatch, DraftChoice.LATER)
    _unlock(qtbot, window)
    Repository(services.vault.database).delete_case(case_id)  # meanwhile, elsewhere
    resumed = _carry_on_from_the_list(qtbot, window, Step.PREVIEW)
    wait_for_preview(qtbot, resumed)
    next_page(qtbot, resumed, Step.FINISH)
    click(qtbot, resumed.button(QWizard.WizardButton.FinishButton))
    assert any("no longer in your vault" in text for _kind, text in no_blocking_message_boxes)
    assert resumed.isVisible()  # nothing lost: the answers are still there
    assert Repository(services.vault.database).cases() == []


def test_many_drafts_scroll_instead_of_pushing_the_cases_away(qtbot: QtBot) -> None:
    from datetime import datetime

    from npdrights.gui.cases.drafts_panel import VISIBLE_LINES, DraftsPanel

    panel = DraftsPanel()
    qtbot.addWidget(panel)
    panel.resize(800, 600)
    listings = [
        DraftListing(f"d{n}", datetime(2026, 11, 28, 9, n), f"Chase or complain: Child {n}", None) for n in range(8)
    ]
    panel.show_drafts(listings)
    qtbot.waitExposed(panel)
    settle()
    assert panel.scroll_area.height() <= panel.fontMetrics().lineSpacing() * VISIBLE_LINES
    assert panel.scroll_area.verticalScrollBar().maximum() > 0  # the rest are a scroll away
    assert len(panel.delete_buttons) == 8
    assert not any(button.isEnabled() for button in panel.carry_on_buttons.values())  # unreadable: delete only
