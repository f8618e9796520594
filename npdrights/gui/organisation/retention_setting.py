"""The retention policy as a row of Vault › Settings… (issue 16, item 4): "delete closed cases after N years".

The policy is kept in the vault (service/retention.py), not in this computer's settings, because it is the
organisation's decision. In an organisation's vault only an admin changes it; everyone else sees it, and who can
change it. In a family's own vault the one user decides. Organisation › Retention lists the cases past it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from npdrights.core.retention import MAX_YEARS, RetentionPolicy
from npdrights.gui.counted import count_in_words
from npdrights.gui.widgets import explanation, without_shortcut
from npdrights.service.retention import Retention
from npdrights.storage.advisers import Advisers
from npdrights.storage.vault import Vault


def menu_path(*entries: str) -> str:
    """A place in the menus as the user sees it, 'Vault › Settings', from the menus' own translated words."""
    return " › ".join(without_shortcut(entry).rstrip("…") for entry in entries)


def review_where() -> str:
    """Where the cases past the policy are listed, named as the menus name it (in the screens' language)."""
    organisation = QCoreApplication.translate("OrganisationTools", "&Organisation")
    return menu_path(organisation, QCoreApplication.translate("RetentionSetting", "Retention"))


def settings_where() -> str:
    """Where the policy is set: Vault › Settings, in the main window's translated words."""
    vault, settings = (QCoreApplication.translate("MainWindow", entry) for entry in ("&Vault", "&Settings…"))
    return menu_path(vault, settings)


@dataclass(frozen=True)
class RetentionState:
    """The vault's policy as Settings shows it; `who_can_change` names the admins when the reader isn't one."""

    policy: RetentionPolicy
    editable: bool
    who_can_change: str = ""

    @classmethod
    def of(cls, vault: Vault, today: Callable[[], date]) -> RetentionState:
        policy = Retention(vault, today).policy()
        if not vault.is_organisation():
            return cls(policy, editable=True)
        advisers = Advisers(vault)
        me = advisers.signed_in()
        if me is not None and me.is_admin:
            return cls(policy, editable=True)
        admins = ", ".join(adviser.name for adviser in advisers.list() if adviser.is_admin)
        return cls(policy, editable=False, who_can_change=admins)


class RetentionSetting(QWidget):
    """A number of years (0 shown as "never"), or the same read-only with who can change it."""

    def __init__(self, state: RetentionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.years = QSpinBox()
        self.years.setRange(0, MAX_YEARS)
        self.years.setSpecialValueText(self.tr("never (no policy)"))
        self.years.setValue(state.policy.years or 0)
        count_in_words(self.years, lambda years: self.tr("%n year(s)", "", years))
        self.years.setAccessibleName(self.tr("Delete closed cases after this many years"))
        self.years.setEnabled(state.editable)
        label = QLabel(self.tr("&Delete closed cases after"))
        label.setBuddy(self.years)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.years, 1)
        layout.addLayout(row)
        said = self.tr(
            "Cases closed this long ago are listed under {where} for review. Nothing is deleted unasked."
        ).format(where=review_where())
        if not state.editable:
            who = state.who_can_change or self.tr("an adviser with the admin role")
            said = self.tr("Only an admin can change this: {who}.").format(who=who) + " " + said
        self.note = explanation(said)
        self.years.setAccessibleDescription(said)
        layout.addWidget(self.note)

    def chosen(self) -> RetentionPolicy | None:
        """The policy to save, or None when there is nothing to save (unchanged, or not this adviser's to set)."""
        policy = RetentionPolicy(self.years.value() or None)
        return policy if self.state.editable and policy != self.state.policy else None
