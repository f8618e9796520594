"""The organisation's letterhead, kept inside the encrypted vault (its `settings` table), never beside it.

The name, address and charity number are one JSON value; the logo (a small PNG made by pdf.logo) is kept in
base64 parts, each well under the 64 KiB a backup allows for one setting (storage/backup_tables.py), so a
vault with a logo still backs up and restores. Everything is written in one transaction.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from npdrights.core.letters.letterhead import Letterhead
from npdrights.storage.database import Database

KEY = "organisation:letterhead"
LOGO_KEY = "organisation:logo:"  # then the part's number, from 0
PART_CHARS = 48 * 1024


class LetterheadStore:
    def __init__(self, database: Database) -> None:
        self.db = database

    def load(self) -> Letterhead | None:
        """The letterhead, or None if none was set (or what is stored isn't one: it is then set again)."""
        rows = self.db.query("SELECT value FROM settings WHERE key=?", (KEY,))
        if not rows:
            return None
        try:
            document: dict[str, Any] = json.loads(rows[0][0])
            letterhead = Letterhead(
                name=str(document["name"]),
                address=tuple(str(line) for line in document["address"]),
                charity_number=str(document.get("charity_number", "")),
                logo=self._logo(int(document.get("logo_parts", 0))),
            )
        except (ValueError, TypeError, KeyError):  # e.g. from a hand-made backup: offered to be set again
            return None
        return letterhead

    def _logo(self, parts: int) -> bytes:
        if not parts:
            return b""
        rows = self.db.query("SELECT key, value FROM settings WHERE key LIKE ?", (LOGO_KEY + "%",))
        by_part = {key.removeprefix(LOGO_KEY): value for key, value in rows}
        return base64.b64decode("".join(by_part[str(number)] for number in range(parts)), validate=True)

    def save(self, letterhead: Letterhead) -> None:
        encoded = base64.b64encode(letterhead.logo).decode("ascii")
        parts = [encoded[start : start + PART_CHARS] for start in range(0, len(encoded), PART_CHARS)]
        document = {
            "name": letterhead.name,
            "address": list(letterhead.address),
            "charity_number": letterhead.charity_number,
            "logo_parts": len(parts),
        }
        with self.db.transaction():
            self._delete()
            self._put(KEY, json.dumps(document, ensure_ascii=False))
            for number, part in enumerate(parts):
                self._put(f"{LOGO_KEY}{number}", part)

    def clear(self) -> None:
        with self.db.transaction():
            self._delete()

    def _delete(self) -> None:
        self.db.execute("DELETE FROM settings WHERE key=? OR key LIKE ?", (KEY, LOGO_KEY + "%"))

    def _put(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO settings(key, value) VALUES(?, ?)", (key, value))
