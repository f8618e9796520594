"""What the computer, not the user or the program, got wrong: a full disk, a vault busy in another window, a
folder where a file should be. Each becomes a VaultError with a plain message (issue 11, items 16-18).

Anything not recognised here is a programming error and is left alone, to be reported as one.
"""

from __future__ import annotations

import errno

import apsw

from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.storage.errors import NotAFile, VaultBusy, VaultError

# What callers catch to ask `as_vault_error` about; it answers None for the ones that are really bugs.
ENVIRONMENT_ERRORS: tuple[type[BaseException], ...] = (apsw.Error, OSError)


class DiskFull(VaultError):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "Your disk is full, so npdrights could not save. Nothing you had saved before has been lost. Free some "
        "space (empty the recycle bin, or move large files such as videos elsewhere), then try again.",
    )


class DiskProblem(VaultError):
    def __init__(self, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "VaultError",
                "The disk or folder npdrights uses would not let it read or write ({reason}). Nothing you had saved "
                "before has been lost. Check the disk is connected and not read-only, then try again.",
            ),
            reason=reason,  # the system's words, in English
        )


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def as_vault_error(error: BaseException) -> VaultError | None:
    """The plain-English error for a fault of the computer's, or None if `error` is not one (a bug)."""
    if isinstance(error, apsw.FullError) or (isinstance(error, OSError) and error.errno in _FULL):
        return DiskFull()
    if isinstance(error, apsw.BusyError | apsw.LockedError):
        return VaultBusy()
    if isinstance(error, IsADirectoryError | NotADirectoryError):
        return NotAFile()
    if isinstance(error, apsw.CantOpenError):
        return DiskProblem("a file could not be opened")
    if isinstance(error, apsw.IOError | apsw.ReadOnlyError | apsw.PermissionsError):
        return DiskProblem(str(error) or type(error).__name__)
    if isinstance(error, OSError) and error.errno is not None:
        return DiskProblem(error.strerror or errno.errorcode.get(error.errno, "an error from the system"))
    return None
