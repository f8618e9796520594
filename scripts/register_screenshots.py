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


if __name__ == "__main__":
    main()
