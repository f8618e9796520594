from __future__ import annotations

from pathlib import Path

import pytest

from npdrights.storage.settings import Settings, SettingsStore


def test_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    store.save(Settings(auto_lock_minutes=25))
    assert store.load().auto_lock_minutes == 25


@pytest.mark.parametrize(
    ("content", "expected_minutes"),
    [
        (b"not json", 10),
        (b"[1, 2]", 10),
        (b'{"auto_lock_minutes": "never"}', 10),
        (b'{"auto_lock_minutes": 0}', 1),
        (b'{"auto_lock_minutes": 99999}', 240),
        (b'{"auto_lock_minutes": 5, "last_child": "Zebedee"}', 5),
    ],
)
def test_hand_edited_files_cannot_disable_locking(tmp_path: Path, content: bytes, expected_minutes: int) -> None:
    (tmp_path / "settings.json").write_bytes(content)
    assert SettingsStore(tmp_path).load().auto_lock_minutes == expected_minutes


def test_only_known_keys_are_written(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    store.save(Settings())
    written = (tmp_path / "settings.json").read_text()
    assert set(__import__("json").loads(written)) == {
        "auto_lock_minutes",
        "lock_on_minimise",
        "clipboard_clear_seconds",
        "snapshots_to_keep",
        "tray_notifications",  # a yes/no choice: nothing personal
        "language",  # a language code from a fixed list
    }


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b'{"language": "pl"}', "pl"), (b'{"language": "ur"}', "ur"), (b'{"language": "Zebedee"}', ""), (b"{}", "")],
)
def test_the_language_is_one_npdrights_has_or_the_systems(tmp_path: Path, content: bytes, expected: str) -> None:
    (tmp_path / "settings.json").write_bytes(content)
    assert SettingsStore(tmp_path).load().language == expected
