"""npdrights-cli audit list | verify: the vault's audit trail (issue 16, item 2).

`verify` exits 0 when every entry checks out and 4 when one was altered, removed or added, naming it.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from npdrights.commands.common import EXIT_DAMAGED, EXIT_OK, add_secret_options, say, unlocked_vault
from npdrights.core.dates import uk_clock_time
from npdrights.storage import audit


def register(subparsers: Any) -> None:
    trail = subparsers.add_parser("audit", help="who did what to which case, and a check that nothing was changed")
    actions = trail.add_subparsers(dest="audit_command", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="the entries, newest first (times in UK time)")
    listing.add_argument("--case", metavar="ID", help="only this case's entries")
    listing.add_argument("--limit", type=int, default=50, metavar="N", help="at most N entries (0: all)")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    add_secret_options(listing)
    listing.set_defaults(run=run_list)

    verify = actions.add_parser("verify", help="check the hash chain; exit 4 if an entry was changed")
    add_secret_options(verify)
    verify.set_defaults(run=run_verify)


def run_list(args: argparse.Namespace) -> int:
    with unlocked_vault(args) as vault:
        found = audit.entries(vault.database.connection, case_id=args.case, limit=max(args.limit, 0) or None)
    if args.json:
        print(json.dumps([asdict(entry) for entry in found], indent=2))
        return EXIT_OK
    # People read the UK's clock time; the JSON keeps the stored UTC time ('Z') for other programs.
    for entry in found:
        fields = (entry.seq, uk_clock_time(entry.at), entry.adviser or "-", entry.kind, entry.case_id or "(all cases)")
        print("\t".join(map(str, (*fields, entry.detail))))
    return EXIT_OK


def run_verify(args: argparse.Namespace) -> int:
    with unlocked_vault(args) as vault:
        check = audit.verify(vault.database.connection)
    if check.intact:
        print(check.describe())
        return EXIT_OK
    say(check.describe())
    return EXIT_DAMAGED
