"""Issue 18, item 2: every date and count a screen shows is written the screens' language's way, through one set
of helpers (npdrights/gui/i18n.py); letters stay English. Checked in Polish and Urdu, and on a real screen."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from npdrights.core.languages import Language
from npdrights.gui.cases.letters import LetterColumn
from npdrights.gui.i18n import screen_date, screen_long_date, screen_number, screen_short_date
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from tests.gui.journey_helpers import window_with_filled_cases

GUI = Path(__file__).resolve().parents[2] / "npdrights" / "gui"
DAY = date(2027, 1, 4)  # a Monday

# A GUI module writing a date or a count itself would show it in English on Polish and Urdu screens.
FORMATS_ITSELF = re.compile(
    r"from npdrights\.core\.dates import [^\n]*\b(long_date|day_month_year|long_datetime|day_and_month)\b"
    r"|\.strftime\(|\{[\w.]+:,\}"
)


def test_no_screen_formats_dates_or_counts_except_through_the_helpers() -> None:
    offenders = [
        f"{path.relative_to(GUI)}: {match.group(0)}"
        for path in sorted(GUI.rglob("*.py"))
        if path.name != "i18n.py"
        for match in FORMATS_ITSELF.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_check_would_see_a_screen_formatting_its_own_date() -> None:
    assert FORMATS_ITSELF.search("from npdrights.core.dates import long_date, uk_time\n")
    assert FORMATS_ITSELF.search('label = f"{day.strftime("%d %B")}"')
    assert FORMATS_ITSELF.search('text = f"Showing {total:,} releases."')
    assert not FORMATS_ITSELF.search("from npdrights.core.dates import uk_clock_time\n")


@pytest.mark.parametrize(
    ("code", "long", "middle", "short", "count"),
    [
        ("en", "Monday 4 January 2027", "4 January 2027", "4 Jan 2027", "12,345"),
        ("pl", "4 stycznia 2027 (poniedziałek)", "4 stycznia 2027", "4 sty 2027", "12\u00a0345"),
        ("ur", "پیر 4 جنوری 2027", "4 جنوری 2027", "4 جنوری 2027", "12,345"),
    ],
)
def test_dates_and_counts_in_each_language(
    shown_in: Callable[[str], Language], code: str, long: str, middle: str, short: str, count: str
) -> None:
    shown_in(code)
    assert screen_long_date(DAY) == long
    assert screen_date(DAY) == middle
    assert screen_short_date(DAY) == short
    assert screen_number(12345) == count


@pytest.mark.parametrize(("code", "month"), [("pl", "października"), ("ur", "اکتوبر")])
def test_the_case_pages_letters_are_dated_in_the_screens_language(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    shown_in: Callable[[str], Language],
    code: str,
    month: str,
) -> None:
    shown_in(code)
    window = window_with_filled_cases(qtbot, make_window, services)
    window.cases_view.open_case("c-overdue")
    letters = window.cases_view.detail.letters
    shown = letters.data(letters.index(0, LetterColumn.DATE))
    assert month in shown  # the first letter, of 1 October 2026
    assert "October" not in shown
