"""A long piece of text cut into pieces of bounded size, in order, so a table cell can go over many pages cheaply.

reportlab splits a paragraph at a page break by breaking all of its remaining lines again, so a cell of one
100,000-character paragraph cost the whole remainder at every page: a letter of 95 pages took seconds. As a list of
pieces, each page break re-breaks only the piece it falls in (issue 11, item 14; the notes may be that long).
A piece ends where the writer ended a line, else after a sentence, else between words: never inside a word.
"""

from __future__ import annotations

from collections.abc import Iterator

PIECE_CHARS = 4_000


def pieces(text: str, size: int = PIECE_CHARS) -> Iterator[str]:
    """The text's lines, each cut into pieces of at most `size` characters (a single longer word stays whole)."""
    for line in text.splitlines():
        line = line.strip()
        while len(line) > size:
            cut = _cut(line, size)
            yield line[:cut].rstrip()
            line = line[cut:].lstrip()
        if line:
            yield line


def _cut(line: str, size: int) -> int:
    """Where to end the next piece: after the last sentence in the second half of `size`, else after the last word."""
    window = line[: size + 1]
    sentence = window.rfind(". ", size // 2)
    if sentence != -1:
        return sentence + 1
    space = window.rfind(" ")
    if space > 0:
        return space
    word_end = line.find(" ", size)
    return word_end if word_end != -1 else len(line)
