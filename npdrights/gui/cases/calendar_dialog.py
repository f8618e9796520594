"""Export deadlines to a calendar file (.ics). Names are left out unless the user ticks the box."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from npdrights.core.calendar_export import entries, to_ics
from npdrights.gui import file_dialogs
from npdrights.gui.cases.store import CaseStore
from npdrights.gui.screen_language import standard_buttons
from npdrights.gui.widgets import MessageLabel, explanation
from npdrights.storage.atomic import atomic_write_bytes


def suggested_calendar_name(today: date) -> str:
    return f"npdrights-deadlines-{today.isoformat()}.ics"


class CalendarDialog(QDialog):
    def __init__(self, store: CaseStore, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.now = now
        self.setWindowTitle(self.tr("Export deadlines to a calendar"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                self.tr(
                    "This makes a calendar file (.ics) with the dates in your open cases: when answers are due, and "
                    "when you can send a reminder or complain. Import it into your calendar. If you export again "
                    "later, importing the new file updates the same entries."
                )
            )
        )
        layout.addWidget(
            explanation(
                self.tr(
                    "Calendars are often copied to Google, Microsoft or Apple servers, and shared. So the entries say "
                    "only the case's reference, not who it is about or which school or council it went to."
                )
            )
        )
        self.include_names = QCheckBox(self.tr("&Include names: the person's name and the organisation's"))
        self.include_names.setAccessibleName(self.tr("Include names in the calendar entries"))
        layout.addWidget(self.include_names)
        self.message = MessageLabel()
        layout.addWidget(self.message)
        buttons = standard_buttons(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save the calendar file…"))
        self.save_button.setAccessibleName(self.tr("Save the calendar file"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def calendar_bytes(self) -> tuple[bytes, int]:
        contents = self.store.contents()
        made = entries(
            ((case, contents.events.get(case.id, ())) for case in contents.cases),
            self.now.date(),
            people=contents.people,
            organisations=contents.organisations,
            households=contents.households,
            include_names=self.include_names.isChecked(),
        )
        return to_ics(made, stamp=self.now.astimezone(UTC)), len(made)

    def ask_path(self) -> Path | None:
        path, _filter = file_dialogs.get_save_file_name(
            self,
            self.tr("Save the calendar file"),
            suggested_calendar_name(self.now.date()),
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".ics" else chosen.with_suffix(".ics")

    def save(self) -> None:
        path = self.ask_path()
        if path is None:
            return
        data, count = self.calendar_bytes()
        try:
            atomic_write_bytes(path, data)
        except OSError as error:
            self.message.show_message(
                self.tr("The file could not be saved there ({reason}). Choose another folder.").format(
                    reason=error.strerror
                )
            )
            return
        self.message.show_message(self.tr("Saved %n date(s) in {path}.", "", count).format(path=path), "ok")
