"""PySide6 reading the source of every module imported after it (issue 17: start-up time and peak memory).

On each import PySide6 looks through the new module's source for the word "PySide6", to know whether its optional
`from __feature__ import` switches (snake_case, true_property) may apply to it. It reads the source through
`inspect`, which works out the file's encoding, splits it into lines and keeps them in `linecache` for the whole
run: about 7 ms for the modules the Unlock screen loads, and about 3 MB of text once the cases screen is loaded.

`check_module_sources_quickly` gives PySide6 the same answer from the file's bytes, read once and not kept;
`forget_module_sources` empties the cache of whatever was read before it (the cache is only an aid to tracebacks,
which read the file again when it is empty, so emptying it loses nothing).
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

PYSIDE_FEATURE_MODULE, PYSIDE_CHECK = "shibokensupport.feature", "_mod_uses_pyside"  # where PySide6 6.x asks
QUICK_CHECK_MARK = "_npdrights_reads_bytes"  # set on our check, so that it is installed once


def forget_module_sources() -> None:
    linecache.clearcache()


def check_module_sources_quickly() -> None:
    """Once PySide6 is imported: answer its "does this module use PySide6?" from the bytes of the module's file.
    Does nothing before PySide6 is imported, or if a later PySide6 no longer asks in the same way."""
    feature = sys.modules.get(PYSIDE_FEATURE_MODULE)
    inspecting = getattr(feature, PYSIDE_CHECK, None)
    if feature is None or not callable(inspecting) or getattr(inspecting, QUICK_CHECK_MARK, False):
        return
    setattr(feature, PYSIDE_CHECK, _reading_bytes(inspecting))


def _reading_bytes(inspecting: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        spec = getattr(module, "__spec__", None)
        origin = getattr(spec, "origin", None)
        if not isinstance(origin, str) or not origin.endswith(".py"):
            return inspecting(module)  # built in, compiled or zipped: PySide6's own way
        try:
            with open(origin, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return inspecting(module)

    setattr(uses_pyside, QUICK_CHECK_MARK, True)
    return uses_pyside
