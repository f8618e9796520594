"""npdrights-cli deadline: when a body must answer, and how that date was reached.

For advisers and automation. Dates are YYYY-MM-DD. Exit code 2, with a message naming the option, for a bad
date or options that can't go together.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from npdrights.commands.common import EXIT_OK, POST_METHODS, UsageError
from npdrights.commands.common import parse_date as _date
from npdrights.core.dates import long_date
from npdrights.core.deadlines import (
    DEFAULT_BODY,
    Deadline,
    DeadlineInputError,
    complaint_acknowledgement_due,
    deemed_receipt,
    response_due,
    school_record_due,
)

MONTH_RULE_KINDS = ("sar", "objection", "rectification", "erasure", "restriction")
# Only an access request pauses for clarification (Article 12A, docs/law.md §1.5).
ACCESS_KINDS = ("sar",)
KINDS = (*MONTH_RULE_KINDS, "complaint-ack", "school-record")

# The core's parameter names, as the options a user typed.
_OPTION_FOR_FIELD = {
    "delivered": "--delivered",
    "id_received": "--id-received",
    "id_requested": "--id-requested",
    "clarification": "--clarification-asked",
    "extension_notified": "--extension-notified",
    "school_holidays": "--school-holiday",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "deadline",
        help="work out when an organisation must answer, and explain how",
        description="Work out when an organisation must answer, and explain how the date was reached.",
    )
    parser.add_argument("--kind", required=True, choices=KINDS, help="what was sent")
    parser.add_argument("--received", metavar="DATE", help="the day the organisation got it")
    parser.add_argument("--posted", metavar="DATE", help="the day it was sent (then give --post)")
    parser.add_argument("--post", choices=sorted(POST_METHODS), help="how it was sent, with --posted")
    parser.add_argument("--delivered", metavar="DATE", help="the recorded delivery date, with --posted")
    parser.add_argument("--extended", action="store_true", help="the organisation extended its deadline")
    parser.add_argument("--extension-notified", metavar="DATE", help="the day it told you it extended the deadline")
    parser.add_argument("--id-requested", metavar="DATE", help="the day it asked for proof of identity")
    parser.add_argument("--id-received", metavar="DATE", help="the day your proof of identity reached it")
    parser.add_argument(
        "--clarification-asked",
        metavar="DATE",
        action="append",
        default=[],
        help="the day it asked you to clarify (pauses the clock for --kind sar only)",
    )
    parser.add_argument(
        "--clarification-received",
        metavar="DATE",
        action="append",
        default=[],
        help="the day your clarification reached it (one for each --clarification-asked)",
    )
    parser.add_argument(
        "--school-holiday",
        metavar="FIRST:LAST",
        action="append",
        help="a school holiday or training days, both dates included (school-record only; repeat as needed)",
    )
    parser.add_argument("--body", default=DEFAULT_BODY, help="the organisation's name for the explanation")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.set_defaults(run=run_deadline)


def _required_date(option: str, text: str) -> date:
    parsed = _date(option, text)
    assert parsed is not None
    return parsed


def _school_holidays(texts: list[str] | None) -> list[tuple[date, date]] | None:
    if texts is None:
        return None
    ranges = []
    for text in texts:
        first, colon, last = text.partition(":")
        if not colon:
            raise UsageError(f"--school-holiday: {text!r} is not a range (expected YYYY-MM-DD:YYYY-MM-DD)")
        ranges.append((_required_date("--school-holiday", first), _required_date("--school-holiday", last)))
    return ranges


def _check_combinations(args: argparse.Namespace) -> None:
    if args.received is not None and args.posted is not None:
        raise UsageError("--received and --posted: give one or the other, not both")
    if args.received is None and args.posted is None:
        raise UsageError("--received: give the day it arrived, or --posted with --post")
    if args.posted is not None and args.post is None:
        raise UsageError("--post: say how it was sent (first, second, signed or email) when you give --posted")
    for option, given in (("--post", args.post), ("--delivered", args.delivered)):
        if given is not None and args.posted is None:
            raise UsageError(f"{option}: only goes with --posted")
    month_only = {
        "--extended": args.extended,
        "--extension-notified": args.extension_notified,
        "--id-received": args.id_received,
        "--id-requested": args.id_requested,
        "--clarification-asked": args.clarification_asked,
        "--clarification-received": args.clarification_received,
    }
    for option, given in month_only.items():
        if given and args.kind not in MONTH_RULE_KINDS:
            raise UsageError(f"{option}: only applies to --kind {', '.join(MONTH_RULE_KINDS)}")
    if args.school_holiday and args.kind != "school-record":
        raise UsageError("--school-holiday: only applies to --kind school-record")
    if args.id_requested is not None and args.id_received is None:
        raise UsageError("--id-requested: give --id-received too, the day your proof reached it")
    if len(args.clarification_asked) != len(args.clarification_received):
        raise UsageError("--clarification-received: give one for each --clarification-asked, in the same order")


def _receipt(args: argparse.Namespace) -> Deadline | None:
    if args.posted is None:
        return None
    posted = _required_date("--posted", args.posted)
    return deemed_receipt(posted, POST_METHODS[args.post], _date("--delivered", args.delivered), body=args.body)


def _deadline(args: argparse.Namespace, received: date, receipt: Deadline | None) -> Deadline:
    if args.kind == "complaint-ack":
        return complaint_acknowledgement_due(received, body=args.body)
    if args.kind == "school-record":
        body = args.body if args.body != DEFAULT_BODY else "the school"
        return school_record_due(received, _school_holidays(args.school_holiday), body=body)
    pauses = [
        (_required_date("--clarification-asked", asked), _required_date("--clarification-received", answered))
        for asked, answered in zip(args.clarification_asked, args.clarification_received, strict=True)
    ]
    return response_due(
        received,
        id_received=_date("--id-received", args.id_received),
        id_requested=_date("--id-requested", args.id_requested),
        clarification=pauses,
        access=args.kind in ACCESS_KINDS,
        extension_notified=_date("--extension-notified", args.extension_notified),
        extended=args.extended,
        receipt_estimated=receipt is not None and receipt.estimate,
        body=args.body,
    )


def run_deadline(args: argparse.Namespace) -> int:
    _check_combinations(args)
    try:
        receipt = _receipt(args)
        received = receipt.due if receipt else _required_date("--received", args.received)
        deadline = _deadline(args, received, receipt)
    except DeadlineInputError as error:
        raise UsageError(f"{_OPTION_FOR_FIELD[error.field]}: {error.message}") from None
    estimate = deadline.estimate or (receipt is not None and receipt.estimate)
    if args.json:
        report = {
            "kind": args.kind,
            "due": deadline.due.isoformat(),
            "start": deadline.start.isoformat(),
            "received": received.isoformat(),
            "explanation": deadline.explanation,
            "receipt_explanation": receipt.explanation if receipt else None,
            "estimate": estimate,
            "statutory": deadline.statutory,
            "points": list(deadline.points),
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"Due: {long_date(deadline.due)} ({deadline.due.isoformat()}){' (an estimate)' if estimate else ''}")
    if receipt is not None:
        print(receipt.explanation)
    print(deadline.explanation)
    for point in deadline.points:
        print(f"You can raise: {point}")
    return EXIT_OK
