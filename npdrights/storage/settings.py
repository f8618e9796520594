"""Non-personal preferences, kept outside the vault so they apply before unlocking (e.g. auto-lock time).

Only whitelisted keys with checked types are read or written: no names, cases or paths ever land here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, ClassVar

from npdrights.core.languages import CODES, SYSTEM_LANGUAGE
from npdrights.storage.atomic import atomic_write_bytes

SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class Settings:
    auto_lock_minutes: int = 10
    lock_on_minimise: bool = False
    clipboard_clear_seconds: int = 30
    snapshots_to_keep: int = 7
    tray_notifications: bool = False  # a system-tray message the day a next step opens (no names in it)
    language: str = SYSTEM_LANGUAGE  # a code from core.languages; applied when npdrights next starts

    LIMITS: ClassVar[dict[str, tuple[int, int]]] = {
        "auto_lock_minutes": (1, 240),
        "clipboard_clear_seconds": (5, 600),
        "snapshots_to_keep": (1, 100),
    }

    def checked(self) -> Settings:
        """Clamp numbers into their sensible range (a hand-edited file must not disable locking)."""
        changes: dict[str, Any] = {}
        for name, (low, high) in self.LIMITS.items():
            value = getattr(self, name)
            changes[name] = min(max(value, low), high)
        if self.language not in CODES:  # a hand-edited file: fall back to the system's language
            changes["language"] = SYSTEM_LANGUAGE
        return replace(self, **changes)


class SettingsStore:
    def __init__(self, folder: Path) -> None:
        self.path = folder / SETTINGS_FILE

    def load(self) -> Settings:
        """Defaults for anything missing, unreadable or of the wrong type; the file is never trusted."""
        try:
            document = json.loads(self.path.read_bytes())
        except (OSError, ValueError):
            return Settings()
        if not isinstance(document, dict):
            return Settings()
        defaults = Settings()
        values: dict[str, Any] = {}
        for field in fields(Settings):
            value = document.get(field.name)
            if type(value) is type(getattr(defaults, field.name)):
                values[field.name] = value
        return Settings(**values).checked()

    def save(self, settings: Settings) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        data = json.dumps(asdict(settings.checked()), indent=1, sort_keys=True) + "\n"
        atomic_write_bytes(self.path, data.encode())
