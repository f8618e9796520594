"""A known, fictional caseload for the statistics tests, with the figures it must give.

Every request is emailed, so the organisation gets it the day it is sent and its month is easy to check:
sent on Monday 2 March 2026, due Thursday 2 April; sent Monday 1 June, due Wednesday 1 July (three months:
Tuesday 1 September); sent Monday 2 November, due Wednesday 2 December. "Today" is Saturday 28 November 2026.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from npdrights.core.model import (
    Address,
    Case,
    CaseEvent,
    CaseKind,
    EventKind,
    Organisation,
    Person,
    PostMethod,
    PupilIdentifiers,
    Relationship,
)

K = EventKind
D = date
TODAY = D(2026, 11, 28)
MARCH = D(2026, 3, 2)
JUNE = D(2026, 6, 1)
NOVEMBER = D(2026, 11, 2)

DFE = Organisation("org-dfe", "Department for Education", Address(("Sanctuary Buildings",), "SW1P 3BT"))
LRS = Organisation("org-lrs", "Learning Records Service", Address(("Cheylesmore House",), "CV1 2WT"))
SCHOOL = Organisation("org-school", "Quillfeather Fictional Primary School", Address(("1 Nowhere Lane",), "ZZ9 9ZZ"))
ORGANISATIONS = {org.id: org for org in (DFE, LRS, SCHOOL)}

# What must never appear in the figures: the people's names, pupil numbers and references of this caseload.
NAMES = ("Zebulon Quixotefictional", "Ottoline Xylophanta")
UPNS = ("A123456789012", "H801200001001")
REFERENCE_PREFIX = "QZX-SECRET-"


def _case(
    number: int, kind: CaseKind, organisation: Organisation, *specs: tuple[Any, ...]
) -> tuple[Case, list[CaseEvent]]:
    case_id = f"case-{number}"
    case = Case(
        id=case_id,
        kind=kind,
        person_id="p-zebulon" if number % 2 else "p-ottoline",
        organisation_id=organisation.id,
        requester_id="p-ottoline",
        relationship=Relationship.PARENT,
        reference=f"{REFERENCE_PREFIX}{number}",
        created_on=MARCH - timedelta(days=1),
        notes=f"{NAMES[number % 2]}, UPN {UPNS[number % 2]}",
    )
    events = [
        CaseEvent(f"{case_id}-{index}", case_id, spec[0], spec[1], **(spec[2] if len(spec) > 2 else {}))
        for index, spec in enumerate(specs)
    ]
    return case, events


def _sent(on: date) -> tuple[Any, ...]:
    return (K.SENT, on, {"post_method": PostMethod.EMAIL, "reference": f"{REFERENCE_PREFIX}posted"})


def caseload() -> list[tuple[Case, list[CaseEvent]]]:
    made = [
        # Six access requests to the DfE, answered 10, 20, 30, 31 (its due day), 40 and 50 days after arriving.
        *(
            _case(number, CaseKind.SAR_DFE, DFE, _sent(MARCH), (K.ANSWERED_FULL, MARCH + timedelta(days=days)))
            for number, days in enumerate((10, 20, 30, 31, 40, 50), start=1)
        ),
        # Three objections to the DfE, never answered; one extended, two complained of, one of those to the ICO.
        _case(7, CaseKind.OBJECTION_DFE, DFE, _sent(JUNE), (K.EXTENSION_NOTIFIED, D(2026, 6, 10))),
        _case(8, CaseKind.OBJECTION_DFE, DFE, _sent(JUNE), (K.COMPLAINT_SENT, D(2026, 7, 10))),
        _case(
            9,
            CaseKind.OBJECTION_DFE,
            DFE,
            _sent(JUNE),
            (K.COMPLAINT_SENT, D(2026, 7, 10)),
            (K.ICO_COMPLAINT_SENT, D(2026, 9, 1), {"reference": f"{REFERENCE_PREFIX}ico"}),
        ),
        # Two to the LRS: one not sent yet, one sent this month and not yet due.
        _case(10, CaseKind.SAR_LRS, LRS, (K.DRAFTED, NOVEMBER)),
        _case(11, CaseKind.SAR_LRS, LRS, _sent(NOVEMBER)),
        # One to a school, refused on time.
        _case(12, CaseKind.SAR_ORGANISATION, SCHOOL, _sent(JUNE), (K.REFUSED, D(2026, 6, 20))),
        # One whose dates can't be true (an answer before sending): left out and counted as such.
        _case(13, CaseKind.SAR_DFE, DFE, (K.ANSWERED_FULL, MARCH), _sent(JUNE)),
    ]
    return made


def people() -> list[Person]:
    """The two people the cases are about: only in the vault, never in the figures."""
    return [
        Person("p-zebulon", NAMES[0], date_of_birth=D(2014, 1, 2), identifiers=PupilIdentifiers(upn=UPNS[0])),
        Person("p-ottoline", NAMES[1], date_of_birth=D(2012, 3, 4), identifiers=PupilIdentifiers(upn=UPNS[1])),
    ]
