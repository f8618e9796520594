"""The caseload's figures as JSON-ready data and as CSV rows: written from what may be shown, never the exact
value of a hidden count (a hidden count is null in JSON and "fewer than 5" in CSV)."""

from __future__ import annotations

from typing import Any

from npdrights.core.statistics import FEWER_THAN, Figure, MonthRow, Statistics, Table, percent
from npdrights.core.translatable import QT_TRANSLATE_NOOP

ABOUT_SMALL_NUMBERS = (
    f"Counts from 1 to 4 are shown as '{FEWER_THAN}' so that nobody can be picked out; where only one part of a "
    "table would be hidden, another is hidden too, so it can't be worked out from the total."
)


def _table_dict(table: Table) -> dict[str, Any]:
    return {
        "title": table.title,
        "total": table.total.public,
        "rows": [
            {
                "label": row.label,
                "count": row.figure.public,
                "shown": row.figure.shown,
                "share": percent(row.figure, table.total) or None,
            }
            for row in table.rows
        ],
    }


def as_dict(figures: Statistics) -> dict[str, Any]:
    days = figures.days_to_answer
    return {
        "on": figures.on.isoformat(),
        "small_numbers": ABOUT_SMALL_NUMBERS,
        "cases": figures.cases.public,
        "not_counted": figures.not_counted.public,
        "tables": [_table_dict(table) for table in figures.tables],
        "days_to_answer": {
            "answers": days.answers.public,
            "median": days.median,
            "lower_quartile": days.lower_quartile,
            "upper_quartile": days.upper_quartile,
            "sentence": days.sentence,
        },
        "by_month": [
            {
                "month": row.month,
                "sent": row.sent.public,
                "answered": row.answered.public,
                "answered_on_time": row.on_time.public,
                "answered_late": row.late.public,
                "due_and_never_answered": row.never.public,
            }
            for row in figures.by_month
        ],
    }


def month_figures(month: MonthRow) -> tuple[tuple[str, Figure], ...]:
    """A month's figures with their names, in the order every export and the screen show them."""
    return (
        (QT_TRANSLATE_NOOP("Statistics", "Sent"), month.sent),
        (QT_TRANSLATE_NOOP("Statistics", "Answered"), month.answered),
        (QT_TRANSLATE_NOOP("Statistics", "Answered on time"), month.on_time),
        (QT_TRANSLATE_NOOP("Statistics", "Answered late"), month.late),
        (QT_TRANSLATE_NOOP("Statistics", "Due, never answered"), month.never),
    )


CSV_HEADER = ("Section", "What", "Count", "Share")


def csv_rows(figures: Statistics) -> list[tuple[str, ...]]:
    """One row per figure, with the section it belongs to, ready for csv.writer."""
    rows: list[tuple[str, ...]] = [CSV_HEADER, ("Cases", "Cases counted", figures.cases.shown, "")]
    if figures.not_counted.value:
        rows.append(("Cases", "Left out: dates need checking", figures.not_counted.shown, ""))
    for table in figures.tables:
        rows += [(table.title, row.label, row.figure.shown, percent(row.figure, table.total)) for row in table.rows]
        rows.append((table.title, "Total", table.total.shown, ""))
    days = figures.days_to_answer
    rows.append(("Days to answer", "Answers counted", days.answers.shown, ""))
    for label, value in (
        ("Median", days.median),
        ("Lower quartile", days.lower_quartile),
        ("Upper quartile", days.upper_quartile),
    ):
        rows.append(("Days to answer", label, _number(value), ""))
    for month in figures.by_month:
        for label, figure in month_figures(month):
            rows.append((f"By month: {month.month}", label, figure.shown, ""))
    return rows


def _number(value: float | None) -> str:
    if value is None:
        return "not enough answers"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


# -- the chart by month (the screen's and the report's) ------------------------------------------------

SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def last_twelve_months(months: list[str]) -> list[str]:
    """Every month, with none left out, from the first with a figure (at most a year back) to the last."""
    if not months:
        return []
    year, month = int(months[-1][:4]), int(months[-1][5:])
    every = []
    for _ in range(12):
        every.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    every.reverse()
    return [month for month in every if month >= months[0]]


def chart_title(months: list[str]) -> str:
    """'Answers by month, December 2025 to November 2026': the years, which the bars' month names leave out."""
    if not months:
        return "Answers by month"

    def name(month: str) -> str:
        return f"{LONG_MONTHS[int(month[5:]) - 1]} {month[:4]}"

    return f"Answers by month, {name(months[0])} to {name(months[-1])}"


LONG_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
