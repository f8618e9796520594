"""The app's identity on the desktop: its icon, and the id that ties its windows to its desktop entry.

The icon is drawn for npdrights (resources/icons/npdrights.svg, rendered by packaging/render_icons.py).
`DESKTOP_ID` must match the Linux desktop file's name (npdrights.desktop) and the Windows AppUserModelID, so
the taskbar and dock show our icon and group our windows, not a generic Python one.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication, QIcon

from npdrights.paths import resource_dir

DESKTOP_ID = "npdrights"
WINDOWS_APP_ID = "npdrights.npdrights.app"  # Company.Product.SubProduct, as Windows asks


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted((resource_dir() / "icons").glob("npdrights-*.png")):
        icon.addFile(str(png))
    return icon


def apply_identity(app: QGuiApplication) -> None:
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_ID)  # Wayland's app id and X11's WM_CLASS hint for the desktop entry
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)
