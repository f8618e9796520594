"""Widgets a test has finished with are deleted when it ends, not whenever Qt next runs an event loop.

pytest-qt closes the widgets a test registered and calls deleteLater() on them, but a deletion asked for outside an
event loop waits for the next loop that runs, and the suite's tests mostly run outside one. Until then every finished
test's windows stayed alive: after 100 GUI tests about 7,000 widgets and 360 windows, each still sent every change of
language and style, and walked by every call that looks at all windows. Deleting them at the end of each test cut
the CPU time of a sample of GUI tests by about 15% (issue 12, item 5). Nothing a test checks depends on them: they
were already closed and due for deletion.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def finished_widgets_deleted() -> Iterator[None]:
    """Autouse, so it is torn down after the fixtures a test asks for (which close their windows); pytest-qt has
    closed the widgets registered with qtbot before any fixture is torn down."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")  # a test that never imported Qt has nothing to delete
    if widgets is None or widgets.QApplication.instance() is None:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
