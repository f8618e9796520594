"""Take screenshots of the app's screens with fictional data, for docs/screenshots/ and for looking at.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--scale 1.0|2.0] [--out docs/screenshots]
(or under `xvfb-run -a` for a real X server). Uses a throwaway data folder; never your own vault.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

PASSPHRASE = "kettle orange bicycle meadow"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0, help="system text size, e.g. 2.0 for 200%%")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from npdrights.app import build_services
    from npdrights.gui.main_window import MainWindow
    from npdrights.paths import AppPaths
    from npdrights.storage.keyslots import KdfParams

    app = QApplication([])
    if args.scale != 1.0:
        # What a user who sets large text gets: every font scaled, on a small 1366x768 laptop screen.
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.scale)
        app.setFont(font)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.scale == 1.0 else f"-{int(args.scale * 100)}pct"
    home = Path(tempfile.mkdtemp())
    services = build_services(AppPaths(data=home / "data", config=home / "config"), kdf=KdfParams(1, 8192, 1))
    window = MainWindow(services)
    window.resize(*((960, 680) if args.scale == 1.0 else (1366, 768)))
    window.show()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shot(name: str, prepare: Callable[[], None] = lambda: None) -> None:
        prepare()
        settle()
        path = args.out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        print(path)

    shot(
        "01-create-vault",
        lambda: (
            window.create_view.passphrase.edit.setText(PASSPHRASE),
            window.create_view.confirm.edit.setText(PASSPHRASE),
        ),
    )
    window._vault_created(services.vault.create(PASSPHRASE))  # what the Create button leads to
    shot("02-recovery-code")
    window.recovery_view.forget()
    window._enter_cases()
    shot("04-cases-empty")
    window.lock()
    shot("03-unlock")
    window.unlock_view.show_recovery_mode()
    shot("03b-unlock-with-recovery-code")
    window.close()


if __name__ == "__main__":
    main()
