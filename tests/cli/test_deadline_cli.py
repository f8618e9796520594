"""npdrights-cli deadline: output, JSON and exit codes. The rules themselves are tested in tests/core."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import RunCli


def test_prints_the_due_date_and_how_it_was_reached(run_cli: RunCli) -> None:
    code, out, err = run_cli("deadline", "--kind", "sar", "--received", "2026-04-03", "--body", "the DfE")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Due: Tuesday 5 May 2026 (2026-05-05)",
        "The DfE must answer by Tuesday 5 May 2026: one calendar month from Friday 3 April 2026, when it got your "
        "request (the day it arrives counts as day 1, even at a weekend or on a bank holiday), moved past the weekend "
        "and the bank holiday on Monday 4 May (May Day).",
    ]


def test_json_has_iso_dates_and_the_explanation(run_cli: RunCli) -> None:
    code, out, _ = run_cli("deadline", "--kind", "objection", "--received", "2025-09-03", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["due"] == "2025-10-03"  # the ICO's worked example (docs/law.md §1.3)
    assert report["start"] == "2025-09-03"
    assert report["received"] == "2025-09-03"
    assert report["explanation"].startswith("The organisation must answer by Friday 3 October 2025")
    assert (report["estimate"], report["statutory"], report["points"], report["receipt_explanation"]) == (
        False,
        True,
        [],
        None,
    )


def test_posted_letters_are_deemed_received_and_marked_as_estimates(run_cli: RunCli) -> None:
    code, out, _ = run_cli(
        "deadline", "--kind", "sar", "--posted", "2026-12-23", "--post", "second", "--extension-notified", "2027-02-10"
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Due: Wednesday 31 March 2027 (2027-03-31) (an estimate)"
    assert lines[1].startswith("The organisation is treated as getting it on Thursday 31 December 2026")
    assert lines[2].startswith("The organisation must answer by Wednesday 31 March 2027: three calendar months")
    assert lines[3].startswith("You can raise: The organisation told you it needed more time on Wednesday 10 February")


def test_a_recorded_delivery_wins(run_cli: RunCli) -> None:
    argv = ["--kind", "erasure", "--posted", "2026-12-23", "--post", "signed", "--delivered", "2026-12-24", "--json"]
    report = json.loads(run_cli("deadline", *argv)[1])
    assert (report["received"], report["due"], report["estimate"]) == ("2026-12-24", "2027-01-25", False)


PAUSE = ["--clarification-asked", "2026-03-09", "--clarification-received", "2026-03-14"]


@pytest.mark.parametrize(
    ("kind", "extra", "due"),
    [
        pytest.param("rectification", ["--id-received", "2026-03-20"], "2026-04-20", id="id-restart"),
        # law §1.5: a clarification pauses the clock for an access request only. 9 to 14 March, 6 days: from
        # Thursday 2 April to Wednesday 8 April 2026.
        pytest.param("sar", PAUSE, "2026-04-08", id="sar-pause"),
        pytest.param(
            "sar",
            [*PAUSE, *("--clarification-asked", "2026-03-20", "--clarification-received", "2026-03-21")],
            "2026-04-10",
            id="sar-two-pauses",
        ),
        # ... and for a rectification, objection or restriction it does not move the date: Thursday 2 April 2026.
        pytest.param("rectification", PAUSE, "2026-04-02", id="rectification-no-pause"),
        pytest.param(
            "objection",
            ["--clarification-asked", "2026-03-10", "--clarification-received", "2026-03-20"],
            "2026-04-02",
            id="objection-no-pause",
        ),
        pytest.param("restriction", PAUSE, "2026-04-02", id="restriction-no-pause"),
        pytest.param("rectification", ["--extended"], "2026-06-02", id="extended"),
    ],
)
def test_month_rule_options(run_cli: RunCli, kind: str, extra: list[str], due: str) -> None:
    code, out, _ = run_cli("deadline", "--kind", kind, "--received", "2026-03-02", *extra, "--json")
    assert code == 0
    assert json.loads(out)["due"] == due


def test_a_late_request_for_id_is_a_point_to_raise(run_cli: RunCli) -> None:
    # law §1.5: received Monday 2 March 2026, due Thursday 2 April; ID asked on Tuesday 7 April, after that, and
    # received Friday 10 April: the month restarts (due Monday 11 May 2026) but the user can say it came late.
    argv = ["--kind", "objection", "--received", "2026-03-02", "--id-requested", "2026-04-07"]
    report = json.loads(run_cli("deadline", *argv, "--id-received", "2026-04-10", "--json")[1])
    assert report["due"] == "2026-05-11"
    assert report["points"] == [
        "The organisation asked for proof of identity on Tuesday 7 April 2026, after its time to answer had run out "
        "on Thursday 2 April 2026. Its month starts again from when your proof reached it, but you can point out "
        "that it should have asked within the month."
    ]


def test_id_requested_needs_id_received(run_cli: RunCli) -> None:
    code, _, err = run_cli("deadline", "--kind", "sar", "--received", "2026-03-02", "--id-requested", "2026-03-05")
    assert code == 2
    assert "--id-requested" in err


def test_id_requested_before_the_request_arrived_names_the_option(run_cli: RunCli) -> None:
    argv = ["--kind", "sar", "--received", "2026-03-02", "--id-requested", "2026-03-01", "--id-received", "2026-03-05"]
    code, _, err = run_cli("deadline", *argv)
    assert code == 2
    assert "--id-requested:" in err


def test_school_record_with_and_without_holidays(run_cli: RunCli) -> None:
    base = ["deadline", "--kind", "school-record", "--received", "2026-05-20", "--json"]
    estimate = json.loads(run_cli(*base)[1])
    assert (estimate["due"], estimate["estimate"]) == ("2026-06-11", True)
    assert estimate["explanation"].startswith("The school must let you see the record")
    exact = json.loads(run_cli(*base, "--school-holiday", "2026-05-25:2026-05-29")[1])
    assert (exact["due"], exact["estimate"]) == ("2026-06-17", False)


def test_complaint_acknowledgement(run_cli: RunCli) -> None:
    before = json.loads(run_cli("deadline", "--kind", "complaint-ack", "--received", "2026-06-18", "--json")[1])
    assert (before["due"], before["statutory"]) == ("2026-07-20", False)
    after = json.loads(run_cli("deadline", "--kind", "complaint-ack", "--received", "2026-07-29", "--json")[1])
    assert (after["due"], after["start"], after["statutory"]) == ("2026-08-28", "2026-07-30", True)


USAGE_ERRORS = [
    pytest.param(
        ["--kind", "sar", "--received", "2026-02-30"], "--received: '2026-02-30' is not a date (expected YYYY-MM-DD)"
    ),
    pytest.param(["--kind", "sar", "--posted", "tomorrow", "--post", "first"], "--posted: 'tomorrow' is not a date"),
    pytest.param(
        ["--kind", "sar", "--posted", "2026-03-02", "--post", "first", "--delivered", "2026-13-01"],
        "--delivered: '2026-13-01' is not a date",
    ),
    pytest.param(["--kind", "sar", "--received", "2026-03-02", "--id-received", "x"], "--id-received: 'x' is not"),
    pytest.param(
        ["--kind", "sar", "--received", "2026-03-02", "--extension-notified", "2026-3-9"],
        "--extension-notified: '2026-3-9' is not a date",
    ),
    pytest.param(
        [
            "--kind",
            "sar",
            "--received",
            "2026-03-02",
            "--clarification-asked",
            "2026-03-32",
            "--clarification-received",
            "2026-04-01",
        ],
        "--clarification-asked: '2026-03-32' is not a date",
    ),
    pytest.param(
        ["--kind", "sar", "--received", "2026-03-02", "--posted", "2026-03-01", "--post", "first"],
        "--received and --posted: give one or the other, not both",
    ),
    pytest.param(["--kind", "sar"], "--received: give the day it arrived, or --posted with --post"),
    pytest.param(["--kind", "sar", "--posted", "2026-03-02"], "--post: say how it was sent"),
    pytest.param(["--kind", "sar", "--received", "2026-03-02", "--post", "first"], "--post: only goes with --posted"),
    pytest.param(
        ["--kind", "sar", "--received", "2026-03-02", "--delivered", "2026-03-03"],
        "--delivered: only goes with --posted",
    ),
    pytest.param(
        ["--kind", "complaint-ack", "--received", "2026-07-01", "--extended"],
        "--extended: only applies to --kind sar, objection, rectification, erasure",
    ),
    pytest.param(
        ["--kind", "school-record", "--received", "2026-07-01", "--id-received", "2026-07-02"],
        "--id-received: only applies to --kind",
    ),
    pytest.param(
        ["--kind", "sar", "--received", "2026-07-01", "--school-holiday", "2026-07-20:2026-08-31"],
        "--school-holiday: only applies to --kind school-record",
    ),
    pytest.param(
        ["--kind", "school-record", "--received", "2026-07-01", "--school-holiday", "2026-07-20"],
        "--school-holiday: '2026-07-20' is not a range (expected YYYY-MM-DD:YYYY-MM-DD)",
    ),
    pytest.param(
        ["--kind", "school-record", "--received", "2026-07-01", "--school-holiday", "2026-07-20:2026-07-19"],
        "--school-holiday: A school holiday can't end before it starts",
    ),
    pytest.param(
        ["--kind", "sar", "--received", "2026-03-02", "--clarification-asked", "2026-03-09"],
        "--clarification-received: give one for each --clarification-asked",
    ),
    pytest.param(
        [
            "--kind",
            "sar",
            "--received",
            "2026-03-02",
            "--clarification-asked",
            "2026-03-01",
            "--clarification-received",
            "2026-03-03",
        ],
        "--clarification-asked: The organisation can't ask you to clarify a request before it got it",
    ),
    pytest.param(
        ["--kind", "sar", "--received", "2026-03-02", "--id-received", "2026-03-01"],
        "--id-received: Your proof of identity can't reach the organisation before your request did.",
    ),
    pytest.param(
        ["--kind", "sar", "--received", "2026-03-02", "--extension-notified", "2026-03-01"],
        "--extension-notified: The organisation can't extend its deadline before it got your request.",
    ),
    pytest.param(
        ["--kind", "sar", "--posted", "2026-03-02", "--post", "first", "--delivered", "2026-03-01"],
        "--delivered: A letter can't be delivered before it was sent.",
    ),
    pytest.param(["--kind", "fax", "--received", "2026-03-02"], "argument --kind: invalid choice: 'fax'"),
    pytest.param(["--received", "2026-03-02"], "the following arguments are required: --kind"),
]


@pytest.mark.parametrize(("argv", "message"), USAGE_ERRORS)
def test_bad_input_exits_2_naming_the_option(run_cli: RunCli, argv: list[str], message: str) -> None:
    code, out, err = run_cli("deadline", *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err
