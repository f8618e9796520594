"""Issue 11, item 9: after locking, no copy of the database key's text is left in the process's memory.

SQLite takes the key as the text of a PRAGMA. npdrights overwrote its own strings, but apsw kept the statement
(text included) in its statement cache until the connection closed, and freed memory is not cleared: one copy
was measured after locking. The key's PRAGMAs now bypass that cache. Measured in a fresh process, so nothing the
test runner holds is counted; the probe's own copy of the key text is the baseline a random control shares."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="reads the process's memory through Linux's /proc")
def test_no_copy_of_the_key_text_is_left_after_locking(tmp_path: Path) -> None:
    probe = subprocess.run(
        [sys.executable, "-m", "tests.storage.key_residue_probe", str(tmp_path / "vault")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    counts = json.loads(probe.stdout)
    assert counts["control"] >= 1  # the probe can see its own copy: the scan works
    assert counts["key"] == counts["control"]
