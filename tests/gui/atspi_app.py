"""Run by scripts/atspi_audit.py in a process of its own, under Xvfb with the accessibility bus on: npdrights with
fictional cases in a temporary folder, in the language named on the command line (English if none), going from
screen to screen when told.

Each line read from stdin moves on to the next screen; once it is shown and settled, this prints
"SHOWN <screen>" and waits for the next line, so the test can read the accessibility bus meanwhile.
"DONE" is printed, and the app quits, on the line after the last screen. A screen that cannot be shown prints
"FAILED <screen>: <what went wrong>" instead, so the reader never waits for a screen that will not come.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from PySide6.QtCore import QSocketNotifier, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def main() -> None:
    from npdrights.core.wizard_flow import Step

    # Jumping straight to the preview (setStartId + restart, with nothing typed) crashes Qt inside restart(); a
    # user can only reach it through the pages before. Finish needs a rendered letter. The in-process audit
    # (tests/gui/test_accessibility_audit.py) covers both with a real letter.
    not_here = {Step.FOLLOW_UP, Step.PREVIEW, Step.FINISH}
    app = QApplication(["npdrights"])
    app.setApplicationName("npdrights")
    from npdrights.gui.i18n import install_language

    language = install_language(app, sys.argv[1] if len(sys.argv) > 1 else "en")  # before the first window

    from npdrights.app import build_services
    from npdrights.core.wizard_flow import Journey
    from npdrights.gui.main_window import MainWindow
    from npdrights.gui.services import Clock
    from npdrights.gui.settings_dialog import SettingsDialog
    from npdrights.gui.wizards.start_dialog import StartDialog
    from npdrights.paths import AppPaths
    from npdrights.storage.repository import Repository
    from npdrights.storage.settings import Settings
    from tests.conftest import FAST_KDF, PASSPHRASE
    from tests.tracker_fixtures import fill

    home = Path(tempfile.mkdtemp())
    services = build_services(
        AppPaths(data=home / "data", config=home / "config"),
        kdf=FAST_KDF,
        clock=Clock(now=lambda: datetime(2026, 11, 28, 10, 0)),
    )
    services.language = language
    window = MainWindow(services)
    window.resize(1200, 800)
    window.show()
    open_dialogs: list[QWidget] = []

    def close_dialogs() -> None:
        for dialog in open_dialogs:
            discard = getattr(dialog, "discard", None)  # a wizard with answers would ask (modally) what to keep
            if discard is not None:
                discard()
            dialog.close()
        open_dialogs.clear()

    def show(dialog: QWidget) -> None:
        open_dialogs.append(dialog)
        dialog.show()

    def locked() -> None:
        services.vault.create(PASSPHRASE)
        fill(Repository(services.vault.database))
        window.lock()

    def cases() -> None:
        services.vault.unlock_with_passphrase(PASSPHRASE)
        window._enter_cases()
        while window.cases_view.loading:
            app.processEvents()

    def wizard_at(step: Step) -> Callable[[], None]:
        def go() -> None:
            close_dialogs()
            wizard = window.journeys.start(Journey.ASK)
            wizard.setStartId(int(step))
            wizard.restart()
            open_dialogs.append(wizard)

        return go

    def settings() -> None:
        close_dialogs()
        show(SettingsDialog(Settings(), keychain_available=True, remembered=False, parent=window))

    screens: list[tuple[str, Callable[[], None]]] = [
        ("create vault", lambda: None),
        ("unlock", locked),
        ("unlock with recovery code", window.unlock_view.show_recovery_mode),
        ("cases list", cases),
        ("case detail", lambda: window.cases_view.open_case("c-overdue")),
        ("start a new request", lambda: show(StartDialog(window))),
        *((f"wizard: {step.name.lower()}", wizard_at(step)) for step in Step if step not in not_here),
        ("settings", settings),
    ]

    remaining = iter(screens)

    def next_screen() -> None:
        """Called on each line from the test. The event loop keeps running meanwhile: Qt answers the
        accessibility bus from it, so the app must never block on stdin."""
        if not sys.stdin.readline():
            app.quit()  # the test has gone
            return
        step = next(remaining, None)
        if step is None:
            close_dialogs()
            print("DONE", flush=True)
            app.quit()
            return
        name, go = step
        try:
            go()
        except Exception as error:  # reported to the reader, which lists it with the screen
            print(f"FAILED {name}: {type(error).__name__}: {error}", flush=True)
            return
        QTimer.singleShot(300, lambda: print(f"SHOWN {name}", flush=True))  # once laid out and registered

    listener = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    listener.activated.connect(next_screen)
    app.exec()
    window.close()


if __name__ == "__main__":
    main()
