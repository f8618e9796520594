"""Screenshots of the guided journeys with fictional people: the start screen, every page of a parent's subject
access request, and the objection's grounds page.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/journey_screenshots.py [--scale 1.0|2.0] [--out DIR]
At --scale 2.0 every font is doubled and the screen is a 1366x768 laptop's, as for a user who sets large text.
Uses a throwaway data folder; never your own vault.
"""

from __future__ import annotations

from datetime import datetime

from shooting import PASSPHRASE, start_shooting


def main() -> None:
    shooting = start_shooting()
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QWidget

    from npdrights.core.model import Relationship
    from npdrights.core.wizard_flow.draft import Journey, Step
    from npdrights.gui.main_window import MainWindow
    from npdrights.gui.wizards.journey_wizard import JourneyWizard
    from npdrights.gui.wizards.people_pages import AboutPage, WhoAskingPage
    from npdrights.gui.wizards.start_dialog import StartDialog
    from npdrights.gui.wizards.want_page import WantPage

    screen = QSize(1366, 768) if shooting.large else QSize(1280, 900)
    services = shooting.services()
    services.vault.create(PASSPHRASE)
    window = MainWindow(services)
    window.resize(min(960, screen.width()), min(680, screen.height()))
    window.show()
    window._enter_cases()

    def shot(widget: QWidget, name: str) -> None:
        shooting.save(widget, name, rounds=8)

    def fit(widget: QWidget) -> None:
        """As on a real screen of that size (the offscreen one is smaller)."""
        hint = widget.size()
        metrics = widget.fontMetrics()
        wanted = QSize(metrics.averageCharWidth() * 110, metrics.lineSpacing() * 40)
        widget.resize(
            min(max(hint.width(), wanted.width()), screen.width() - 40), min(wanted.height(), screen.height() - 60)
        )

    start = StartDialog(window)
    fit(start)
    start.show()
    shot(start, "10-start")
    start.close()

    def open_wizard(journey: Journey) -> JourneyWizard:
        wizard = window.journeys.start(journey)
        fit(wizard)
        return wizard

    wizard = open_wizard(Journey.ASK)
    who = wizard.page_for(Step.WHO_ASKING)
    assert isinstance(who, WhoAskingPage)
    who.buttons[Relationship.PARENT].setChecked(True)
    who.name.setText("Ada Fictionalson")
    who.address.set_lines(["12 Imaginary Road", "Exampleton"])
    who.postcode.setText("EX1 2AB")
    who.email.setText("ada@example.org")
    shot(wizard, "11-sar-who-is-asking")
    wizard.next()
    about = wizard.page_for(Step.ABOUT)
    assert isinstance(about, AboutPage)
    form = about.forms[0]
    form.name.setText("Zebedee Fictionalson")
    form.born.set_value(datetime(2013, 5, 4).date())
    form.upn.setText("B801200005001")
    form.schools.add_row(("Exampleton Primary School", "2017", "2024", "Exampleshire"))
    about.add_child()
    second = about.forms[1]
    second.name.setText("Yolanda Fictionalson")
    second.born.set_value(datetime(2017, 1, 9).date())
    about.tabs.setCurrentIndex(0)
    shot(wizard, "12-sar-about")
    for name in ("13-sar-consent", "14-sar-recipient", "15-sar-what-you-want", "16-sar-send"):
        wizard.next()
        shot(wizard, name)
    for pupil, tag in zip(wizard.draft.pupils, ("EXM1", "EXM2"), strict=True):
        pupil.reference_tag = tag  # a real letter's tag is random; fixed here so the picture doesn't change each run
    wizard.next()
    preview = wizard.page_for(Step.PREVIEW)
    while not preview.isComplete():
        shooting.settle(1)
        window.background.wait(100)
    shot(wizard, "17-sar-preview")
    wizard.next()
    shot(wizard, "18-sar-finish")
    wizard.discard()

    wizard = open_wizard(Journey.OBJECT)
    who = wizard.page_for(Step.WHO_ASKING)
    assert isinstance(who, WhoAskingPage)
    who.buttons[Relationship.PARENT].setChecked(True)
    who.name.setText("Ada Fictionalson")
    who.address.set_lines(["12 Imaginary Road", "Exampleton"])
    wizard.next()
    about = wizard.page_for(Step.ABOUT)
    assert isinstance(about, AboutPage)
    about.forms[0].name.setText("Zebedee Fictionalson")
    about.forms[0].born.set_value(datetime(2013, 5, 4).date())
    wizard.next()
    wizard.next()
    want = wizard.page_for(Step.WANT)
    assert isinstance(want, WantPage)
    shot(wizard, "19-objection-grounds")
    wizard.discard()
    window.close()


if __name__ == "__main__":
    main()
