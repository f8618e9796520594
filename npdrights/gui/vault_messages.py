"""What went wrong with the vault, in the screens' language (issue 18).

Storage and the service layer raise VaultErrors whose messages are English (the command line shows them so) and
marked for translation under "VaultError", with their {fields} kept apart (`error.said`, a Sentence). The screens
translate the sentence here, where they show it, then fill in the fields, writing a date and time the screen's way.
"""

from __future__ import annotations

from npdrights.gui.sentences import on_screen
from npdrights.storage.errors import VaultError


def shown_message(error: VaultError) -> str:
    """`error`'s message for the screen; a message without a translation (none marked) stays as it was."""
    return on_screen("VaultError", error.said)
