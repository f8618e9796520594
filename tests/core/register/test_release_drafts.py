"""A journey started from the register keeps its releases when it is kept across a lock (core.kept_drafts)."""

from __future__ import annotations

from datetime import date

from npdrights.core.kept_drafts import decode, encode
from npdrights.core.register import ReleaseRef
from npdrights.core.wizard_flow import Draft, Journey, Step, Target, answers_for

RELEASE = ReleaseRef(recipient="Pretend News Group", reference="DS99002", approved=date(2019, 3, 14), purpose="Maps")


def test_releases_survive_being_kept_and_reach_the_letter_answers() -> None:
    draft = Draft(journey=Journey.OBJECT, today=date(2026, 12, 6), target=Target.DFE, releases=(RELEASE,))
    kept = decode(encode(draft, Step.WANT), date(2026, 12, 7))
    assert kept.draft.releases == (RELEASE,)
    assert answers_for(kept.draft).releases == (RELEASE,)


def test_a_draft_kept_before_releases_existed_still_opens() -> None:
    document = encode(Draft(journey=Journey.ASK, today=date(2026, 12, 6)), Step.WHO_ASKING)
    del document["draft"]["releases"]
    assert decode(document, date(2026, 12, 7)).draft.releases == ()
