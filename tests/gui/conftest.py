"""GUI fixtures: the whole window against a temporary folder, a fixed clock, and a fast key derivation."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, Qt, QTimer, QTimerEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from npdrights.app import build_services
from npdrights.core.languages import Language
from npdrights.gui.i18n import install_language, remove_language
from npdrights.gui.lock import LockCountdown
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Clock, Services
from npdrights.paths import AppPaths
from tests.conftest import FAST_KDF, PASSPHRASE

FIXED_NOW = datetime(2026, 11, 28, 10, 0)

Shown = TypeVar("Shown", bound=QWidget)


@pytest.fixture(scope="session", autouse=True)
def english_screens(qapp: QApplication) -> None:
    """As npdrights.app.main does before the first window: the screens in English, with its plural forms."""
    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """A test must never hang on a modal box; each shown box is recorded instead."""
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            shown.append((kind, f"{title}: {text}"))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))

    def answer(box: QMessageBox) -> int:  # the app's own boxes (gui/message_boxes.py) name their kind
        shown.append((box.objectName(), f"{box.windowTitle()}: {box.text()}"))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def services_in(folder: Path) -> Services:
    """The app's services on a folder of their own, with the fixed clock and the fast key derivation."""
    paths = AppPaths(data=folder / "data", config=folder / "config")
    return build_services(paths, kdf=FAST_KDF, clock=Clock(now=lambda: FIXED_NOW))


@pytest.fixture
def services(tmp_path: Path, no_keyring: None) -> Services:
    return services_in(tmp_path)


@pytest.fixture
def make_window(qtbot: QtBot, services: Services) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        settle()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.background.wait(5000)
        window.close()


@pytest.fixture
def shown_in(qapp: QApplication, services: Services) -> Iterator[Callable[[str], Language]]:
    """Switch the screens to a language (before any window is made), and back to English afterwards."""

    def switch(code: str) -> Language:
        remove_language(qapp)
        services.language = install_language(qapp, code)
        return services.language

    yield switch
    remove_language(qapp)
    install_language(qapp, "en")


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    """For a test that changes the language in Settings: English screens again afterwards."""
    yield
    remove_language(qapp)
    install_language(qapp, "en")


@pytest.fixture(scope="session")
def locked_vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, locked vault made once per test process, as `existing_vault` would make it (the same clock, key
    derivation and passphrase): copying its files costs about 1 ms, making them afresh about 10 ms. Only its
    random keys are shared between the tests that copy it, and nothing a GUI test checks compares two vaults'."""
    folder = tmp_path_factory.mktemp("vault-template")
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # as under no_keyring: nothing of it kept outside
    try:
        made = services_in(folder)
        made.vault.create(PASSPHRASE)
        made.vault.lock()
    finally:
        keyring.set_keyring(previous)
    return made.paths.data


@pytest.fixture
def existing_vault(services: Services, locked_vault_template: Path) -> Services:
    """A locked vault on the passphrase, as a parent has after the first run: a copy of the template's files (a
    real encrypted vault, opened by unlocking it like any other)."""
    shutil.copytree(locked_vault_template, services.paths.data, dirs_exist_ok=True)
    return services


def settle() -> None:
    """Deliver everything a newly shown window posts to itself (nested layout requests, zero-time timers), so a
    test clicks where things finally are. Each round can post the next layer's requests, hence a few rounds;
    no waiting on the clock."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    qtbot.keyClicks(widget, text)


def click(qtbot: QtBot, button: QWidget) -> None:
    """Click like a user: only once the button is laid out and visible (a freshly shown screen settles its
    layout on the next turn of the event loop, and a click at a zero-size widget would miss)."""
    qtbot.waitUntil(lambda: button.isVisible() and button.width() > 0 and button.height() > 0, timeout=2000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# How long Qt's QAbstractButton::animateClick() shows a button pressed before it clicks it.
ANIMATED_CLICK_MS = 100


def animated_clicks_land() -> None:
    """A button's mnemonic (Alt+letter) "animates" its click: the button goes down at once, and is clicked when a
    100 ms timer of its own fires. That timer's event is delivered now instead: the button is clicked exactly as Qt
    would do it 100 ms on (the timer stopped, so not twice), without the test waiting out the animation."""
    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None
    for top in QApplication.topLevelWidgets():
        for button in top.findChildren(QAbstractButton):
            if button.isDown():
                for timer in dispatcher.registeredTimers(button):
                    if timer.interval == ANIMATED_CLICK_MS:
                        QCoreApplication.sendEvent(button, QTimerEvent(timer.timerId))


def when_shown(kind: type[Shown], act: Callable[[Shown], None], *, timeout: float = 5.0) -> None:
    """For a modal window the test's next line opens (and stays in until it closes): `act` on it as soon as it is
    on screen, looked for at each turn of its event loop, instead of after a fixed wait. Gives up after `timeout`
    seconds, leaving the test to fail on what `act` should have done."""
    deadline = time.monotonic() + timeout

    def look() -> None:
        shown = [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, kind) and widget.isVisible()]
        if shown:
            act(shown[0])
        elif time.monotonic() < deadline:
            QTimer.singleShot(1, look)

    QTimer.singleShot(0, look)


# The shortest idle time a test's watcher is given: long enough to be a real timer, short enough not to be waited on.
QUICK_IDLE_MS = 10


def lock_when_idle(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's real way to an idle lock (the watcher, its countdown shown, the countdown's expiry) with nothing to
    count: the watcher's idle time a few milliseconds, and no seconds left in the countdown, which then ends on the
    next turn of the event loop. The countdown is seen on screen as it starts, since it is gone again so soon."""
    shown: list[bool] = []
    start = LockCountdown.start

    def start_and_look(countdown: LockCountdown) -> None:
        start(countdown)
        shown.append(countdown.isVisible())

    monkeypatch.setattr(LockCountdown, "start", start_and_look)
    window.countdown_seconds = 0
    with qtbot.waitSignal(window.locked, timeout=5000):
        window.watcher.set_timeout(QUICK_IDLE_MS)
    assert shown == [True]
    monkeypatch.setattr(LockCountdown, "start", start)
