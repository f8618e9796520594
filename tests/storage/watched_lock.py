"""A lock that tells a test when it was taken and when another thread had to wait for it.

For tests of "this thread waits for that one": they go on the moment the second thread is seen waiting, instead of
giving it a fixed time to finish and seeing it had not."""

from __future__ import annotations

import threading
from typing import Any

import pytest


class WatchedLock:
    """Wraps a threading.Lock or RLock, used with `with` as the code under test uses it."""

    def __init__(self, lock: Any) -> None:
        self._lock = lock
        self.taken = threading.Event()
        self.someone_waits = threading.Event()

    def __enter__(self) -> None:
        if not self._lock.acquire(blocking=False):
            self.someone_waits.set()
            self._lock.acquire()
        self.taken.set()

    def __exit__(self, *_exception: object) -> None:
        self._lock.release()


def watch_lock(owner: object, name: str, monkeypatch: pytest.MonkeyPatch) -> WatchedLock:
    """Put a watched wrapper in place of `owner`'s lock attribute `name` (private: the lock is what is under test)."""
    watched = WatchedLock(getattr(owner, name))
    monkeypatch.setattr(owner, name, watched)
    return watched
