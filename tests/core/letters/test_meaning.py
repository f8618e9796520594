"""'What this letter says' (issue 18): every letter that asks something has a plain summary, and the date the
summary gives is the date the letter itself states, worked out by the same rules."""

from __future__ import annotations

import pytest

from npdrights.core.dates import long_date
from npdrights.core.letters import KINDS, answers_from_json, render_text
from npdrights.core.letters.meaning import answer_date, meaning_of
from npdrights.core.model import PostMethod
from tests.letter_fixtures import LETTER_DATE, LETTER_KINDS, build, flat, full_data


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_letter_that_asks_something_has_a_summary_and_forms_have_none(kind: str) -> None:
    meaning = meaning_of(kind)
    if kind in LETTER_KINDS or kind == "complaint-ico":
        assert meaning is not None
        assert "{date}" in meaning.by_when or kind == "complaint-ico"
        assert "{date}" not in meaning.by_when_undated
        assert meaning.asks
        assert meaning.next
    else:  # a form to sign, a checklist: it asks no one for anything
        assert meaning is None


@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_the_summarys_date_is_the_date_the_letter_states(kind: str) -> None:
    data = full_data(kind)
    letter = build(kind, data)
    due = answer_date(kind, letter.date, answers_from_json(data).send_by)
    assert due is not None
    assert long_date(due) in flat(render_text(letter))


def test_a_request_posted_first_class_on_1_december_is_due_on_4_january() -> None:
    # Deemed received Thursday 3 December; a month later is Sunday 3 January, so Monday 4 January (docs/law.md §1.3).
    assert answer_date("sar-dfe", LETTER_DATE, PostMethod.FIRST_CLASS) == LETTER_DATE.replace(year=2027, month=1, day=4)


def test_the_ico_pack_and_the_forms_have_no_date() -> None:
    for kind in ("complaint-ico", "child-authority", "enclosures"):
        assert answer_date(kind, LETTER_DATE, PostMethod.FIRST_CLASS) is None
