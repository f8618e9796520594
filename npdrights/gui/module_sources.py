"""Give back the source text PySide6 reads of every module imported after it (issue 17: peak memory).

On each import PySide6 looks through the new module's source for `from __feature__ import` (its optional snake_case
and true-property switches), through `inspect`, which keeps every file's lines in `linecache` for the whole run:
about 3 MB of text once the cases screen is loaded. The cache is only an aid to tracebacks, which read the file
again when it is empty, so emptying it loses nothing.
"""

from __future__ import annotations

import linecache


def forget_module_sources() -> None:
    linecache.clearcache()
