"""The small text markup that letter templates produce, parsed into blocks.

A template renders to this (see resources/letters/en-GB/README.md for the advisers' version):

    subject: Subject access request          <- header fields, one per line, up to the first line "---"
    enclosure: A copy of my letter            (a field may repeat, e.g. "enclosure")
    ---
    A paragraph can be wrapped over
    several lines; a blank line ends it.

    ## A heading
    - a bullet point
      that goes on over a second line
    - [ ] a box to tick
    | Date | What happened |                 <- a table; the "|---|" line makes the first row a header
    |---|---|
    | 1 December 2026 | I sent my request |
    [sign] Signed                            <- a line to sign on, with room above it
    [new page]

Answers are inserted with `escape()`, so nothing a user types can start a heading, a bullet, a table cell or
a new line: a backslash makes the next character plain text, and `unescape()` removes it again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from npdrights.core.letters.content import Block, BulletList, Heading, PageBreak, Paragraph, SignLine, Table

HEADER_END = "---"
PAGE_BREAK = "[new page]"
SIGN = "[sign] "
CHECKBOX = "[ ] "
_SPECIAL = re.compile(r"([\\|#\-\[])")
_ESCAPED = re.compile(r"\\(.)")
_SEPARATOR_ROW = re.compile(r"^\|(\s*:?-{3,}:?\s*\|)+$")


class MarkupError(ValueError):
    """A template produced markup this parser does not accept: a bug in the template, not in the answers."""


@dataclass(frozen=True)
class Document:
    fields: dict[str, tuple[str, ...]]
    blocks: tuple[Block, ...]

    def field(self, name: str, default: str = "") -> str:
        values = self.fields.get(name, ())
        if len(values) > 1:
            raise MarkupError(f"the header field {name!r} is given {len(values)} times; it may appear once")
        return values[0] if values else default


def escape(text: str) -> str:
    """Make user text safe to insert into markup: one line, every markup character taken literally."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def unescape(text: str) -> str:
    return _ESCAPED.sub(r"\1", text)


def parse(text: str, header_fields: frozenset[str]) -> Document:
    lines = text.splitlines()
    try:
        end = [line.strip() for line in lines].index(HEADER_END)
    except ValueError:
        raise MarkupError(f"no {HEADER_END!r} line after the header fields") from None
    return Document(_parse_fields(lines[:end], header_fields), tuple(_parse_blocks(lines[end + 1 :])))


def _parse_fields(lines: list[str], allowed: frozenset[str]) -> dict[str, tuple[str, ...]]:
    fields: dict[str, list[str]] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        name, colon, value = line.partition(":")
        name = name.strip()
        if not colon or name not in allowed:
            raise MarkupError(f"header line {number}: expected one of {sorted(allowed)} then ':', got {line!r}")
        fields.setdefault(name, []).append(unescape(value.strip()))
    return {name: tuple(values) for name, values in fields.items()}


def _parse_blocks(lines: list[str]) -> Iterator[Block]:
    paragraph: list[str] = []
    bullets: list[list[str]] = []
    boxes: list[bool] = []
    rows: list[str] = []

    def flush() -> Iterator[Block]:
        if paragraph:
            yield Paragraph(unescape(" ".join(paragraph)))
        if bullets:
            if len(set(boxes)) > 1:
                raise MarkupError(f"a list mixes boxes to tick and plain bullets: {bullets!r}")
            yield BulletList(tuple(unescape(" ".join(item)) for item in bullets), boxes[0])
        if rows:
            yield _table(rows)
        for pending in (paragraph, bullets, boxes, rows):
            pending.clear()

    for raw in lines:
        line = raw.strip()
        if not line:
            yield from flush()
        elif line.startswith("## "):
            yield from flush()
            yield Heading(unescape(line[3:].strip()))
        elif line == PAGE_BREAK:
            yield from flush()
            yield PageBreak()
        elif line.startswith(SIGN):
            yield from flush()
            yield SignLine(unescape(line.removeprefix(SIGN).strip()))
        elif line.startswith("- "):
            if paragraph or rows:
                yield from flush()
            item = line[2:].strip()
            boxes.append(item.startswith(CHECKBOX))
            bullets.append([item.removeprefix(CHECKBOX).strip()])
        elif line.startswith("|"):
            if paragraph or bullets:
                yield from flush()
            rows.append(line)
        elif bullets:
            bullets[-1].append(line)  # a bullet point wrapped over two lines
        else:
            if rows:
                yield from flush()
            paragraph.append(line)
    yield from flush()


def _table(lines: list[str]) -> Table:
    header: tuple[str, ...] | None = None
    if len(lines) > 1 and _SEPARATOR_ROW.match(lines[1].replace(" ", "")):
        header = _cells(lines[0])
        lines = lines[2:]
    rows = tuple(_cells(line) for line in lines)
    widths = {len(row) for row in rows} | ({len(header)} if header else set())
    if len(widths) > 1:
        raise MarkupError(f"table rows have different numbers of cells: {lines!r}")
    return Table(header, rows)


def _cells(line: str) -> tuple[str, ...]:
    """Split "| a | b |" on the bars that are not escaped."""
    cells: list[str] = []
    current: list[str] = []
    characters = iter(line[1:])
    for character in characters:
        if character == "\\":
            current.append(character + next(characters, ""))
        elif character == "|":
            cells.append(unescape("".join(current).strip()))
            current = []
        else:
            current.append(character)
    if "".join(current).strip():
        raise MarkupError(f"a table row must end with '|': {line!r}")
    return tuple(cells)
