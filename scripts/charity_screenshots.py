"""Screenshots of what an advice charity uses: the Statistics screen and its PDF report, the Organisation dialog
and a letter with the letterhead, for docs/screenshots/ and for looking at.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/charity_screenshots.py [--scale 2] [--out DIR]
For --scale 2 give the offscreen screen a small laptop's size:
QT_QPA_PLATFORM=offscreen:configfile=tests/gui/laptop-screen.json. Uses a throwaway vault of fictional cases
(tests/statistics_vault.py) and a made-up charity; the PDFs' pictures need pdftoppm (poppler-utils).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from shooting import PASSPHRASE, Shooting, start_shooting

CHARITY = "Exampleton Family Advice Centre"  # made up; its report and letterhead carry its name


def main() -> None:
    shooting = start_shooting()
    from PySide6.QtWidgets import QScrollArea

    from npdrights.gui.statistics_dialog import StatisticsDialog
    from npdrights.pdf.statistics_report import render_statistics_report
    from npdrights.service.statistics import caseload_figures
    from npdrights.storage.keyslots import KdfParams
    from npdrights.storage.keystore import KeyringKeyStore
    from npdrights.storage.repository import Repository
    from npdrights.storage.vault import Vault
    from tests.core.statistics_fixture import TODAY
    from tests.statistics_vault import fill_varied

    with tempfile.TemporaryDirectory() as home:
        vault = Vault(Path(home), KeyringKeyStore(), kdf=KdfParams(t=1, m_kib=8 * 1024, p=1))
        vault.create(PASSPHRASE)
        fill_varied(Repository(vault.database), count=260)
        dialog = StatisticsDialog(
            lambda hide_small: caseload_figures(vault.database, TODAY, hide_small=hide_small), render_statistics_report
        )
        dialog.resize(*((1366, 740) if shooting.large else (1000, 760)))
        dialog.show()
        dialog.background.wait()
        shooting.save(dialog, "30-statistics")
        scroll = dialog.findChild(QScrollArea)
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum() // 2)
        shooting.save(dialog, "30b-statistics-tables")
        if not shooting.large and shutil.which("pdftoppm"):
            report = Path(home) / "report.pdf"
            report.write_bytes(render_statistics_report(caseload_figures(vault.database, TODAY), CHARITY))
            target = shooting.out / "32-statistics-report"
            subprocess.run(
                ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", report, target], check=True
            )
            print(f"{target}.png")
        dialog.close()
        letterhead(shooting, vault)
        vault.lock()


def letterhead(shooting: Shooting, vault: Any) -> None:
    """The Organisation dialog filled in, and the first page of an adviser's letter with the letterhead."""
    import io
    from dataclasses import replace

    from PIL import Image, ImageDraw

    from npdrights.gui.organisation_dialog import OrganisationDialog
    from npdrights.pdf.letter_pdf import render_pdf
    from npdrights.pdf.logo import clean_logo
    from npdrights.service import organisation
    from tests.letter_fixtures import build, full_data

    picture = Image.new("RGB", (640, 320), "white")
    draw = ImageDraw.Draw(picture)
    draw.rounded_rectangle((10, 10, 630, 310), radius=40, fill="#0b5e55")
    draw.ellipse((60, 60, 260, 260), fill="#f2c14e")
    draw.rectangle((300, 110, 580, 150), fill="white")
    draw.rectangle((300, 180, 520, 210), fill="white")
    logo_file = io.BytesIO()
    picture.save(logo_file, format="PNG")
    made = organisation.save(
        vault.database,
        CHARITY,
        "4 Imaginary Parade\nExampleton\nEX9 9ZZ",
        "1234567",
        clean_logo(logo_file.getvalue()),
    )
    dialog = OrganisationDialog(vault.database)
    dialog.show()
    shooting.save(dialog, "31b-organisation")
    dialog.close()
    if shooting.large or not shutil.which("pdftoppm"):
        return
    data = full_data("sar-dfe")
    data["requester"] = {  # the adviser writes from the charity, and the reply comes back there
        **data["requester"],
        "name": "Felicity Pretendworth",
        "relationship": "adviser",
        "organisation": made.name,
        "address": ["4 Imaginary Parade", "Exampleton"],
        "postcode": "EX9 9ZZ",
        "email": "advice@example.org",
        "phone": "01234 000001",
    }
    letter = replace(build("sar-dfe", data), letterhead=made)
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "letter.pdf"
        pdf.write_bytes(render_pdf(letter, invariant=True))
        if os.environ.get("KEEP_LETTER_PDF"):
            shutil.copy(pdf, os.environ["KEEP_LETTER_PDF"])
        target = shooting.out / "31-letterhead-letter"
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf, target], check=True)
    print(f"{target}.png")


if __name__ == "__main__":
    main()
