"""What to do once a letter is made, for the way it is sent: the page shown after Finish (issue 13 item 5).

Plain steps for a parent who has never sent a formal letter: print, sign, fold for a window envelope, get a free
certificate of posting (proof of the day it went, from which the day it arrived is worked out: docs/law.md
§5), keep a copy, mark it as sent, and what to do when a reply comes (or doesn't).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from npdrights.core.dates import long_date
from npdrights.core.model import PostMethod

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


def _letter(after: AfterFinish) -> str:
    return "the letter" if after.letters == 1 else f"the {after.letters} letters"


def _forms(after: AfterFinish) -> str:
    return "the form to sign" if after.forms == 1 else f"the {after.forms} forms to sign"


def what_next(after: AfterFinish) -> list[str]:
    """The steps, in order, each one short sentence or two."""
    if after.online_to_ico:
        steps = [
            f"Go to the ICO's complaint form on its website ({ICO_FORM}). Use Copy text on the letter page and paste "
            "it into the form, and attach the letters and replies it asks for.",
            "Keep the email the ICO sends you. npdrights keeps a copy of your complaint with the case.",
        ]
    elif after.method is PostMethod.EMAIL:
        steps = [
            f"Write an email to {after.to}. Use Copy text on the letter page and paste the letter into it, or attach "
            "the PDF you saved.",
        ]
        if after.forms:
            steps.append(f"Print {_forms(after)}, have it signed, then scan or photograph it and attach it.")
        steps.append("Keep the email you send. npdrights keeps a copy of the letter with the case as well.")
    else:
        printed = _letter(after) + (f" and {_forms(after)}" if after.forms else "")
        steps = [
            f"Print {printed}.",
            "Sign the letter by hand above your name." + (" Have each form signed too." if after.forms else ""),
            "Fold each letter in three, with the top third (your address and theirs) facing out, so their address "
            "shows through the window of a DL envelope.",
            _posting(after.method),
            "Keep a copy of what you send. npdrights keeps one with the case as well.",
        ]
    if after.sent_on is None:
        steps.append(
            "When it has gone, open the case and choose 'Mark as sent', with the day you sent it. From that day "
            "npdrights works out when it arrived, and so when the answer is due."
        )
    else:
        steps.append(
            f"You marked it as sent on {long_date(after.sent_on)}. The case shows when the answer is due, and "
            "npdrights reminds you."
        )
    steps.append(
        "When a reply comes, open the case and choose 'Record what happened'. npdrights helps you check the answer "
        "has everything it should, and says what you can do next. If no answer comes in time, it offers a reminder."
    )
    return steps


def _posting(method: PostMethod) -> str:
    if method is PostMethod.SIGNED_FOR:
        return (
            "Send it Signed For at a Post Office and keep the receipt: it shows the day you posted it, and its number "
            "tells you when it was delivered."
        )
    return (
        "Post it at a Post Office counter and ask for a free certificate of posting. It proves the day you posted "
        "it: keep it safe."
    )
