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


def fill_varied(repository: Repository, count: int = 90, seed: int = 16) -> None:
    """A bigger fictional caseload over a year, for screenshots: most counts above 5, so the chart has bars."""
    import random
    from datetime import timedelta

    from npdrights.core.model import Case, CaseEvent, CaseKind, EventKind, PostMethod, Relationship
    from tests.core.statistics_fixture import DFE, TODAY

    rng = random.Random(seed)
    for organisation in ORGANISATIONS.values():
        repository.save_organisation(organisation)
    for person in people():
        repository.save_person(person)
    kinds = [CaseKind.SAR_DFE] * 6 + [CaseKind.OBJECTION_DFE] * 3 + [CaseKind.SAR_LRS]
    with repository.db.transaction():
        for number in range(count):
            kind = rng.choice(kinds)
            organisation = DFE.id if kind is not CaseKind.SAR_LRS else "org-lrs"
            sent = TODAY - timedelta(days=40 + rng.randrange(300))
            case = Case(
                f"v{number}", kind, "p-zebulon", organisation, "p-ottoline", Relationship.PARENT, f"V{number}", sent
            )
            events = [CaseEvent(f"v{number}-0", case.id, EventKind.SENT, sent, post_method=PostMethod.EMAIL)]
            took = rng.choice((12, 20, 25, 28, 29, 30, 35, 45, 60, None))
            answer = EventKind.OBJECTION_REJECTED if kind is CaseKind.OBJECTION_DFE else EventKind.ANSWERED_FULL
            if took is not None and sent + timedelta(days=took) <= TODAY:
                events.append(CaseEvent(f"v{number}-1", case.id, answer, sent + timedelta(days=took)))
            repository.create_case(case, events=events)
