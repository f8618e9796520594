"""How the letter will be sent, how the answer should come back, and large print."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from npdrights.core.deadlines import arrival_rule
from npdrights.core.letters import ReplyBy
from npdrights.core.letters.content import LARGE_PRINT_POINTS
from npdrights.core.model import PostMethod
from npdrights.core.wizard_flow.draft import Step
from npdrights.gui.widgets import explanation, heading
from npdrights.gui.wizards.base import JourneyContext, JourneyPage
from npdrights.gui.wizards.choices import check_key, checked_key, radio_choices

SEND_OPTIONS = (
    (
        PostMethod.FIRST_CLASS,
        "&First class post",
        f"{arrival_rule(PostMethod.FIRST_CLASS)} Ask the Post Office for a free certificate of posting.",
    ),
    (PostMethod.SECOND_CLASS, "S&econd class post", arrival_rule(PostMethod.SECOND_CLASS)),
    (
        PostMethod.SIGNED_FOR,
        "Si&gned for",
        f"Costs more, but you can see the day it was delivered. {arrival_rule(PostMethod.SIGNED_FOR)}",
    ),
    (
        PostMethod.EMAIL,
        "Email or the organisation's &web form",
        f"Paste the letter's text. {arrival_rule(PostMethod.EMAIL)}",
    ),
)


class SendPage(JourneyPage):
    step = Step.SEND
    title_text = "How will you send it?"
    why_text = (
        "The organisation's month to answer starts when your letter arrives. How you send it decides when that "
        "counts as being, so npdrights can tell you the right date to expect an answer."
    )

    def __init__(self, context: JourneyContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        box, self.send_group, self.send = radio_choices(self, "Send it by", SEND_OPTIONS)
        self.body.addWidget(box)
        replies = (
            (ReplyBy.POST, "Reply by p&ost", "To your address."),
            (ReplyBy.EMAIL, "Reply by e&mail", "To the email address you gave. Large files may come by secure link."),
        )
        box, self.reply_group, self.reply = radio_choices(self, "How you want the answer", replies)
        self.body.addWidget(box)
        self.large_print = QCheckBox(f"Print in &large type ({LARGE_PRINT_POINTS} point)")
        self.large_print.setAccessibleName(f"Print in large type ({LARGE_PRINT_POINTS} point)")
        self.body.addWidget(self.large_print)
        self.body.addWidget(heading("Signing", level=2))
        self.body.addWidget(
            explanation(
                "After printing, sign the letter by hand above your name, and keep a copy. If you email it, your "
                "typed name is enough."
            )
        )
        self.add_why()
        for group in (self.send_group, self.reply_group):
            group.buttonToggled.connect(lambda *_: self.changed())
        self.large_print.toggled.connect(lambda *_: self.changed())

    def load(self) -> None:
        check_key(self.send, self.draft.send_by)
        check_key(self.reply, self.draft.reply_by)
        self.large_print.setChecked(self.draft.large_print)

    def store(self) -> None:
        method = checked_key(self.send)
        reply = checked_key(self.reply)
        self.draft.send_by = method if isinstance(method, PostMethod) else PostMethod.FIRST_CLASS
        self.draft.reply_by = reply if isinstance(reply, ReplyBy) else ReplyBy.POST
        self.draft.large_print = self.large_print.isChecked()
