"""Render the app icon (resources/icons/npdrights.svg) to the PNG sizes desktops ask for, and a Windows .ico.

Run after changing the SVG: `.venv/bin/python packaging/render_icons.py`. The PNGs are committed (the app and
the Linux desktop entry use them); the .ico is made by packaging/build.py into the build folder. Uses Qt's own
SVG renderer (QtSvg, part of PySide6), so no other image library is needed.
"""

from __future__ import annotations

import argparse
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "npdrights.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)  # what Windows shows in Explorer, the taskbar and the Start menu


def png_name(size: int) -> str:
    return f"npdrights-{size}.png"


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_file(pngs: Sequence[tuple[int, bytes]]) -> bytes:
    """An .ico holding PNG images (the format Windows Vista and later read): ICONDIR, entries, then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in pngs:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def render(png_folder: Path, ico_path: Path | None) -> list[Path]:
    _app = QGuiApplication.instance() or QGuiApplication(["render_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    written = []
    png_folder.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        path = png_folder / png_name(size)
        path.write_bytes(render_png(renderer, size))
        written.append(path)
    if ico_path is not None:
        ico_path.parent.mkdir(parents=True, exist_ok=True)
        ico_path.write_bytes(ico_file([(size, render_png(renderer, size)) for size in ICO_SIZES]))
        written.append(ico_path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pngs", type=Path, default=ICONS, help="where to write the PNGs (default: resources/icons)")
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    args = parser.parse_args(argv)
    for path in render(args.pngs, args.ico):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
