"""npdrights-cli retention show | set | review | delete: the retention policy (issue 16, item 4).

`delete --yes` deletes every case past the policy today, with its attachments; without --yes it only lists them.
Make a backup first (npdrights-cli vault export) if the cases may be wanted again.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from npdrights.commands.common import EXIT_OK, UsageError, add_secret_options, say, unlocked_vault
from npdrights.core.retention import MAX_YEARS, MIN_YEARS, RetentionPolicy
from npdrights.service.retention import Retention


def register(subparsers: Any) -> None:
    retention = subparsers.add_parser("retention", help="delete closed cases after the period your policy sets")
    actions = retention.add_subparsers(dest="retention_command", required=True, metavar="ACTION")

    show = actions.add_parser("show", help="the policy")
    add_secret_options(show)
    show.set_defaults(run=run_show)

    set_policy = actions.add_parser("set", help="delete closed cases after YEARS years ('off': keep them)")
    set_policy.add_argument("years", metavar="YEARS|off")
    add_secret_options(set_policy)
    set_policy.set_defaults(run=run_set)

    review = actions.add_parser("review", help="list the cases past the policy (by id, without names)")
    review.add_argument("--json", action="store_true", help="print a JSON array")
    add_secret_options(review)
    review.set_defaults(run=run_review)

    delete = actions.add_parser("delete", help="delete the cases past the policy (with --yes)")
    delete.add_argument("--yes", action="store_true", help="really delete them (otherwise: list them only)")
    add_secret_options(delete)
    delete.set_defaults(run=run_delete)


def run_show(args: argparse.Namespace) -> int:
    with _unlocked_retention(args) as retention:
        print(retention.policy().describe())
    return EXIT_OK


@contextmanager
def _unlocked_retention(args: argparse.Namespace) -> Iterator[Retention]:
    """The retention policy and its cases in the unlocked vault, for a `with` block; the vault is locked after it."""
    with unlocked_vault(args) as vault:
        yield Retention(vault, date.today)


def _policy(text: str) -> RetentionPolicy:
    if text.strip().lower() == "off":
        return RetentionPolicy()
    try:
        return RetentionPolicy(int(text))
    except ValueError:
        raise UsageError(f"YEARS must be a whole number from {MIN_YEARS} to {MAX_YEARS}, or 'off'") from None


def run_set(args: argparse.Namespace) -> int:
    policy = _policy(args.years)
    with _unlocked_retention(args) as retention:
        retention.set_policy(policy)
    say(f"Saved. {policy.describe()}")
    return EXIT_OK


def run_review(args: argparse.Namespace) -> int:
    with _unlocked_retention(args) as retention:
        due = retention.due()
        policy = retention.policy()
    if args.json:
        rows = [{"case": d.case.id, "closed_on": d.closed_on.isoformat(), "due_on": d.due_on.isoformat()} for d in due]
        print(json.dumps(rows, indent=2))
    elif policy.years is None:
        print(policy.describe())
    else:
        for item in due:
            print(
                f"{item.case.id}\tclosed {item.closed_on.isoformat()}\tpast the policy since {item.due_on.isoformat()}"
            )
        say(f"{len(due)} case(s) past the policy. {policy.describe()}")
    return EXIT_OK


def run_delete(args: argparse.Namespace) -> int:
    with _unlocked_retention(args) as retention:
        due = retention.due()
        if not due:
            say("No case is past the retention policy. Nothing was deleted.")
            return EXIT_OK
        if not args.yes:
            say(f"{len(due)} case(s) are past the policy. Run again with --yes to delete them (back up first).")
            return EXIT_OK
        say(retention.delete([item.case.id for item in due]).describe())
    return EXIT_OK
