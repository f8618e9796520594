"""Child process for test_summary_cache_crash.py: works out every case's line and keeps it for one day, day after
day, printing each day's number once that keep has committed. (The list itself would keep a line for every day it
holds for and not work it out again: one day each makes every keep a whole new one.)

Run as `python -m tests.storage.keep_writer DATA_DIR`, the passphrase on standard input; the test forks it from a
launcher that has imported it already (warm_start.py), calling `run`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from npdrights.core.case_list import kept_record, summarise
from npdrights.core.model import Case
from npdrights.core.watched_day import DaySpan
from npdrights.service.summary_cache import KeptLine, keep
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository, VaultContents
from npdrights.storage.vault import Vault

FIRST_DAY = date(2026, 11, 28)


def main() -> None:
    run(Path(sys.argv[1]), sys.stdin.readline().rstrip("\n"))


def run(folder: Path, passphrase: str) -> None:
    vault = Vault(folder, KeyringKeyStore())
    vault.unlock_with_passphrase(passphrase)
    repository = Repository(vault.database)
    rows = repository.stored_rows(events=False)
    directory = replace(replace(rows, people=[]).decode(), people=repository.people_names())
    number = 0
    while True:
        number += 1
        day = FIRST_DAY + timedelta(days=number)
        keep(repository, (_kept_for(case, day, directory) for case in directory.cases))
        print(number, flush=True)


def _kept_for(case: Case, day: date, directory: VaultContents) -> KeptLine:
    """The case's line worked out by the rules engine, to keep for `day` alone. (The cases have no events.)"""
    line = summarise(case, (), day, people=directory.people, organisations=directory.organisations)
    return KeptLine(case.id, 0, DaySpan(day, day), json.dumps(kept_record(line, ())))


if __name__ == "__main__":
    main()
