"""Who is asking, and so how the letter speaks and what authority goes with it.

Kept apart from the rest of the letters code so it can be wired to `npdrights.core.requesters` (the rules
engine's advice on who may ask) without touching the templates. The wording itself lives in the templates;
this module only decides which case applies.

The ICO's guide for England (legal-facts.md §3): a child can use their own rights once they understand them;
there is no fixed age, but 12 "indicates an approach that will be reasonable in many cases". The rights stay
the child's, so a parent acting for a child of about 12 or over should have their authority; an adult former
pupil's parent needs their written authority like anyone else. We advise; the user can decide otherwise
(`LetterAnswers.pupil_authority`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from npdrights.core.model import Relationship

COMPETENCE_GUIDE_AGE = 12  # ICO guide for England, legal-facts.md §3; also the ICO form's consent age (§7)
ADULT_AGE = 18  # a child is anyone under 18 (legal-facts.md §3)


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass(frozen=True)
class Voice:
    """Flags the templates branch on. Exactly one of is_self, is_family, is_adviser is true."""

    is_self: bool
    is_family: bool  # a parent or carer
    is_adviser: bool
    relation: str  # "parent" / "carer" / "adviser" / "self", for "I am {{ pupil.name }}'s {{ voice.relation }}"
    age: int  # the pupil's age on the letter's date
    pupil_is_adult: bool
    pupil_can_decide: bool  # about 12 or over: the pupil should be asked and can sign
    authority_enclosed: bool  # the pupil's (or family's) signed authority goes with the letter
    pupil_signs: bool  # the pupil signs the authority form (else a parent or carer does, for an adviser)


def voice_for(relationship: Relationship, born: date, on: date, pupil_authority: bool | None = None) -> Voice:
    age = age_on(born, on)
    can_decide = age >= COMPETENCE_GUIDE_AGE
    is_self = relationship is Relationship.SELF
    is_adviser = relationship is Relationship.ADVISER
    if is_self:
        authority = False
    elif is_adviser:
        authority = True  # an adviser always acts on a signed authority
    else:
        authority = can_decide if pupil_authority is None else pupil_authority
    return Voice(
        is_self=is_self,
        is_family=relationship in (Relationship.PARENT, Relationship.CARER),
        is_adviser=is_adviser,
        relation=relationship.value,
        age=age,
        pupil_is_adult=age >= ADULT_AGE,
        pupil_can_decide=can_decide,
        authority_enclosed=authority,
        pupil_signs=can_decide if pupil_authority is None else pupil_authority,
    )
