"""Which letter a draft makes, and which pages its journey shows in what order."""

from __future__ import annotations

from npdrights.core.wizard_flow.draft import Draft, FollowUp, Journey, Step, Target


def letter_kind(draft: Draft) -> str:
    """The letter kind this draft makes (one per child)."""
    if draft.is_follow_up:
        return (draft.follow_up or FollowUp.REMINDER).value
    if draft.journey is Journey.ASK:
        return {Target.DFE: "sar-dfe", Target.LRS: "sar-lrs", Target.ORGANISATION: "sar-organisation"}[draft.target]
    return {
        Journey.OBJECT: "objection-dfe",
        Journey.CORRECT: "rectification",
        Journey.ERASE: "erasure",
        Journey.RESTRICT: "restriction",
    }[draft.journey]


def steps(draft: Draft) -> tuple[Step, ...]:
    """The pages this draft's journey needs, in order. Follow-ups depend on what was chosen on the first page."""
    if draft.is_follow_up:
        pages = [Step.FOLLOW_UP]
        if not draft.case_id:  # an earlier letter typed in: who, about whom and to whom are not known yet
            pages += [Step.WHO_ASKING, Step.ABOUT, Step.RECIPIENT]
        if draft.follow_up in (FollowUp.COMPLAINT, FollowUp.ICO, FollowUp.CORRECTION):
            pages.append(Step.WANT)
        if draft.follow_up is not FollowUp.ICO:  # the ICO pack goes into the ICO's online form, not the post
            pages.append(Step.SEND)
        return (*pages, Step.PREVIEW, Step.FINISH)
    pages = [Step.WHO_ASKING, Step.ABOUT, Step.CONSENT]
    if draft.journey is not Journey.OBJECT:  # an objection is always to the DfE
        pages.append(Step.RECIPIENT)
    return (*pages, Step.WANT, Step.SEND, Step.PREVIEW, Step.FINISH)


def first_step(draft: Draft) -> Step:
    return steps(draft)[0]


def next_step(draft: Draft, current: Step) -> Step | None:
    """The page after `current`, or None after the last. A page no longer in the journey goes to the next that is."""
    pages = steps(draft)
    later = [step for step in pages if step > current]
    return later[0] if later else None
