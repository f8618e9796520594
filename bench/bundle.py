"""The frozen app (issue 14): bundle size, build time, and time to the first window against the source.

Measures, alternating in the same run, from process launch to the moment the X server maps the app's window
(a MapNotify event, read through libX11 with ctypes, so nothing is polled and the app is not changed):
  - the frozen bundle, dist/npdrights/npdrights;
  - the same app run from the source with this Python (`python -m npdrights`), the baseline.
Both start on an empty folder (NPDRIGHTS_HOME), so both show "Create your vault", as on a first start.

Run (Linux, X11; it starts Xvfb itself through xvfb-run when there is no DISPLAY):
    .venv/bin/python bench/bundle.py [--build] [--runs 9]
--build runs `packaging/build.py` first and times it. The last line reads `first-window ratio: R`
(frozen / source; below 1 means the frozen app's window appears sooner). Goal: bundle under 200 MB, R <= 1.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "npdrights"
PROGRAM = BUNDLE / "npdrights"

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class _MapEvent(ctypes.Structure):
    # XMapEvent: type, serial, send_event, display, event, window, override_redirect
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class _Event(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("map", _MapEvent), ("pad", ctypes.c_long * 24)]


class _Attributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int)]
    _fields_ += [("rest", ctypes.c_char * 256)]


class MapWatcher:
    """Tells when a top-level window of at least 200x200 is mapped on the display (the app's main window)."""

    def __init__(self) -> None:
        self.x11 = ctypes.CDLL("libX11.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        self.x11.XPending.argtypes = [ctypes.c_void_p]
        self.x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Event)]
        self.x11.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_Attributes)]
        self.x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.display = self.x11.XOpenDisplay(None)
        if not self.display:
            raise SystemExit("cannot open the X display")
        root = self.x11.XDefaultRootWindow(self.display)
        self.x11.XSelectInput(self.display, root, SUBSTRUCTURE_NOTIFY_MASK)
        self.x11.XFlush(self.display)

    def wait_for_window(self, timeout: float) -> float:
        import select

        deadline = time.monotonic() + timeout
        event = _Event()
        fd = self.x11.XConnectionNumber(self.display)
        while time.monotonic() < deadline:
            while self.x11.XPending(self.display):
                self.x11.XNextEvent(self.display, ctypes.byref(event))
                if event.type == MAP_NOTIFY:
                    seen = time.monotonic()
                    attributes = _Attributes()
                    self.x11.XGetWindowAttributes(self.display, event.map.window, ctypes.byref(attributes))
                    if attributes.width >= 200 and attributes.height >= 200:
                        return seen
            select.select([fd], [], [], 0.05)
        raise SystemExit("no window appeared in time")


def first_window_seconds(command: list[str], watcher: MapWatcher) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(NPDRIGHTS_HOME=home, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        started = time.monotonic()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            shown = watcher.wait_for_window(timeout=60)
        finally:
            process.terminate()
            process.wait()
        return shown - started


def folder_mb(path: Path) -> float:
    return sum(f.lstat().st_size for f in path.rglob("*") if not f.is_dir()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", action="store_true", help="run packaging/build.py first, and time it")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            raise SystemExit("no DISPLAY and no xvfb-run: run this under X11")
        os.execv(xvfb, [xvfb, "-a", "-s", "-screen 0 1280x800x24", sys.executable, *sys.argv])
    build_seconds = None
    if args.build:
        started = time.monotonic()
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT, check=True)
        build_seconds = time.monotonic() - started
    if not PROGRAM.exists():
        raise SystemExit(f"no bundle at {PROGRAM}: run `python packaging/build.py` (or this with --build)")

    watcher = MapWatcher()
    frozen_command = [str(PROGRAM)]
    source_command = [sys.executable, "-m", "npdrights"]
    first_window_seconds(frozen_command, watcher)  # warm the file cache for both
    first_window_seconds(source_command, watcher)
    frozen, source = [], []
    for _ in range(args.runs):
        frozen.append(first_window_seconds(frozen_command, watcher))
        source.append(first_window_seconds(source_command, watcher))

    tarballs = sorted((ROOT / "dist").glob("npdrights-*-linux-*.tar.gz"))
    print(f"bundle: {BUNDLE} {folder_mb(BUNDLE):.1f} MB ({folder_mb(BUNDLE) * 1e6 / 2**20:.1f} MiB)")
    if tarballs:
        print(f"tarball: {tarballs[-1].name} {tarballs[-1].stat().st_size / 1e6:.1f} MB")
    if build_seconds is not None:
        print(f"build time (PyInstaller + tarball): {build_seconds:.0f} s")
    print(f"runs: {args.runs} each, alternating, Xvfb; time from launch to the main window being mapped")
    print(f"frozen bundle: median {statistics.median(frozen) * 1000:.0f} ms (min {min(frozen) * 1000:.0f})")
    print(
        f"from source (python -m npdrights): median {statistics.median(source) * 1000:.0f} ms "
        f"(min {min(source) * 1000:.0f})"
    )
    print(f"first-window ratio: {statistics.median(frozen) / statistics.median(source):.2f}")


if __name__ == "__main__":
    main()
