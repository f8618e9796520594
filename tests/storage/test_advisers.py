"""Several named advisers on one organisation's vault (issue 16, item 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from npdrights.storage.advisers import ADMIN, ADVISER, Advisers
from npdrights.storage.errors import AdviserRefused, KeychainUnavailable, KeySlotFileError, WrongSecret
from npdrights.storage.keyslots import SLOT_FILE, SlotFile, load_slot_file
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ADA, ADA_PASS = "Ada Fictionalson", "ada's long test passphrase"
BEN, BEN_PASS = "Ben Madeupton", "ben's own test passphrase"


def _reopen(vault: Vault) -> Vault:
    vault.lock()
    return Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)


@pytest.fixture
def organisation(vault: Vault) -> Vault:
    """A vault whose first adviser (Ada, admin) has added Ben; Ada is still signed in."""
    advisers = Advisers(vault)
    advisers.start_organisation(ADA, ADA_PASS)
    advisers.add(BEN, BEN_PASS, ADVISER)
    return vault


def test_two_advisers_open_the_same_vault_each_with_their_own_passphrase(organisation: Vault) -> None:
    with organisation.database.transaction():
        organisation.database.execute("INSERT INTO settings(key, value) VALUES('probe', 'kept')")
    for name, passphrase in ((ADA, ADA_PASS), (BEN, BEN_PASS)):
        organisation = _reopen(organisation)
        organisation.unlock_with_passphrase(passphrase, name)
        assert organisation.signed_in_as == name
        assert organisation.database.query("SELECT value FROM settings WHERE key='probe'") == [("kept",)]
    organisation.lock()


def test_an_adviser_cant_open_with_another_advisers_passphrase(organisation: Vault) -> None:
    reopened = _reopen(organisation)
    with pytest.raises(WrongSecret):
        reopened.unlock_with_passphrase(ADA_PASS, BEN)
    with pytest.raises(WrongSecret, match="name"):
        reopened.unlock_with_passphrase(ADA_PASS)  # no name given
    assert not reopened.is_unlocked


def test_the_names_case_and_spacing_dont_matter_when_signing_in(organisation: Vault) -> None:
    reopened = _reopen(organisation)
    reopened.unlock_with_passphrase(BEN_PASS, "  ben   MADEUPTON ")
    assert reopened.signed_in_as == BEN
    reopened.lock()


def test_a_removed_adviser_can_no_longer_open_the_vault(organisation: Vault) -> None:
    Advisers(organisation).remove(BEN)
    assert [a.name for a in Advisers(organisation).list()] == [ADA]
    reopened = _reopen(organisation)
    with pytest.raises(WrongSecret):
        reopened.unlock_with_passphrase(BEN_PASS, BEN)
    assert not any(slot.name == BEN for slot in load_slot_file(reopened.folder).slots)


def test_once_an_organisations_vault_the_household_passphrase_and_keychain_stop_working(organisation: Vault) -> None:
    reopened = _reopen(organisation)
    with pytest.raises(WrongSecret):
        reopened.unlock_with_passphrase(PASSPHRASE, ADA)
    reopened.unlock_with_passphrase(ADA_PASS, ADA)
    with pytest.raises(KeychainUnavailable):
        reopened.enable_keychain()
    reopened.lock()


def test_only_an_admin_adds_or_removes_advisers(organisation: Vault) -> None:
    reopened = _reopen(organisation)
    reopened.unlock_with_passphrase(BEN_PASS, BEN)
    advisers = Advisers(reopened)
    with pytest.raises(AdviserRefused, match="admin"):
        advisers.add("Cleo Inventedby", "cleo's test passphrase")
    with pytest.raises(AdviserRefused, match="admin"):
        advisers.remove(ADA)
    reopened.lock()


def test_the_last_admin_and_yourself_cant_be_removed(organisation: Vault) -> None:
    advisers = Advisers(organisation)
    with pytest.raises(AdviserRefused):
        advisers.remove(ADA)
    advisers.add("Cleo Inventedby", "cleo's test passphrase", ADMIN)
    with pytest.raises(AdviserRefused, match="yourself"):
        advisers.remove(ADA)


def test_two_advisers_cant_share_a_name(organisation: Vault) -> None:
    with pytest.raises(AdviserRefused, match="already"):
        Advisers(organisation).add("BEN madeupton", "another test passphrase")


def test_the_recovery_code_stays_the_organisations_and_resets_one_advisers_passphrase(vault: Vault) -> None:
    code = vault.test_recovery_code  # type: ignore[attr-defined]
    Advisers(vault).start_organisation(ADA, ADA_PASS)
    reopened = _reopen(vault)
    reopened.unlock_with_recovery_code(code, "ada's brand new passphrase", ADA)
    assert reopened.signed_in_as == ADA
    reopened = _reopen(reopened)
    reopened.unlock_with_passphrase("ada's brand new passphrase", ADA)
    reopened.lock()


def test_an_adviser_changes_their_own_passphrase_only(organisation: Vault) -> None:
    organisation.change_passphrase(ADA_PASS, "ada's second test passphrase")
    reopened = _reopen(organisation)
    reopened.unlock_with_passphrase(BEN_PASS, BEN)  # Ben's is unchanged
    reopened = _reopen(reopened)
    reopened.unlock_with_passphrase("ada's second test passphrase", ADA)
    reopened.lock()


def test_a_parents_vault_file_stays_at_version_1_and_an_organisations_is_version_2(
    vault: Vault, data_dir: Path
) -> None:
    assert json.loads((data_dir / SLOT_FILE).read_text())["version"] == 1
    Advisers(vault).start_organisation(ADA, ADA_PASS)
    assert json.loads((data_dir / SLOT_FILE).read_text())["version"] == 2


# -- hostile vault.json: an organisation's file is read as strictly as a parent's ------------------


def _organisation_document(organisation: Vault) -> dict[str, object]:
    document: dict[str, object] = json.loads((organisation.folder / SLOT_FILE).read_text())
    return document


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda doc: doc["slots"].append(dict(doc["slots"][-1])), id="two slots for one name"),
        pytest.param(lambda doc: doc["slots"][-1].update(name=""), id="an adviser slot without a name"),
        pytest.param(lambda doc: doc["slots"][-1].update(name=" Ben  Madeupton"), id="an untidy name"),
        pytest.param(lambda doc: doc["slots"][-1].update(name="Ben\x1b[2J"), id="a terminal escape in a name"),
        pytest.param(lambda doc: doc["slots"][-1].update(name=7), id="a name that is not text"),
        pytest.param(lambda doc: doc["slots"][-1].pop("kdf"), id="an adviser slot without its KDF"),
        pytest.param(lambda doc: doc.update(version=1), id="advisers in a version 1 file"),
        pytest.param(
            lambda doc: doc.update(slots=[s for s in doc["slots"] if s["type"] != "adviser"]),
            id="version 2, no adviser",
        ),
    ],
)
def test_a_tampered_organisation_file_is_refused_not_guessed_at(organisation: Vault, change: object) -> None:
    document = _organisation_document(organisation)
    change(document)  # type: ignore[operator]
    with pytest.raises(KeySlotFileError):
        SlotFile.from_bytes(json.dumps(document).encode())


def test_a_renamed_slot_doesnt_open_because_the_name_is_bound_to_the_key(organisation: Vault) -> None:
    document = _organisation_document(organisation)
    slots = document["slots"]
    assert isinstance(slots, list)
    ben = next(slot for slot in slots if slot.get("name") == BEN)
    ben["name"] = "Eve Notreal"
    tampered = SlotFile.from_bytes(json.dumps(document).encode())
    with pytest.raises(WrongSecret):
        tampered.unwrap_with_adviser("Eve Notreal", BEN_PASS)
