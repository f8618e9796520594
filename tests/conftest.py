"""Shared fixtures. Set up before anything imports Qt or keyring: no screen, and never a real keychain."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may touch the developer's real keychain; tests that need one install an in-memory backend.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from collections.abc import Generator, Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest

from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.temp_root import keep_temp_folders_in_memory
from tests.vault_settings import FAST_KDF, PASSPHRASE, remember_key_derivations

keep_temp_folders_in_memory()  # before pytest makes its first temporary folder

# Coverage traces only the tests of the legal rules: see tests/coverage_scope.py.
pytest_plugins = ["tests.coverage_scope", "tests.widget_cleanup"]


@pytest.hookimpl(tryfirst=True)  # before Hypothesis's own plugin, so its command-line options still win
def pytest_configure(config: pytest.Config) -> None:
    """Set up what only a process that runs tests needs. xdist's controller runs none, and it is configured before
    any worker starts: loading Hypothesis and Qt there delayed every worker's start by ~0.3 s (issue 12)."""
    if getattr(config.option, "dist", "no") != "no" and not hasattr(config, "workerinput"):
        return
    from hypothesis import HealthCheck, settings

    # Hypothesis's own clock checks (a 200 ms deadline per example, "too slow" data generation) are timed
    # assertions: on a shared, busy machine a first example that loads the bank holidays took 480 ms and failed as
    # "flaky". Speed is measured by bench/, not asserted by tests. Loaded before any test module is imported, so
    # the settings those make at import are made from it.
    settings.register_profile("npdrights", deadline=None, suppress_health_check=[HealthCheck.too_slow])
    settings.load_profile("npdrights")
    config.pluginmanager.import_plugin("tests.prompt_waits")  # after pytest-qt's, so its qtbot is the one used


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Generator[None, object, object]:
    """The collector is paused while the tests are collected: what that makes lives on (see below), so its passes
    over the growing heap found little: ~15 full ones took ~1 of the ~4.8 CPU-s a worker spent collecting (issue 12).
    Garbage made meanwhile is collected once, at the end, before the rest is frozen."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return (yield)
    finally:
        if was_enabled:
            gc.enable()


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session: pytest.Session) -> None:
    """What collecting made (the imported modules, the ~3,700 collected tests) lives until the run ends: frozen, the
    collector's full passes during the tests no longer walk it: a worker's ~25 of them took ~3 CPU-s a run, now ~2
    (issue 12). The app does the same after its start-up (issue 17)."""
    gc.collect()  # collecting's garbage is not to be frozen with it (the collector was paused: see above)
    gc.freeze()


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """After pytest's last collection of garbage (its check for errors in finalizers), the objects still alive are
    left alone: otherwise its cleanup collects them again and Python does a few more times as it exits, each a walk
    over the ~400,000 objects a worker holds by then. xdist waits for each worker to exit, so those walks came after
    the last test: ~1 s of a run's end (issue 12). Only cycles still alive now are left to the exit."""
    gc.freeze()


@pytest.fixture(scope="session", autouse=True)
def remembered_key_derivations() -> Iterator[None]:
    """See tests/vault_settings.py: Argon2 worked out once per passphrase, salt and settings in a test process."""
    with pytest.MonkeyPatch.context() as patch:
        remember_key_derivations(patch.setattr)
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
