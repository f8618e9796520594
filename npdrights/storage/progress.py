"""What long storage jobs (backups, restores) share: progress reports, a stop flag, and OS error wording."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
"""Called with (bytes done, bytes in all) as work goes on, from the worker's thread."""

ShouldStop = Callable[[], bool]
"""Polled between chunks; True means the user pressed Cancel (the job then raises Cancelled)."""


def no_progress(_done: int, _total: int) -> None:
    return None


def never_stop() -> bool:
    return False


def os_reason(error: OSError) -> str:
    """The operating system's reason in lower case, for "Could not save X: <reason>." messages."""
    return (error.strerror or "the system refused").rstrip(".").lower()
