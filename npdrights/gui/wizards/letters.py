"""The letters a journey makes: built from the draft (quick, on the GUI thread) and rendered to PDF (slow, in
the background). One letter per child, each followed by the forms to sign and send with it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from npdrights.core.letters import (
    DirectoryEntry,
    LetterContent,
    LetterTemplates,
    build_letter,
    new_reference_tag,
    render_text,
)
from npdrights.core.letters.letterhead import Letterhead
from npdrights.core.wizard_flow.answers import answers_for, forms_to_enclose
from npdrights.core.wizard_flow.draft import Draft
from npdrights.core.wizard_flow.flow import letter_kind
from npdrights.service.organisation import with_letterhead


@dataclass(frozen=True)
class PreparedLetter:
    pupil_index: int
    letter: LetterContent
    forms: tuple[LetterContent, ...]  # to be signed and sent with the letter

    @property
    def text(self) -> str:
        return render_text(self.letter)


@dataclass(frozen=True)
class Rendered:
    per_letter: tuple[bytes, ...]  # each letter with its forms (and an enclosed copy), as stored with its case
    combined: bytes  # everything, for the preview, one print run and one saved file
    enclosed_copy: bool = False  # the copy of the first letter is in it
    font_warning: str | None = None  # characters the letter's font can't print (they'd come out as boxes)


@dataclass(frozen=True)
class RenderFailed:
    message: str


def prepare(
    draft: Draft,
    *,
    templates: LetterTemplates,
    recipients: Mapping[str, DirectoryEntry],
    letterhead: Letterhead | None = None,
) -> list[PreparedLetter]:
    """Every letter of the draft. Raises AnswersError, naming the field, if an answer cannot make a letter.

    Each child's reference tag is picked here the first time (random: nothing from their name or birth date)
    and kept in the draft, so going back and forth shows the same reference."""
    kind = letter_kind(draft)
    for pupil in draft.pupils:
        pupil.reference_tag = pupil.reference_tag or new_reference_tag()
    prepared = []
    for index in range(len(draft.pupils)):
        answers = answers_for(draft, index)
        letter = build_letter(kind, answers, today=draft.today, templates=templates, recipients=recipients)
        letter = with_letterhead(letter, answers.requester.relationship, letterhead)  # an adviser's letter only
        forms = tuple(
            build_letter(form, answers, today=draft.today, templates=templates, recipients=recipients)
            for form in forms_to_enclose(draft, index)
        )
        prepared.append(PreparedLetter(index, letter, forms))
    return prepared


def all_text(prepared: Sequence[PreparedLetter]) -> str:
    """The letters' text, for an email or web form. The forms are for signing on paper, so they are left out."""
    return "\n\n\n".join(item.text for item in prepared)


def readable_text(prepared: Sequence[PreparedLetter]) -> str:
    """Everything the preview shows, as text for a screen reader: each letter followed by its forms to sign."""
    return "\n\n\n".join(render_text(part) for item in prepared for part in (item.letter, *item.forms))


def render(
    prepared: Sequence[PreparedLetter], *, large_print: bool, enclosed: bytes | None = None
) -> Rendered | RenderFailed:
    """Runs off the GUI thread. reportlab is imported here, when first needed, not at start-up.

    `enclosed` (a stored copy of the case's first letter) follows each letter, if it can be read."""
    from npdrights.pdf.bundle import combine, readable
    from npdrights.pdf.fonts import font_warning
    from npdrights.pdf.letter_pdf import AddressTooLong, render_pdf

    copy = (enclosed,) if enclosed is not None and readable(enclosed) else ()
    try:
        per_letter = tuple(
            combine(
                [*(render_pdf(document, large_print=large_print) for document in (item.letter, *item.forms)), *copy],
                title=item.letter.metadata.title,
            )
            for item in prepared
        )
    except AddressTooLong:
        return RenderFailed(  # translate() may be called from this worker thread: Qt makes it thread-safe
            QCoreApplication.translate(
                "PreviewPage",
                "The organisation's address is too long to fit in an envelope window. Go back and shorten its lines.",
            )
        )
    return Rendered(
        per_letter,
        combine(per_letter, title=prepared[0].letter.metadata.title),
        bool(copy),
        font_warning("\n".join(render_text(document) for item in prepared for document in (item.letter, *item.forms))),
    )
