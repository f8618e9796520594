"""A ruled table of one paragraph per cell, laid out and drawn directly: what reportlab's Table does for our
letters' tables (fixed column widths, cells aligned to the top, a grey grid, a shaded header row or label column,
the header repeated on every page), at a fraction of its work. Table's generality (spans, styles per cell,
rounded corners, automatic widths) cost about 0.3 ms of a 14 ms letter (issue 17).

A grid goes over a page between rows, as Table does. When not even the first row fits on the rest of the page,
it hands its rows to `fallback` (reportlab's Table, with the same look), which splits inside the row, so a very
tall row still goes on over the page as it always did.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable


@dataclass(frozen=True)
class GridLook:
    line_width: float
    line_color: Color
    shade: Color  # the header row, or (a table without a header) the first column
    top_padding: float
    bottom_padding: float
    side_padding: float  # left and right of each cell's text


class Grid(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """`rows` of cells (the first row is the header if `header`), each cell a paragraph."""

    def __init__(
        self,
        rows: Sequence[Sequence[Flowable]],
        widths: Sequence[float],
        look: GridLook,
        *,
        header: bool,
        fallback: Callable[[Sequence[Sequence[Flowable]]], Flowable],
    ) -> None:
        super().__init__()
        self.rows = list(rows)
        self.widths = list(widths)
        self.look = look
        self.header = header
        self.fallback = fallback
        self.heights: list[float] = []
        self.hAlign = "LEFT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self.heights:
            self.heights = [self._row_height(row) for row in self.rows]
        self.width, self.height = sum(self.widths), sum(self.heights)
        return self.width, self.height

    def _row_height(self, row: Sequence[Flowable]) -> float:
        look = self.look
        tallest = max(
            cell.wrap(width - 2 * look.side_padding, 0xFFFFFFF)[1] for cell, width in zip(row, self.widths, strict=True)
        )
        return float(tallest) + look.top_padding + look.bottom_padding

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fitting, used = 0, 0.0
        for height in self.heights:
            if used + height > availHeight:
                break
            fitting, used = fitting + 1, used + height
        if fitting <= int(self.header):  # no row of the body fits here: the fallback splits inside it
            return list(self.fallback(self.rows).split(availWidth, availHeight))
        head = self.rows[:1] if self.header else []
        return [self._part(self.rows[:fitting]), self._part(head + self.rows[fitting:])]

    def _part(self, rows: Sequence[Sequence[Flowable]]) -> Grid:
        part = Grid(rows, self.widths, self.look, header=self.header, fallback=self.fallback)
        part.spaceBefore, part.spaceAfter = self.getSpaceBefore(), self.getSpaceAfter()
        return part

    def draw(self) -> None:
        canvas: Any = self.canv
        look = self.look
        columns = [sum(self.widths[:index]) for index in range(len(self.widths) + 1)]
        # y of each row's top edge, from the top of the grid (height) down to its foot (0)
        edges = [self.height - sum(self.heights[:index]) for index in range(len(self.heights) + 1)]
        canvas.saveState()
        canvas.setFillColor(look.shade)
        if self.header:
            canvas.rect(0, edges[1], self.width, self.heights[0], stroke=0, fill=1)
        else:
            canvas.rect(0, 0, self.widths[0], self.height, stroke=0, fill=1)
        for row, top in zip(self.rows, edges, strict=False):
            for cell, left in zip(row, columns, strict=False):
                cell.drawOn(canvas, left + look.side_padding, top - look.top_padding - cell.height)
        canvas.setStrokeColor(look.line_color)
        canvas.setLineWidth(look.line_width)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.lines(
            [(0, y, self.width, y) for y in edges] + [(x, 0, x, self.height) for x in columns],
        )
        canvas.restoreState()
