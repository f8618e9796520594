"""Print a PDF held in memory, or save it where the user chooses. No temporary files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from npdrights.gui import file_dialogs
from npdrights.gui.message_boxes import tell
from npdrights.storage.atomic import atomic_write_bytes


def memory_buffer(data: bytes, parent: QObject) -> QBuffer:
    """A read-only device over bytes in memory: what QPdfDocument reads instead of a temporary file."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


def load_pdf(data: bytes, parent: QObject) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading straight from memory. Keep the buffer alive as long as the document."""
    buffer = memory_buffer(data, parent)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def print_pdf(data: bytes, parent: QWidget, title: str) -> bool:
    """Show the print dialog and print every page at the printer's resolution. False if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print: {what}").format(what=title))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document, _buffer = load_pdf(data, parent)
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            size = document.pagePointSize(page).toSize().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(page, size)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
        document.close()
    return True


def ask_save_path(parent: QWidget | None, suggested_name: str) -> Path | None:
    """Ask where to save. The suggested name never contains a person's name (recent-file lists leak it)."""
    title = QCoreApplication.translate("Printing", "Save as PDF")
    only_pdfs = QCoreApplication.translate("Printing", "PDF files") + " (*.pdf)"
    path, _filter = file_dialogs.get_save_file_name(parent, title, suggested_name, only_pdfs)
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_suffix(".pdf")


def save_pdf(parent: QWidget, suggested_name: str, data: bytes) -> Path | None:
    """Ask where, then write the PDF there (atomically). Returns where it went, or None if cancelled or failed;
    a failure has already been explained to the user."""
    path = ask_save_path(parent, suggested_name)
    if path is None:
        return None
    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        said = QCoreApplication.translate(
            "Printing", "The file could not be saved there ({reason}). Choose another folder."
        ).format(reason=error.strerror)  # the system's reason stays in its own words
        tell(parent, QCoreApplication.translate("Printing", "Could not save"), said)
        return None
    return path
