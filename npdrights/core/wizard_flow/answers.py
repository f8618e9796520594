"""A draft turned into the `LetterAnswers` for one child (siblings get one letter each), and what goes in the
envelope with it.
"""

from __future__ import annotations

from npdrights.core.letters.answers import CaseHistory, LetterAnswers, Pupil, Recipient, Requester
from npdrights.core.letters.build import make_reference
from npdrights.core.letters.kinds import kind_named
from npdrights.core.letters.voice import requester_for
from npdrights.core.model import PostMethod, Relationship
from npdrights.core.requesters import Asker, age_on
from npdrights.core.wizard_flow.draft import DFE, Draft, FollowUp, PupilDraft, Target
from npdrights.core.wizard_flow.flow import letter_kind


def recipient_of(draft: Draft) -> Recipient:
    if draft.target is Target.ORGANISATION:
        organisation = draft.organisation
        return Recipient(
            name=organisation.name,
            address=organisation.address,
            postcode=organisation.postcode,
            email=organisation.email,
            type=organisation.type,
        )
    return Recipient(directory=DFE)  # the LRS's learning record is asked of the DfE, which controls it


def pupil_of(draft: Draft, index: int) -> Pupil:
    pupil = draft.pupils[index]
    name = draft.requester.name if draft.is_self else pupil.name
    return Pupil(
        name=name,
        former_names=pupil.former_names,
        date_of_birth=pupil.date_of_birth,
        upn=pupil.upn,
        former_upns=pupil.former_upns,
        uln=pupil.uln,
        schools=pupil.schools,
        # The postcodes of past addresses help the DPO find a record kept under an old address.
        previous_postcodes=tuple(address.postcode for address in pupil.past_addresses if address.postcode),
        pronoun=pupil.pronoun,
    )


def history_of(draft: Draft) -> CaseHistory | None:
    """The case a follow-up continues: the tracked one, or the earlier letter typed in."""
    if not draft.is_follow_up:
        return None
    if draft.history is not None:
        return draft.history
    earlier = draft.earlier
    if earlier.sent is None:
        return None
    return CaseHistory(
        sent=earlier.sent,
        reference=earlier.reference,
        their_reference=earlier.their_reference,
        kind=earlier.kind,
        post_method=earlier.post_method,
    )


def letter_reference(draft: Draft, index: int) -> str:
    """The `index`th letter's reference, from its child's random tag; "" where the letter keeps its case's own
    reference (a reminder or complaint) or no tag has been picked yet."""
    tag = draft.pupils[index].reference_tag if index < len(draft.pupils) else ""
    history = history_of(draft)
    if not tag or (not draft.starts_new_request and history is not None and history.reference):
        return ""
    return make_reference(kind_named(letter_kind(draft)), draft.dated, tag)


def answers_for(draft: Draft, index: int = 0) -> LetterAnswers:
    """The answers for the letter about the `index`th child (or about the requester)."""
    requester = draft.requester
    pupil = draft.pupils[index] if draft.pupils else PupilDraft()
    return LetterAnswers(
        requester=Requester(
            name=requester.name,
            address=requester.address,
            postcode=requester.postcode,
            email=requester.email,
            phone=requester.phone,
            relationship=requester.relationship or Relationship.SELF,
            organisation=requester.organisation if requester.relationship is Relationship.ADVISER else "",
        ),
        pupil=pupil_of(draft, index) if draft.pupils else Pupil(),
        date=draft.dated,
        reference=letter_reference(draft, index),
        recipient=recipient_of(draft),
        send_by=PostMethod.EMAIL if draft.follow_up is FollowUp.ICO else draft.send_by,
        reply_by=draft.reply_by,
        situations=draft.situations,
        grounds=draft.grounds,
        erasure_grounds=draft.erasure_grounds,
        restriction_grounds=draft.restriction_grounds,
        corrections=draft.corrections,
        case=history_of(draft) if draft.follow_up is not FollowUp.CORRECTION else None,
        complaint=draft.complaint,
        harm=draft.harm,
        educational_record=draft.educational_record,
        pupil_authority=pupil.authority,
        releases=draft.releases,
    )


def asker(draft: Draft, index: int) -> Asker | None:
    """The rules engine's name for who is asking about the `index`th child, once their age is known."""
    born = draft.pupils[index].date_of_birth if index < len(draft.pupils) else None
    if draft.requester.relationship is None or born is None:
        return None
    age = age_on(born, draft.today)
    return requester_for(draft.requester.relationship, age, draft.pupils[index].authority)


def encloses_first_letter(draft: Draft) -> bool:
    """A reminder or complaint to the organisation says a copy of the first letter is enclosed (its template's
    'enclosure' line); the ICO's pack goes online and a request for corrections starts afresh."""
    return draft.follow_up in (FollowUp.REMINDER, FollowUp.COMPLAINT)


def forms_to_enclose(draft: Draft, index: int) -> tuple[str, ...]:
    """The forms printed with the `index`th child's letter, to be signed and sent with it (letter kinds)."""
    if draft.is_follow_up:
        return ()  # the first letter carried them
    who = asker(draft, index)
    if who is Asker.PARENT_WITH_AUTHORITY:
        return ("child-authority",)
    if who is Asker.ADVISER:
        return ("adviser-authority",)
    return ()
