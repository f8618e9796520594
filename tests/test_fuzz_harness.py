"""The fuzz harness (fuzz/harness.py, issue 11) runs in the suite too, a few inputs per target: every input is
accepted or refused with a plain, typed error; none ends in any other exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from fuzz import harness


@pytest.fixture(scope="session")
def harness_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the harness makes its vaults: in memory where Linux has room (tests/temp_root.py), not on disk, where
    each vault's syncs made these the suite's longest waits. For the whole session, not one test: the harness keeps
    the template vaults it made there for the rest of the process, and a passed test's own folder is removed at its
    end."""
    return tmp_path_factory.mktemp("fuzz-harness")


@pytest.mark.slow
@pytest.mark.parametrize("target", sorted(harness.TARGETS))
def test_every_input_is_accepted_or_refused_plainly(
    target: str, no_keyring: None, harness_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(harness_folder))
    tally = harness.run(target, examples=25)
    assert tally.counts["tried"] == 25
    assert tally.others == [], tally.others[0]
    assert tally.counts["refused"] + tally.counts["accepted"] == 25
