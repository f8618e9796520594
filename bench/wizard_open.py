"""Opening the request wizard (issue 12, item 5), against a bare QWizard with as many empty pages.

Run: QT_QPA_PLATFORM=offscreen python bench/wizard_open.py [--rounds 30] [--journey ask]

What the parent waits for after choosing "New request": the wizard built, shown and its first page painted.
Alternating in the same run, medians over the rounds:
- journey: a JourneyWizard on a new draft (bundled recipients and templates, no vault), shown and grabbed;
- bare: a QWizard with the same number of empty QWizardPages, shown and grabbed: what Qt's own wizard costs.
Each is closed and deleted before the next. The last line reads `journey/bare ratio: R` (the lower, the less
the journey's own pages add to opening it).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 28)


def measure(rounds: int, journey_name: str) -> tuple[list[float], list[float], int]:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QWizard, QWizardPage

    from npdrights.bundled import letter_templates, recipients_directory
    from npdrights.core.wizard_flow.draft import Draft, Journey
    from npdrights.gui.clipboard import PrivateClipboard
    from npdrights.gui.i18n import install_language
    from npdrights.gui.wizards.base import JourneyContext
    from npdrights.gui.wizards.journey_wizard import JourneyWizard
    from npdrights.gui.workers import Background

    app = QApplication([])
    install_language(app, "en")
    clipboard, background = PrivateClipboard(30_000), Background()
    journey = Journey(journey_name)
    recipients, templates = recipients_directory(), letter_templates()  # read once per process, as the app does

    def dispose(window: QWizard) -> None:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    def journey_wizard() -> tuple[float, int]:
        gc.collect()
        started = time.perf_counter()
        context = JourneyContext(
            draft=Draft(journey=journey, today=TODAY),
            recipients=recipients,
            templates=templates,
            clipboard=clipboard,
            background=background,
        )
        wizard = JourneyWizard(context, lambda _draft, _sending: [])
        wizard.show()
        app.processEvents()
        wizard.grab()
        took = time.perf_counter() - started
        pages = len(wizard.pageIds())
        dispose(wizard)
        return took, pages

    def bare_wizard(pages: int) -> float:
        gc.collect()
        started = time.perf_counter()
        wizard = QWizard()
        wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        for page_id in range(pages):
            wizard.setPage(page_id, QWizardPage())
        wizard.resize(900, 700)
        wizard.show()
        app.processEvents()
        wizard.grab()
        took = time.perf_counter() - started
        dispose(wizard)
        return took

    journey_wizard()  # the first opening also loads modules and fonts: not what a parent waits for the next time
    journeys, bares, pages = [], [], 0
    for _ in range(rounds):
        took, pages = journey_wizard()
        journeys.append(took)
        bares.append(bare_wizard(pages))
    return journeys, bares, pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--journey", default="ask", help="a Journey value: ask, object, correct, follow-up…")
    args = parser.parse_args()
    journeys, bares, pages = measure(args.rounds, args.journey)
    journey_s, bare_s = statistics.median(journeys), statistics.median(bares)
    print(f"{args.journey} journey, {pages} pages, {len(journeys)} rounds")
    print(f"journey {journey_s * 1000:8.1f} ms  (median; slowest {max(journeys) * 1000:.1f} ms)")
    print(f"bare    {bare_s * 1000:8.1f} ms  (median)")
    print(f"journey/bare ratio: {journey_s / bare_s:.2f}")


if __name__ == "__main__":
    main()
