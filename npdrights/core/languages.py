"""The languages npdrights's screens can be shown in (issue 18). Letters to the DfE stay in English.

Each translation says who made it and whether a native speaker has checked it; About shows that, so a family
knows how far to trust the wording. The setting holds only a code from here ("" for the system's language).
"""

from __future__ import annotations

from dataclasses import dataclass

from npdrights.core.translatable import QT_TRANSLATE_NOOP

SYSTEM_LANGUAGE = ""  # the setting's value meaning "the language this computer is set to"


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, as Qt's locale names start
    name: str  # in the language itself, as a speaker looks for it in a list
    right_to_left: bool = False
    made_by: str = ""  # who made the translation ("" for English, the language the app is written in)
    reviewed_by_native_speaker: bool = False


MACHINE_ASSISTED = QT_TRANSLATE_NOOP("Languages", "a machine-assisted translation by the npdrights developers")
ENGLISH = Language("en", "English", reviewed_by_native_speaker=True)
LANGUAGES = (
    ENGLISH,
    Language("pl", "Polski", made_by=MACHINE_ASSISTED),
    Language("ur", "اردو", right_to_left=True, made_by=MACHINE_ASSISTED),
)
CODES = frozenset(language.code for language in LANGUAGES) | {SYSTEM_LANGUAGE}


def chosen_language(setting: str, system_languages: list[str]) -> Language:
    """The language to show: the setting if it names one, else the first of the system's preferred languages
    that npdrights has (each like "pl-PL" or "ur_PK"), else English."""
    wanted = [setting] if setting else [name.replace("_", "-").split("-")[0].lower() for name in system_languages]
    for code in wanted:
        for language in LANGUAGES:
            if language.code == code:
                return language
    return ENGLISH
