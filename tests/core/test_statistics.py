"""The caseload's figures: worked out right from a known set of cases, small numbers hidden, nobody named."""

from __future__ import annotations

import csv
import io
import json

import pytest

from npdrights.core.statistics import (
    FEWER_THAN,
    NOT_ENOUGH,
    OTHER_RECIPIENT,
    Statistics,
    Table,
    statistics,
    suppress,
)
from npdrights.core.statistics_export import as_dict, chart_title, csv_rows, last_twelve_months, month_figures
from tests.core.statistics_fixture import NAMES, ORGANISATIONS, REFERENCE_PREFIX, TODAY, UPNS, caseload

H = FEWER_THAN


def figures(*, hide_small: bool = True) -> Statistics:
    made = caseload()
    return statistics(
        [case for case, _ in made],
        {case.id: events for case, events in made},
        ORGANISATIONS,
        TODAY,
        hide_small=hide_small,
    )


def shown(table: Table) -> dict[str, str]:
    return {row.label: row.figure.shown for row in table.rows} | {"Total": table.total.shown}


def exact(table: Table) -> dict[str, int]:
    return {row.label: row.figure.value for row in table.rows if row.figure.value} | {"Total": table.total.value}


# (table, what is shown with small numbers hidden, the exact counts)
EXPECTED = [
    (
        "by_kind",
        {
            "What the DfE holds": "6",
            "Learning record (LRS)": H,
            "What a school or council holds": H,
            "Stop DfE sharing": H,
            "Correct wrong data": "0",
            "Delete data": "0",
            "Restrict the use of data": "0",
            "Total": "12",
        },
        {
            "What the DfE holds": 6,
            "Learning record (LRS)": 2,
            "What a school or council holds": 1,
            "Stop DfE sharing": 3,
            "Total": 12,
        },
    ),
    (
        "by_recipient",
        {"DfE": "9", "LRS": H, OTHER_RECIPIENT: H, "Total": "12"},
        {"DfE": 9, "LRS": 2, OTHER_RECIPIENT: 1, "Total": 12},
    ),
    (
        "by_outcome",
        {
            "Answered in full": "6",
            "Answered in part": "0",
            "Refused": H,
            "Objection upheld": "0",
            "Objection rejected": "0",
            "Waiting, not yet due": H,
            "Past its due date, no answer": H,
            "Not sent yet": H,
            "Total": "12",
        },
        {
            "Answered in full": 6,
            "Refused": 1,
            "Waiting, not yet due": 1,
            "Past its due date, no answer": 3,
            "Not sent yet": 1,
            "Total": 12,
        },
    ),
    (
        # The 31st day is the DfE's due day (2 April), so on time; the refusal by the school is on time too.
        "timeliness",
        {"Answered on time": "5", "Answered late": H, "Past its due date, no answer": H, "Total": "10"},
        {"Answered on time": 5, "Answered late": 2, "Past its due date, no answer": 3, "Total": 10},
    ),
    (
        # One extension of eleven requests sent: hiding the 1 alone would let 11 - 10 give it away.
        "extensions",
        {"Deadline extended": H, "Not extended": H, "Total": "11"},
        {"Deadline extended": 1, "Not extended": 10, "Total": 11},
    ),
    (
        "complaints",
        {
            "Complained to the organisation": H,
            "Answered after the complaint": "0",
            "Complained to the ICO": H,
            "ICO gave its outcome": "0",
            "Asked the ICO for a review": "0",
            "Total": H,
        },
        {"Complained to the organisation": 2, "Complained to the ICO": 1, "Total": 2},
    ),
]


@pytest.mark.parametrize(("name", "hidden", "counts"), EXPECTED, ids=[row[0] for row in EXPECTED])
def test_each_table_counts_the_known_caseload(name: str, hidden: dict[str, str], counts: dict[str, int]) -> None:
    assert shown(getattr(figures(), name)) == hidden
    assert exact(getattr(figures(hide_small=False), name)) == counts


def test_cases_whose_dates_cannot_be_true_are_left_out_and_counted() -> None:
    assert (figures().cases.shown, figures().not_counted.shown) == ("12", H)
    assert figures(hide_small=False).not_counted.value == 1


def test_days_to_answer_are_the_median_and_quartiles_from_arrival() -> None:
    # 10, 19 (the school's refusal), 20, 30, 31, 40 and 50 days.
    days = figures().days_to_answer
    assert (days.answers.shown, days.median, days.lower_quartile, days.upper_quartile) == ("7", 30, 19.5, 35.5)
    assert days.sentence == (
        "Half the answers came within 30 days of the request arriving. The middle half took between 20 days and "
        "36 days."
    )


def test_days_to_answer_are_not_given_from_fewer_than_five_answers() -> None:
    made = caseload()[:4]
    few = statistics([c for c, _ in made], {c.id: e for c, e in made}, ORGANISATIONS, TODAY)
    assert few.days_to_answer.median is None
    assert NOT_ENOUGH in few.days_to_answer.sentence
    assert H in few.days_to_answer.sentence
    mine = statistics([c for c, _ in made[:1]], {c.id: e for c, e in made[:1]}, ORGANISATIONS, TODAY, hide_small=False)
    assert (mine.days_to_answer.median, mine.days_to_answer.lower_quartile) == (10, 10)


def test_by_month_counts_sending_answers_and_lateness_each_in_its_own_month() -> None:
    exact_months = {
        row.month: tuple(figure.value for _, figure in month_figures(row)) for row in figures(hide_small=False).by_month
    }
    # (sent, answered, on time, late, never): two answers in April after the 2 April due day; due days missed on
    # 1 July (two objections) and 1 September (the extended one).
    assert exact_months == {
        "2026-03": (6, 2, 2, 0, 0),
        "2026-04": (0, 4, 2, 2, 0),
        "2026-06": (4, 1, 1, 0, 0),
        "2026-07": (0, 0, 0, 0, 2),
        "2026-09": (0, 0, 0, 0, 1),
        "2026-11": (1, 0, 0, 0, 0),
    }
    hidden_months = {row.month: tuple(figure.shown for _, figure in month_figures(row)) for row in figures().by_month}
    assert hidden_months["2026-03"] == ("6", H, H, "0", "0")
    assert hidden_months["2026-06"] == (H, H, H, "0", "0")


# (counts, their total, whether they add up to it, what is shown)
SUPPRESSION = [
    ([10, 20], 30, True, ["10", "20"]),
    ([0, 12], 12, True, ["0", "12"]),
    ([3, 12], 15, True, [H, H]),  # 15 - 12 would give the 3 away
    ([3, 8, 20], 31, True, [H, H, "20"]),  # the next smallest part is the one hidden too
    ([3, 0, 20], 23, True, [H, "0", H]),  # a zero hides nothing: the next part that isn't is hidden
    ([2, 4, 20], 26, True, [H, H, "20"]),  # two hidden already: 26 - 20 says only that they add to 6
    ([1, 3], 4, True, [H, H]),  # the total is hidden too
    ([3, 8], 11, False, [H, "8"]),  # rows that don't add up to the total need no second one hidden
    ([5, 0], 5, True, ["5", "0"]),
]


@pytest.mark.parametrize(("values", "total", "parts", "expected"), SUPPRESSION)
def test_small_numbers_are_hidden_and_cannot_be_worked_out_from_the_total(
    values: list[int], total: int, parts: bool, expected: list[str]
) -> None:
    hidden, shown_total = suppress(values, total, parts=parts)
    assert [figure.shown for figure in hidden] == expected
    assert shown_total.shown == (H if 0 < total < 5 else str(total))


def test_the_exports_hold_no_name_pupil_number_reference_or_local_organisation() -> None:
    written = json.dumps(as_dict(figures())) + _csv_text(csv_rows(figures()))
    for secret in (*NAMES, *UPNS, REFERENCE_PREFIX, "Quillfeather", "p-zebulon", "case-1"):
        assert secret.lower() not in written.lower()
    assert "DfE" in written
    assert OTHER_RECIPIENT in written


def test_the_exports_never_write_a_hidden_count() -> None:
    document = as_dict(figures())
    extensions = next(table for table in document["tables"] if table["title"].startswith("Deadlines extended"))
    assert [(row["count"], row["shown"], row["share"]) for row in extensions["rows"]] == [
        (None, H, None),
        (None, H, None),
    ]
    rows = csv_rows(figures())
    assert ("Deadlines extended (requests sent)", "Not extended", H, "") in rows
    assert ("Requests by kind", "What the DfE holds", "6", "50%") in rows


def _csv_text(rows: list[tuple[str, ...]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize(
    ("months", "charted"),
    [
        ([], []),
        (["2026-11"], ["2026-11"]),
        (["2025-12", "2026-02"], ["2025-12", "2026-01", "2026-02"]),
        (["2024-05", "2026-11"], ["2025-12", *(f"2026-{m:02d}" for m in range(1, 12))]),
    ],
)
def test_the_chart_shows_every_month_of_at_most_the_last_year(months: list[str], charted: list[str]) -> None:
    assert last_twelve_months(months) == charted


def test_the_charts_title_gives_the_years_the_month_names_leave_out() -> None:
    assert chart_title(["2025-12", "2026-01"]) == "Answers by month, December 2025 to January 2026"
    assert chart_title([]) == "Answers by month"
