"""Who is asking, and so how the letter speaks and which authority goes with it.

The advice itself comes from the rules engine (`npdrights.core.requesters`); this module maps the letter's
answers onto it and turns the result into the few flags the templates branch on. The wording is in the
templates. We advise and never refuse: the advice's cautions reach the user as warnings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from npdrights.core.model import Relationship
from npdrights.core.requesters import ADULT_AGE, GUIDE_AGE, Asker, RequesterAdvice, advise, age_on
from npdrights.core.translatable import QT_TRANSLATE_NOOP


def requester_for(relationship: Relationship, age: int, pupil_authority: bool | None) -> Asker:
    """The rules engine's case for these answers. `pupil_authority` None means: follow the age guide (12)."""
    if relationship is Relationship.SELF:
        return Asker.ADULT_FORMER_PUPIL if age >= ADULT_AGE else Asker.PUPIL
    if relationship is Relationship.ADVISER:
        return Asker.ADVISER
    with_authority = age >= GUIDE_AGE if pupil_authority is None else pupil_authority
    return Asker.PARENT_WITH_AUTHORITY if with_authority else Asker.PARENT_FOR_CHILD


@dataclass(frozen=True)
class Voice:
    """Flags the templates branch on. Exactly one of is_self, is_family, is_adviser is true."""

    requester: str  # a requesters.Asker value, e.g. "parent-with-authority"
    is_self: bool
    is_family: bool  # a parent or carer
    is_adviser: bool
    relation: str  # "parent", "carer", "adviser" or "self": "I am {{ pupil.name }}'s {{ voice.relation }}"
    age: int  # the pupil's age on the letter's date
    pupil_is_adult: bool
    pupil_can_decide: bool  # about 12 or over (the ICO's guide for England)
    authority_enclosed: bool  # the pupil's (or, for an adviser, the signer's) authority goes with the letter
    pupil_signs_authority: bool  # on an adviser's authority form: the pupil signs (else a parent or carer)
    cautions: tuple[str, ...]  # the rules engine's advice to think again; shown to the user, never printed


def voice_for(relationship: Relationship, born: date, on: date, pupil_authority: bool | None = None) -> Voice:
    age = age_on(born, on)
    requester = requester_for(relationship, age, pupil_authority)
    advice: RequesterAdvice = advise(requester, letter_date=on, born=born)
    return Voice(
        requester=requester.value,
        is_self=requester in (Asker.PUPIL, Asker.ADULT_FORMER_PUPIL),
        is_family=relationship in (Relationship.PARENT, Relationship.CARER),
        is_adviser=requester is Asker.ADVISER,
        relation=relationship.value,
        age=age,
        pupil_is_adult=age >= ADULT_AGE,
        pupil_can_decide=age >= GUIDE_AGE,
        # A parent acting for a child who cannot yet decide states that in the letter itself (the advice's
        # "parent statement"), so only an authority signed by someone else is enclosed.
        authority_enclosed=requester in (Asker.PARENT_WITH_AUTHORITY, Asker.ADVISER),
        pupil_signs_authority=advice.authority_signed_by == "the pupil",
        cautions=(*advice.cautions, *((CARER_CAUTION,) if relationship is Relationship.CARER else ())),
    )


# docs/law.md §7: advise, never refuse. The letter says the writer has parental responsibility.
CARER_CAUTION = QT_TRANSLATE_NOOP(
    "Advice",
    "The letter says you have parental responsibility. Foster and kinship carers often don't; under a care order "
    "the council shares it with the parents. If you don't have it, the child can sign an authority for you if "
    "they are about 12 or over, or someone with parental responsibility (a parent, or the council) can make the "
    "request. Ask an adviser if you are not sure.",
)
