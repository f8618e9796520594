"""The case tracker: the cases list, a case's detail, recording events, attachments, reminders and exports."""

from npdrights.gui.cases.view import CasesView

__all__ = ["CasesView"]
