"""A case's attachments: the list, adding by file dialog or drag-and-drop, and viewing inside the app.

Viewing decrypts into memory only: a PDF goes to QPdfDocument through a QBuffer, an image to QImage.fromData.
No plaintext file is ever written, except by "Export a copy", and then only where the user chooses, under a
name that doesn't repeat the attachment's own (file names often carry a child's name).
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.gui import file_dialogs
from npdrights.gui.cases.record_model import RecordTableModel
from npdrights.gui.i18n import screen_long_date
from npdrights.gui.language_change import follow_language
from npdrights.gui.screen_language import standard_buttons
from npdrights.gui.widgets import explanation
from npdrights.storage.attachments import Attachment

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument


class AttachmentColumn(IntEnum):
    NAME = 0
    KIND = 1
    SIZE = 2
    ADDED = 3


def kind_of(mime: str) -> str:
    if mime == "application/pdf":
        kind = QT_TRANSLATE_NOOP("AttachmentModel", "PDF")
    elif mime.startswith("image/"):
        kind = QT_TRANSLATE_NOOP("AttachmentModel", "Picture")
    elif mime in ("message/rfc822", "application/vnd.ms-outlook"):
        kind = QT_TRANSLATE_NOOP("AttachmentModel", "Email")
    else:
        kind = QT_TRANSLATE_NOOP("AttachmentModel", "Other file")
    return QCoreApplication.translate("AttachmentModel", kind)


def size_text(size: int) -> str:
    if size < 1000:
        return QCoreApplication.translate("AttachmentModel", "{size} bytes").format(size=size)
    if size < 1_000_000:
        return f"{size / 1000:.0f} KB"
    return f"{size / 1_000_000:.1f} MB"


class AttachmentModel(RecordTableModel):
    headers = (
        QT_TRANSLATE_NOOP("AttachmentModel", "Name"),
        QT_TRANSLATE_NOOP("AttachmentModel", "Kind"),
        QT_TRANSLATE_NOOP("AttachmentModel", "Size"),
        QT_TRANSLATE_NOOP("AttachmentModel", "Added"),
    )

    def cell(self, attachment: Attachment, column: int) -> str:
        match AttachmentColumn(column):
            case AttachmentColumn.NAME:
                return attachment.display_name
            case AttachmentColumn.KIND:
                return kind_of(attachment.mime)
            case AttachmentColumn.SIZE:
                return size_text(attachment.size)
            case AttachmentColumn.ADDED:
                return screen_long_date(attachment.added_on)


class DropArea(QLabel):
    """Where files can be dropped to attach them. Only local files are taken."""

    files_dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.retranslate()
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        self.setText(self.tr("Or drag files here to attach them."))
        self.setAccessibleName(self.tr("Drop files here to attach them"))

    @staticmethod
    def _paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


def suggested_export_name(attachment: Attachment, today: date) -> str:
    """'npdrights-attachment-2026-11-28.pdf': never the attachment's own name, which may name a child."""
    extension = Path(attachment.display_name).suffix.lower() or mimetypes.guess_extension(attachment.mime) or ""
    return f"npdrights-attachment-{today.isoformat()}{extension}"


def ask_export_path(parent: QWidget | None, suggested: str) -> Path | None:
    title = QCoreApplication.translate("AttachmentViewer", "Export a copy")
    path, _filter = file_dialogs.get_save_file_name(parent, title, suggested)
    return Path(path) if path else None


class AttachmentViewer(QDialog):
    """Shows a PDF or a picture from memory. Closing it (or locking) closes the document and drops the bytes."""

    def __init__(
        self,
        attachment: Attachment,
        content: bytes,
        *,
        export: Callable[[Attachment, bytes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self._content: bytes | None = content
        self._export = export
        self.document: QPdfDocument | None = None
        self.buffer: QBuffer | None = None
        self.setWindowTitle(self.tr("View attachment"))  # not the file's name: window titles end up in task switchers
        self.resize(720, 820)
        layout = QVBoxLayout(self)
        if attachment.mime == "application/pdf":
            # Qt's PDF modules load when a PDF is first viewed, not with the cases list (issue 17: memory).
            from PySide6.QtPdfWidgets import QPdfView

            from npdrights.gui.printing import load_pdf

            self.document, self.buffer = load_pdf(content, self)
            self.view: QWidget = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif attachment.mime.startswith("image/") and not (image := QImage.fromData(content)).isNull():
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(image))
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.view = QScrollArea()
            self.view.setWidget(picture)
            self.view.setWidgetResizable(True)
        else:
            self.view = explanation(
                self.tr(
                    "npdrights can't show this kind of file. Use “Export a copy” to save it somewhere you choose and "
                    "open it with another program."
                )
            )
        self.view.setAccessibleName(self.tr("Attachment: {kind}").format(kind=kind_of(attachment.mime)))
        layout.addWidget(self.view, 1)
        buttons = standard_buttons(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("&Export a copy…"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self._export_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _export_clicked(self) -> None:
        if self._content is not None:
            self._export(self.attachment, self._content)

    @property
    def is_open(self) -> bool:
        return self._content is not None

    def done(self, result: int) -> None:
        self.release()
        super().done(result)

    def release(self) -> None:
        """Close the PDF document and drop the decrypted bytes."""
        if self.document is not None:
            self.document.close()
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(b"")
        self._content = None
