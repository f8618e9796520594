"""The statistics tests' fictional caseload (tests/core/statistics_fixture.py), saved in a vault."""

from __future__ import annotations

from npdrights.storage.repository import Repository
from tests.core.statistics_fixture import ORGANISATIONS, caseload, people


def fill(repository: Repository) -> None:
    for organisation in ORGANISATIONS.values():
        repository.save_organisation(organisation)
    for person in people():
        repository.save_person(person)
    for case, events in caseload():
        repository.create_case(case, events=events)
