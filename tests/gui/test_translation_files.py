"""Issue 18: the translation files are complete and in step with the code and with each other.

- the .ts files hold every text the translated modules mark (pyside6-lupdate finds nothing new);
- the committed .qm files are exactly what pyside6-lrelease makes from the .ts (so the wheel and the frozen
  bundle, which copy resources/, carry the translations that were reviewed);
- Polish and Urdu translate every text, keep each {placeholder}, keep an Alt shortcut where the English has one,
  and give each plural the forms its language needs.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.gui.test_translated_text_marked import TRANSLATIONS

FOLDER = TRANSLATIONS.FOLDER
PLURAL_FORMS = {"en": 2, "pl": 3, "ur": 2}  # Polish: 1 plik, 2-4 pliki, 5 plików


def _messages(code: str) -> list[ET.Element]:
    return list(ET.parse(TRANSLATIONS.ts_file(code)).getroot().iter("message"))


def _source(message: ET.Element) -> str:
    return message.findtext("source") or ""


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_the_ts_files_hold_every_marked_text(tmp_path: Path) -> None:
    for code in TRANSLATIONS.LANGUAGES:
        shutil.copy(TRANSLATIONS.ts_file(code), tmp_path)
    TRANSLATIONS.update(tmp_path)
    for code in TRANSLATIONS.LANGUAGES:
        fresh = TRANSLATIONS.ts_file(code, tmp_path).read_text(encoding="utf-8")
        assert fresh == TRANSLATIONS.ts_file(code).read_text(encoding="utf-8"), (
            f"npdrights_{code}.ts is behind the code: run scripts/translations.py update, translate, then release"
        )


def test_the_committed_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    TRANSLATIONS.release(FOLDER, tmp_path)
    for code in TRANSLATIONS.LANGUAGES:
        assert TRANSLATIONS.qm_file(code, tmp_path).read_bytes() == TRANSLATIONS.qm_file(code).read_bytes(), (
            f"npdrights_{code}.qm is out of date: run scripts/translations.py release"
        )


@pytest.mark.parametrize("code", ["pl", "ur"])
def test_every_text_is_translated_with_its_placeholders_and_shortcut(code: str) -> None:
    messages = _messages(code)
    assert len(messages) > 150
    for message in messages:
        source = _source(message)
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"not translated yet: {source!r}"
        for text in _translations(message):
            assert text.strip(), f"empty translation of {source!r}"
            assert sorted(re.findall(r"\{\w+\}|%n", text)) == sorted(re.findall(r"\{\w+\}|%n", source)), text
            assert ("&" in source) == ("&" in text.replace("&&", "")), f"Alt shortcut lost or added: {text!r}"


@pytest.mark.parametrize("code", ["en", "pl", "ur"])
def test_each_plural_has_the_forms_its_language_needs(code: str) -> None:
    plurals = [message for message in _messages(code) if message.get("numerus") == "yes"]
    assert plurals, "the counts on screen (cases saved, minutes before locking) are plurals"
    for message in plurals:
        forms = _translations(message)
        assert len(forms) == PLURAL_FORMS[code], _source(message)
        assert all(form.strip() and "%n" in form for form in forms), _source(message)
