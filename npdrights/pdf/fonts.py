"""Register the bundled DejaVu fonts once, so names beyond Latin-1 (Łukasz, Nguyễn, Ŝ) print correctly."""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from npdrights.paths import resource_dir

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"


@cache
def register_fonts() -> None:
    """Once, before any PDF is made: the fonts, and reportlab's settings for every document."""
    # Streams are compressed but not also written as ASCII (Base85): a PDF has been allowed binary streams since
    # 1993. Measured side by side (issue 17): a letter renders about 5% faster and its file is smaller.
    rl_config.useA85 = 0
    folder = resource_dir() / "fonts"
    for name in (SANS, SANS_BOLD, SANS_ITALIC, MONO):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    # So <b> and <i> inside paragraphs pick the right face.
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD)


def unprintable_characters(text: str) -> str:
    """The characters of `text` the bundled font has no shape for (Chinese, emoji...), in order, each once.

    reportlab would print them as empty boxes; the caller warns the user instead (issue 11, item 14)."""
    register_fonts()
    covered = pdfmetrics.getFont(SANS).face.charToGlyph
    missing = dict.fromkeys(ch for ch in text if not ch.isspace() and ord(ch) not in covered)
    return "".join(missing)


def font_warning(text: str) -> str | None:
    """A sentence for the user if the letter holds characters the PDF can't show, else None."""
    missing = unprintable_characters(text)
    if not missing:
        return None
    return (
        f"The printed letter can't show these characters, which would come out as empty boxes: {missing[:20]}. "
        "Write the name in the letters A to Z, as school records show it, or write it in by hand after printing."
    )
