"""The app's identity on the desktop: its icon, and the id that ties its windows to its desktop entry.

The icon is drawn for npdrights (resources/icons/npdrights.svg, rendered by packaging/render_icons.py).
`DESKTOP_ID` matches the Linux desktop file (packaging/linux/org.npdrights.npdrights.desktop) and AppStream id,
and WINDOWS_APP_ID is the taskbar's id: docks and taskbars then show our icon and group our windows under it,
not under a generic Python.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication, QIcon

from npdrights.paths import resource_dir

DESKTOP_ID = "org.npdrights.npdrights"  # reverse-DNS, as AppStream asks
WINDOWS_APP_ID = "npdrights.npdrights.app"  # Company.Product.SubProduct, as Windows asks


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted((resource_dir() / "icons").glob("npdrights-*.png")):
        icon.addFile(str(png))
    return icon


def apply_identity(app: QGuiApplication) -> None:
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_ID)  # Wayland's app id: the desktop entry, and so its icon, for our windows
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)
