"""What the GUI is given by the composition root (npdrights.app). No module-level singletons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from npdrights.paths import AppPaths
from npdrights.service.register import RegisterService
from npdrights.storage.settings import SettingsStore
from npdrights.storage.vault import Vault


@dataclass
class Clock:
    """The one place the GUI asks for the time, so tests can fix it."""

    now: Callable[[], datetime] = datetime.now

    def today(self) -> date:
        return self.now().date()


@dataclass
class Services:
    paths: AppPaths
    vault: Vault
    settings: SettingsStore
    clock: Clock
    render_recovery_sheet: Callable[[str, str, date], bytes]
    register: RegisterService  # the DfE's register of data shares: public data, outside the vault
