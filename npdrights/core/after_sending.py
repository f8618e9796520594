"""What to do once a letter is made, for the way it is sent: the page shown after Finish (issue 13 item 5).

Plain steps for a parent who has never sent a formal letter: print, sign, fold for a window envelope, get a free
certificate of posting (proof of the day it went, from which the day it arrived is worked out: docs/law.md
§5), keep a copy, mark it as sent, and what to do when a reply comes (or doesn't).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from npdrights.core.model import PostMethod
from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP

# The ICO's own complaint form (docs/law.md §8; resources/recipients.toml, "ico").
ICO_FORM = "ico.org.uk/make-a-complaint"


@dataclass(frozen=True)
class AfterFinish:
    """What was just saved, as far as the next steps depend on it."""

    method: PostMethod  # how the user said they will send it
    sent_on: date | None = None  # marked as sent at Finish, or None for later
    forms: int = 0  # forms to sign that go with the letter(s)
    letters: int = 1
    online_to_ico: bool = False  # a complaint to the ICO goes into its online form, not the post
    to: str = "the organisation"


def what_next(after: AfterFinish) -> list[str]:
    """The steps, in order, each one short sentence or two, in English."""
    return [str(said) for said in steps(after)]


def steps(after: AfterFinish) -> list[Sentence]:
    """The steps, in order, each the English itself and ready to be said in the screens' language."""
    if after.online_to_ico:
        said = [
            Sentence(
                QT_TRANSLATE_NOOP(
                    "AfterSending",
                    "Go to the ICO's complaint form on its website ({form}). Use Copy text on the letter page and "
                    "paste it into the form, and attach the letters and replies it asks for.",
                ),
                form=ICO_FORM,
            ),
            Sentence(
                QT_TRANSLATE_NOOP(
                    "AfterSending",
                    "Keep the email the ICO sends you. npdrights keeps a copy of your complaint with the case.",
                )
            ),
        ]
    elif after.method is PostMethod.EMAIL:
        said = [
            Sentence(
                QT_TRANSLATE_NOOP(
                    "AfterSending",
                    "Write an email to {to}. Use Copy text on the letter page and paste the letter into it, or "
                    "attach the PDF you saved.",
                ),
                to=after.to,
            )
        ]
        if after.forms == 1:
            said.append(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "AfterSending",
                        "Print the form to sign, have it signed, then scan or photograph it and attach it.",
                    )
                )
            )
        elif after.forms:
            said.append(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "AfterSending",
                        "Print the {forms} forms to sign, have them signed, then scan or photograph them and "
                        "attach them.",
                    ),
                    forms=after.forms,
                )
            )
        said.append(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "AfterSending",
                    "Keep the email you send. npdrights keeps a copy of the letter with the case as well.",
                )
            )
        )
    else:
        said = [
            _print(after),
            Sentence(
                QT_TRANSLATE_NOOP("AfterSending", "Sign the letter by hand above your name. Have each form signed too.")
                if after.forms
                else QT_TRANSLATE_NOOP("AfterSending", "Sign the letter by hand above your name.")
            ),
            Sentence(
                QT_TRANSLATE_NOOP(
                    "AfterSending",
                    "Fold each letter in three, with the top third (your address and theirs) facing out, so their "
                    "address shows through the window of a DL envelope.",
                )
            ),
            _posting(after.method),
            Sentence(
                QT_TRANSLATE_NOOP(
                    "AfterSending", "Keep a copy of what you send. npdrights keeps one with the case as well."
                )
            ),
        ]
    if after.sent_on is None:
        said.append(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "AfterSending",
                    "When it has gone, open the case and choose 'Mark as sent', with the day you sent it. From that "
                    "day npdrights works out when it arrived, and so when the answer is due.",
                )
            )
        )
    else:
        said.append(
            # Its translations were written around a plain date ("27 listopada 2026"): no weekday on screen.
            Sentence.plain_dated(
                QT_TRANSLATE_NOOP(
                    "AfterSending",
                    "You marked it as sent on {day}. The case shows when the answer is due, and npdrights reminds you.",
                ),
                day=after.sent_on,
            )
        )
    said.append(
        Sentence(
            QT_TRANSLATE_NOOP(
                "AfterSending",
                "When a reply comes, open the case and choose 'Record what happened'. npdrights helps you check the "
                "answer has everything it should, and says what you can do next. If no answer comes in time, it "
                "offers a reminder.",
            )
        )
    )
    return said


def _print(after: AfterFinish) -> Sentence:
    """What to print: whole sentences for one letter or several, with no form, one, or several to sign."""
    one_letter = after.letters == 1
    if not after.forms:
        return (
            Sentence(QT_TRANSLATE_NOOP("AfterSending", "Print the letter."))
            if one_letter
            else Sentence(QT_TRANSLATE_NOOP("AfterSending", "Print the {letters} letters."), letters=after.letters)
        )
    if after.forms == 1:
        return (
            Sentence(QT_TRANSLATE_NOOP("AfterSending", "Print the letter and the form to sign."))
            if one_letter
            else Sentence(
                QT_TRANSLATE_NOOP("AfterSending", "Print the {letters} letters and the form to sign."),
                letters=after.letters,
            )
        )
    counts = {"letters": after.letters, "forms": after.forms}
    return (
        Sentence(QT_TRANSLATE_NOOP("AfterSending", "Print the letter and the {forms} forms to sign."), **counts)
        if one_letter
        else Sentence(
            QT_TRANSLATE_NOOP("AfterSending", "Print the {letters} letters and the {forms} forms to sign."), **counts
        )
    )


def _posting(method: PostMethod) -> Sentence:
    if method is PostMethod.SIGNED_FOR:
        return Sentence(
            QT_TRANSLATE_NOOP(
                "AfterSending",
                "Send it Signed For at a Post Office and keep the receipt: it shows the day you posted it, and its "
                "number tells you when it was delivered.",
            )
        )
    return Sentence(
        QT_TRANSLATE_NOOP(
            "AfterSending",
            "Post it at a Post Office counter and ask for a free certificate of posting. It proves the day you "
            "posted it: keep it safe.",
        )
    )
