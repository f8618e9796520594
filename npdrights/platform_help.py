"""When Qt cannot open a window, say why in plain words and what to install, instead of Qt's own message.

Qt ends the process (`qFatal`, then abort) when its platform plugin will not load, so the app cannot catch
it as an exception. Three things happen instead, all before any window:
- on Linux with X11, `missing_x11_libraries()` tries the system libraries Qt's xcb plugin needs and names the
  Debian/Ubuntu packages that provide the missing ones (Qt's message names only one, sometimes the wrong one);
- if importing Qt fails because a system library is missing (libEGL on a minimal Linux, say),
  `missing_library_advice()` names it and its package;
- `plain_words_if_qt_cannot_start()` installs a Qt message handler: if Qt still gives up on its plugin, the user
  reads our message, Qt's own line comes after it as a detail, and the app exits with EXIT_NO_DISPLAY.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TextIO

EXIT_NO_DISPLAY = 5

# The shared libraries that Qt 6's X11 plugin (libqxcb.so and libQt6XcbQpa) links against, found with `ldd`
# on PySide6 6.11, and the Debian/Ubuntu package that provides each.
X11_LIBRARIES: Mapping[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}

# Other system libraries the PySide6 wheels link against and do not ship, found the same way (Debian/Ubuntu names).
# A missing one stops `import PySide6.QtGui` with an ImportError naming it.
OTHER_LIBRARIES: Mapping[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
}

Loader = Callable[[str], object]


def _platform_wanted(environ: Mapping[str, str]) -> str:
    """The platform plugin Qt will try first: the user's choice, else Wayland in a Wayland session, else X11."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    return "wayland" if environ.get("WAYLAND_DISPLAY") else "xcb"


def _load_library(name: str) -> object:
    import ctypes  # only where X11 libraries are looked for: Linux, before the first window (issue 17)

    return ctypes.CDLL(name)


def missing_x11_libraries(load: Loader = _load_library) -> list[str]:
    """The file names of the X11 libraries that cannot be loaded (in the table's order)."""
    missing = []
    for library in X11_LIBRARIES:
        try:
            load(library)
        except OSError:
            missing.append(library)
    return missing


def install_advice(missing: list[str]) -> str:
    """What to install for these missing library files: Debian/Ubuntu packages, and the file names for others."""
    known = {**X11_LIBRARIES, **OTHER_LIBRARIES}
    packages = " ".join(dict.fromkeys(known[library] for library in missing if library in known))
    debian = f"On Debian or Ubuntu, install them with:\n\n    sudo apt install {packages}\n\n" if packages else ""
    return (
        "npdrights cannot open its window: this computer is missing some system libraries it needs to draw "
        "windows.\n\n"
        f"{debian}"
        "On other Linux systems, install the packages that provide these files:\n"
        f"    {' '.join(missing)}\n\n"
        "Then start npdrights again. Nothing has been changed in your cases."
    )


def missing_library_advice(error: ImportError) -> str | None:
    """Plain words for an ImportError caused by a missing shared library (e.g. libEGL.so.1), else None."""
    found = re.search(r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object file", str(error))
    return install_advice([found.group(1)]) if found else None


def no_screen_advice(platform_name: str, qt_messages: str) -> str:
    advice = (
        "npdrights cannot open its window: it could not find a screen to show it on.\n\n"
        "Start npdrights from your desktop (its menu entry or icon), not from a remote terminal or a "
        "text-only login. Nothing has been changed in your cases."
    )
    if platform_name != "xcb" or os.environ.get("DISPLAY"):
        advice = (
            f"npdrights cannot open its window: Qt, the toolkit that draws it, could not start its "
            f"“{platform_name}” display plugin.\n\n"
            "If you set QT_QPA_PLATFORM yourself, remove it and try again. Otherwise, please reinstall npdrights. "
            "Nothing has been changed in your cases."
        )
    return f"{advice}\n\nQt's own messages, for anyone helping you:\n{qt_messages}"


def startup_problem(environ: Mapping[str, str] | None = None, load: Loader = _load_library) -> str | None:
    """A plain-words message if the window certainly cannot open (missing X11 libraries), else None."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or _platform_wanted(env) != "xcb":
        return None
    missing = missing_x11_libraries(load)
    return install_advice(missing) if missing else None


@contextmanager
def plain_words_if_qt_cannot_start(stream: TextIO | None = None) -> Iterator[None]:
    """While starting Qt, turn its fatal "could not load the platform plugin" into our message and exit 5.

    Qt's messages meanwhile are held back: on failure they follow our message as details (one of them names a
    library that may not be the missing one); on success they are printed as usual. Only around QApplication's
    construction: afterwards the previous message handler is back in place.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    held: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        held.append(message.strip())
        if kind == QtMsgType.QtFatalMsg and "platform plugin" in message:
            out = stream or sys.stderr
            if out is not None:  # a Windows GUI program has no console at all
                print(no_screen_advice(_platform_wanted(os.environ), "\n".join(held)), file=out, flush=True)
            os._exit(EXIT_NO_DISPLAY)  # Qt aborts once a fatal message returns: leave first, with our code

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        out = stream or sys.stderr
        if held and out is not None:
            print("\n".join(held), file=out)
