"""The names of the files in a vault's folder that more than one module looks for.

Kept apart from database.py so that asking "is there a vault here?" before the Unlock screen does not load the
database engine (issue 17).
"""

from __future__ import annotations

DB_FILE = "cases.db"
