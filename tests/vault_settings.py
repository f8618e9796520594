"""The test vaults' passphrase and cheapest key settings, in a module that imports neither pytest nor Hypothesis.

Child programs (crash harnesses, memory probes) import these: taking them from tests/conftest.py cost each child
about a quarter of a CPU-second loading pytest and Hypothesis, and put both in the memory the probes measure."""

from __future__ import annotations

import functools
from collections.abc import Callable

from npdrights.storage import keyslots
from npdrights.storage.keyslots import KdfParams

# The cheapest settings the vault accepts: tests exercise the code path, not Argon2's cost.
FAST_KDF = KdfParams(t=1, m_kib=8 * 1024, p=1)
PASSPHRASE = "kettle orange bicycle meadow"

# The salt of every key slot made in a test process (see `remember_key_derivations`); the app's are random.
TEST_SLOT_SALT = bytes(range(keyslots.SALT_BYTES))
RANDOM_SLOT_SALT = keyslots.new_salt


def remember_key_derivations(set_attribute: Callable[[object, str, object], object] = setattr) -> None:
    """Argon2id worked out once per passphrase, salt and settings in this process, not again at each unlock; and one
    salt for every new key slot, so a vault made with a passphrase already used here costs no Argon2 either.

    The derivation is a pure function of those three, so a remembered answer is the answer: a wrong passphrase or
    another salt is a new question and is worked out for real, and the vault code around it runs unchanged. The
    slots are real (Argon2id at the settings written in vault.json, with that salt), so another process or an
    independent reader opens them as it would any vault. Only key slots take the one salt: a backup file's stays
    random, as its stream key must never serve two files; a backup read back is still remembered, its key being
    the same stretch. In the suite 655 vaults were made, each with a derivation of about 6 ms that nothing could
    remember (issue 12, item 5). tests/storage/test_keyslots.py checks the app's own salts are random.

    `set_attribute` is the test run's monkeypatch (undone at the end), or plain setattr in a child process."""
    set_attribute(keyslots, "derive_passphrase_kek", functools.cache(keyslots.derive_passphrase_kek))
    set_attribute(keyslots, "new_salt", lambda: TEST_SLOT_SALT)
