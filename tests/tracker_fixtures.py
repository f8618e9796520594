"""Fictional cases in every state the tracker shows, for GUI tests, screenshots and the benchmark.

Everyone here is made up (the Fictionalsons, the Testpersons, Bartholomew Madeup). Dates are relative to the
GUI tests' fixed day, Saturday 28 November 2026.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from npdrights.core.model import (
    Address,
    AnswerCheck,
    Case,
    CaseEvent,
    CaseKind,
    ChecklistItem,
    EventKind,
    Household,
    Organisation,
    Person,
    PostMethod,
    Relationship,
    WrongFact,
)
from npdrights.storage.repository import LetterRecord, Repository

K = EventKind
D = date
FIRST = PostMethod.FIRST_CLASS
EMAIL = PostMethod.EMAIL

FICTIONALSONS = Household("h-fictionalson", "Fictionalson")
TESTPERSONS = Household("h-testperson", "Testperson")
MARIGOLD = Person(
    "p-marigold",
    "Marigold Fictionalson",
    address=Address(("12 Imaginary Road", "Exampleton"), "EX1 2AB"),
    email="marigold@example.org",
    household_id=FICTIONALSONS.id,
)
ZEBEDEE = Person(
    "p-zebedee",
    "Zebedee Fictionalson",
    date_of_birth=D(2013, 5, 4),
    former_names=("Zebedee Madeupson",),
    household_id=FICTIONALSONS.id,
)
ADA = Person("p-ada", "Ada Fictionalson", date_of_birth=D(2015, 9, 12), household_id=FICTIONALSONS.id)
PRIMROSE = Person(
    "p-primrose",
    "Primrose Testperson",
    date_of_birth=D(2008, 2, 29),
    household_id=TESTPERSONS.id,
    address=Address(("3 Pretend Close", "Sampleford"), "SA1 1PL"),
)
BARTHOLOMEW = Person(
    "p-bartholomew",
    "Bartholomew Madeup",
    date_of_birth=D(2004, 1, 15),
    address=Address(("Flat 2", "9 Nowhere Street", "Exampleton"), "EX9 9ZZ"),
)
PEOPLE = (MARIGOLD, ZEBEDEE, ADA, PRIMROSE, BARTHOLOMEW)

DFE = Organisation("dfe", "Department for Education", Address(("7 & 8 Wellington Place", "Leeds"), "LS1 4AW"))
LRS = Organisation("lrs", "Learning Records Service", Address(("Cheylesmore House", "Coventry"), "CV1 2WT"))
TRUST = Organisation(
    "org-trust", "Fictional Academy Trust", Address(("1 Pretend Lane", "Sampleford"), "SA1 2ZZ"), confirmed=False
)
ORGANISATIONS = (DFE, LRS, TRUST)


@dataclass(frozen=True)
class Sample:
    case: Case
    events: tuple[CaseEvent, ...]


def _case(case_id: str, kind: CaseKind, person: Person, organisation: Organisation, created: date, ref: str) -> Case:
    requester = person if person.date_of_birth and person.date_of_birth.year < 2008 else MARIGOLD
    relationship = Relationship.SELF if requester is person else Relationship.PARENT
    return Case(case_id, kind, person.id, organisation.id, requester.id, relationship, ref, created)


def _events(
    case_id: str, *specs: tuple[EventKind, date] | tuple[EventKind, date, dict[str, object]]
) -> tuple[CaseEvent, ...]:
    made = []
    for number, spec in enumerate(specs):
        kind, on, *extra = spec
        fields: dict[str, object] = extra[0] if extra else {}  # type: ignore[assignment]
        made.append(CaseEvent(f"{case_id}-e{number}", case_id, kind, on, **fields))  # type: ignore[arg-type]
    return tuple(made)


PART_CHECK = AnswerCheck(
    received=(ChecklistItem.COPY, ChecklistItem.PURPOSES, ChecklistItem.RIGHTS, ChecklistItem.SOURCE),
    wrong_facts=(WrongFact("Date of birth", "28 February 2008", "29 February 2008"),),
)

SAMPLES = (
    # Overdue: the DfE's answer was due on Thursday 5 November 2026.
    Sample(
        _case("c-overdue", CaseKind.SAR_DFE, ZEBEDEE, DFE, D(2026, 10, 1), "NPD-SAR-20261001-ZF01"),
        _events(
            "c-overdue",
            (K.DRAFTED, D(2026, 10, 1)),
            (K.SENT, D(2026, 10, 1), {"post_method": FIRST}),
            (K.ACKNOWLEDGED, D(2026, 10, 8), {"reference": "DFE-SAR-4471"}),
        ),
    ),
    # Waiting: an objection emailed on Friday 20 November 2026.
    Sample(
        _case("c-waiting", CaseKind.OBJECTION_DFE, ADA, DFE, D(2026, 11, 20), "NPD-OBJ-20261120-AF02"),
        _events("c-waiting", (K.DRAFTED, D(2026, 11, 19)), (K.SENT, D(2026, 11, 20), {"post_method": EMAIL})),
    ),
    # Partly answered, checked: four items missing and one wrong fact.
    Sample(
        _case("c-part", CaseKind.SAR_ORGANISATION, PRIMROSE, TRUST, D(2026, 9, 1), "NPD-SAR-20260901-PT03"),
        _events(
            "c-part",
            (K.DRAFTED, D(2026, 9, 1)),
            (K.SENT, D(2026, 9, 1), {"post_method": FIRST}),
            (K.ANSWERED_PART, D(2026, 10, 2), {"check": PART_CHECK, "reference": "FAT/DP/0192"}),
        ),
    ),
    # Drafted but never marked as sent: the nudge opened after 7 days.
    Sample(
        _case("c-draft", CaseKind.SAR_LRS, BARTHOLOMEW, LRS, D(2026, 11, 10), "NPD-LRS-20261110-BM04"),
        _events("c-draft", (K.DRAFTED, D(2026, 11, 10))),
    ),
    # A complaint to the DfE: its acknowledgement is due.
    Sample(
        _case("c-complaint", CaseKind.SAR_DFE, ADA, DFE, D(2026, 8, 3), "NPD-SAR-20260803-AF05"),
        _events(
            "c-complaint",
            (K.DRAFTED, D(2026, 8, 3)),
            (K.SENT, D(2026, 8, 3), {"post_method": FIRST}),
            (K.REMINDER_SENT, D(2026, 9, 20), {"post_method": EMAIL}),
            (K.COMPLAINT_SENT, D(2026, 11, 16), {"post_method": EMAIL}),
        ),
    ),
    # Closed.
    Sample(
        _case("c-closed", CaseKind.RECTIFICATION, ZEBEDEE, DFE, D(2026, 3, 2), "NPD-COR-20260302-ZF06"),
        _events(
            "c-closed",
            (K.DRAFTED, D(2026, 3, 2)),
            (K.SENT, D(2026, 3, 2), {"post_method": FIRST}),
            (K.ANSWERED_FULL, D(2026, 3, 30)),
            (K.CLOSED, D(2026, 4, 2), {"note": "Corrected."}),
        ),
    ),
)

FIRST_LETTER_ANSWERS = {
    "requester": {
        "name": MARIGOLD.full_name,
        "address": ["12 Imaginary Road", "Exampleton"],
        "postcode": "EX1 2AB",
        "relationship": "parent",
    },
    "pupil": {"name": ZEBEDEE.full_name, "date_of_birth": "2013-05-04"},
    "recipient": "dfe",
}


def fill(repository: Repository, *, with_letters: bool = True) -> None:
    """Save the sample people, families, organisations and cases (with a stored first letter for the overdue one)."""
    for household in (FICTIONALSONS, TESTPERSONS):
        repository.save_household(household)
    for person in PEOPLE:
        repository.save_person(person)
    for organisation in ORGANISATIONS:
        repository.save_organisation(organisation)
    for sample in SAMPLES:
        letter = None
        if with_letters and sample.case.id == "c-overdue":
            letter = LetterRecord(
                "l-overdue",
                sample.case.id,
                "sar-dfe",
                D(2026, 10, 1),
                "Dear Data Protection Officer,\n\nSubject access request ...",
                subject="Subject access request: National Pupil Database, Zebedee Fictionalson",
                reference=sample.case.reference,
                answers=FIRST_LETTER_ANSWERS,
            )
        repository.create_case(sample.case, events=sample.events, letter=letter, pdf=_tiny_pdf() if letter else b"")


def _tiny_pdf() -> bytes:
    """A valid one-page PDF with no text, so the letters list has something to show without reportlab."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


TINY_PDF = _tiny_pdf()
