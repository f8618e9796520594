"""Child process for test_crash.py: commits transactions forever, printing each id once it has committed.

Run as `python -m tests.storage.crash_writer DATA_DIR`, the passphrase on standard input; the test forks it from a
launcher that has imported it already (warm_start.py), calling `run`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from npdrights.core.model import Household, Person
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault

PEOPLE_PER_TRANSACTION = 5


def main() -> None:
    run(Path(sys.argv[1]), sys.stdin.readline().rstrip("\n"))


def run(folder: Path, passphrase: str) -> None:
    vault = Vault(folder, KeyringKeyStore())
    vault.unlock_with_passphrase(passphrase)
    database = vault.database
    start = database.query("SELECT COUNT(*) FROM households")[0][0]
    number = start
    while True:
        number += 1
        household = Household(id=f"h{number:06d}", name=f"Household {number}")
        with database.transaction() as connection:
            connection.execute("INSERT INTO households(id, name) VALUES(?, ?)", (household.id, household.name))
            for member in range(PEOPLE_PER_TRANSACTION):
                person = Person(
                    id=f"{household.id}-{member}",
                    full_name=f"Crashtest Person {number}-{member}",
                    household_id=household.id,
                )
                connection.execute(
                    "INSERT INTO people(id, household_id, data) VALUES(?, ?, ?)",
                    (person.id, person.household_id, "{}" + "x" * 2000),
                )
        print(number, flush=True)


if __name__ == "__main__":
    main()
