from __future__ import annotations

import pytest

from npdrights.core.languages import ENGLISH, LANGUAGES, chosen_language


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("pl", ["en-GB"], "pl"),  # the user's choice wins over the computer's
        ("", ["pl-PL", "en-GB"], "pl"),
        ("", ["ur_PK"], "ur"),
        ("", ["cy-GB", "ur-IN"], "ur"),  # Welsh first, which npdrights lacks: the next the user listed
        ("", ["fr-FR"], "en"),
        ("", [], "en"),
        ("en", ["pl-PL"], "en"),
    ],
)
def test_the_language_shown(setting: str, system: list[str], expected: str) -> None:
    assert chosen_language(setting, system).code == expected


def test_every_translation_says_who_made_it_and_none_claims_a_review_it_has_not_had() -> None:
    translations = [language for language in LANGUAGES if language is not ENGLISH]
    assert {language.code for language in translations} == {"pl", "ur"}
    assert all(language.made_by for language in translations)
    assert not any(language.reviewed_by_native_speaker for language in translations)
    assert [language.code for language in LANGUAGES if language.right_to_left] == ["ur"]
