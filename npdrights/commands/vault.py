"""npdrights-cli vault init | status | change-passphrase."""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

from npdrights.commands.common import (
    EXIT_OK,
    SecretReader,
    UsageError,
    add_secret_options,
    open_vault_object,
    say,
)
from npdrights.storage.snapshots import list_snapshots
from npdrights.storage.vault import check_new_passphrase


def register(subparsers: Any) -> None:
    vault = subparsers.add_parser("vault", help="create and look after the encrypted vault")
    actions = vault.add_subparsers(dest="vault_command", required=True, metavar="ACTION")

    init = actions.add_parser("init", help="create a new vault and print its recovery code once")
    add_secret_options(init)
    init.set_defaults(run=run_init)

    status = actions.add_parser("status", help="say where the vault is and how it can be unlocked")
    status.add_argument("--json", action="store_true", help="print a JSON object")
    status.set_defaults(run=run_status)

    change = actions.add_parser(
        "change-passphrase",
        help="replace the passphrase (with --passphrase-stdin: the old one on line 1, the new one on line 2)",
    )
    add_secret_options(change)
    change.set_defaults(run=run_change_passphrase)


def _new_passphrase(secrets: SecretReader, env_name: str | None) -> str:
    passphrase = secrets.read("new passphrase", env_name)
    typed_at_a_prompt = not secrets.from_stdin and not (env_name and os.environ.get(env_name))
    if typed_at_a_prompt and secrets.read("new passphrase again", None) != passphrase:
        raise UsageError("the two passphrases are different")
    check_new_passphrase(passphrase)
    return passphrase


def run_init(args: argparse.Namespace) -> int:
    vault = open_vault_object(args)
    passphrase = _new_passphrase(SecretReader(args), "NPDRIGHTS_PASSPHRASE")
    code = vault.create(passphrase)
    vault.lock()
    say(f"Created a vault in {vault.folder}.")
    say("Your recovery code is below. Write it down or print it, and keep it somewhere safe.")
    say("It is shown only this once. Without it and your passphrase, nobody can open your cases.")
    print(code)
    return EXIT_OK


def run_status(args: argparse.Namespace) -> int:
    vault = open_vault_object(args)
    report: dict[str, Any] = {"folder": str(vault.folder), "exists": vault.exists()}
    if vault.exists():
        slots = vault.slots()
        report["unlock_with"] = sorted(slot.type for slot in slots.slots)
        report["snapshots"] = [snapshot.taken.isoformat() for snapshot in list_snapshots(vault.folder)]
    if args.json:
        print(json.dumps(report, indent=2))
    elif not report["exists"]:
        print(f"No vault yet in {vault.folder}. Create one with: npdrights-cli vault init")
    else:
        print(f"Vault folder: {vault.folder}")
        print("Can be unlocked with: " + ", ".join(report["unlock_with"]))
        print(f"Snapshots: {len(report['snapshots'])}")
    return EXIT_OK


def run_change_passphrase(args: argparse.Namespace) -> int:
    vault = open_vault_object(args)
    vault.slots()  # a missing or damaged vault is reported before any passphrase is asked for
    secrets = SecretReader(args)
    old = secrets.read("current passphrase")
    new = _new_passphrase(secrets, "NPDRIGHTS_NEW_PASSPHRASE")
    vault.open(vault.unwrap_with_passphrase(old))
    try:
        vault.change_passphrase(old, new)
    finally:
        vault.lock()
    say("Passphrase changed. Your recovery code still works.")
    return EXIT_OK
