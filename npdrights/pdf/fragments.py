"""Plain text as the fragments of a reportlab paragraph, made without reportlab's markup parser.

Every paragraph of a letter is plain text. reportlab's Paragraph reads its text as markup, so each one was escaped
("<" and "&") and then run through an HTML parser, which found no tags and undid the escaping: about a tenth of
a letter's time (issue 17). Paragraph also takes ready-made fragments (reportlab makes its split paragraphs
that way): a plain paragraph is one fragment, a copy of the one the parser makes for its style, with its text.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser


@cache
def _style_fragment(style: ParagraphStyle) -> Any:
    """The fragment reportlab's parser makes for a paragraph of `style` (a style is made once per print size)."""
    _style, fragments, _bullet = ParaParser().parse("x", style)
    return fragments[0]


def plain_fragments(text: str, style: ParagraphStyle) -> list[Any]:
    """`text`, taken literally, as a paragraph's fragments: what the parser makes of the text escaped."""
    text = cleanBlockQuotedText(text)  # whitespace collapsed, as Paragraph does before parsing
    if not text:
        return []
    # Each paragraph its own lists (links, underlines), as the parser gives each: they are never shared.
    return [_style_fragment(style).clone(text=text, link=[], us_lines=[])]
