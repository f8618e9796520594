"""npdrights-cli vault init | status | change-passphrase | export | verify | import | snapshots.

When a command needs both the vault's passphrase and a backup file's passphrase on standard input
(--passphrase-stdin and --backup-passphrase-stdin), the vault's comes first, on line 1, and the backup's
on line 2. For `import` into an empty folder, line 1 is the new vault's passphrase.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from npdrights.commands.common import (
    EXIT_OK,
    SecretReader,
    UsageError,
    add_secret_options,
    adviser_of,
    open_vault_object,
    say,
    unlocked_vault,
)
from npdrights.storage.backup_export import Scope, export_backup
from npdrights.storage.backup_format import FILE_SUFFIX
from npdrights.storage.backup_import import BackupSummary, merge_into, open_backup, restore_as_new_vault
from npdrights.storage.errors import DamagedAttachments, DamagedDatabase, KeyFileMissing
from npdrights.storage.snapshots import list_snapshots
from npdrights.storage.vault import Vault, check_new_passphrase

BACKUP_PASSPHRASE_ENV = "NPDRIGHTS_BACKUP_PASSPHRASE"


def register(subparsers: Any) -> None:
    vault = subparsers.add_parser("vault", help="create and look after the encrypted vault")
    actions = vault.add_subparsers(dest="vault_command", required=True, metavar="ACTION")

    init = actions.add_parser("init", help="create a new vault and print its recovery code once")
    add_secret_options(init, opens_vault=False)
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

    export = actions.add_parser(
        "export",
        help="write a backup file, encrypted under a passphrase of its own (vault passphrase first on stdin)",
    )
    export.add_argument("--out", required=True, metavar="FILE", help=f"the backup file to write ({FILE_SUFFIX})")
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--case", metavar="ID", help="only this case, with its people, events and attachments")
    scope.add_argument("--household", metavar="ID", help="only this household's cases")
    add_secret_options(export)
    _add_backup_secret_option(export)
    export.set_defaults(run=run_export)

    verify = actions.add_parser("verify", help="check a backup file end to end without importing it")
    verify.add_argument("file", metavar="FILE")
    verify.add_argument("--json", action="store_true", help="print what the backup holds as a JSON object")
    _add_backup_secret_option(verify)
    verify.set_defaults(run=run_verify)

    restore = actions.add_parser(
        "import",
        help="restore a backup file: into a new vault if this folder has none, or with --merge into this one",
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--merge", action="store_true", help="add the backup's cases to this vault (nothing in it is overwritten)"
    )
    add_secret_options(restore)
    _add_backup_secret_option(restore)
    restore.set_defaults(run=run_import)

    snapshots = actions.add_parser("snapshots", help="list the automatic snapshots, newest first")
    snapshots.add_argument("--json", action="store_true", help="print a JSON list")
    snapshots.add_argument(
        "--restore",
        action="store_true",
        help="if cases.db is damaged, put the newest snapshot that opens in its place (asks for the passphrase)",
    )
    add_secret_options(snapshots)
    snapshots.set_defaults(run=run_snapshots)


def _add_backup_secret_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--backup-passphrase-stdin",
        action="store_true",
        help=f"read the backup file's passphrase from standard input (otherwise {BACKUP_PASSPHRASE_ENV} or a prompt)",
    )


def _backup_secrets(args: argparse.Namespace) -> SecretReader:
    return SecretReader(args, flag="--backup-passphrase-stdin")


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
    vault.open(vault.unwrap_with_passphrase(old, adviser_of(args, vault)))
    try:
        vault.change_passphrase(old, new)
    finally:
        vault.lock()
    say("Passphrase changed. Your recovery code still works.")
    return EXIT_OK


def _existing_file(name: str) -> Path:
    path = Path(name).expanduser()
    if not path.is_file():
        raise UsageError(f"no such file: {name}")
    return path


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.exists():
        raise UsageError(f"{args.out} already exists: choose a new name (an old backup is never overwritten)")
    if not out.parent.is_dir():
        raise UsageError(f"no such folder: {out.parent}")
    scope = Scope.one_case(args.case) if args.case else Scope.one_household(args.household) if args.household else None
    with unlocked_vault(args) as vault:
        backup_secrets = _backup_secrets(args)
        passphrase = backup_secrets.read("backup passphrase", BACKUP_PASSPHRASE_ENV)
        typed_at_a_prompt = not backup_secrets.from_stdin and not os.environ.get(BACKUP_PASSPHRASE_ENV)
        if typed_at_a_prompt and backup_secrets.read("backup passphrase again", None) != passphrase:
            raise UsageError("the two backup passphrases are different")
        left_out = ""
        try:
            manifest = export_backup(vault, out, passphrase, scope=scope, kdf=vault.kdf)
        except DamagedAttachments as damaged:
            # Said before anything is written; then everything that reads cleanly is backed up (issue 11, item 5).
            say(damaged.message.replace("Nothing has been written yet.", "Backing up everything else."))
            manifest = export_backup(vault, out, passphrase, scope=scope, kdf=vault.kdf, leave_out_damaged=True)
            left_out = f" {len(damaged.damaged)} damaged attachment(s) were left out, as listed above."
    say(
        f"Saved a backup of {manifest.counts['cases']} case(s) and {manifest.counts['attachments']} attachment(s) "
        f"to {out}.{left_out} Keep its passphrase somewhere safe: without it, nobody can read the backup."
    )
    return EXIT_OK


def _summary_json(summary: BackupSummary) -> dict[str, Any]:
    manifest = summary.manifest
    return {
        "created": manifest.created.isoformat(),
        "scope": manifest.scope,
        "scope_id": manifest.scope_id,
        "schema": manifest.schema,
        "counts": manifest.counts,
        "attachment_bytes": manifest.attachment_bytes,
        "case_ids": [case_id for case_id, _reference in summary.cases],
    }


def run_verify(args: argparse.Namespace) -> int:
    source = _existing_file(args.file)
    passphrase = _backup_secrets(args).read("backup passphrase", BACKUP_PASSPHRASE_ENV)
    vault = open_vault_object(args)
    vault.folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # staging lives in the data folder
    with open_backup(source, passphrase, vault.folder) as staged:
        summary = staged.summary
    if args.json:
        print(json.dumps(_summary_json(summary), indent=2))
    say(f"This backup is complete and undamaged. {summary.describe()}")
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    source = _existing_file(args.file)
    vault = open_vault_object(args)
    if vault.exists() and not args.merge:
        raise UsageError(
            "this folder already has a vault: add --merge to add the backup's cases to it "
            "(nothing already in it is overwritten)"
        )
    if not vault.exists() and args.merge:
        raise UsageError("there is no vault here to merge into: leave out --merge to restore the backup as a new vault")
    secrets = SecretReader(args)
    if args.merge:
        vault.unlock_with_passphrase(secrets.read("vault passphrase"), accept_older_database=args.accept_older_database)
    else:
        new_passphrase = _new_passphrase(secrets, "NPDRIGHTS_PASSPHRASE")
    try:
        backup_passphrase = _backup_secrets(args).read("backup passphrase", BACKUP_PASSPHRASE_ENV)
        vault.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with open_backup(source, backup_passphrase, vault.folder) as staged:
            if args.merge:
                report = merge_into(vault, staged)
            else:
                code, report = restore_as_new_vault(vault, staged, new_passphrase)
    finally:
        vault.lock()
    say(report.describe())
    if not args.merge:
        say(f"Created a vault in {vault.folder} from the backup.")
        say("Your new recovery code is below. Write it down or print it, and keep it somewhere safe.")
        print(code)
    return EXIT_OK


def run_snapshots(args: argparse.Namespace) -> int:
    vault = open_vault_object(args)
    if args.restore:
        return _restore_snapshot(vault, SecretReader(args))
    vault.slots()
    snapshots = list_snapshots(vault.folder)
    if args.json:
        listing = [{"taken": s.taken.isoformat(), "bytes": s.database.stat().st_size} for s in snapshots]
        print(json.dumps(listing, indent=2))
    elif not snapshots:
        print("No snapshots yet. One is taken each day you unlock the vault.")
    else:
        for snapshot in snapshots:
            print(f"{snapshot.taken:%Y-%m-%d %H:%M}  {snapshot.database.stat().st_size:>10} bytes")
    return EXIT_OK


def _restore_snapshot(vault: Vault, secrets: SecretReader) -> int:
    try:
        vault.slots()
    except KeyFileMissing as missing:
        if missing.copy_taken is None:
            raise
        vault.restore_key_file()
        say(f"vault.json now holds the copy kept with the snapshot of {missing.copy_taken:%Y-%m-%d %H:%M}.")
    try:
        vault.unlock_with_passphrase(secrets.read("vault passphrase"))
    except DamagedDatabase as damage:
        if damage.latest_snapshot is None:
            raise
        taken = vault.restore_latest_snapshot()
        say(f"cases.db now holds the snapshot from {taken:%Y-%m-%d %H:%M}. The damaged file was kept beside it.")
        return EXIT_OK
    vault.lock()
    say("cases.db opens and checks out, so nothing was restored.")
    return EXIT_OK
