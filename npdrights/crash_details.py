"""What happens when a programming error (a fault in npdrights, not in what someone typed) reaches the top of the
CLI or the GUI (issue 11, item 16): one short plain line for the person, and the details in a file in the app's
own log folder for a bug report.

The details hold no personal data. An exception's message and a frame's local values can hold a child's name, an
address or a note, so neither is written: only the exception's type, the chain of causes by type, and each frame's
file, line number and function. File paths are cut down to the package's own path, as a full path can hold the
user's name (/home/jane.smith/...).
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from npdrights import __version__
from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP

DEBUG_ENV = "NPDRIGHTS_DEBUG"  # set it to see the full traceback, messages included, on stderr as well
_PACKAGE_PARENT = Path(__file__).resolve().parent.parent

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def _where(filename: str) -> str:
    path = Path(filename)
    try:
        return path.resolve().relative_to(_PACKAGE_PARENT).as_posix()
    except (ValueError, OSError):
        # Outside npdrights (the standard library, PySide6): the last two parts say enough without the folders
        # above them, which can name the user.
        return "/".join(path.parts[-2:])


def _type_name(kind: type[BaseException]) -> str:
    return f"{kind.__module__}.{kind.__qualname__}" if kind.__module__ != "builtins" else kind.__qualname__


def crash_details(error: BaseException) -> str:
    """The details of an error as text: types and frames only, never messages or values (see the module's note)."""
    import platform  # only when something has gone wrong: not loaded before the first window (bench/startup.py)

    lines = [f"npdrights {__version__}, Python {platform.python_version()}, {platform.system()}"]
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain and len(chain) < 20:
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    for depth, link in enumerate(reversed(chain)):
        if depth:
            lines.append("which led to:")
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(link.__traceback__):
            lines.append(f'  File "{_where(frame.filename)}", line {frame.lineno}, in {frame.name}')
        lines.append(f"{_type_name(type(link))} (message left out: it can hold personal data)")
    return "\n".join(lines) + "\n"


def write_crash_details(error: BaseException, folder: Path) -> Path | None:
    """Write the details to a new file in `folder`, private to this user. None if it can't be written (a full disk):
    the one-line message still goes out."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        path = folder / f"crash-{stamp}-{os.getpid()}.txt"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(crash_details(error))
        return path
    except OSError:
        return None


def plain_line(details: Path | None) -> str:
    """The line for the person, in English; a Sentence, so a translated screen can say it in its language."""
    if details is None:
        return Sentence.of("Crash", _WHAT_HAPPENED)
    return Sentence.of("Crash", _WHAT_HAPPENED_AND_WHERE, details=str(details))


_WHAT_HAPPENED = QT_TRANSLATE_NOOP(
    "Crash",
    "npdrights hit an internal error: a fault in npdrights, not in what you did. What you had saved is safe; "
    "please try again, and report it if it happens again.",
)
_WHAT_HAPPENED_AND_WHERE = QT_TRANSLATE_NOOP(
    "Crash",
    "npdrights hit an internal error: a fault in npdrights, not in what you did. What you had saved is safe; "
    "please try again, and report it if it happens again. The details for a bug report (no personal data in them) "
    "are in {details}.",
)


def handled_first(handle: Callable[[BaseException], bool], hook: ExceptHook) -> ExceptHook:
    """`hook`, once `handle` has had its say: an error it answers (a known condition, such as the damaged-vault
    refusal, that reached the top by a path not written for it) goes no further. Anything else goes on to `hook`,
    and so does an error in `handle` itself: a programming error is never swallowed."""

    def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        try:
            answered = handle(error)
        except Exception as failure:
            failure.__context__ = failure.__context__ or error  # the details file shows both
            hook(type(failure), failure, failure.__traceback__)
            return
        if not answered:
            hook(kind, error, tb)

    return report


def crash_hook(log_folder: Callable[[], Path], tell: Callable[[str], None]) -> ExceptHook:
    """An excepthook for the top of the process: details to a file in `log_folder()`, one plain line to `tell`.
    Only the entry points install it, so under pytest an error still reaches the test as it is. The error is not
    swallowed: the CLI still exits non-zero, and the GUI says so in a dialog and exits non-zero when closed."""

    def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if os.environ.get(DEBUG_ENV):
            traceback.print_exception(kind, error, tb)
        try:
            folder = log_folder()
        except Exception:  # finding the folder must not hide the error being reported
            details = None
        else:
            details = write_crash_details(error.with_traceback(tb), folder)
        tell(plain_line(details))

    return report
