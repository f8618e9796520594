"""`vault.json`: the data key, wrapped in slots (passphrase, recovery code, optional OS keychain).

The data key (DEK) is 32 random bytes that never touch the disk in clear. Each slot wraps it with AES-256-GCM
under its own key-encryption key (KEK). The slot's header (type, id, salt, KDF settings) and the vault id are
the GCM associated data, so changing any of them breaks the slot instead of weakening it.

`cryptography`, and `hashlib`, `hmac` and `secrets` (they load OpenSSL), are imported inside the functions that
use them: reading vault.json at start-up (does a vault exist? is there a keychain slot?) needs none of them, and
the Unlock screen appears sooner without them (issue 17).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.storage import recovery_code
from npdrights.storage.atomic import atomic_write_bytes
from npdrights.storage.errors import (
    AdviserRefused,
    KeySlotFileError,
    NewerVersion,
    NotAFile,
    VaultBusy,
    WrongAdviserSecret,
    WrongRecoveryCode,
    WrongSecret,
)

FORMAT = "npdrights-keyslots"
VERSION = 1  # a parent's vault: one passphrase slot
ORGANISATION_VERSION = 2  # an organisation's vault: one slot per named adviser instead (issue 16)
# Slots' associated data keeps naming version 1 in every file: a recovery slot made before a vault became an
# organisation's must still open after the file's version changed.
AAD_VERSION = 1
MAX_ADVISER_NAME_CHARS = 60
KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
SLOT_FILE = "vault.json"
SPARE_SLOT_FILE = "vault.json.bak"
MAX_SLOT_FILE_BYTES = 64 * 1024
LOCK_FILE = "vault.json.lock"
# Holders keep the lock for milliseconds (a read, two small atomic writes); waiting longer means a stuck process.
LOCK_TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class KdfParams:
    """Argon2id settings. The default is RFC 9106's second recommendation (t=3, 64 MiB, p=4)."""

    t: int = 3
    m_kib: int = 64 * 1024
    p: int = 4

    # Bounds checked before any derivation runs, so a tampered file cannot ask for 32 GiB or an hour of work.
    T_RANGE = range(1, 17)
    M_RANGE = range(8 * 1024, 1024 * 1024 + 1)
    P_RANGE = range(1, 17)

    def check(self) -> None:
        if self.t not in self.T_RANGE or self.m_kib not in self.M_RANGE or self.p not in self.P_RANGE:
            raise KeySlotFileError(
                "The vault's key file asks for key-derivation settings outside the safe range, so it was not "
                "used. It may have been tampered with. Restore the folder from a backup."
            )

    def as_json(self) -> dict[str, Any]:
        return {"alg": "argon2id", "t": self.t, "m_kib": self.m_kib, "p": self.p}

    @classmethod
    def from_json(cls, value: object) -> KdfParams:
        if not isinstance(value, dict) or value.get("alg") != "argon2id":
            raise KeySlotFileError()
        try:
            params = cls(t=_int(value["t"]), m_kib=_int(value["m_kib"]), p=_int(value["p"]))
        except KeyError as missing:
            raise KeySlotFileError() from missing
        params.check()
        return params


DEFAULT_KDF = KdfParams()


def _int(value: object) -> int:
    if type(value) is not int:
        raise KeySlotFileError()
    return value


def _token_hex(size: int) -> str:
    import secrets

    return secrets.token_hex(size)


def new_salt() -> bytes:
    """A fresh random salt for a passphrase or adviser slot's derivation."""
    return os.urandom(SALT_BYTES)


def derive_passphrase_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The slow step (about 0.2 s at the default settings). Passphrases are NFC-normalised first."""
    params.check()
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    normalised = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Argon2id(salt=salt, length=KEY_BYTES, iterations=params.t, lanes=params.p, memory_cost=params.m_kib)
    return kdf.derive(normalised)


def hkdf(key: bytes | bytearray, info: bytes, salt: bytes | None = None) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(bytes(key))


def _recovery_kek(code_key: bytes, salt: bytes) -> bytes:
    return hkdf(code_key, b"npdrights recovery v1", salt=salt)


def adviser_name(name: str) -> str:
    """An adviser's name as kept: NFC, outer spaces and runs of spaces removed. Raises AdviserRefused if empty or
    too long; names are matched ignoring case (see `same_adviser`)."""
    tidy = _tidy(name)
    if not tidy or len(tidy) > MAX_ADVISER_NAME_CHARS or not tidy.isprintable():
        raise AdviserRefused(
            QT_TRANSLATE_NOOP(
                "VaultError", "An adviser's name must be between 1 and {most} letters, without control characters."
            ),
            most=MAX_ADVISER_NAME_CHARS,
        )
    return tidy


def same_adviser(one: str, other: str) -> bool:
    """Names match ignoring case, spacing and how accents were typed."""
    return _tidy(one).casefold() == _tidy(other).casefold()


def _tidy(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split())


@dataclass(frozen=True)
class Slot:
    type: str  # "passphrase" | "recovery" | "keychain" | "adviser"
    id: str
    nonce: bytes
    wrapped: bytes
    salt: bytes = b""
    kdf: KdfParams | None = None
    name: str = ""  # an adviser slot's adviser

    def header(self) -> dict[str, Any]:
        header: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.name:
            header["name"] = self.name
        if self.salt:
            header["salt"] = _b64(self.salt)
        if self.kdf is not None:
            header["kdf"] = self.kdf.as_json()
        return header

    def as_json(self) -> dict[str, Any]:
        return {**self.header(), "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}


SLOT_TYPES = ("passphrase", "recovery", "keychain", "adviser")


@dataclass
class SlotFile:
    vault_id: str
    slots: list[Slot] = field(default_factory=list)
    # Raised on every unlock and mirrored inside cases.db, so an old cases.db put back is noticed.
    generation: int = 0
    # HMAC-SHA256 over everything else in the file, under a key derived from the data key: set by every change
    # made while the key is known, checked after each unlock (issue 11, item 11). Empty: changed while locked.
    mac: bytes = b""

    @property
    def version(self) -> int:
        return ORGANISATION_VERSION if self.advisers() else VERSION

    def advisers(self) -> list[str]:
        return [slot.name for slot in self.slots if slot.type == "adviser"]

    def _aad(self, slot_header: dict[str, Any]) -> bytes:
        document = {"format": FORMAT, "version": AAD_VERSION, "vault_id": self.vault_id, "slot": slot_header}
        return json.dumps(document, sort_keys=True, separators=(",", ":")).encode()

    # -- wrapping -------------------------------------------------------------------------------

    def _wrap(
        self, slot_type: str, kek: bytes, dek: bytes | bytearray, salt: bytes, kdf: KdfParams | None, name: str = ""
    ) -> Slot:
        draft = Slot(
            type=slot_type,
            id=_token_hex(4),
            nonce=os.urandom(NONCE_BYTES),
            wrapped=b"",
            salt=salt,
            kdf=kdf,
            name=name,
        )
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        wrapped = AESGCM(kek).encrypt(draft.nonce, bytes(dek), self._aad(draft.header()))
        return replace(draft, wrapped=wrapped)

    def _unwrap(self, slot: Slot, kek: bytes) -> bytearray:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            return bytearray(AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(slot.header())))
        except InvalidTag:
            raise WrongSecret() from None

    def slot_of_type(self, slot_type: str) -> Slot | None:
        return next((slot for slot in self.slots if slot.type == slot_type), None)

    def _replace_slot(self, new: Slot) -> None:
        self.slots = [slot for slot in self.slots if slot.type != new.type] + [new]

    def remove_slot(self, slot_type: str) -> None:
        self.slots = [slot for slot in self.slots if slot.type != slot_type]

    def set_passphrase(self, dek: bytes | bytearray, passphrase: str, params: KdfParams) -> None:
        salt = new_salt()
        kek = derive_passphrase_kek(passphrase, salt, params)
        self._replace_slot(self._wrap("passphrase", kek, dek, salt, params))

    def set_recovery_code(self, dek: bytes | bytearray) -> str:
        """Make a new recovery code, wrap the key with it, and return the code for the user to keep."""
        code_key = os.urandom(recovery_code.KEY_BYTES)
        salt = os.urandom(SALT_BYTES)
        self._replace_slot(self._wrap("recovery", _recovery_kek(code_key, salt), dek, salt, None))
        return recovery_code.encode(code_key)

    def set_keychain(self, dek: bytes | bytearray, kek: bytes) -> None:
        self._replace_slot(self._wrap("keychain", kek, dek, b"", None))

    def unwrap_with_passphrase(self, passphrase: str) -> bytearray:
        slot = self.slot_of_type("passphrase")
        if slot is None or slot.kdf is None:
            raise KeySlotFileError()
        return self._unwrap(slot, derive_passphrase_kek(passphrase, slot.salt, slot.kdf))

    # -- advisers (an organisation's vault) -------------------------------------------------------

    def adviser_slot(self, name: str) -> Slot | None:
        return next((s for s in self.slots if s.type == "adviser" and same_adviser(s.name, name)), None)

    def set_adviser(self, dek: bytes | bytearray, name: str, passphrase: str, params: KdfParams) -> None:
        """Add an adviser's slot, or replace it (a new passphrase). The first one turns the file into an
        organisation's: the parent's unnamed passphrase slot and the keychain slot go (each adviser signs in)."""
        name = adviser_name(name)
        salt = new_salt()
        new = self._wrap("adviser", derive_passphrase_kek(passphrase, salt, params), dek, salt, params, name)
        kept = [s for s in self.slots if s.type not in ("passphrase", "keychain") and not _is_adviser(s, name)]
        self.slots = [*kept, new]

    def remove_adviser(self, name: str) -> None:
        if self.adviser_slot(name) is None:
            raise KeyError(name)
        if len(self.advisers()) == 1:
            raise ValueError("an organisation's vault keeps at least one adviser")
        self.slots = [s for s in self.slots if not _is_adviser(s, name)]

    def unwrap_with_adviser(self, name: str, passphrase: str) -> bytearray:
        """A name with no slot fails exactly as a wrong passphrase does: who the advisers are is not told."""
        slot = self.adviser_slot(name)
        if slot is None or slot.kdf is None:
            derive_passphrase_kek(passphrase, os.urandom(SALT_BYTES), self.kdf_of_any_adviser())  # same time taken
            raise WrongAdviserSecret()
        try:
            return self._unwrap(slot, derive_passphrase_kek(passphrase, slot.salt, slot.kdf))
        except WrongSecret:
            raise WrongAdviserSecret() from None

    def kdf_of_any_adviser(self) -> KdfParams:
        return next((s.kdf for s in self.slots if s.kdf is not None), DEFAULT_KDF)

    def unwrap_with_recovery_code(self, code: str) -> bytearray:
        code_key = recovery_code.decode(code)  # raises MistypedRecoveryCode on a typo
        slot = self.slot_of_type("recovery")
        if slot is None:
            raise KeySlotFileError()
        try:
            return self._unwrap(slot, _recovery_kek(code_key, slot.salt))
        except WrongSecret:
            raise WrongRecoveryCode() from None

    def unwrap_with_keychain(self, kek: bytes) -> bytearray:
        slot = self.slot_of_type("keychain")
        if slot is None:
            raise KeySlotFileError()
        return self._unwrap(slot, kek)

    # -- serialisation --------------------------------------------------------------------------

    def _body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "slots": [slot.as_json() for slot in self.slots],
        }

    def _mac_of_body(self, dek: bytes | bytearray) -> bytes:
        import hashlib
        import hmac

        body = json.dumps(self._body(), sort_keys=True, separators=(",", ":")).encode()
        return hmac.new(hkdf(dek, b"npdrights vault.json mac v1"), body, hashlib.sha256).digest()

    def seal(self, dek: bytes | bytearray) -> None:
        self.mac = self._mac_of_body(dek)

    def is_sealed_by(self, dek: bytes | bytearray) -> bool:
        import hmac

        return bool(self.mac) and hmac.compare_digest(self.mac, self._mac_of_body(dek))

    def to_bytes(self) -> bytes:
        document = self._body()
        if self.mac:
            document["mac"] = _b64(self.mac)
        return (json.dumps(document, indent=1, sort_keys=True) + "\n").encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> SlotFile:
        """Strict parse. Anything unexpected is a damaged file, never a guess."""
        if len(raw) > MAX_SLOT_FILE_BYTES:
            raise KeySlotFileError()
        try:
            document = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise KeySlotFileError() from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise KeySlotFileError()
        version = document.get("version")
        if type(version) is int and version > ORGANISATION_VERSION:
            raise NewerVersion()
        if version not in (VERSION, ORGANISATION_VERSION) or type(version) is not int:
            raise KeySlotFileError()
        vault_id = document.get("vault_id")
        slots_json = document.get("slots")
        if not isinstance(vault_id, str) or len(vault_id) != 32 or not isinstance(slots_json, list):
            raise KeySlotFileError()
        generation = _int(document.get("generation", 0))
        slots = [_parse_slot(item) for item in slots_json]
        _check_slot_set(slots, version)
        mac = _unb64(document["mac"], 32) if "mac" in document else b""
        return cls(vault_id=vault_id, slots=slots, generation=generation, mac=mac)


def _is_adviser(slot: Slot, name: str) -> bool:
    return slot.type == "adviser" and same_adviser(slot.name, name)


def _well_formed_name(name: str) -> bool:
    try:
        return not name or adviser_name(name) == name
    except AdviserRefused:
        return False


def _check_slot_set(slots: list[Slot], version: int) -> None:
    """Version 1: one passphrase slot. Version 2: named adviser slots (no two with one name) and no unnamed
    passphrase slot. Either: at most one recovery and one keychain slot."""
    types = [slot.type for slot in slots]
    names = [slot.name.casefold() for slot in slots if slot.type == "adviser"]
    if any(types.count(kind) > 1 for kind in ("passphrase", "recovery", "keychain")) or len(set(names)) != len(names):
        raise KeySlotFileError()
    if version == VERSION and ("passphrase" not in types or names):
        raise KeySlotFileError()
    if version == ORGANISATION_VERSION and ("passphrase" in types or not names):
        raise KeySlotFileError()


def _parse_slot(item: object) -> Slot:
    if not isinstance(item, dict) or item.get("type") not in SLOT_TYPES or not isinstance(item.get("id"), str):
        raise KeySlotFileError()
    kdf = KdfParams.from_json(item["kdf"]) if "kdf" in item else None
    if item["type"] in ("passphrase", "adviser") and kdf is None:
        raise KeySlotFileError()
    name = item.get("name", "")
    if not isinstance(name, str) or (item["type"] == "adviser") != bool(name) or not _well_formed_name(name):
        raise KeySlotFileError()
    return Slot(
        type=item["type"],
        id=item["id"],
        nonce=_unb64(item.get("nonce"), NONCE_BYTES),
        wrapped=_unb64(item.get("wrapped"), KEY_BYTES + 16),
        salt=_unb64(item["salt"], SALT_BYTES) if "salt" in item else b"",
        kdf=kdf,
        name=name,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, expected_length: int) -> bytes:
    if not isinstance(value, str):
        raise KeySlotFileError()
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise KeySlotFileError() from None
    if len(data) != expected_length:
        raise KeySlotFileError()
    return data


def new_slot_file() -> SlotFile:
    return SlotFile(vault_id=_token_hex(16))


def save_slot_file(folder: Path, slot_file: SlotFile) -> None:
    """Write the main copy, then the spare, each atomically: a crash leaves at least one good copy.

    Only for a new vault.json; changing an existing one goes through `update_slot_file`."""
    data = slot_file.to_bytes()
    for name in (SLOT_FILE, SPARE_SLOT_FILE):
        if (folder / name).exists() and not (folder / name).is_file():
            raise NotAFile(name)
    atomic_write_bytes(folder / SLOT_FILE, data)
    atomic_write_bytes(folder / SPARE_SLOT_FILE, data)


@contextlib.contextmanager
def slot_file_lock(folder: Path) -> Iterator[None]:
    """Held for every read-modify-write of vault.json, by every process (the GUI, a second window, the CLI).

    Without it a second process unlocking at the same moment wrote back its stale copy and undid a passphrase
    change (issue 11, item 2). The lock file holds nothing; filelock handles POSIX and Windows alike.
    """
    from filelock import FileLock, Timeout

    try:
        with FileLock(folder / LOCK_FILE, timeout=LOCK_TIMEOUT_SECONDS, mode=0o600):
            yield
    except Timeout:
        raise VaultBusy() from None


def update_slot_file(
    folder: Path, change: Callable[[SlotFile], object], dek: bytes | bytearray | None = None
) -> SlotFile:
    """Read vault.json fresh under the lock, apply `change` (which touches only what it means to change), seal it
    with the data key `dek` (without the key the old seal no longer fits, so it is dropped until the next unlock),
    save, and read it back to check the disk holds exactly that. Returns the saved file."""
    with slot_file_lock(folder):
        slots = load_slot_file(folder)
        change(slots)
        if dek is not None:
            slots.seal(dek)
        else:
            slots.mac = b""
        save_slot_file(folder, slots)
        expected = slots.to_bytes()
        for name in (SLOT_FILE, SPARE_SLOT_FILE):
            if (folder / name).read_bytes() != expected:
                raise KeySlotFileError(
                    QT_TRANSLATE_NOOP(
                        "VaultError",
                        "Your vault's key file (vault.json) could not be saved correctly: what is on the disk is "
                        "not what was written. Check the disk for errors and that it has space, then try again.",
                    )
                )
    return slots


def load_slot_file(folder: Path) -> SlotFile:
    """Read `vault.json`, falling back to its spare copy if the main one is missing or damaged."""
    first_error: KeySlotFileError | None = None
    for name in (SLOT_FILE, SPARE_SLOT_FILE):
        path = folder / name
        if path.exists() and not path.is_file():  # a folder or a FIFO (which would block the read for ever)
            first_error = first_error or KeySlotFileError(
                f"There is a folder, or something else that is not a file, where npdrights keeps {name}. Move it "
                "out of the way (or put the file back), then try again. Nothing has been changed."
            )
            continue
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            continue
        try:
            return SlotFile.from_bytes(raw)
        except KeySlotFileError as error:
            first_error = first_error or error
    raise first_error or KeySlotFileError()


def slot_file_exists(folder: Path) -> bool:
    return (folder / SLOT_FILE).exists() or (folder / SPARE_SLOT_FILE).exists()


def other_copies(folder: Path, loaded: SlotFile) -> list[SlotFile]:
    """The copies of vault.json on disk that parse and differ from `loaded` (in practice: the spare copy, when the
    main one's passphrase slot is damaged, or a crash came between writing the two)."""
    found: list[SlotFile] = []
    for name in (SLOT_FILE, SPARE_SLOT_FILE):
        path = folder / name
        if not path.is_file():
            continue
        try:
            copy = SlotFile.from_bytes(path.read_bytes())
        except (OSError, KeySlotFileError, NewerVersion):
            continue
        if copy.to_bytes() != loaded.to_bytes() and all(copy.to_bytes() != other.to_bytes() for other in found):
            found.append(copy)
    return found
