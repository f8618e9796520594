"""How the letter will be sent, how the answer should come back, and large print."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox

from npdrights.core.deadlines import arrival_rule
from npdrights.core.letters import ReplyBy
from npdrights.core.letters.content import LARGE_PRINT_POINTS
from npdrights.core.model import PostMethod
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow.draft import Step
from npdrights.gui.sentences import on_screen
from npdrights.gui.widgets import explanation, heading, without_shortcut
from npdrights.gui.wizards.base import JourneyPage
from npdrights.gui.wizards.choices import check_key, checked_key, radio_choices


class SendPage(JourneyPage):
    step = Step.SEND
    title_text = QT_TRANSLATE_NOOP("SendPage", "How will you send it?")
    why_text = QT_TRANSLATE_NOOP(
        "SendPage",
        "The organisation's month to answer starts when your letter arrives. How you send it decides when that "
        "counts as being, so npdrights can tell you the right date to expect an answer.",
    )

    def build(self) -> None:
        box, self.send_group, self.send = radio_choices(self, self.tr("Send it by"), self._send_options())
        self.body.addWidget(box)
        replies = (
            (ReplyBy.POST, self.tr("Reply by p&ost"), self.tr("To your address.")),
            (
                ReplyBy.EMAIL,
                self.tr("Reply by e&mail"),
                self.tr("To the email address you gave. Large files may come by secure link."),
            ),
        )
        box, self.reply_group, self.reply = radio_choices(self, self.tr("How you want the answer"), replies)
        self.body.addWidget(box)
        self.large_print = QCheckBox(self.tr("Print in &large type ({points} point)").format(points=LARGE_PRINT_POINTS))
        self.large_print.setAccessibleName(without_shortcut(self.large_print.text()))
        self.body.addWidget(self.large_print)
        self.body.addWidget(heading(self.tr("Signing"), level=2))
        self.body.addWidget(
            explanation(
                self.tr(
                    "After printing, sign the letter by hand above your name, and keep a copy. If you email it, your "
                    "typed name is enough."
                )
            )
        )
        self.add_why()
        for group in (self.send_group, self.reply_group):
            group.buttonToggled.connect(lambda *_: self.changed())
        self.large_print.toggled.connect(lambda *_: self.changed())

    def _send_options(self) -> tuple[tuple[PostMethod, str, str], ...]:
        """Each way of sending, with the rule the tracker counts its arrival by (from core, so they can't drift)."""

        def rule(method: PostMethod) -> str:
            return on_screen("ArrivalRules", arrival_rule(method))

        return (
            (
                PostMethod.FIRST_CLASS,
                self.tr("&First class post"),
                self.tr("{rule} Ask the Post Office for a free certificate of posting.").format(
                    rule=rule(PostMethod.FIRST_CLASS)
                ),
            ),
            (PostMethod.SECOND_CLASS, self.tr("S&econd class post"), rule(PostMethod.SECOND_CLASS)),
            (
                PostMethod.SIGNED_FOR,
                self.tr("Si&gned for"),
                self.tr("Costs more, but you can see the day it was delivered. {rule}").format(
                    rule=rule(PostMethod.SIGNED_FOR)
                ),
            ),
            (
                PostMethod.EMAIL,
                self.tr("Email or the organisation's &web form"),
                self.tr("Paste the letter's text. {rule}").format(rule=rule(PostMethod.EMAIL)),
            ),
        )

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
