"""Fictional cases and events for the status and next-step tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from npdrights.core.model import Case, CaseEvent, CaseKind, EventKind, PostMethod, Relationship

K = EventKind
D = date
EMAIL = PostMethod.EMAIL
FIRST = PostMethod.FIRST_CLASS


CREATED = D(2026, 3, 30)


def make_case(kind: CaseKind = CaseKind.SAR_DFE, created_on: date = CREATED) -> Case:
    return Case(
        id="case-zebedee",
        kind=kind,
        person_id="person-zebedee-fictionalson",
        organisation_id="org-dfe",
        requester_id="person-marigold-fictionalson",
        relationship=Relationship.PARENT,
        reference="NPD-TEST-1",
        created_on=created_on,
    )


def events(*specs: tuple[Any, ...]) -> list[CaseEvent]:
    """Events from (kind, date) or (kind, date, {field: value}) tuples, with ids in the order given."""
    made = []
    for number, spec in enumerate(specs):
        kind, on, *extra = spec
        fields: dict[str, Any] = extra[0] if extra else {}
        made.append(CaseEvent(id=f"event-{number}", case_id="case-zebedee", kind=kind, on=on, **fields))
    return made


# A subject access request to the DfE, posted first class on Thursday 2 April 2026 (the day before Good Friday).
# Deemed received on Wednesday 8 April (two working days, not counting Easter); due on Friday 8 May 2026.
SENT_2_APRIL = (K.SENT, D(2026, 4, 2), {"post_method": FIRST})
RECEIVED = D(2026, 4, 8)
DUE = D(2026, 5, 8)
