"""The app's own icon and desktop id (issue 14): every size desktops ask for, tied to npdrights.desktop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from npdrights.gui.icon import DESKTOP_ID, app_icon, apply_identity
from npdrights.paths import resource_dir

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture
def app_identity_restored(qapp: QApplication) -> Iterator[QApplication]:
    icon, desktop = qapp.windowIcon(), qapp.desktopFileName()
    yield qapp
    qapp.setWindowIcon(icon)
    qapp.setDesktopFileName(desktop)


@pytest.mark.parametrize("size", SIZES)
def test_each_rendered_png_is_square_at_its_size_and_drawn(size: int) -> None:
    image = QImage(str(resource_dir() / "icons" / f"npdrights-{size}.png"))
    assert image.size() == QSize(size, size)
    centre = image.pixelColor(size // 2, size // 2)
    assert centre.alpha() == 255  # the tile is opaque, not an empty canvas


def test_the_icon_offers_every_size_and_the_app_takes_it(app_identity_restored: QApplication) -> None:
    assert {size.width() for size in app_icon().availableSizes()} == set(SIZES)
    apply_identity(app_identity_restored)
    assert not app_identity_restored.windowIcon().isNull()
    assert app_identity_restored.desktopFileName() == DESKTOP_ID == "org.npdrights.npdrights"
