"""The recipients directory: sources, check dates and the unconfirmed flag the UI warns about."""

from __future__ import annotations

import pytest

from npdrights.bundled import recipients_directory
from npdrights.core.letters import DirectoryError, parse_directory


def test_the_dfe_address_is_the_one_in_the_npd_privacy_notice_and_is_flagged() -> None:
    dfe = recipients_directory()["dfe"]
    # docs/law.md §9.1, which marks the address as needing checking.
    assert (*dfe.address, dfe.postcode) == (
        "Data Protection Officer",
        "Department for Education (B2.28)",
        "7 & 8 Wellington Place",
        "Wellington Street",
        "Leeds",
        "LS1 4AW",
    )
    assert not dfe.confirmed
    assert "not confirmed" in dfe.warning()
    assert dfe.source_url.startswith("https://www.gov.uk/government/publications/national-pupil-database-npd")


def test_every_entry_has_a_source_and_a_check_date() -> None:
    directory = recipients_directory()
    assert set(directory) == {"dfe", "lrs", "ico"}
    for entry in directory.values():
        assert entry.source_url.startswith("https://")
        assert entry.last_checked
        assert entry.called
    assert not directory["lrs"].has_postal_address  # none in docs/law.md §9.3: no address is made up
    assert directory["ico"].confirmed
    assert directory["ico"].warning() == ""
    assert directory["dfe"].to_organisation().address.postcode == "LS1 4AW"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[x]\nname = 1\n", "expected str"),
        ("[x]\nname = 'X'\n", "greeting: missing"),
        ("[x]\nname='X'\ngreeting='G'\nsource_url='u'\nlast_checked='soon'\nconfirmed=true\n", "last_checked"),
        ("[x]\nname='X'\ncolour='red'\n", "unknown key 'colour'"),
        ("x = 1\n", "expected a table"),
        ("[x\n", "recipients.toml"),
    ],
)
def test_a_broken_directory_is_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(DirectoryError, match=message):
        parse_directory(text)
