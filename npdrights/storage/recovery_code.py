"""The printed recovery code: 32 random bytes plus a 3-byte check, written as 14 groups of 4 letters/digits.

The check catches a mistyped code before any key is tried, so the user hears "typing mistake" rather than
"wrong code". Base32 has no 0, 1 or 8, so those are read as the letters people mistake them for.
`hashlib` and `hmac` load OpenSSL, so they are imported when a code is made or typed, not at start-up (issue 17).
"""

from __future__ import annotations

import base64
import binascii

from npdrights.storage.errors import MistypedRecoveryCode

KEY_BYTES = 32
CHECK_BYTES = 3
GROUP = 4
# Base32 of 35 bytes is exactly 56 characters, no padding.
LENGTH = (KEY_BYTES + CHECK_BYTES) * 8 // 5
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def _check(key: bytes) -> bytes:
    import hashlib

    return hashlib.sha256(b"npdrights recovery check" + key).digest()[:CHECK_BYTES]


def encode(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("recovery key must be 32 bytes")
    text = base64.b32encode(key + _check(key)).decode("ascii")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def normalise(typed: str) -> str:
    """Uppercase, drop spaces and dashes, and read 0/1/8 as O/I/B."""
    kept = "".join(ch for ch in typed.upper() if ch.isalnum())
    return kept.translate(_LOOKALIKES)


def decode(typed: str) -> bytes:
    import hmac

    text = normalise(typed)
    if len(text) != LENGTH:
        raise MistypedRecoveryCode(
            f"A recovery code has {LENGTH} letters and digits in {LENGTH // GROUP} groups of {GROUP}. "
            f"What you typed has {len(text)}. Check for a missing or extra group."
        )
    try:
        raw = base64.b32decode(text)
    except (binascii.Error, ValueError):
        raise MistypedRecoveryCode() from None
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if not hmac.compare_digest(check, _check(key)):
        raise MistypedRecoveryCode()
    return key


def groups(code: str) -> list[str]:
    return code.split("-")
