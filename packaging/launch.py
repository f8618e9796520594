"""The frozen app's entry point (PyInstaller runs a script, not a console-script entry point)."""

from npdrights.app import main

raise SystemExit(main())
