"""The desktop app's entry point (the `npdrights` command, `python -m npdrights`, the frozen app), and Python's cycle
collector during start-up (issue 17).

Start-up makes some 40,000 objects that live as long as the window (modules, classes, Qt's enums) and almost no
garbage, yet the collector walked them about 50 times before the first window was shown: about 6 ms of processor
time a launch (bench/startup.py). So it is paused before anything else is imported, and comes back on the event
loop's first turn once the window is up. Reference counting still frees at once whatever start-up drops.
"""

from __future__ import annotations

import gc


def pause_collector_for_start_up() -> None:
    gc.disable()


def collect_again_once_shown() -> None:
    """Called just after the first window's show(): the collector is back on the event loop's first turn."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, collect_again)


def collect_again() -> None:
    # What start-up made lives until the app quits: frozen, the collector's later full passes no longer walk it.
    gc.freeze()
    gc.enable()


def run() -> int:
    pause_collector_for_start_up()  # before npdrights.app and all it imports
    from npdrights.app import main

    return main()
