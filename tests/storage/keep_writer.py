"""Child process for test_summary_cache_crash.py: keeps every case's line for one day after another, printing each
day's number once that keep has committed.

Run as `python -m tests.storage.keep_writer DATA_DIR`; the passphrase comes on standard input.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from npdrights.service.summary_cache import keep, summarise_part
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault

FIRST_DAY = date(2026, 11, 28)


def main() -> None:
    vault = Vault(Path(sys.argv[1]), KeyringKeyStore())
    vault.unlock_with_passphrase(sys.stdin.readline().rstrip("\n"))
    repository = Repository(vault.database)
    rows = repository.stored_rows(events=False)
    directory = replace(replace(rows, people=[]).decode(), people=repository.people_names())
    number = 0
    while True:
        number += 1
        day = FIRST_DAY + timedelta(days=number)
        keep(repository, day, summarise_part(repository, directory.cases, directory, day).to_keep)
        print(number, flush=True)


if __name__ == "__main__":
    main()
