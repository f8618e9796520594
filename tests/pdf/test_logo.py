"""A logo from a file someone chose: any picture is redrawn small; anything else is refused with a reason."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from PIL import Image

from npdrights.pdf.logo import LOGO_BOX, MAX_FILE_BYTES, LogoProblem, clean_logo, logo_size


def _picture(size: tuple[int, int], image_format: str, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "white" if mode != "1" else 1).save(out, format=image_format)
    return out.getvalue()


@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "GIF", "BMP"])
def test_a_picture_is_redrawn_as_a_png_that_fits_the_box(image_format: str) -> None:
    cleaned = clean_logo(_picture((2400, 600), image_format))
    assert cleaned.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = logo_size(cleaned)
    assert width <= LOGO_BOX[0]
    assert height <= LOGO_BOX[1]
    assert round(width / height) == 4  # the shape is kept


@pytest.mark.parametrize(
    ("make_data", "message"),
    # Made when the test runs, not when it is collected: the 10,000-pixel square took each worker a quarter of a
    # second to encode before any test ran, and only one of them runs it.
    [
        pytest.param(lambda: b"%PDF-1.7 not a picture", "isn't a picture npdrights can read", id="not-a-picture"),
        pytest.param(lambda: b"", "isn't a picture npdrights can read", id="empty"),
        pytest.param(lambda: _picture((400, 200), "PNG")[:300], "damaged or only partly there", id="truncated"),
        pytest.param(lambda: _picture((10_000, 10_000), "PNG", "1"), "far too large", id="decompression-bomb"),
        pytest.param(lambda: b"\x89PNG" + b"\0" * (MAX_FILE_BYTES + 1), "under 5 MB", id="oversized-file"),
        pytest.param(lambda: _picture((8, 8), "PNG"), "too small to print", id="tiny"),
        pytest.param(lambda: b"<svg xmlns='http://www.w3.org/2000/svg'/>", "Choose a PNG or JPEG", id="svg"),
    ],
)
def test_a_file_that_cannot_be_a_logo_is_refused_with_a_reason(make_data: Callable[[], bytes], message: str) -> None:
    data = make_data()
    with pytest.raises(LogoProblem, match=message):
        clean_logo(data)


def test_a_damaged_picture_inside_a_good_header_is_refused() -> None:
    good = bytearray(_picture((300, 150), "PNG"))
    good[60:120] = b"\xff" * 60  # the compressed pixels, flipped
    with pytest.raises(LogoProblem):
        clean_logo(bytes(good))
