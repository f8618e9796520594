"""What every subcommand shares: exit codes, secrets from stdin or the environment, messages on stderr."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from npdrights.core.limits import LimitExceeded, check_date
from npdrights.core.model import PostMethod
from npdrights.core.shallow_json import NestedTooDeeply, loads_shallow
from npdrights.core.text_safety import find_unsafe
from npdrights.paths import AppPaths
from npdrights.storage.errors import (
    AttachmentError,
    AuditError,
    BackupError,
    DamagedDatabase,
    KeychainUnavailable,
    KeyFileMissing,
    KeySlotFileError,
    NewerVersion,
    NotAFile,
    NoVault,
    OlderDatabase,
    VaultBusy,
    VaultError,
    WrongSecret,
)
from npdrights.storage.faults import DiskFull, DiskProblem
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_WRONG_SECRET = 3
EXIT_DAMAGED = 4
EXIT_ENVIRONMENT = 5  # the computer said no: disk full, vault busy in another window, a folder for a file

PASSPHRASE_ENV = "NPDRIGHTS_PASSPHRASE"
ADVISER_ENV = "NPDRIGHTS_ADVISER"


class UsageError(Exception):
    """Bad options or input from the command line: exit code 2, message names the option."""


def exit_code_for(error: VaultError) -> int:
    if isinstance(error, WrongSecret | KeychainUnavailable):
        return EXIT_WRONG_SECRET
    if isinstance(error, DamagedDatabase | KeySlotFileError | KeyFileMissing | NewerVersion | NoVault | OlderDatabase):
        return EXIT_DAMAGED
    if isinstance(error, AuditError):
        return EXIT_DAMAGED
    if isinstance(error, BackupError | AttachmentError):  # an unreadable backup file, or a damaged attachment
        return EXIT_DAMAGED
    if isinstance(error, VaultBusy | DiskFull | DiskProblem | NotAFile):
        return EXIT_ENVIRONMENT
    return EXIT_USAGE


def parse_date(option: str, text: str | None) -> date | None:
    """A YYYY-MM-DD option's date (None if not given); a bad one is a usage error naming the option."""
    if text is None:
        return None
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: {text!r} is not a date (expected YYYY-MM-DD)") from None
    try:
        check_date("date", value)
    except LimitExceeded as error:  # the year 9999 or 0001 would overflow the date arithmetic behind it
        raise UsageError(f"{option}: {error}") from None
    return value


# `--post first|second|signed|email`, shared by the deadline and case commands.
POST_METHODS = {method.value: method for method in PostMethod}


def read_answers_file(path: Path) -> Any:
    """The JSON of an `--answers` file, or a UsageError saying what is wrong with it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"--answers: cannot read {path}: {getattr(error, 'strerror', None) or error}") from None
    try:
        document = loads_shallow(text)
    except json.JSONDecodeError as error:
        raise UsageError(
            f"--answers: {path} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except NestedTooDeeply:
        raise UsageError(f"--answers: {path} is nested too deeply to be a letter's answers") from None
    unsafe = find_unsafe(document)
    if unsafe:
        where, what = unsafe
        raise UsageError(f"--answers: {path}: {where} holds {what}, which a letter can't contain. Remove it.")
    return document


def say(message: str, stream: TextIO | None = None) -> None:
    print(message, file=stream or sys.stderr)


def paths_from(args: argparse.Namespace) -> AppPaths:
    environ = dict(os.environ)
    if getattr(args, "home", None):
        environ["NPDRIGHTS_HOME"] = args.home
    paths = AppPaths.from_environment(environ)
    return paths


def open_vault_object(args: argparse.Namespace) -> Vault:
    # args.kdf is the full Argon2 settings unless a test called cli.main with cheaper ones.
    return Vault(paths_from(args).data, KeyringKeyStore(), kdf=args.kdf)


@contextmanager
def unlocked_vault(args: argparse.Namespace, secrets: SecretReader | None = None) -> Iterator[Vault]:
    """The vault, unlocked with the passphrase for the `with` block and locked after it, however the block ends.

    A missing or damaged vault is reported before the passphrase is asked for, and a snapshot that could not be
    taken is said on stderr (the command goes on). Every command that reads or changes the cases opens them here,
    so none can forget to lock."""
    vault = open_vault_object(args)
    vault.slots()
    adviser = adviser_of(args, vault)
    vault.unlock_with_passphrase(
        (secrets or SecretReader(args)).read("vault passphrase"),
        adviser,
        accept_older_database=getattr(args, "accept_older_database", False),
    )
    try:
        for notice in (vault.key_file_notice, vault.snapshot_problem):
            if notice:
                say(notice)
        yield vault
    finally:
        vault.lock()


def adviser_of(args: argparse.Namespace, vault: Vault) -> str | None:
    """Who is signing in, in an organisation's vault (--adviser, else NPDRIGHTS_ADVISER); None in a parent's."""
    if not vault.is_organisation():
        return None
    name = getattr(args, "adviser", None) or os.environ.get(ADVISER_ENV)
    if not name:
        raise UsageError(f"this vault has several advisers: say who you are with --adviser NAME or {ADVISER_ENV}")
    return str(name)


class SecretReader:
    """Reads secrets in order: standard input (one per line) if asked, else the environment, else a prompt."""

    def __init__(
        self,
        args: argparse.Namespace,
        stdin: TextIO | None = None,
        prompt: Callable[[str], str] = getpass.getpass,
        *,
        flag: str = "--passphrase-stdin",
    ) -> None:
        self.flag = flag
        self.from_stdin = bool(getattr(args, flag.removeprefix("--").replace("-", "_"), False))
        self.stdin = stdin or sys.stdin
        self.prompt = prompt

    def read(self, label: str, env_name: str | None = PASSPHRASE_ENV) -> str:
        if self.from_stdin:
            line = self.stdin.readline()
            if not line:
                raise UsageError(f"{self.flag}: expected the {label} on standard input, got nothing")
            return line.rstrip("\r\n")
        if env_name and os.environ.get(env_name):
            return os.environ[env_name]
        if not self.stdin.isatty():
            raise UsageError(f"no {label} given: use {self.flag} or set {env_name}")
        return self.prompt(f"{label[0].upper()}{label[1:]}: ")


def add_secret_options(parser: argparse.ArgumentParser, *, opens_vault: bool = True) -> None:
    parser.add_argument(
        "--adviser", metavar="NAME", help=f"in an organisation's vault, who you are (otherwise {ADVISER_ENV})"
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=f"read the passphrase from standard input (otherwise {PASSPHRASE_ENV}, meant for automation, or a prompt)",
    )
    if not opens_vault:
        return
    parser.add_argument(
        "--accept-older-database",
        action="store_true",
        help="carry on if the cases file is older than this vault expects (an old copy was put back)",
    )
