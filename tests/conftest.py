"""Shared fixtures. Set up before anything imports Qt or keyring: no screen, and never a real keychain."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may touch the developer's real keychain; tests that need one install an in-memory backend.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import functools
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from hypothesis import HealthCheck, settings

from npdrights.storage import keyslots
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.temp_root import keep_temp_folders_in_memory
from tests.vault_settings import FAST_KDF, PASSPHRASE

# The salt of every key slot made in a test process (see `remembered_key_derivations`); the app's are random.
TEST_SLOT_SALT = bytes(range(keyslots.SALT_BYTES))
RANDOM_SLOT_SALT = keyslots.new_salt

keep_temp_folders_in_memory()  # before pytest makes its first temporary folder

# Hypothesis's own clock checks (a 200 ms deadline per example, "too slow" data generation) are timed assertions: on
# a shared, busy machine a first example that loads the bank holidays took 480 ms and failed as "flaky". Speed is
# measured by bench/, not asserted by tests.
settings.register_profile("npdrights", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("npdrights")

# Coverage traces only the tests of the legal rules: see tests/coverage_scope.py.
pytest_plugins = ["tests.coverage_scope", "tests.widget_cleanup", "tests.prompt_waits"]


@pytest.fixture(scope="session", autouse=True)
def remembered_key_derivations() -> Iterator[None]:
    """Argon2id worked out once per passphrase, salt and settings in a test process, not again at each unlock.

    The derivation is a pure function of those three, so a remembered answer is the answer: a wrong passphrase
    or another salt is a new question and is worked out for real, and the vault code around it runs unchanged.
    Most tests create a vault and then unlock it with the same passphrase, and read back the backups they write
    (a backup's key is this same stretch, then bound to its header).

    New key slots in a test process all take one salt (TEST_SLOT_SALT), so making a vault with a passphrase already
    used in this process costs no Argon2 either: in the whole suite 655 vaults were made, each with its own random
    salt and a derivation of about 6 ms (issue 12, item 5). The slots are real: Argon2id at the settings written in
    vault.json, with that salt, so a child process or an independent reader opens them as it would any vault. Only
    key slots take it: a backup file's salt stays random, as its stream key must never serve two files. The app's
    own salt is random (tests/storage/test_keyslots.py checks it with this seam taken out)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyslots, "derive_passphrase_kek", functools.cache(keyslots.derive_passphrase_kek))
        patch.setattr(keyslots, "new_salt", lambda: TEST_SLOT_SALT)
        yield


class InMemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.store[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[InMemoryKeyring]:
    previous = keyring.get_keyring()
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def vault(data_dir: Path, no_keyring: None) -> Iterator[Vault]:
    """An unlocked, empty vault with a fast KDF. The recovery code is on `vault.test_recovery_code`."""
    created = Vault(data_dir, KeyringKeyStore(), kdf=FAST_KDF)
    created.test_recovery_code = created.create(PASSPHRASE)  # type: ignore[attr-defined]
    yield created
    created.lock()
