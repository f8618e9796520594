"""The test vaults' passphrase and cheapest key settings, in a module that imports neither pytest nor Hypothesis.

Child programs (crash harnesses, memory probes) import these: taking them from tests/conftest.py cost each child
about a quarter of a CPU-second loading pytest and Hypothesis, and put both in the memory the probes measure."""

from __future__ import annotations

from npdrights.storage.keyslots import KdfParams

# The cheapest settings the vault accepts: tests exercise the code path, not Argon2's cost.
FAST_KDF = KdfParams(t=1, m_kib=8 * 1024, p=1)
PASSPHRASE = "kettle orange bicycle meadow"
