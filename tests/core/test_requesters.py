"""Who is asking: the advice for each of the five requesters at each age that matters.

Sources (law = docs/law.md): §7 — no fixed age in England, 12 is the ICO's reasonable guide,
parents act only with the child's agreement, when the child can't understand, or in their best interests; a child
is anyone under 18. §7 — the ICO's complaint form asks for a signed consent letter from anyone aged 12 or over.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from npdrights.core.requesters import (
    PARENTAL_RESPONSIBILITY,
    Asker,
    ChildPart,
    Enclosure,
    Voice,
    advise,
    age_on,
)

LETTER_DATE = date(2026, 9, 1)


def born_aged(age: int) -> date:
    """A birthday that makes the pupil exactly `age` on the letter date (their birthday is a week before)."""
    return date(LETTER_DATE.year - age, 8, 25)


PA = Enclosure.PUPIL_AUTHORITY
PS = Enclosure.PARENT_STATEMENT
AA = Enclosure.ADVISER_AUTHORITY

TABLE = [
    # requester, age, child's part, enclosures, who signs the authority, cautioned?
    pytest.param(Asker.PUPIL, 9, ChildPart.SIGNS, (), "", True, id="LF-3-pupil-under-12-is-advised-not-blocked"),
    pytest.param(Asker.PUPIL, 12, ChildPart.SIGNS, (), "", False, id="LF-3-pupil-at-12"),
    pytest.param(Asker.PUPIL, 17, ChildPart.SIGNS, (), "", False, id="LF-3-pupil-at-17"),
    pytest.param(Asker.PUPIL, None, ChildPart.SIGNS, (), "", False, id="LF-3-pupil-age-unknown"),
    pytest.param(Asker.ADULT_FORMER_PUPIL, 25, ChildPart.SIGNS, (), "", False, id="LF-3-adult-acts-for-self"),
    pytest.param(Asker.ADULT_FORMER_PUPIL, 16, ChildPart.SIGNS, (), "", True, id="LF-3-under-18-not-adult"),
    pytest.param(Asker.PARENT_WITH_AUTHORITY, 14, ChildPart.AUTHORISES, (PA,), "the pupil", False, id="LF-3-14"),
    pytest.param(Asker.PARENT_WITH_AUTHORITY, 8, ChildPart.AUTHORISES, (PA,), "the pupil", True, id="LF-3-8"),
    pytest.param(Asker.PARENT_WITH_AUTHORITY, 19, ChildPart.AUTHORISES, (PA,), "the pupil", True, id="LF-3-19"),
    pytest.param(Asker.PARENT_FOR_CHILD, 7, ChildPart.ASKED, (PS,), "", False, id="LF-3-young-child-is-asked"),
    pytest.param(Asker.PARENT_FOR_CHILD, 11, ChildPart.ASKED, (PS,), "", False, id="LF-3-eleven"),
    pytest.param(Asker.PARENT_FOR_CHILD, None, ChildPart.ASKED, (PS,), "", False, id="LF-3-for-child-no-age"),
    pytest.param(
        Asker.PARENT_FOR_CHILD, 12, ChildPart.AUTHORISES, (PS, PA), "the pupil", True, id="LF-3-12-should-agree"
    ),
    pytest.param(
        Asker.PARENT_FOR_CHILD, 18, ChildPart.AUTHORISES, (PA,), "the pupil", True, id="LF-3-adult-must-agree"
    ),
    pytest.param(
        Asker.ADVISER, 6, ChildPart.ASKED, (AA, PS), "a parent or carer with parental responsibility", False,
        id="LF-3-adviser-young-child-parent-signs",
    ),
    pytest.param(Asker.ADVISER, 13, ChildPart.AUTHORISES, (AA,), "the pupil", False, id="LF-3-adviser-13"),
    pytest.param(Asker.ADVISER, 30, ChildPart.AUTHORISES, (AA,), "the pupil", False, id="LF-3-adviser-adult"),
    pytest.param(
        Asker.ADVISER, None, ChildPart.AUTHORISES, (AA,),
        "the pupil, or a parent or carer if the pupil is too young to decide", False, id="LF-3-adviser-age-unknown",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("requester", "age", "part", "enclosures", "signer", "cautioned"), TABLE)
def test_advice_by_requester_and_age(
    requester: Asker,
    age: int | None,
    part: ChildPart,
    enclosures: tuple[Enclosure, ...],
    signer: str,
    cautioned: bool,
) -> None:
    advice = advise(requester, letter_date=LETTER_DATE, born=None if age is None else born_aged(age))
    assert advice.requester is requester
    assert advice.age == age
    assert advice.child_part is part
    assert advice.enclosures == enclosures
    assert advice.authority_signed_by == signer
    assert bool(advice.cautions) is cautioned
    assert advice.advice, "there is always something to tell the user"


@pytest.mark.parametrize(
    ("requester", "voice"),
    [
        (Asker.PUPIL, Voice.OWN),
        (Asker.ADULT_FORMER_PUPIL, Voice.OWN),
        (Asker.PARENT_WITH_AUTHORITY, Voice.PARENT),
        (Asker.PARENT_FOR_CHILD, Voice.PARENT),
        (Asker.ADVISER, Voice.REPRESENTATIVE),
    ],
)
def test_the_letter_voice_follows_the_requester(requester: Asker, voice: Voice) -> None:
    assert advise(requester, letter_date=LETTER_DATE, born=None).voice is voice
    assert requester.label


def test_parents_are_told_the_rights_are_the_childs_and_what_parental_responsibility_is() -> None:
    # law §7: parental responsibility is explained, never assumed.
    for requester in (Asker.PARENT_WITH_AUTHORITY, Asker.PARENT_FOR_CHILD):
        advice = advise(requester, letter_date=LETTER_DATE, born=born_aged(10))
        assert PARENTAL_RESPONSIBILITY in advice.advice
        assert any("The rights belong to your child" in line for line in advice.advice)


def test_parental_responsibility_is_not_offered_for_an_adult() -> None:
    advice = advise(Asker.PARENT_WITH_AUTHORITY, letter_date=LETTER_DATE, born=born_aged(20))
    assert PARENTAL_RESPONSIBILITY not in advice.advice
    assert "Parental responsibility ends at 18." in advice.cautions[0]


@pytest.mark.parametrize(
    ("requester", "age", "mentioned"),
    [
        pytest.param(Asker.PARENT_WITH_AUTHORITY, 12, True, id="LF-7-parent-12"),
        pytest.param(Asker.PARENT_WITH_AUTHORITY, 11, False, id="LF-7-parent-11"),
        pytest.param(Asker.PARENT_FOR_CHILD, 13, True, id="LF-7-for-child-13"),
        pytest.param(Asker.ADVISER, 15, True, id="LF-7-adviser-15"),
        pytest.param(Asker.ADVISER, 5, False, id="LF-7-adviser-5"),
    ],
)
def test_the_ico_consent_letter_is_mentioned_from_12(requester: Asker, age: int, mentioned: bool) -> None:
    advice = advise(requester, letter_date=LETTER_DATE, born=born_aged(age))
    assert any("signed consent letter" in line for line in advice.advice) is mentioned


def test_a_young_pupil_is_encouraged_not_refused() -> None:
    advice = advise(Asker.PUPIL, letter_date=LETTER_DATE, born=born_aged(10))
    assert advice.cautions == (
        "You're 10 years old. You can use your own rights if you understand what you're asking for. In England "
        "there's no fixed age: the ICO says around 12 is a reasonable guide. A parent, carer or another adult you "
        "trust can help you, or ask for you.",
    )
    assert advice.child_part is ChildPart.SIGNS


@pytest.mark.parametrize(
    ("born", "on", "age"),
    [
        pytest.param(date(2014, 9, 1), date(2026, 9, 1), 12, id="on-the-birthday"),
        pytest.param(date(2014, 9, 2), date(2026, 9, 1), 11, id="the-day-before"),
        pytest.param(date(2012, 2, 29), date(2024, 2, 28), 11, id="leap-day-birthday-in-a-leap-year-not-yet"),
        pytest.param(date(2012, 2, 29), date(2025, 2, 28), 12, id="leap-day-birthday-not-until-1-march"),
        pytest.param(date(2012, 2, 29), date(2025, 3, 1), 13, id="leap-day-birthday-1-march"),
    ],
)
def test_age_on_the_letter_date(born: date, on: date, age: int) -> None:
    assert age_on(born, on) == age


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 1, 1)), st.integers(0, 60))
def test_age_grows_by_one_each_birthday(born: date, years: int) -> None:
    on = date(born.year + years, 3, 1)
    assert age_on(born, on) in (years - 1, years)


def test_every_enclosure_has_a_title() -> None:
    assert all(enclosure.title for enclosure in Enclosure)
