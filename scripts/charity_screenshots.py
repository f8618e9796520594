"""Screenshots of what an advice charity uses: the Statistics screen and its PDF report, the Organisation dialog
and a letter with the letterhead, for docs/screenshots/ and for looking at.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/charity_screenshots.py [--scale 2] [--out DIR]
For --scale 2 give the offscreen screen a small laptop's size:
QT_QPA_PLATFORM=offscreen:configfile=tests/gui/laptop-screen.json. Uses a throwaway vault of fictional cases
(tests/statistics_vault.py) and a made-up charity; the PDFs' pictures need pdftoppm (poppler-utils).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

CHARITY = "Exampleton Family Advice Centre"  # made up; its report and letterhead carry its name


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0, help="system text size, e.g. 2.0 for 200%%")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication, QScrollArea

    from npdrights.gui.statistics_dialog import StatisticsDialog
    from npdrights.pdf.statistics_report import render_statistics_report
    from npdrights.service.statistics import caseload_figures
    from npdrights.storage.keyslots import KdfParams
    from npdrights.storage.keystore import KeyringKeyStore
    from npdrights.storage.repository import Repository
    from npdrights.storage.vault import Vault
    from tests.core.statistics_fixture import TODAY
    from tests.statistics_vault import fill_varied

    app = QApplication([])
    if args.scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.scale)
        app.setFont(font)
    suffix = "" if args.scale == 1.0 else f"-{int(args.scale * 100)}pct"
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        vault = Vault(Path(home), KeyringKeyStore(), kdf=KdfParams(t=1, m_kib=8 * 1024, p=1))
        vault.create("kettle orange bicycle meadow")
        fill_varied(Repository(vault.database), count=260)
        dialog = StatisticsDialog(
            lambda hide_small: caseload_figures(vault.database, TODAY, hide_small=hide_small), render_statistics_report
        )
        dialog.resize(*((1000, 760) if args.scale == 1.0 else (1366, 740)))
        dialog.show()
        dialog.background.wait()
        for _ in range(5):
            app.processEvents()
        path = args.out / f"30-statistics{suffix}.png"
        dialog.grab().save(str(path))
        print(path)
        scroll = dialog.findChild(QScrollArea)
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum() // 2)
        for _ in range(5):
            app.processEvents()
        path = args.out / f"30b-statistics-tables{suffix}.png"
        dialog.grab().save(str(path))
        print(path)
        if args.scale == 1.0 and shutil.which("pdftoppm"):
            report = Path(home) / "report.pdf"
            report.write_bytes(render_statistics_report(caseload_figures(vault.database, TODAY), CHARITY))
            target = args.out / "32-statistics-report"
            subprocess.run(
                ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", report, target], check=True
            )
            print(f"{target}.png")
        dialog.close()
        letterhead(app, vault, args.out, suffix)
        vault.lock()


def letterhead(app: Any, vault: Any, out: Path, suffix: str) -> None:
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
    for _ in range(5):
        app.processEvents()
    path = out / f"31b-organisation{suffix}.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.close()
    if suffix or not shutil.which("pdftoppm"):
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
        target = out / "31-letterhead-letter"
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf, target], check=True)
    print(f"{target}.png")


if __name__ == "__main__":
    main()
