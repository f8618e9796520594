"""Issue 11, item 8: npdrights-cli turns core dumps off before it reads any secret, as the GUI does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import ctypes, resource, sys
from npdrights import cli
code = cli.main(sys.argv[1:])
print(resource.getrlimit(resource.RLIMIT_CORE), ctypes.CDLL(None).prctl(3, 0, 0, 0, 0), code)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_cli_process_can_leave_no_core_file(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "--home", str(tmp_path), "vault", "status"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # RLIMIT_CORE (soft, hard) both 0; PR_GET_DUMPABLE answers 0; the command itself succeeded.
    assert result.stdout.splitlines()[-1] == "(0, 0) 0 0"
