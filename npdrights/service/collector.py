"""Python's collector of reference cycles, paused while a big piece of work makes many objects at once."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cycle collector for the block, then restore it as it was.

    Working out 10,000 cases, or importing a 20,000-row register, makes a few hundred thousand new objects (none
    in cycles); each full collection on the way walks all of them and everything else, and together they took a
    quarter of the cases list's time and a tenth of an import's (bench/cases.py, bench/register.py). Plain
    reference counting still frees everything at once; the collector runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
