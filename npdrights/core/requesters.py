"""Who is asking, and the advice that follows: who signs, what the child does, which form goes in the envelope.

Sources: docs/law.md §7 (children's rights, competence, parents acting for a child) and §8
(the ICO's consent letter for people aged 12 and over). The app advises; it never refuses to write a letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP

# law §7: in England there is no fixed age. The ICO says 12 "indicates an approach that will be reasonable in many
# cases" (Scotland presumes competence from 12; this app covers England only). The ICO's complaint form also asks
# for a signed consent letter from anyone aged 12 or over (law §7, §8).
GUIDE_AGE = 12
ADULT_AGE = 18  # a child is anyone under 18 (law §7, UNCRC)

PARENTAL_RESPONSIBILITY = QT_TRANSLATE_NOOP(
    "Advice",
    "Parental responsibility means the legal rights and duties a parent has for a child. More than one person can "
    "have it, and not only birth parents: a guardian or someone named in a court order can have it too. The "
    "organisation may ask you to show that you have it. Send proof only if it asks.",
)

_RIGHTS_ARE_THE_CHILDS = QT_TRANSLATE_NOOP(
    "Advice",
    "The rights belong to your child, not to you. A parent or carer should act for a child only if the child "
    "agrees, if the child can't yet understand their rights, or if it is clearly in the child's best interests.",
)

PUPIL_SIGNS = QT_TRANSLATE_NOOP("Signers", "the pupil")  # who signs an authority, as `authority_signed_by` says

_ID_ONLY_WHEN_ASKED = QT_TRANSLATE_NOOP(
    "Advice", "The organisation may ask for proof of identity. Send it only if it asks."
)


class Asker(Enum):
    """Who is asking, as the rules on authority see it (the letter's writer is `letters.answers.Requester`)."""

    PUPIL = "pupil"
    PARENT_WITH_AUTHORITY = "parent-with-authority"  # a parent or carer, with the pupil's authority
    PARENT_FOR_CHILD = "parent-for-child"  # a parent or carer, for a child too young to act
    ADULT_FORMER_PUPIL = "adult-former-pupil"
    ADVISER = "adviser"  # an adviser with a signed authority

    @property
    def label(self) -> str:
        return _ASKER_LABELS[self]


_ASKER_LABELS = {
    Asker.PUPIL: QT_TRANSLATE_NOOP("Askers", "The pupil, asking for themselves"),
    Asker.PARENT_WITH_AUTHORITY: QT_TRANSLATE_NOOP("Askers", "A parent or carer, with the pupil's agreement"),
    Asker.PARENT_FOR_CHILD: QT_TRANSLATE_NOOP("Askers", "A parent or carer, for a child too young to ask"),
    Asker.ADULT_FORMER_PUPIL: QT_TRANSLATE_NOOP("Askers", "A former pupil, now an adult"),
    Asker.ADVISER: QT_TRANSLATE_NOOP("Askers", "An adviser, with a signed authority"),
}


class Voice(Enum):
    """Whose words the letter is in."""

    OWN = "own"  # "my data"
    PARENT = "parent"  # "my child's data"
    REPRESENTATIVE = "representative"  # "my client's data"


class ChildPart(Enum):
    """What the pupil themselves should do about the letter."""

    SIGNS = "signs"  # makes the request and signs the letter
    AUTHORISES = "authorises"  # signs an authority (their consent) for someone else to act
    ASKED = "asked"  # is told about it, in words they understand, and asked what they think


class Enclosure(Enum):
    """A form to send with the letter."""

    PUPIL_AUTHORITY = "pupil-authority"  # the pupil agrees that a parent or carer acts for them
    PARENT_STATEMENT = "parent-statement"  # the parent's own statement that they act for a young child
    ADVISER_AUTHORITY = "adviser-authority"  # a signed authority for an adviser

    @property
    def title(self) -> str:
        return _ENCLOSURE_TITLES[self]


_ENCLOSURE_TITLES = {
    Enclosure.PUPIL_AUTHORITY: QT_TRANSLATE_NOOP(
        "Enclosures", "The pupil's signed authority for a parent or carer to ask for them"
    ),
    Enclosure.PARENT_STATEMENT: QT_TRANSLATE_NOOP(
        "Enclosures", "A parent's or carer's statement that they are acting for their child"
    ),
    Enclosure.ADVISER_AUTHORITY: QT_TRANSLATE_NOOP("Enclosures", "A signed authority for an adviser to act"),
}


@dataclass(frozen=True)
class RequesterAdvice:
    """What follows from who is asking and how old the pupil is on the letter's date."""

    requester: Asker
    age: int | None  # the pupil's age on the letter date, if the date of birth is known
    voice: Voice
    child_part: ChildPart
    enclosures: tuple[Enclosure, ...]
    authority_signed_by: str  # who signs the enclosed authority, or "" if there is none
    advice: tuple[str, ...]  # plain-English sentences to show the user
    cautions: tuple[str, ...]  # where the choice and the age don't fit: advice to think again, never a block


def age_on(born: date, on: date) -> int:
    """Whole years from `born` to `on` (someone born on 29 February has their birthday on 1 March)."""
    had_birthday = (on.month, on.day) >= (born.month, born.day)
    return on.year - born.year - (0 if had_birthday else 1)


def advise(requester: Asker, *, letter_date: date, born: date | None) -> RequesterAdvice:
    """The advice for `requester` writing on `letter_date` about a pupil born on `born` (None if unknown)."""
    age = age_on(born, letter_date) if born is not None else None
    return _ADVISERS[requester](age)


def _ico_consent_note(age: int | None) -> tuple[str, ...]:
    if age is not None and age >= GUIDE_AGE:
        return (
            QT_TRANSLATE_NOOP(
                "Advice",
                "If you later complain to the ICO for them, the ICO asks for a signed consent letter from anyone aged "
                "12 or over.",
            ),
        )
    return ()


def _for_pupil(age: int | None) -> RequesterAdvice:
    advice = [
        QT_TRANSLATE_NOOP("Advice", "You're asking for your own data, so you sign the letter."),
        _ID_ONLY_WHEN_ASKED,
    ]
    cautions = []
    if age is not None and age < GUIDE_AGE:
        cautions.append(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "You're {age} years old. You can use your own rights if you understand what you're asking for. "
                    "In England there's no fixed age: the ICO says around 12 is a reasonable guide. A parent, carer "
                    "or another adult you trust can help you, or ask for you.",
                ),
                age=age,
            )
        )
    elif age is not None and age < ADULT_AGE:
        advice.append(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "At {age}, you can usually ask for your own data. The ICO says around 12 is a reasonable guide.",
                ),
                age=age,
            )
        )
    return RequesterAdvice(
        requester=Asker.PUPIL,
        age=age,
        voice=Voice.OWN,
        child_part=ChildPart.SIGNS,
        enclosures=(),
        authority_signed_by="",
        advice=tuple(advice),
        cautions=tuple(cautions),
    )


def _for_adult_former_pupil(age: int | None) -> RequesterAdvice:
    cautions = []
    if age is not None and age < ADULT_AGE:
        cautions.append(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "You're {age} years old, so you're not an adult yet. Choose 'the pupil' instead: the letter will "
                    "be the same, but the advice fits better.",
                ),
                age=age,
            )
        )
    return RequesterAdvice(
        requester=Asker.ADULT_FORMER_PUPIL,
        age=age,
        voice=Voice.OWN,
        child_part=ChildPart.SIGNS,
        enclosures=(),
        authority_signed_by="",
        advice=(
            QT_TRANSLATE_NOOP(
                "Advice",
                "You're asking for your own data, so you sign the letter. Give any former names and schools so the "
                "organisation can find your records.",
            ),
            _ID_ONLY_WHEN_ASKED,
        ),
        cautions=tuple(cautions),
    )


def _for_parent_with_authority(age: int | None) -> RequesterAdvice:
    advice = [
        _RIGHTS_ARE_THE_CHILDS,
        QT_TRANSLATE_NOOP(
            "Advice", "Ask your child to sign the authority form, to show they agree to you asking for them."
        ),
        PARENTAL_RESPONSIBILITY,
        *_ico_consent_note(age),
    ]
    cautions = []
    if age is not None and age < GUIDE_AGE:
        cautions.append(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "Your child is {age} years old. A child this young may not understand enough to give you their "
                    "authority. If so, untick the box that says they agree.",
                ),
                age=age,
            )
        )
    elif age is not None and age >= ADULT_AGE:
        advice.remove(PARENTAL_RESPONSIBILITY)
        cautions.append(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "Your child is {age} years old, an adult. You need their signed authority, like anyone asking for "
                    "an adult's data. Parental responsibility ends at 18.",
                ),
                age=age,
            )
        )
    return RequesterAdvice(
        requester=Asker.PARENT_WITH_AUTHORITY,
        age=age,
        voice=Voice.PARENT,
        child_part=ChildPart.AUTHORISES,
        enclosures=(Enclosure.PUPIL_AUTHORITY,),
        authority_signed_by=PUPIL_SIGNS,
        advice=tuple(advice),
        cautions=tuple(cautions),
    )


def _for_parent_for_child(age: int | None) -> RequesterAdvice:
    advice = [_RIGHTS_ARE_THE_CHILDS, PARENTAL_RESPONSIBILITY]
    cautions = []
    enclosures: tuple[Enclosure, ...]
    if age is not None and age >= ADULT_AGE:
        advice.remove(PARENTAL_RESPONSIBILITY)
        child_part, enclosures = ChildPart.AUTHORISES, (Enclosure.PUPIL_AUTHORITY,)
        cautions.append(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "They are {age} years old, an adult, so a parent can't ask for their data without their signed "
                    "authority. Tick the box that says they agree, so the authority form goes with the letter.",
                ),
                age=age,
            )
        )
    elif age is not None and age >= GUIDE_AGE:
        # Old enough that their agreement is the safer course: recommend it, but keep the parent's choice.
        child_part, enclosures = ChildPart.AUTHORISES, (Enclosure.PARENT_STATEMENT, Enclosure.PUPIL_AUTHORITY)
        cautions.append(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "Your child is {age} years old. Many children of 12 and over can decide for themselves, and the "
                    "organisation may want to know they agree. Talk to them. If they understand, ask them to sign the "
                    "authority form: tick the box that says they agree.",
                ),
                age=age,
            )
        )
        advice.extend(_ico_consent_note(age))
    else:
        child_part, enclosures = ChildPart.ASKED, (Enclosure.PARENT_STATEMENT,)
        advice.append(
            QT_TRANSLATE_NOOP(
                "Advice",
                "Tell your child what you're asking for and why, in words they understand, and listen to what they "
                "think.",
            )
        )
    return RequesterAdvice(
        requester=Asker.PARENT_FOR_CHILD,
        age=age,
        voice=Voice.PARENT,
        child_part=child_part,
        enclosures=enclosures,
        authority_signed_by=PUPIL_SIGNS if Enclosure.PUPIL_AUTHORITY in enclosures else "",
        advice=tuple(advice),
        cautions=tuple(cautions),
    )


def _for_adviser(age: int | None) -> RequesterAdvice:
    advice = [
        QT_TRANSLATE_NOOP("Advice", "Send the signed authority with the letter, so the organisation knows you may act.")
    ]
    enclosures: tuple[Enclosure, ...]
    if age is None:
        signer = QT_TRANSLATE_NOOP("Signers", "the pupil, or a parent or carer if the pupil is too young to decide")
        child_part, enclosures = ChildPart.AUTHORISES, (Enclosure.ADVISER_AUTHORITY,)
        advice.append(
            QT_TRANSLATE_NOOP(
                "Advice", "The pupil should sign it if they understand what it means; around 12 is a reasonable guide."
            )
        )
    elif age < GUIDE_AGE:
        signer = QT_TRANSLATE_NOOP("Signers", "a parent or carer with parental responsibility")
        child_part, enclosures = ChildPart.ASKED, (Enclosure.ADVISER_AUTHORITY, Enclosure.PARENT_STATEMENT)
        advice.extend(
            (
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "Advice",
                        "The pupil is {age} years old, so a parent or carer usually signs the authority. Explain to "
                        "the child what you're doing, in words they understand.",
                    ),
                    age=age,
                ),
                PARENTAL_RESPONSIBILITY,
            )
        )
    else:
        signer = PUPIL_SIGNS
        child_part, enclosures = ChildPart.AUTHORISES, (Enclosure.ADVISER_AUTHORITY,)
        advice.append(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Advice", "The pupil is {age} years old, so they should sign the authority themselves."
                ),
                age=age,
            )
        )
    return RequesterAdvice(
        requester=Asker.ADVISER,
        age=age,
        voice=Voice.REPRESENTATIVE,
        child_part=child_part,
        enclosures=enclosures,
        authority_signed_by=signer,
        advice=(*advice, *_ico_consent_note(age)),
        cautions=(),
    )


_ADVISERS = {
    Asker.PUPIL: _for_pupil,
    Asker.ADULT_FORMER_PUPIL: _for_adult_former_pupil,
    Asker.PARENT_WITH_AUTHORITY: _for_parent_with_authority,
    Asker.PARENT_FOR_CHILD: _for_parent_for_child,
    Asker.ADVISER: _for_adviser,
}
