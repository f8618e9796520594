"""What the GUI is given by the composition root (npdrights.app). No module-level singletons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING

from npdrights.core.languages import ENGLISH, Language

# Only named in annotations: the register's readers and the rules they use load when it is first opened, not
# before the Unlock screen (bench/startup.py).
if TYPE_CHECKING:
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
    make_register: Callable[[], RegisterService]  # called when the register is first opened
    language: Language = ENGLISH  # the language the screens are shown in (About says who translated it)

    @cached_property
    def register(self) -> RegisterService:
        """The DfE's register of data shares: public data, outside the vault."""
        return self.make_register()
