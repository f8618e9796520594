"""npdrights-cli: a headless client of core, storage and pdf, for advisers and automation.

Exit codes: 0 success, 2 usage error, 3 wrong secret, 4 damaged or unreadable vault. Messages go to stderr,
never a traceback for something the user can fix.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from npdrights import __version__
from npdrights.commands.common import EXIT_USAGE, UsageError, exit_code_for, say
from npdrights.core.codec import CodecError
from npdrights.core.text_safety import for_terminal
from npdrights.crash_details import crash_hook
from npdrights.hardening import harden_process
from npdrights.paths import HOME_ENV, AppPaths
from npdrights.storage.errors import VaultError
from npdrights.storage.faults import ENVIRONMENT_ERRORS, as_vault_error
from npdrights.storage.keyslots import DEFAULT_KDF, KdfParams

EXIT_BROKEN_PIPE = 141  # what shells report for a process ended by SIGPIPE

# Each command and the module under npdrights.commands that makes it, in the order `--help` lists them. Only the
# module of the command given is imported: the others (letters and their templates, backups, statistics) would
# make `npdrights-cli case list` wait for code it never runs (issue 17).
COMMAND_AREAS = {
    "vault": "vault",
    "deadline": "deadline",
    "letter": "letter",
    "letters": "letter",
    "case": "case",
    "register": "register",
    "stats": "stats",
    "organisation": "organisation",
    "adviser": "adviser",
    "audit": "audit",
    "retention": "retention",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        say(f"{self.prog}: {message}")
        raise SystemExit(EXIT_USAGE)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv`: with only its command's area when it names one, else with every area."""
    parser = _Parser(prog="npdrights-cli", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"npdrights {__version__}")
    parser.add_argument("--home", metavar="DIR", help="keep everything in DIR (like NPDRIGHTS_HOME)")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    for area in _areas_for(sys.argv[1:] if argv is None else argv):
        importlib.import_module(f"npdrights.commands.{area}").register(subparsers)
    return parser


def _areas_for(argv: Sequence[str]) -> list[str]:
    """The area of the command `argv` names, alone; every area when it names none (help, a version, a typo), so
    that help and argparse's "choose from" list every command."""
    words = iter(argv)
    for word in words:
        if word == "--home":
            next(words, None)
        elif not word.startswith("--home="):
            return [COMMAND_AREAS[word]] if word in COMMAND_AREAS else list(dict.fromkeys(COMMAND_AREAS.values()))
    return list(dict.fromkeys(COMMAND_AREAS.values()))


def console_main() -> None:
    """The `npdrights-cli` command. A programming error that reaches the top is one plain line on stderr and a
    details file without personal data (crash_details.py); the exit code is still non-zero (1)."""
    arguments = sys.argv[1:]
    sys.excepthook = crash_hook(lambda: _log_folder(arguments), lambda line: say(f"npdrights-cli: {line}"))
    raise SystemExit(main(arguments))


def _log_folder(argv: Sequence[str]) -> Path:
    # Only --home matters here, and the full parser may be what failed: a parser of its own for it.
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--home")
    known, _rest = early.parse_known_args(argv)
    environ = dict(os.environ)
    if known.home:
        environ[HOME_ENV] = known.home
    return AppPaths.from_environment(environ).log_folder


def _stop_on_signal(signum: int, _frame: object) -> None:
    # Unwinds like Ctrl+C, so a half-written export removes its .partial file on the way out.
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None, kdf: KdfParams = DEFAULT_KDF) -> int:
    """Runs one command. `kdf` is for tests only (the cheap Argon2 settings): nothing a user can type or set in
    the environment reaches it, so every vault the installed command writes uses the full settings."""
    harden_process()  # before any secret is read
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                previous[name] = signal.signal(getattr(signal, name), _stop_on_signal)
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _TerminalSafe(sys.stdout), _TerminalSafe(sys.stderr)
    try:
        return _run(argv, kdf)
    finally:
        sys.stdout, sys.stderr = streams
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)


class _TerminalSafe(io.TextIOBase):
    """Everything the CLI prints, with control characters, terminal escapes and right-to-left overrides shown as
    visible escapes: a name from a backup or an answers file can't rewrite the terminal (issue 11, item 15)."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(for_terminal(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def fileno(self) -> int:
        return self._stream.fileno()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def writable(self) -> bool:
        return True


def _run(argv: Sequence[str] | None, kdf: KdfParams) -> int:
    args = build_parser(argv).parse_args(argv)
    args.kdf = kdf  # set here, after parsing: no option on the command line can name it
    try:
        code = int(args.run(args))
        sys.stdout.flush()  # a reader that went away shows up here, inside the handlers below, not at exit
        return code
    except UsageError as error:
        say(f"npdrights-cli: {error}")
        return EXIT_USAGE
    except CodecError as error:
        say(f"npdrights-cli: {error}")
        return EXIT_USAGE
    except VaultError as error:
        say(error.message)
        if hint := getattr(error, "cli_hint", None):
            say(hint)
        return exit_code_for(error)
    except KeyboardInterrupt:
        say("Stopped.")
        return 130
    except BrokenPipeError:
        return _reader_went_away()
    except ENVIRONMENT_ERRORS as error:
        translated = as_vault_error(error)
        if translated is None:
            raise  # a programming error: not ours to dress up
        say(translated.message)
        return exit_code_for(translated)


def _reader_went_away() -> int:
    # The reader went away (`npdrights-cli case list | head`): not an error worth a traceback. Point stdout
    # at devnull so Python's own flush at exit doesn't fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    console_main()
