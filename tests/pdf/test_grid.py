"""Tables in the PDF are drawn by Grid (issue 17): the same size and page breaks as reportlab's Table, which it
replaced for speed, and which still takes over a row too tall for the rest of a page."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pypdf
import pytest
from reportlab.platypus import Table as ReportlabTable

from npdrights.core.letters import Table
from npdrights.pdf.fonts import register_fonts
from npdrights.pdf.grid import Grid
from npdrights.pdf.letter_pdf import NORMAL, _styles, _table, render_pdf
from tests.letter_fixtures import build, full_data

WIDTH = 400.0
HEADER = ("Date", "What happened", "What I asked for")
ROWS = tuple(
    (f"{day} March 2026", f"Event number {day}: " + "the school wrote to me " * (day % 4), "A reply")
    for day in range(1, 31)
)


def _grid(header: tuple[str, ...] | None, rows: tuple[tuple[str, ...], ...]) -> Grid:
    register_fonts()
    grid = _table(header, rows, _styles(NORMAL), WIDTH)
    assert isinstance(grid, Grid)
    return grid


def _cell_texts(flowable: Grid) -> list[str]:
    return [cell.text for cell in (row[0] for row in flowable.rows)]


@pytest.mark.parametrize("header", [HEADER, None], ids=["with-header", "facts"])
def test_a_grid_takes_the_room_reportlabs_table_takes(header: tuple[str, ...] | None) -> None:
    grid = _grid(header, ROWS)
    table = grid.fallback(grid.rows)
    assert isinstance(table, ReportlabTable)
    assert grid.wrap(WIDTH, 800) == pytest.approx(table.wrap(WIDTH, 800))
    assert grid.spaceAfter == table.spaceAfter > 0


def test_a_grid_goes_over_a_page_between_rows_with_its_header_again() -> None:
    grid = _grid(HEADER, ROWS)
    grid.wrap(WIDTH, 800)
    room = sum(grid.heights[:4]) + 1  # the header and three rows
    first, rest = grid.split(WIDTH, room)
    assert _cell_texts(first) == ["Date", "1 March 2026", "2 March 2026", "3 March 2026"]
    assert _cell_texts(rest)[:2] == ["Date", "4 March 2026"]
    assert len(rest.rows) == 1 + len(ROWS) - 3
    assert first.wrap(WIDTH, room)[1] <= room
    assert (first.spaceAfter, rest.spaceAfter) == (grid.spaceAfter, grid.spaceAfter)


def test_a_list_of_facts_goes_over_a_page_without_a_header() -> None:
    grid = _grid(None, ROWS)
    grid.wrap(WIDTH, 800)
    first, rest = grid.split(WIDTH, sum(grid.heights[:2]) + 1)
    assert _cell_texts(first) == ["1 March 2026", "2 March 2026"]
    assert _cell_texts(rest)[0] == "3 March 2026"


def test_a_row_too_tall_for_the_rest_of_the_page_is_split_inside_as_before() -> None:
    tall = (("Notes", " ".join(f"word{number}" for number in range(400))),)
    grid = _grid(None, tall)
    grid.wrap(WIDTH, 800)
    parts = grid.split(WIDTH, grid.heights[0] / 2)
    assert len(parts) == 2
    assert all(isinstance(part, ReportlabTable) for part in parts)
    assert grid.split(WIDTH, 5) == []  # not even a line fits: the whole table moves to the next page


def test_a_long_table_in_a_letter_prints_every_row_once_in_order_with_its_header_on_every_page() -> None:
    letter = build("sar-dfe", full_data("sar-dfe"))
    letter = replace(letter, blocks=(*letter.blocks[:4], Table(HEADER, ROWS * 2), *letter.blocks[4:]))
    pages = [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(render_pdf(letter))).pages]
    with_rows = [page for page in pages if "March 2026" in page]
    assert len(with_rows) >= 2
    assert all("What happened" in page for page in with_rows)
    events = [int(number) for number in re.findall(r"Event number (\d+)", " ".join(pages))]
    assert events == [day for _ in range(2) for day in range(1, 31)]
