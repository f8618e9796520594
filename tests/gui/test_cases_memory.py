"""The cases list is not read on top of the whole vault left decrypted in memory (issue 17: peak memory).

The integrity check at unlock reads every page and leaves them in SQLite's cache; the list gives them back before
it reads its own rows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import apsw
import pytest
from pytestqt.qtbot import QtBot

from npdrights.core.model import Person
from npdrights.gui.cases.view import CasesView
from npdrights.gui.clipboard import PrivateClipboard
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.tracker_fixtures import fill


def _filled_and_locked(vault: Vault) -> int:
    """The fictional cases and about 8 MB of people; returns the file's size."""
    repository = Repository(vault.database)
    fill(repository)
    with vault.database.transaction():
        for number in range(4000):
            name = f"Testperson Number{number:04d} " + "lorem ipsum " * 160
            repository._put_person(Person(id=f"p-extra{number}", full_name=name))
    vault.lock()
    return (vault.folder / "cases.db").stat().st_size


def test_the_list_is_read_after_the_pages_the_unlock_check_left_are_given_back(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = _filled_and_locked(vault)
    reopened = Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)
    reopened.unlock_with_passphrase(PASSPHRASE)
    assert apsw.memory_used() > size // 2  # the check read the whole file, and keeps it for a quick read after

    memory_when_read: list[int] = []
    real = Repository.stored_rows

    def noting(self: Repository, **options: Any) -> Any:
        memory_when_read.append(apsw.memory_used())
        return real(self, **options)

    monkeypatch.setattr(Repository, "stored_rows", noting)
    view = CasesView(reopened, lambda: date(2026, 11, 28), PrivateClipboard(30_000))
    qtbot.addWidget(view)
    view.load()
    assert memory_when_read
    assert memory_when_read[0] < size // 4
    assert view.model.rowCount() == 6
    view.clear()
    reopened.lock()
