"""Every kind of letter the app writes: its name, a one-line description and the answers it needs.

Used by `build_letter`, by `npdrights-cli letter --list` and by the GUI wizard to know what to ask.
"""

from __future__ import annotations

from dataclasses import dataclass

# The answers every kind needs (the rest of the answers are optional unless a kind says so).
_WHO = ("requester.name", "requester.address", "pupil.name", "pupil.date_of_birth")
_FIND = (
    "pupil.former_names",
    "pupil.upn",
    "pupil.former_upns",
    "pupil.uln",
    "pupil.schools",
    "pupil.address",
    "pupil.previous_postcodes",
    "pupil.sex_at_school",
)
_POST = ("date", "reference", "send_by", "reply_by", "requester.email", "requester.relationship", "pupil_authority")


@dataclass(frozen=True)
class LetterKind:
    name: str
    description: str
    needs: tuple[str, ...]  # answer paths that must be given
    uses: tuple[str, ...]  # answer paths it uses if given
    default_recipient: str | None  # a recipients-directory key, or None if the user must name the recipient
    is_letter: bool = True  # False for forms, packs and checklists: no recipient address, no signature
    code: str = ""  # for references, e.g. "SAR" in NPD-SAR-20261201-K7Q2
    continues_case: bool = False  # a reminder or complaint: keeps the reference of the case's first letter

    @property
    def template(self) -> str:
        return f"{self.name}.j2"

    @property
    def uses_recipient(self) -> bool:
        return "recipient" in self.needs or "recipient" in self.uses


KINDS: dict[str, LetterKind] = {
    kind.name: kind
    for kind in (
        LetterKind(
            "sar-dfe",
            "Ask the DfE for everything it holds about the pupil: the National Pupil Database and linked data",
            _WHO,
            (*_FIND, *_POST, "recipient"),
            "dfe",
            code="SAR",
        ),
        LetterKind(
            "sar-lrs",
            "Ask for the Personal Learning Record held by the Learning Records Service (by ULN)",
            _WHO,
            (*_FIND, *_POST, "recipient"),
            "dfe",
            code="LRS",
        ),
        LetterKind(
            "sar-organisation",
            "Ask a school, academy trust, council or other recipient of NPD data for what it holds",
            (*_WHO, "recipient"),
            (*_FIND, *_POST, "recipient.type", "educational_record"),
            None,
            code="SAR",
        ),
        LetterKind(
            "objection-dfe",
            "Object to the DfE giving the pupil's identifiable data to companies and the press",
            _WHO,
            (*_FIND, *_POST, "situations", "grounds", "recipient"),
            "dfe",
            code="OBJ",
        ),
        LetterKind(
            "rectification",
            "Ask for wrong data to be corrected (a table of what is recorded and what is right)",
            (*_WHO, "corrections"),
            (*_FIND, *_POST, "recipient", "case"),
            "dfe",
            code="COR",
        ),
        LetterKind(
            "erasure",
            "Ask for data to be deleted, with the grounds, and an honest note on the exceptions",
            (*_WHO, "erasure_grounds"),
            (*_FIND, *_POST, "recipient", "case"),
            "dfe",
            code="DEL",
        ),
        LetterKind(
            "restriction",
            "Ask for the use of data to be restricted while something is settled (Article 18(1)(a) to (d))",
            (*_WHO, "restriction_grounds"),
            (*_FIND, *_POST, "recipient", "grounds"),
            "dfe",
            code="RES",
        ),
        LetterKind(
            "reminder",
            "Chase an answer that is late: cites your letter, the dates and the rule",
            (*_WHO, "case"),
            (*_FIND, *_POST, "recipient"),
            "dfe",
            code="REM",
            continues_case=True,
        ),
        LetterKind(
            "complaint-organisation",
            "Complain to the organisation's data protection officer, with a dated timeline",
            (*_WHO, "case"),
            (*_FIND, *_POST, "recipient", "complaint", "harm"),
            "dfe",
            code="CMP",
            continues_case=True,
        ),
        LetterKind(
            "complaint-ico",
            "A pack for the ICO's online complaint form: summary, timeline, evidence and consent",
            (*_WHO, "case"),
            (
                *_FIND,
                "date",
                "reference",
                "requester.email",
                "requester.relationship",
                "recipient",
                "complaint",
                "harm",
            ),
            "dfe",
            is_letter=False,
            code="ICO",
            continues_case=True,
        ),
        LetterKind(
            "child-authority",
            "A form for the pupil to sign, letting a parent or carer ask for them",
            _WHO,
            ("date", "reference", "requester.relationship"),
            None,
            is_letter=False,
            code="AUTH",
        ),
        LetterKind(
            "adviser-authority",
            "A form for the pupil or family to sign, letting an adviser act for them",
            (*_WHO, "requester.organisation"),
            ("date", "reference", "requester.email", "requester.phone"),
            None,
            is_letter=False,
            code="AUTH",
        ),
        LetterKind(
            "enclosures",
            "A checklist of what to put in the envelope, what to keep, and how to redact a copy of ID",
            (*_WHO, "for_kind"),
            (*_POST, "recipient", "case"),
            None,
            is_letter=False,
            code="LIST",
        ),
    )
}


class UnknownKind(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"no letter kind called {name!r}; the kinds are: {', '.join(KINDS)}")


def kind_named(name: str) -> LetterKind:
    try:
        return KINDS[name]
    except KeyError:
        raise UnknownKind(name) from None
