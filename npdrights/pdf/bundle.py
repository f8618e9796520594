"""Several PDFs as one, for a single print run (siblings' letters, and the forms that go with them)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError


def readable(document: bytes) -> bool:
    """Whether `document` is a PDF pypdf can read pages from (e.g. a stored letter about to be enclosed)."""
    try:
        return len(PdfReader(io.BytesIO(document)).pages) > 0
    except (PdfReadError, ValueError, OSError):
        return False


def combine(documents: Sequence[bytes], *, title: str) -> bytes:
    """The documents' pages in order, in one PDF titled `title`. One document is returned as it is."""
    if not documents:
        raise ValueError("nothing to combine")
    if len(documents) == 1:
        return documents[0]
    writer = PdfWriter()
    for document in documents:
        writer.append(PdfReader(io.BytesIO(document)))
    writer.add_metadata({"/Title": title, "/Creator": "npdrights"})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
