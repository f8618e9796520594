"""Where the app keeps its files, and where its bundled resources are.

Nothing here runs at import time: callers build an `AppPaths` when they need one.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "npdrights"
HOME_ENV = "NPDRIGHTS_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The folders the app writes to. `data` holds the vault; `config` holds non-personal settings only; `logs`
    holds details of programming errors, which hold no personal data (crash_details.py)."""

    data: Path
    config: Path
    logs: Path | None = None  # None: a folder inside `config` (tests build AppPaths with data and config only)

    @property
    def log_folder(self) -> Path:
        return self.logs if self.logs is not None else self.config / "logs"

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> AppPaths:
        env = os.environ if environ is None else environ
        override = env.get(HOME_ENV)
        if override:
            # Portable use and tests: everything under one folder the user chose.
            home = Path(override).expanduser().resolve()
            return cls(data=home / "data", config=home / "config", logs=home / "logs")
        # roaming=False: on Windows this is %LOCALAPPDATA%, so children's data never roams to a domain server.
        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)),
            config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False)),
            logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    def ensure(self) -> None:
        """Create the folders, private to this user (0700 on Unix)."""
        for folder in (self.data, self.config):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if os.name == "posix":
                os.chmod(folder, 0o700)


def resource_dir() -> Path:
    """The bundled `resources/` folder: frozen build, installed wheel, or source checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "resources"
    if installed.is_dir():
        return installed
    return package_dir.parent / "resources"
