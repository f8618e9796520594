"""Coverage-guided fuzzing of the backup parser with atheris (optional; `pip install atheris`).

    python fuzz/backup_parser.py -atheris_runs=1000000

Feeds raw plaintext record streams to the strict parser, as if they had authenticated. Anything other than
success or a BackupError is a bug: atheris stops and saves the input that caused it.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import atheris  # type: ignore[import-not-found]

with atheris.instrument_imports():
    from npdrights.storage.backup_import import CheckOnly, parse_backup
    from npdrights.storage.errors import BackupError


def test_one_input(data: bytes) -> None:
    with contextlib.suppress(BackupError):
        parse_backup(iter([data[: len(data) // 2], data[len(data) // 2 :]]), CheckOnly())


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
