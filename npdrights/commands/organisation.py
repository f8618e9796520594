"""npdrights-cli organisation set | show | clear: the letterhead on the letters an advice charity's advisers send.

Kept inside the vault, so each command asks for its passphrase like the case commands. Exit codes: 0 done,
2 something typed or a logo file that can't be used (the message says why), 3 wrong passphrase, 4 damaged vault.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from npdrights.commands.common import EXIT_OK, UsageError, add_secret_options, say, unlocked_vault
from npdrights.service import organisation


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("organisation", help="the letterhead on advisers' letters: name, address, logo")
    actions = parser.add_subparsers(dest="organisation_command", required=True, metavar="ACTION")

    set_ = actions.add_parser(
        "set",
        help="set the letterhead (replaces the one there was)",
        description="Set the letterhead printed at the top of the letters advisers send for families.",
    )
    set_.add_argument("--name", required=True, help="the organisation's name")
    set_.add_argument(
        "--address", required=True, action="append", metavar="LINE", help="one line of its address (repeat it)"
    )
    set_.add_argument("--charity-number", default="", help="its registered charity number, if it has one")
    set_.add_argument("--logo", type=Path, metavar="FILE", help="a logo (PNG or JPEG); it is kept in the vault")
    add_secret_options(set_)
    set_.set_defaults(run=run_set)

    show = actions.add_parser("show", help="the letterhead as it is printed")
    show.add_argument("--json", action="store_true", help="print a JSON object")
    add_secret_options(show)
    show.set_defaults(run=run_show)

    clear = actions.add_parser("clear", help="print advisers' letters without a letterhead again")
    add_secret_options(clear)
    clear.set_defaults(run=run_clear)


def run_set(args: argparse.Namespace) -> int:
    try:
        logo = organisation.read_logo_file(args.logo) if args.logo else b""
    except organisation.LogoProblem as error:
        raise UsageError(f"--logo: {error}") from None
    with unlocked_vault(args) as vault:
        try:
            made = organisation.save(vault.database, args.name, "\n".join(args.address), args.charity_number, logo)
        except organisation.LetterheadProblem as error:
            raise UsageError(str(error)) from None
    say("The letterhead is set. Advisers' letters now start with:")
    print("\n".join(made.lines) + ("\n(and the logo)" if made.logo else ""))
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    with unlocked_vault(args) as vault:
        kept = organisation.letterhead(vault.database)
    if args.json:
        document = (
            None
            if kept is None
            else {
                "name": kept.name,
                "address": list(kept.address),
                "charity_number": kept.charity_number or None,
                "logo": bool(kept.logo),
            }
        )
        print(json.dumps(document, ensure_ascii=False, indent=2))
    elif kept is None:
        say("No letterhead is set: advisers' letters have none. Set one with `npdrights-cli organisation set`.")
    else:
        print("\n".join(kept.lines) + ("\n(and the logo)" if kept.logo else ""))
    return EXIT_OK


def run_clear(args: argparse.Namespace) -> int:
    with unlocked_vault(args) as vault:
        organisation.clear(vault.database)
    say("The letterhead is cleared: advisers' letters have none now.")
    return EXIT_OK
