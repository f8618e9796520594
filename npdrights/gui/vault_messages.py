"""What went wrong with the vault, in the screens' language (issue 18).

Storage and the service layer raise VaultErrors whose messages are English (the command line shows them so) and
marked for translation under "VaultError" with their {fields} still in. The screens translate the sentence here,
where they show it, then fill in the fields, writing a date and time the screen's way.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from npdrights.gui.i18n import screen_datetime
from npdrights.storage.errors import VaultError


def shown_message(error: VaultError) -> str:
    """`error`'s message for the screen; a message without a translation (none marked) stays as it was."""
    said = QCoreApplication.translate("VaultError", error.template)
    if not error.fields:
        return said
    fields = {
        name: screen_datetime(value) if isinstance(value, datetime) else value for name, value in error.fields.items()
    }
    return said.format(**fields)
