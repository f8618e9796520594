"""The command line keeps the integrity check at the unlock (issue 17 moved the window's beside the first paint):
damage anywhere in cases.db, even where `case list` would never read, stops it before it prints or writes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from npdrights.core.model import Case, CaseKind, Person, Relationship
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.cli.conftest import RunCli
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.damaged_pages import flip_a_byte_in_table, folder_state

P = PASSPHRASE + "\n"


def test_case_list_on_a_vault_damaged_where_the_list_does_not_read_says_so_and_writes_nothing(
    run_cli: RunCli, home: Path
) -> None:
    assert run_cli("vault", "init", "--passphrase-stdin", stdin=P)[0] == 0
    vault = Vault(home / "data", KeyringKeyStore(), kdf=FAST_KDF)
    vault.unlock_with_passphrase(PASSPHRASE)
    repository = Repository(vault.database)
    repository.save_person(Person(id="p1", full_name="Zebedee Fictionalson"))
    repository.add_case(
        Case("c1", CaseKind.SAR_DFE, "p1", "dfe", "p1", Relationship.SELF, "NPD-0001", date(2026, 11, 28))
    )
    flip_a_byte_in_table(vault, "audit")  # the audit trail: `case list` never reads it
    before = folder_state(home / "data")
    code, out, err = run_cli("case", "list", "--passphrase-stdin", stdin=P)
    assert code == 4
    assert "NPD-0001" not in out
    assert "damaged" in err
    assert folder_state(home / "data") == before
