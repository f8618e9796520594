"""Running the desktop app's start in a fresh interpreter, as a user's launch runs it, for the tests that look at
what it did: the script replaces Qt's event loop with a look at the window and prints its findings as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def launch_and_look(script: str, home: Path, **environment: str) -> Any:
    """Run `script` with `home` as NPDRIGHTS_HOME (no screen, no keychain) and return what its last line printed."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        NPDRIGHTS_HOME=str(home),
        PYTHONPATH=str(ROOT),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        **environment,
    )
    shown = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout.strip().splitlines()[-1])
