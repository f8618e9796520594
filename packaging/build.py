"""Build npdrights for this platform with one command: `python packaging/build.py [--check]`.

From a clean checkout with the build extra installed (`pip install -e '.[build]'`):
  1. renders the Windows .ico from the SVG (build/icons/);
  2. runs PyInstaller on packaging/npdrights.spec: the one-folder bundle in dist/npdrights/
     (macOS: dist/npdrights.app);
  3. packages it: Linux, a tarball with a desktop entry, icons, AppStream metadata and install.sh;
     Windows, an Inno Setup installer if `iscc` is found; macOS, a .dmg with hdiutil;
  4. with --check, runs the bundle's own `--self-test` (offscreen) and fails if it fails.
It ends with the figures: build time, bundle size, package size. No network is used at build or run time.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUILD = ROOT / "build"
SPEC = ROOT / "packaging" / "npdrights.spec"
LINUX_FILES = ROOT / "packaging" / "linux"
APP_ID = "org.npdrights.npdrights"  # the AppStream id; the desktop file and the Wayland app id match it
ISS = ROOT / "packaging" / "windows" / "npdrights.iss"


def version() -> str:
    found = re.search(r'__version__ = "([^"]+)"', (ROOT / "npdrights" / "__init__.py").read_text())
    assert found is not None, "npdrights/__init__.py has no __version__"
    return found.group(1)


def bundle_folder() -> Path:
    return DIST / "npdrights.app" if sys.platform == "darwin" else DIST / "npdrights"


def bundled_program() -> Path:
    if sys.platform == "darwin":
        return bundle_folder() / "Contents" / "MacOS" / "npdrights"
    return bundle_folder() / ("npdrights.exe" if sys.platform == "win32" else "npdrights")


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def run(command: list[str], **options: object) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, **options)  # type: ignore[call-overload]


def render_icons() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run(
        [
            sys.executable,
            str(ROOT / "packaging" / "render_icons.py"),
            "--pngs",
            str(BUILD / "icons"),
            "--ico",
            str(BUILD / "icons" / "npdrights.ico"),
        ],
        env=env,
    )


def pyinstaller() -> None:
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(SPEC),
        ],
        cwd=ROOT,
    )


def add_desktop_integration(bundle: Path) -> None:
    """What a Linux desktop needs to list the app, inside the bundle; install.sh copies it into place."""
    share = bundle / "share"
    for png in (ROOT / "resources" / "icons").glob("npdrights-*.png"):  # npdrights-SIZE.png, from render_icons.py
        size = png.stem.removeprefix("npdrights-")
        icon_dir = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        icon_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, icon_dir / "npdrights.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "resources" / "icons" / "npdrights.svg", scalable / "npdrights.svg")
    (share / "applications").mkdir(exist_ok=True)
    shutil.copy2(LINUX_FILES / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir(exist_ok=True)
    shutil.copy2(LINUX_FILES / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    for name in ("install.sh", "uninstall.sh", "README.txt"):
        shutil.copy2(LINUX_FILES / name, bundle / name)


def linux_tarball() -> Path:
    """dist/npdrights-VERSION-linux-ARCH.tar.gz: the bundle, with its desktop entry, icons and install.sh."""
    add_desktop_integration(bundle_folder())
    tarball = DIST / f"npdrights-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(tarball, "w:gz") as archive:
        archive.add(bundle_folder(), arcname="npdrights")
    return tarball


def windows_installer() -> Path | None:
    iscc = shutil.which("iscc") or shutil.which(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
    if iscc is None:
        print("Inno Setup (iscc) not found: the bundle is built, the installer is not.")
        return None
    run(
        [
            iscc,
            f"/DAppVersion={version()}",
            f"/DSourceDir={bundle_folder()}",
            f"/DIconFile={BUILD / 'icons' / 'npdrights.ico'}",
            f"/O{DIST}",
            str(ISS),
        ]
    )
    return DIST / f"npdrights-{version()}-windows-setup.exe"


def macos_dmg() -> Path:
    """A disk image showing npdrights.app beside a link to Applications, to drag it onto."""
    dmg = DIST / f"npdrights-{version()}-macos-{platform.machine()}.dmg"
    dmg.unlink(missing_ok=True)
    stage = BUILD / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(bundle_folder(), stage / "npdrights.app", symlinks=True)
    (stage / "Applications").symlink_to("/Applications")
    run(["hdiutil", "create", "-volname", "npdrights", "-srcfolder", str(stage), "-ov", "-format", "UDZO", str(dmg)])
    return dmg


def self_test() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([str(bundled_program()), "--self-test"], env=env, capture_output=True, text=True)
    print(result.stdout + result.stderr, end="")
    if result.returncode != 0:
        raise SystemExit(f"The bundle's self-test failed (exit code {result.returncode}).")


def main() -> int:
    try:
        return build()
    except subprocess.CalledProcessError as error:
        print(f"The build stopped: `{' '.join(map(str, error.cmd))}` failed (exit code {error.returncode}).")
        return 1


def build() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="run the bundle's --self-test after building")
    parser.add_argument("--no-package", action="store_true", help="build the bundle only (no tarball/installer)")
    args = parser.parse_args()
    started = time.monotonic()
    shutil.rmtree(bundle_folder(), ignore_errors=True)
    render_icons()
    pyinstaller()
    bundle_seconds = time.monotonic() - started
    package: Path | None = None
    if not args.no_package:
        if sys.platform.startswith("linux"):
            package = linux_tarball()
        elif sys.platform == "win32":
            package = windows_installer()
        elif sys.platform == "darwin":
            package = macos_dmg()
    total_seconds = time.monotonic() - started
    if args.check:
        self_test()
    print(f"bundle: {bundle_folder()} ({size_mb(bundle_folder()):.1f} MB), built in {bundle_seconds:.0f} s")
    if package is not None:
        print(f"package: {package} ({size_mb(package):.1f} MB)")
    print(f"build time: {total_seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
