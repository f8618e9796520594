"""The default for a next step's letter: write the matching letter from the case and preview it.

The guided follow-up journeys replace this with a pre-filled wizard (MainWindow.start_follow_up). Until then
the user gets the letter at once, with Save PDF, Print, Copy text and "Keep with this case".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget

from npdrights.bundled import letter_templates, recipients_directory
from npdrights.core.follow_up import NoLetterYet, first_letter_answers, follow_up_answers
from npdrights.core.letters import (
    AnswersError,
    LetterAnswers,
    LetterContent,
    answers_to_json,
    build_letter,
    render_text,
)
from npdrights.core.next_steps import ActionKind
from npdrights.gui.cases.letters import LetterPreviewDialog, letter_name, suggested_pdf_name
from npdrights.gui.cases.store import CaseStore
from npdrights.gui.clipboard import PrivateClipboard
from npdrights.storage.repository import LetterRecord


@dataclass(frozen=True)
class FollowUp:
    kind: str  # the letter kind, e.g. "reminder"
    answers: LetterAnswers
    content: LetterContent


def write_follow_up(store: CaseStore, case_id: str, action: ActionKind) -> FollowUp:
    """The letter for `action` in the case, built from the case. Raises NoLetterYet or AnswersError."""
    file = store.case_file(case_id)
    if file is None:
        raise NoLetterYet("That case is no longer in this vault.")
    first = first_letter_answers(((letter.kind, letter.answers) for letter in file.letters), file.case)
    directory = recipients_directory()
    kind, answers = follow_up_answers(
        action,
        file.case,
        file.events,
        first_answers=first,
        people=store.people,
        organisation=file.organisation,
        directory=directory.keys(),
        today=store.today(),
    )
    content = build_letter(kind, answers, today=store.today(), templates=letter_templates(), recipients=directory)
    return FollowUp(kind, answers, content)


def preview_follow_up(
    store: CaseStore, case_id: str, action: ActionKind, clipboard: PrivateClipboard, parent: QWidget
) -> LetterPreviewDialog | None:
    # reportlab takes a moment to import: pay it when a letter is wanted, not at start-up.
    from npdrights.pdf.letter_pdf import AddressTooLong, render_pdf

    try:
        follow_up = write_follow_up(store, case_id, action)
        pdf = render_pdf(follow_up.content)
    except NoLetterYet as error:
        QMessageBox.information(parent, "No letter for this yet", str(error))
        return None
    except (AnswersError, AddressTooLong) as error:
        QMessageBox.warning(
            parent,
            "This letter needs more details",
            "npdrights couldn't write this letter from the case yet:\n\n"
            f"{error}\n\nAdd what is missing under People and families, or in the case, and try again.",
        )
        return None
    text = render_text(follow_up.content)
    today = store.today()

    def keep() -> None:
        record = LetterRecord(
            id=uuid.uuid4().hex,
            case_id=case_id,
            kind=follow_up.kind,
            created_on=today,
            text=text,
            subject=follow_up.content.subject,
            reference=follow_up.content.reference,
            answers=answers_to_json(follow_up.answers),
        )
        store.add_letter(record, pdf)

    dialog = LetterPreviewDialog(
        letter_name(follow_up.kind),
        pdf,
        text,
        clipboard=clipboard,
        suggested_name=suggested_pdf_name(follow_up.kind, today),
        warnings=follow_up.content.warnings,
        keep=keep,
        parent=parent,
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.show()
    return dialog
