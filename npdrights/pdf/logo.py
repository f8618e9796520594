"""A charity's logo, read safely from a file someone chose, and redrawn as a small PNG of our own.

The file could be anything: a huge photo, a "decompression bomb" (a few kilobytes that unpack to gigabytes), a
truncated download, or not a picture at all. Pillow reads it within limits (file size, pixel count) and only the
formats a logo comes in; whatever it is, what is kept is a fresh PNG at most LOGO_BOX pixels, so nothing from
the original file reaches a letter or the vault. Every failure is a LogoProblem saying what to do.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a 6,000 x 6,000 picture is more than any logo needs
LOGO_BOX = (900, 450)  # pixels: sharp when printed 40 x 20 mm
FORMATS = ("PNG", "JPEG", "GIF", "BMP")


class LogoProblem(ValueError):
    """Why a file can't be a logo, in words for the person who chose it."""

    def __init__(self, template: str, **fields: object) -> None:
        self.said = Sentence(template, **fields)  # marked under "Letterhead": the screens say it in their language
        super().__init__(str(self.said))


def clean_logo(data: bytes) -> bytes:
    """The logo in `data`, redrawn as a PNG that fits LOGO_BOX. Raises LogoProblem."""
    if len(data) > MAX_FILE_BYTES:
        raise LogoProblem(
            QT_TRANSLATE_NOOP(
                "Letterhead",
                "That file is {megabytes} MB: a logo needs far less. Choose a smaller picture (under 5 MB), or save "
                "the logo at a smaller size first.",
            ),
            megabytes=len(data) // (1024 * 1024),
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=FORMATS) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise _too_big(width, height)
                image.load()
                picture = image.convert("RGBA")
    except LogoProblem:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_big(0, 0) from None
    except UnidentifiedImageError:
        raise LogoProblem(
            QT_TRANSLATE_NOOP("Letterhead", "That file isn't a picture npdrights can read. Choose a PNG or JPEG file.")
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError):  # Pillow's ways of saying the file is broken
        raise LogoProblem(
            QT_TRANSLATE_NOOP(
                "Letterhead",
                "That picture is damaged or only partly there, so it can't be used. Save the logo again and choose "
                "the new file.",
            )
        ) from None
    if picture.width < 16 or picture.height < 16:
        raise LogoProblem(
            QT_TRANSLATE_NOOP(
                "Letterhead", "That picture is too small to print clearly. Choose one at least 100 pixels across."
            )
        )
    picture.thumbnail(LOGO_BOX, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _too_big(width: int, height: int) -> LogoProblem:
    if not width:
        return LogoProblem(
            QT_TRANSLATE_NOOP(
                "Letterhead",
                "That picture is far too large to be a logo. Save it at a smaller size (under 6,000 pixels across) "
                "first.",
            )
        )
    return LogoProblem(
        QT_TRANSLATE_NOOP(
            "Letterhead",
            "That picture is far too large ({width} x {height} pixels) to be a logo. Save it at a smaller size "
            "(under 6,000 pixels across) first.",
        ),
        width=f"{width:,}",
        height=f"{height:,}",
    )


def logo_size(png: bytes) -> tuple[int, int]:
    """The width and height in pixels of a logo made by `clean_logo`."""
    with Image.open(io.BytesIO(png), formats=("PNG",)) as image:
        return image.size
