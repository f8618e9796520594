"""The optional "remember on this computer" slot, through the OS keychain (`keyring`).

The keychain only ever holds a key-encryption key for the keychain slot in vault.json; the passphrase and
recovery slots always exist. A missing or locked keychain means "ask for the passphrase", never plaintext.

`keyring` is imported on first use: it pulls in about 0.1 s of modules, and most starts never need it.
"""

from __future__ import annotations

import base64
import binascii
import sys
from typing import TYPE_CHECKING, Protocol

from npdrights.storage.errors import KeychainUnavailable

if TYPE_CHECKING:
    import keyring.backend

SERVICE = "npdrights"


def _account(vault_id: str) -> str:
    return f"vault-{vault_id}"


class KeyStore(Protocol):
    def available(self) -> bool: ...

    def get(self, vault_id: str) -> bytes | None: ...

    def put(self, vault_id: str, secret: bytes) -> None: ...

    def delete(self, vault_id: str) -> None: ...


class KeyringKeyStore:
    """Adapter over whichever `keyring` backend is active."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        import keyring

        return self._backend or keyring.get_keyring()

    def available(self) -> bool:
        """True only if a real keychain answers: the `fail` and `null` backends, or an error, mean no."""
        import keyring.errors

        backend = self.backend
        placeholder = type(backend).__module__.startswith(("keyring.backends.fail", "keyring.backends.null"))
        if backend.priority <= 0 or placeholder:
            return False
        try:
            backend.get_password(SERVICE, "availability-check")
        except keyring.errors.KeyringError:
            return False
        return True

    def get(self, vault_id: str) -> bytes | None:
        import keyring.errors

        try:
            stored = self.backend.get_password(SERVICE, _account(vault_id))
        except keyring.errors.KeyringError as error:  # NoKeyringError, KeyringLocked, backend failures
            raise KeychainUnavailable() from error
        if stored is None:
            return None
        try:
            return base64.b64decode(stored, validate=True)
        except (binascii.Error, ValueError):
            return None

    def put(self, vault_id: str, secret: bytes) -> None:
        import keyring.errors

        backend = self.backend
        _keep_on_this_machine(backend)
        try:
            backend.set_password(SERVICE, _account(vault_id), base64.b64encode(secret).decode("ascii"))
        except keyring.errors.KeyringError as error:
            raise KeychainUnavailable() from error

    def delete(self, vault_id: str) -> None:
        import keyring.errors

        try:
            self.backend.delete_password(SERVICE, _account(vault_id))
        except keyring.errors.PasswordDeleteError:
            pass  # already gone: the goal is reached
        except keyring.errors.KeyringError as error:
            raise KeychainUnavailable() from error


def _keep_on_this_machine(backend: keyring.backend.KeyringBackend) -> None:
    """On Windows, credentials roam with a domain profile by default; children's data keys must not."""
    if sys.platform != "win32":
        return
    backends = getattr(backend, "backends", None) or [backend]
    for candidate in backends:
        if hasattr(candidate, "persist"):
            candidate.persist = "local machine"


class NoKeychain:
    """A keychain that is never there: for the self-test, which must not touch the user's real keychain."""

    def available(self) -> bool:
        return False

    def get(self, vault_id: str) -> bytes | None:
        raise KeychainUnavailable()

    def put(self, vault_id: str, secret: bytes) -> None:
        raise KeychainUnavailable()

    def delete(self, vault_id: str) -> None:
        raise KeychainUnavailable()


# The keyring backend for each system, and the module it needs beyond keyring itself (None: only ctypes).
_SYSTEM_KEYCHAIN = {
    "linux": ("SecretService", "secretstorage"),
    "win32": ("Windows", "win32ctypes"),
    "darwin": ("macOS", None),
}


def missing_keychain_support(platform: str = sys.platform) -> str | None:
    """What of the OS-keychain support this copy lacks (a frozen build can lose it), or None if it is all there.

    Only imports: it never opens or asks the keychain itself.
    """
    from importlib import import_module
    from importlib.metadata import entry_points

    system = "linux" if platform.startswith("linux") else platform
    if system not in _SYSTEM_KEYCHAIN:
        return None
    backend, needs = _SYSTEM_KEYCHAIN[system]
    found = {entry.name: entry for entry in entry_points(group="keyring.backends")}
    if backend not in found:
        return f"keyring's {backend} backend"
    for module in (found[backend].module, needs):
        if module is None:
            continue
        try:
            import_module(module)
        except ImportError:
            return f"the {module} module"
    return None
