"""Screenshots of the Statistics screen and its PDF report, for docs/screenshots/ and for looking at.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/statistics_screenshots.py [--scale 2] [--out DIR]
For --scale 2 give the offscreen screen a small laptop's size:
QT_QPA_PLATFORM=offscreen:configfile=tests/gui/laptop-screen.json. Uses a throwaway vault of fictional cases
(tests/statistics_vault.py); the report's picture needs pdftoppm (poppler-utils).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


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
            report.write_bytes(render_statistics_report(caseload_figures(vault.database, TODAY)))
            target = args.out / "32-statistics-report"
            subprocess.run(
                ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", report, target], check=True
            )
            print(f"{target}.png")
        dialog.close()
        vault.lock()


if __name__ == "__main__":
    main()
