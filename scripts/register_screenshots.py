"""Screenshots of the register explorer with the built-in public record and a fictional imported edition, for
docs/screenshots/ and for looking at.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/register_screenshots.py [--scale 2] [--out DIR]
Uses a throwaway data folder; the imported rows are the fictional ones of tests/register_files.py.
"""

from __future__ import annotations

import tempfile
import time
from datetime import datetime
from pathlib import Path

from shooting import PASSPHRASE, Shooting, start_shooting

# The day the fictional edition is imported, and the letter written.
IMPORTED = datetime(2026, 12, 6, 10, 0)


def main() -> None:
    shooting = start_shooting()
    from npdrights.core.register import RecipientType
    from npdrights.gui.register import RegisterExplorer
    from npdrights.service.register import RegisterService
    from tests.register_files import LAYOUTS, write_layout

    home = shooting.home
    register = RegisterService(home / "register", now=lambda: IMPORTED)
    explorer = RegisterExplorer(register)
    explorer.resize(*((1366, 768) if shooting.large else (1100, 760)))
    explorer.show()
    explorer.select_recipient("Daily Telegraph")
    shooting.save(explorer, "20-register-public-record")

    for layout in LAYOUTS:
        for path in write_layout(layout, "ods", home / "files"):
            register.import_file(path)
    explorer.load_now()
    explorer.type_filter.setCurrentIndex(explorer.type_filter.findData(RecipientType.COMMERCIAL))
    explorer.select_recipient("Example Analytics Ltd")
    explorer.school_from.setValue(2014)
    explorer.school_to.setValue(2020)
    shooting.save(explorer, "21-register-imported-commercial")
    explorer.close()
    letter_from_a_release(shooting, register)


def letter_from_a_release(shooting: Shooting, register: object) -> None:
    """ "Ask this organisation what it holds" from a release: the journey opens with the organisation named and
    the release in the letter; the user types its address."""
    from datetime import date

    from npdrights.core.model import Relationship
    from npdrights.core.wizard_flow.draft import Step
    from npdrights.gui.main_window import MainWindow
    from npdrights.gui.wizards.people_pages import AboutPage, WhoAskingPage
    from npdrights.gui.wizards.recipient_page import RecipientPage

    services = shooting.services(now=IMPORTED)
    services.register = register  # type: ignore[assignment]  # the one with the fictional edition imported
    services.vault.create(PASSPHRASE)
    window = MainWindow(services)
    window.show()
    window._enter_cases()
    explorer = window.open_register()
    explorer.select_recipient("Example Analytics Ltd")
    explorer.ask_organisation_button.click()
    wizard = window.journeys.wizard
    assert wizard is not None
    wizard.resize(1000, 760)

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
    shooting.save(wizard, "22-register-letter-recipient", rounds=8)
    wizard.next()  # what you want
    wizard.next()  # how it is sent
    wizard.next()
    preview = wizard.page_for(Step.PREVIEW)
    while not preview.isComplete():
        shooting.settle(1)
        window.background.wait(100)
    for _ in range(40):  # the PDF view draws its pages after the document has loaded
        shooting.settle(1)
        time.sleep(0.025)
    shooting.save(wizard, "23-register-letter-preview", rounds=8)
    release_page = shooting.out / f"24-register-letter-release{shooting.suffix}.png"
    letter_page_naming_the_release(wizard.context.rendered.combined, release_page)
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
