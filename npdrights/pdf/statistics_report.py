"""The caseload's figures as an A4 report for a funder or a campaign: a chart of how answers came by month, then
every table. Written from the figures that may be shown: a hidden count is "fewer than 5" and draws no bar."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from npdrights.core.dates import long_date
from npdrights.core.statistics import Figure, MonthRow, Statistics, percent
from npdrights.core.statistics import Table as FigureTable
from npdrights.core.statistics_export import (
    ABOUT_SMALL_NUMBERS,
    SHORT_MONTHS,
    chart_title,
    last_twelve_months,
    month_figures,
)
from npdrights.pdf.fonts import SANS, SANS_BOLD, register_fonts

WIDTH = A4[0] - 40 * mm
# The chart's colours: Okabe and Ito's palette, told apart with the common colour-vision deficiencies, as on screen.
ON_TIME, LATE, NEVER = colors.HexColor("#009E73"), colors.HexColor("#E69F00"), colors.HexColor("#D55E00")


def render_statistics_report(figures: Statistics, organisation: str = "") -> bytes:
    """The report's PDF. `organisation` (a charity's name, from its letterhead) goes in the title if given."""
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=10.5, leading=14, spaceAfter=6)
    heading = ParagraphStyle("heading", parent=body, fontName=SANS_BOLD, fontSize=13, leading=17, spaceBefore=8)
    title = ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=18, leading=23, spaceAfter=4)
    whose = f" for {_escape(organisation)}" if organisation else ""
    story: list[object] = [
        Paragraph(f"Requests about pupil data: the figures{whose}", title),
        Paragraph(f"Worked out on {long_date(figures.on)} from {figures.cases.shown} cases.", body),
        Paragraph(ABOUT_SMALL_NUMBERS, body),
    ]
    if figures.not_counted.value:
        story.append(Paragraph(f"Cases left out because their dates need checking: {figures.not_counted.shown}.", body))
    story.append(Paragraph("How long answers took", heading))
    story.append(Paragraph(figures.days_to_answer.sentence, body))
    if figures.by_month:
        charted = last_twelve_months([row.month for row in figures.by_month])
        story.append(KeepTogether([Paragraph(chart_title(charted), heading), _month_chart(figures, charted)]))
    for table in figures.tables:
        story.append(KeepTogether([Paragraph(_escape(table.title), heading), _table(table, body)]))
    if figures.by_month:
        story.append(KeepTogether([Paragraph("By month", heading), _months(figures, body)]))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Requests about pupil data: the figures",
        author="npdrights",
    )
    document.build(story)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_GRID = [
    ("FONT", (0, 0), (-1, -1), SANS, 10),
    ("FONT", (0, 0), (-1, 0), SANS_BOLD, 10),
    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
]


def _table(table: FigureTable, body: ParagraphStyle) -> Table:
    rows: list[list[object]] = [["", "Count", "Share"]]
    rows += [
        [Paragraph(_escape(row.label), body), row.figure.shown, percent(row.figure, table.total)] for row in table.rows
    ]
    rows.append(["Total", table.total.shown, ""])
    grid = Table(rows, colWidths=[WIDTH - 60 * mm, 35 * mm, 25 * mm], repeatRows=1)
    grid.setStyle(TableStyle([*_GRID, ("FONT", (0, -1), (-1, -1), SANS_BOLD, 10)]))
    return grid


def _months(figures: Statistics, body: ParagraphStyle) -> Table:
    names = [name for name, _ in month_figures(figures.by_month[0])]
    rows: list[list[object]] = [["Month", *(Paragraph(name, body) for name in names)]]
    rows += [[row.month, *(figure.shown for _, figure in month_figures(row))] for row in figures.by_month]
    grid = Table(rows, colWidths=[WIDTH / 6] * 6, repeatRows=1)
    grid.setStyle(TableStyle(_GRID))
    return grid


def _month_chart(figures: Statistics, charted: list[str]) -> Drawing:
    """Bars of answers on time, late and never, by month. Hidden counts draw no bar: the note under it says so."""
    rows = {row.month: row for row in figures.by_month}
    height = 70 * mm
    drawing = Drawing(WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 22 * mm, WIDTH - 16 * mm, height - 28 * mm
    pickers: tuple[Callable[[MonthRow], Figure], ...] = (
        lambda row: row.on_time,
        lambda row: row.late,
        lambda row: row.never,
    )
    series = [[(pick(rows[month]).public or 0) if month in rows else 0 for month in charted] for pick in pickers]
    chart.data = series
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [SHORT_MONTHS[int(month[5:]) - 1] for month in charted]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    highest = max((sum(column) for column in zip(*series, strict=True)), default=0)
    chart.valueAxis.valueMax = max(5, highest)
    for index, colour in enumerate((ON_TIME, LATE, NEVER)):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 12 * mm, 8 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName, legend.fontSize = SANS, 9
    legend.deltax = 48 * mm
    legend.colorNamePairs = [(ON_TIME, "Answered on time"), (LATE, "Answered late"), (NEVER, "Due, never answered")]
    drawing.add(legend)
    drawing.add(String(12 * mm, 1 * mm, "Counts under 5 draw no bar.", fontName=SANS, fontSize=8))
    return drawing
