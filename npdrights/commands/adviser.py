"""npdrights-cli adviser list | add | remove: an organisation's advisers (issue 16, item 1).

`add` reads the signed-in admin's passphrase first and the new adviser's second (on standard input with
--passphrase-stdin, or NPDRIGHTS_PASSPHRASE and NPDRIGHTS_NEW_PASSPHRASE). The first `add` in a parent's vault
makes it an organisation's: the adviser added is its first admin, and the vault's passphrase stops working.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from npdrights.commands.common import EXIT_OK, SecretReader, add_secret_options, say, unlocked_vault
from npdrights.storage.advisers import ADMIN, ADVISER, Advisers

NEW_PASSPHRASE_ENV = "NPDRIGHTS_NEW_PASSPHRASE"


def register(subparsers: Any) -> None:
    adviser = subparsers.add_parser("adviser", help="an organisation's advisers: list, add, remove")
    actions = adviser.add_subparsers(dest="adviser_command", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="the advisers and their roles")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    add_secret_options(listing)
    listing.set_defaults(run=run_list)

    add = actions.add_parser("add", help="add an adviser with a passphrase of their own (admins only)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=(ADVISER, ADMIN), default=ADVISER)
    add_secret_options(add)
    add.set_defaults(run=run_add)

    remove = actions.add_parser("remove", help="remove an adviser: their passphrase stops opening the vault")
    remove.add_argument("name", metavar="NAME")
    add_secret_options(remove)
    remove.set_defaults(run=run_remove)


def run_list(args: argparse.Namespace) -> int:
    with unlocked_vault(args) as vault:
        advisers = Advisers(vault).list()
    if args.json:
        print(json.dumps([{"name": a.name, "role": a.role, "added_on": a.added_on} for a in advisers], indent=2))
    elif not advisers:
        print("This vault has no advisers: it opens with one passphrase. Add the first with: npdrights-cli adviser add")
    else:
        for adviser in advisers:
            print(f"{adviser.name}\t{adviser.role}\tadded {adviser.added_on}")
    return EXIT_OK


def run_add(args: argparse.Namespace) -> int:
    secrets = SecretReader(args)
    with unlocked_vault(args, secrets) as vault:
        passphrase = secrets.read(f"passphrase for {args.name}", NEW_PASSPHRASE_ENV)
        advisers = Advisers(vault)
        if vault.is_organisation():
            added = advisers.add(args.name, passphrase, args.role)
            say(f"Added {added.name} ({added.role}). They sign in with their name and their own passphrase.")
        else:
            advisers.start_organisation(args.name, passphrase)
            say(
                f"Added {args.name.strip()} as the first adviser, with the admin role. From now on everyone signs in "
                "with their name and their own passphrase (--adviser NAME); the vault's old passphrase no longer "
                "opens it. The recovery code is unchanged."
            )
    return EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    with unlocked_vault(args) as vault:
        Advisers(vault).remove(args.name)
    say(
        f"Removed {args.name.strip()}: their passphrase no longer opens the vault. Anything they saved or copied "
        "out before is not taken back."
    )
    return EXIT_OK
