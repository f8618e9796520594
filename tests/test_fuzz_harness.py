"""The fuzz harness (fuzz/harness.py, issue 11) runs in the suite too, a few inputs per target: every input is
accepted or refused with a plain, typed error; none ends in any other exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from fuzz import harness


@pytest.mark.slow
@pytest.mark.parametrize("target", sorted(harness.TARGETS))
def test_every_input_is_accepted_or_refused_plainly(
    target: str, no_keyring: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The harness makes its vaults in the system's temporary folder; here, in the test's own, which is in memory
    # where Linux has room (tests/temp_root.py): on disk, each vault's syncs made these the suite's longest waits.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    tally = harness.run(target, examples=25)
    assert tally.counts["tried"] == 25
    assert tally.others == [], tally.others[0]
    assert tally.counts["refused"] + tally.counts["accepted"] == 25
