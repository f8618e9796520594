"""The frozen app's entry point (PyInstaller runs a script, not a console-script entry point)."""

from npdrights.launcher import run

raise SystemExit(run())
