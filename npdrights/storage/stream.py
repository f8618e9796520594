"""STREAM: chunked authenticated encryption, as in age (security-design.md §4.2).

ChaCha20-Poly1305 over 64 KiB chunks. Each chunk's nonce is an 11-byte big-endian counter followed by a
one-byte "last chunk" flag, and the file's header is every chunk's associated data. So:
- a flipped bit, a reordered chunk or a changed header fails a tag;
- a file cut at a chunk boundary fails, because the chunk now at the end was not sealed as the last one;
- bytes appended after the real last chunk fail the same way, from the other side.

The key must be used for one stream only (callers derive it from a per-file random salt), which is what makes
counter nonces safe. Used by attachments (blobs.py), backup files and import staging (backup_*.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

CHUNK_LOG2 = 16
CHUNK = 1 << CHUNK_LOG2
TAG = 16
SEALED_CHUNK = CHUNK + TAG
KEY_BYTES = 32
_MAX_COUNTER = (1 << 88) - 1


class Readable(Protocol):
    def read(self, size: int, /) -> bytes: ...


class Writable(Protocol):
    def write(self, data: bytes, /) -> object: ...


class StreamError(Exception):
    """A chunk failed to authenticate, or the stream was cut short or had data appended.

    `chunk` is the index of the chunk that failed: a failure at chunk 0 usually means the wrong key.
    Internal: each caller turns it into its own plain-language VaultError.
    """

    def __init__(self, chunk: int, problem: str) -> None:
        super().__init__(f"chunk {chunk}: {problem}")
        self.chunk = chunk
        self.problem = problem


def _nonce(counter: int, last: bool) -> bytes:
    if counter > _MAX_COUNTER:
        raise StreamError(counter, "too many chunks")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def read_exactly(source: Readable, size: int) -> bytes:
    """Up to `size` bytes, fewer only at the end of the file (a pipe may hand over less per read)."""
    parts: list[bytes] = []
    wanted = size
    while wanted > 0:
        part = source.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return parts[0] if len(parts) == 1 else b"".join(parts)


class StreamWriter:
    """Encrypts whatever is written to it into `out`, one sealed chunk at a time; `close()` seals the last.

    At most one chunk of plaintext is held in memory, so memory stays flat however much is written.
    """

    def __init__(self, out: Writable, key: bytes, associated_data: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("a stream key is 32 bytes")
        self._out = out
        self._aead = ChaCha20Poly1305(key)
        self._aad = associated_data
        self._buffer = bytearray()
        self._counter = 0
        self._closed = False
        self.plaintext_bytes = 0

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if self._closed:
            raise ValueError("the stream is already sealed")
        self._buffer += data
        self.plaintext_bytes += len(data)
        # Keep (not seal) a full chunk while nothing follows it yet: only close() knows which chunk is last,
        # and the last chunk is then never empty unless the whole stream is.
        while len(self._buffer) > CHUNK:
            self._seal(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]

    def close(self) -> None:
        if not self._closed:
            self._seal(bytes(self._buffer), last=True)
            self._buffer.clear()
            self._closed = True

    def _seal(self, plaintext: bytes, *, last: bool) -> None:
        self._out.write(self._aead.encrypt(_nonce(self._counter, last), plaintext, self._aad))
        self._counter += 1


def decrypt_chunks(source: Readable, key: bytes, associated_data: bytes) -> Iterator[bytes]:
    """Yield each chunk's plaintext once it has authenticated. Raises StreamError on any damage.

    Chunks are yielded as they verify, so a caller that gets a StreamError part-way must discard what it
    already received (or, as the importer does, authenticate everything before acting on any of it).
    """
    aead = ChaCha20Poly1305(key)
    counter = 0
    sealed = read_exactly(source, SEALED_CHUNK)
    while True:
        # One chunk of look-ahead: a chunk is the last exactly when nothing follows it.
        following = read_exactly(source, SEALED_CHUNK) if len(sealed) == SEALED_CHUNK else b""
        last = not following
        if len(sealed) < TAG:
            raise StreamError(counter, "the stream is cut short")
        try:
            plaintext = aead.decrypt(_nonce(counter, last), sealed, associated_data)
        except InvalidTag:
            raise StreamError(counter, "failed to authenticate") from None
        if last and not plaintext and counter > 0:
            raise StreamError(counter, "an empty final chunk")  # the writer never makes one
        yield plaintext
        if last:
            return
        sealed = following
        counter += 1
