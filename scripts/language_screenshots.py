"""Screenshots of the first screens in each translation (issue 18): the Create-your-vault screen, the start screen
("What do you want to do?"), the first page of a request ("Who is asking?") and the next, about the child ("Who is
it about?"), the cases list and a case's page, and a kept letter's "What this letter says", in Polish and in Urdu.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/language_screenshots.py [--out docs/screenshots]
One process per language, as the app starts in one language. Urdu needs a font with Arabic script on the
machine (the app uses the system's fonts; e.g. Debian's fonts-paktype). Uses a throwaway data folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from npdrights.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

LANGUAGES = ("pl", "ur")
PASSPHRASE = "kettle orange bicycle meadow"


def shoot(code: str, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from npdrights.app import build_services
    from npdrights.core.model import Relationship
    from npdrights.core.wizard_flow import Journey, Step
    from npdrights.gui.i18n import install_language
    from npdrights.gui.main_window import MainWindow
    from npdrights.gui.services import Clock
    from npdrights.gui.wizards.people_pages import WhoAskingPage
    from npdrights.gui.wizards.start_dialog import StartDialog
    from npdrights.paths import AppPaths
    from npdrights.storage.keyslots import KdfParams

    app = QApplication([])
    language = install_language(app, code)  # before the first window, as npdrights.app.main does
    home = Path(tempfile.mkdtemp())
    services = build_services(
        AppPaths(data=home / "data", config=home / "config"),
        kdf=KdfParams(1, 8192, 1),
        clock=Clock(now=lambda: datetime(2026, 11, 28, 10, 0)),
    )
    services.language = language
    window = MainWindow(services)
    window.resize(960, 680)
    window.show()

    def shot(name: str, widget: QWidget) -> None:
        for _ in range(10):
            app.processEvents()
        path = out / f"{name}-{code}.png"
        widget.grab().save(str(path))
        print(path)

    window.create_view.passphrase.edit.setText(PASSPHRASE)
    window.create_view.confirm.edit.setText(PASSPHRASE)
    shot("language-1-create-vault", window)
    services.vault.create(PASSPHRASE)
    window._enter_cases()
    start = StartDialog(window)
    start.show()
    shot("language-2-start", start)
    start.reject()
    wizard = window.journeys.start(Journey.ASK)
    wizard.resize(960, 680)
    page = wizard.page_for(Step.WHO_ASKING)
    assert isinstance(page, WhoAskingPage)
    page.buttons[Relationship.PARENT].setChecked(True)  # a parent: the page as most families see it
    shot("language-3-who-is-asking", wizard)
    page.name.setText("Alex Sample")
    page.address.set_lines(["1 Example Road", "Exampleton"])
    page.postcode.setText("EX1 2AB")
    wizard.next()
    shot("language-4-who-is-it-about", wizard)
    wizard.discard()
    _what_the_letter_says(window, shot)
    window.how_this_works()  # Help > How this works, in the screens' language
    shot("language-8-how-it-works", window.how_dialog)
    window.how_dialog.close()
    window.close()


def _what_the_letter_says(window: MainWindow, shot: Callable[[str, QWidget], None]) -> None:
    """A fictional case's kept letter, on its "What this letter says" tab: the English letter explained."""
    from npdrights.storage.repository import Repository
    from tests.tracker_fixtures import fill

    fill(Repository(window.vault.database))
    window.reload_cases()
    _until(lambda: window.cases_view.model.rowCount() > 0)
    shot("language-6-cases-list", window)
    window.cases_view.open_case("c-overdue")
    shot("language-7-case-page", window)
    window.cases_view.detail.view_letter()
    letter = window.cases_view.detail.previews[-1]
    letter.resize(760, 520)  # the summary is short: no need for a page's height
    letter.view.setCurrentWidget(letter.view.meaning)
    shot("language-5-what-this-letter-says", letter)
    letter.reject()


def _until(done: Callable[[], bool], seconds: float = 20.0) -> None:
    """Let the window work (the cases list is read in the background) until `done`, or give up after `seconds`."""
    import time

    from PySide6.QtWidgets import QApplication

    give_up = time.monotonic() + seconds
    while not done():
        if time.monotonic() > give_up:
            raise SystemExit("the cases list did not load in time")
        QApplication.processEvents()
        time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=LANGUAGES, help="one language, in this process")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.language:
        shoot(args.language, args.out)
        return
    for code in LANGUAGES:
        subprocess.run([sys.executable, __file__, "--language", code, "--out", str(args.out)], check=True)


if __name__ == "__main__":
    main()
