"""Memory stays flat: export and import of a vault holding 200 MB of attachments peak at less than 100 MB
above idle. Measured in fresh child processes (memory_probe.py), from the kernel's high-water mark."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ATTACHMENT_MB = 200
LIMIT = 100 * 1024 * 1024


def probe(*args: str) -> dict[str, float]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.storage.memory_probe", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=600,
    )
    lines = result.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak from Linux's /proc")
def test_export_and_import_of_200_mb_stay_flat(tmp_path: Path) -> None:
    probe("prepare", str(tmp_path), str(ATTACHMENT_MB))
    exported = probe("export", str(tmp_path))
    imported = probe("import", str(tmp_path))
    assert exported["bytes"] == imported["bytes"] == ATTACHMENT_MB * 1024 * 1024
    for name, figures in (("export", exported), ("import", imported)):
        above_idle = figures["peak"] - figures["idle"]
        assert above_idle < LIMIT, f"{name} peaked {above_idle / 2**20:.0f} MiB above idle"
