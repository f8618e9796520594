"""Simulated power cuts under the cipher layer: with synchronous=FULL no commit is lost and no database is
corrupt; the control run with synchronous=OFF shows the harness does see corruption."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.storage.powercut import PAYLOAD, plaintext_in_log, record_workload, simulate_cuts

CUTS = 240


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_full_sync_loses_nothing_and_corrupts_nothing(tmp_path: Path, seed: int) -> None:
    workload = record_workload(tmp_path / "run", "FULL", transactions=40, seed=seed)
    assert len(workload.ops) > 200
    assert not plaintext_in_log(workload, PAYLOAD.encode()[:64])  # the recorder sits under the encryption
    result = simulate_cuts(workload, CUTS, seed=seed, scratch=tmp_path / "cuts")
    assert result.cuts == CUTS
    assert (result.corrupt, result.lost_commits) == (0, 0)


@pytest.mark.slow
def test_the_harness_catches_corruption_when_sync_is_off(tmp_path: Path) -> None:
    workload = record_workload(tmp_path / "run", "OFF", transactions=40, seed=1)
    result = simulate_cuts(workload, CUTS, seed=1, scratch=tmp_path / "cuts")
    assert result.corrupt > 0
