"""What every screenshot script shares: its --out and --scale options, the Qt application at that text size, a
throwaway data folder, the app's services on the fictional clock, and saving a widget's picture.

Imported by the scripts in this folder (Python puts a script's own folder first on sys.path). Importing it also
makes the tests' fictional fixtures importable and keeps the scripts away from the system's keychain.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from npdrights.gui.services import Services

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the fictional cases live with the tests (tests/tracker_fixtures.py)
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

PASSPHRASE = "kettle orange bicycle meadow"
# The fictional cases' dates are set around Saturday 28 November 2026: the screens show that day.
NOW = datetime(2026, 11, 28, 10, 0)


@dataclass
class Shooting:
    """One run of a screenshot script: where the pictures go, at which text size, and its throwaway folder."""

    app: QApplication
    out: Path
    scale: float
    home: Path

    @property
    def large(self) -> bool:
        return self.scale != 1.0

    @property
    def suffix(self) -> str:
        """Added to each picture's name at large text, so both sizes sit side by side in docs/screenshots."""
        return f"-{int(self.scale * 100)}pct" if self.large else ""

    def settle(self, rounds: int = 5, seconds: float = 0.0) -> None:
        for _ in range(rounds):
            self.app.processEvents()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:  # e.g. QPdfView renders its pages on another thread
            self.app.processEvents()
            time.sleep(0.02)

    def save(self, widget: QWidget, name: str, rounds: int = 5, wait: float = 0.0) -> Path:
        """Let the widget draw itself, then save its picture as NAME(-200pct).png in the output folder."""
        self.settle(rounds, wait)
        path = self.out / f"{name}{self.suffix}.png"
        widget.grab().save(str(path))
        print(path)
        return path

    def services(self, now: datetime = NOW) -> Services:
        """The app's services on a fresh data folder, with a quick key derivation and a clock stopped at NOW."""
        from npdrights.app import build_services
        from npdrights.gui.services import Clock
        from npdrights.paths import AppPaths
        from npdrights.storage.keyslots import KdfParams

        home = Path(tempfile.mkdtemp(dir=self.home))
        return build_services(
            AppPaths(data=home / "data", config=home / "config"), kdf=KdfParams(1, 8192, 1), clock=Clock(lambda: now)
        )


def start_shooting() -> Shooting:
    """Read --out and --scale, and start the Qt application with every font scaled as a large-text user sets it."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0, help="system text size, e.g. 2.0 for 200%%")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    if args.scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.scale)
        app.setFont(font)
    args.out.mkdir(parents=True, exist_ok=True)
    return Shooting(app=app, out=args.out, scale=args.scale, home=Path(tempfile.mkdtemp()))
