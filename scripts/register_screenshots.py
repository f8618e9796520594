"""Screenshots of the register explorer with the built-in public record and a fictional imported edition, for
docs/screenshots/ and for looking at.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/register_screenshots.py [--scale 2] [--out DIR]
Uses a throwaway data folder; the imported rows are the fictional ones of tests/register_files.py.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0, help="system text size, e.g. 2.0 for 200%%")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from npdrights.core.register import RecipientType
    from npdrights.gui.register import RegisterExplorer
    from npdrights.service.register import RegisterService
    from tests.register_files import LAYOUTS, write_layout

    app = QApplication([])
    if args.scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.scale)
        app.setFont(font)
    suffix = "" if args.scale == 1.0 else f"-{int(args.scale * 100)}pct"
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp())
    register = RegisterService(home / "register", now=lambda: datetime(2026, 12, 6, 10, 0))

    def shoot(explorer: RegisterExplorer, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        path = args.out / f"{name}{suffix}.png"
        explorer.grab().save(str(path))
        print(path)

    explorer = RegisterExplorer(register)
    explorer.resize(*((1100, 760) if args.scale == 1.0 else (1366, 768)))
    explorer.show()
    explorer.select_recipient("Daily Telegraph")
    shoot(explorer, "20-register-public-record")

    for layout in LAYOUTS:
        for path in write_layout(layout, "ods", home / "files"):
            register.import_file(path)
    explorer.load_now()
    explorer.type_filter.setCurrentIndex(explorer.type_filter.findData(RecipientType.COMMERCIAL))
    explorer.select_recipient("Example Analytics Ltd")
    explorer.school_from.setValue(2014)
    explorer.school_to.setValue(2020)
    shoot(explorer, "21-register-imported-commercial")
    explorer.close()
    letter_from_a_release(app, args.out, suffix, register)


def letter_from_a_release(app: object, out: Path, suffix: str, register: object) -> None:
    """ "Ask this organisation what it holds" from a release: the journey opens with the organisation named and
    the release in the letter; the user types its address."""
    from datetime import date

    from PySide6.QtWidgets import QWidget

    from npdrights.app import build_services
    from npdrights.core.model import Relationship
    from npdrights.core.wizard_flow.draft import Step
    from npdrights.gui.main_window import MainWindow
    from npdrights.gui.services import Clock
    from npdrights.gui.wizards.people_pages import AboutPage, WhoAskingPage
    from npdrights.gui.wizards.recipient_page import RecipientPage
    from npdrights.paths import AppPaths
    from npdrights.storage.keyslots import KdfParams

    home = Path(tempfile.mkdtemp())
    services = build_services(
        AppPaths(data=home / "data", config=home / "config"),
        kdf=KdfParams(1, 8192, 1),
        clock=Clock(lambda: datetime(2026, 12, 6, 10, 0)),
    )
    services.register = register  # type: ignore[assignment]  # the one with the fictional edition imported
    services.vault.create("kettle orange bicycle meadow")
    window = MainWindow(services)
    window.show()
    window._enter_cases()
    explorer = window.open_register()
    explorer.select_recipient("Example Analytics Ltd")
    explorer.ask_organisation_button.click()
    wizard = window.journeys.wizard
    assert wizard is not None
    wizard.resize(1000, 760)

    def shot(widget: QWidget, name: str) -> None:
        for _ in range(8):
            app.processEvents()  # type: ignore[attr-defined]
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    who = wizard.page_for(Step.WHO_ASKING)
    assert isinstance(who, WhoAskingPage)
    who.buttons[Relationship.PARENT].setChecked(True)
    who.name.setText("Ada Fictionalson")
    who.address.set_lines(["12 Imaginary Road", "Exampleton"])
    who.postcode.setText("EX1 2AB")
    wizard.next()
    about = wizard.page_for(Step.ABOUT)
    assert isinstance(about, AboutPage)
    about.forms[0].name.setText("Zebedee Fictionalson")
    about.forms[0].born.set_value(date(2013, 5, 4))
    wizard.next()
    wizard.next()
    recipient = wizard.page_for(Step.RECIPIENT)
    assert isinstance(recipient, RecipientPage)
    recipient.address.set_lines(["Unit 4, Pretend Business Park", "Exampleton"])
    recipient.postcode.setText("EX9 9ZZ")
    shot(wizard, "22-register-letter-recipient")
    wizard.next()  # what you want
    wizard.next()  # how it is sent
    wizard.next()
    preview = wizard.page_for(Step.PREVIEW)
    while not preview.isComplete():
        app.processEvents()  # type: ignore[attr-defined]
        window.background.wait(100)
    for _ in range(40):  # the PDF view draws its pages after the document has loaded
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.025)
    shot(wizard, "23-register-letter-preview")
    letter_page_naming_the_release(wizard.context.rendered.combined, out / f"24-register-letter-release{suffix}.png")
    wizard.discard()
    window.close()


def letter_page_naming_the_release(pdf: bytes, path: Path) -> None:
    """The page of the letter that names the release, as the printed page looks (pdftoppm, 60 dpi)."""
    import io
    import shutil
    import subprocess

    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(pdf)).pages
    number = next(index for index, page in enumerate(pages, 1) if "Why I am writing to you" in page.extract_text())
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "letter.pdf"
        source.write_bytes(pdf)  # fictional people only: this script never sees a real vault
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "60",
                "-png",
                "-f",
                str(number),
                "-l",
                str(number),
                str(source),
                str(Path(folder) / "page"),
            ],
            check=True,
        )
        shutil.copy(next(Path(folder).glob("page*.png")), path)
    print(path)


if __name__ == "__main__":
    main()
