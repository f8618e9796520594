"""Shows the screens in the family's language (issue 18): the translations are installed before the first window,
and every date and count a screen shows is written the language's way by the screen_* functions below (only
here: a test keeps the other GUI modules from formatting dates or numbers themselves).

npdrights's own words come from resources/translations/npdrights_<code>.qm (built from the .ts files by
scripts/translations.py); Qt's own (standard buttons, context menus) from the qtbase_<code>.qm that Qt ships.
English also has a file: it holds only the plural forms ("1 case", "2 cases") of texts written as "%n case(s)".
Letters are not translated: they go to the DfE in English, built by core without Qt.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from npdrights.core.dates import day_and_month, day_month_year, long_date, long_datetime
from npdrights.core.languages import ENGLISH, Language, chosen_language
from npdrights.paths import resource_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QDate

TRANSLATOR_NAME = "npdrights-translation"  # so the installed translators can be found again (and removed)
LANGUAGE_PROPERTY = "npdrights_language"  # the screens' language code, kept on the application object


def translations_folder() -> Path:
    return resource_dir() / "translations"


def install_language(app: QGuiApplication, setting: str) -> Language:
    """Install the translations for `setting` (a code, or "" for the computer's language) and mirror the layout
    for a language written right to left. Returns the language shown."""
    language = chosen_language(setting, QLocale.system().uiLanguages())
    files = [(translations_folder(), f"npdrights_{language.code}")]
    if language is not ENGLISH:
        from PySide6.QtCore import QLibraryInfo  # PySide makes its class and enums when named: English needs neither

        files.append((Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{language.code}"))
    for folder, name in files:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
        else:  # Qt has no file of its own for this language: its few standard words stay English
            translator.deleteLater()
    direction = Qt.LayoutDirection.RightToLeft if language.right_to_left else Qt.LayoutDirection.LeftToRight
    app.setLayoutDirection(direction)
    if language is not ENGLISH:  # numbers and dates on screen in the language's way; letters stay English
        QLocale.setDefault(QLocale(language.code))
    app.setProperty(LANGUAGE_PROPERTY, language.code)
    return language


def remove_language(app: QGuiApplication) -> None:
    """Back to the English the app is written in (tests switch languages within one process)."""
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale.system())
    app.setProperty(LANGUAGE_PROPERTY, None)


def switch_language(setting: str) -> Language:
    """Change the screens' language while npdrights runs: Qt then tells every widget (QEvent.LanguageChange), and
    the screens that listen name their texts again; Urdu's mirrored layout follows at once."""
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    remove_language(app)
    return install_language(app, setting)


def screens_language() -> str | None:
    """The code of the language the screens are in ("en", "pl", "ur"); None before one is installed."""
    app = QCoreApplication.instance()
    code = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return code if isinstance(code, str) else None


def translated_locale() -> QLocale | None:
    """The screens' language, if it is a translation; None on English screens."""
    code = screens_language()
    return QLocale(code) if code is not None and code != ENGLISH.code else None


def translated_screens() -> bool:
    """Whether the screens show a translation (so an English letter needs explaining beside it)."""
    return translated_locale() is not None


def _qdate(day: date) -> QDate:
    # Qt's date classes are only needed on translated screens: PySide makes each class when it is first named,
    # and English screens, the Unlock screen among them, need none of them (issue 17).
    from PySide6.QtCore import QDate

    return QDate(day.year, day.month, day.day)


def screen_date(day: date) -> str:
    """A date on screen: '4 May 2013' on English screens (as the letters write it), '4 maja 2013' on Polish ones
    (the month in the form the language uses after a day), '4 مئی 2013' on Urdu ones."""
    locale = translated_locale()
    if locale is None:
        return day_month_year(day)
    return locale.toString(_qdate(day), "d MMMM yyyy")


# Polish puts the weekday last, in brackets: the date then follows "do", "od" or "z" as Polish grammar wants it
# ("do 5 listopada 2026 (czwartek)"); a weekday first would need its own case ending after each of them.
_LONG_DATE_PATTERNS = {"pl": "d MMMM yyyy (dddd)"}


def screen_long_date(day: date) -> str:
    """A date with its weekday (a reader plans by it): 'Monday 4 January 2027' in English, as the letters write it,
    '4 stycznia 2027 (poniedziałek)' in Polish."""
    locale = translated_locale()
    if locale is None:
        return long_date(day)
    pattern = _LONG_DATE_PATTERNS.get(screens_language() or "", "dddd d MMMM yyyy")
    return locale.toString(_qdate(day), pattern)


# A day close to one given in full, without its year: Polish again puts the weekday last, in brackets.
_DAY_AND_MONTH_PATTERNS = {"pl": "d MMMM (dddd)"}


def screen_day_and_month(day: date) -> str:
    """A date without its year: 'Monday 4 May' in English, as the letters write it, '4 maja (poniedziałek)' in
    Polish."""
    locale = translated_locale()
    if locale is None:
        return day_and_month(day)
    pattern = _DAY_AND_MONTH_PATTERNS.get(screens_language() or "", "dddd d MMMM")
    return locale.toString(_qdate(day), pattern)


def screen_short_date(day: date) -> str:
    """A date in a narrow table column: '4 Jan 2027' in English, '4 sty 2027' in Polish."""
    locale = translated_locale()
    if locale is None:
        return f"{day.day} {day:%b %Y}"
    return locale.toString(_qdate(day), "d MMM yyyy")


def screen_number(number: int) -> str:
    """A count on screen, grouped the language's way: '12,345' in English, '12 345' in Polish."""
    locale = translated_locale()
    return f"{number:,}" if locale is None else locale.toString(number)


def screen_datetime(moment: datetime) -> str:
    """A moment on screen: 'Saturday 28 November 2026 at 14:05' in English, 'sobota 28 listopada 2026, 14:05'."""
    locale = translated_locale()
    if locale is None:
        return long_datetime(moment)
    from PySide6.QtCore import QDateTime, QTime

    return locale.toString(QDateTime(_qdate(moment), QTime(moment.hour, moment.minute)), "dddd d MMMM yyyy, HH:mm")


def translation_note(language: Language) -> str:
    """For About: who translated the screens, and whether a native speaker has checked the words."""
    if language is ENGLISH:
        return ""
    made_by = QCoreApplication.translate("Languages", language.made_by)
    said = QCoreApplication.translate("Languages", "These screens are in {language}: {made_by}.").format(
        language=language.name, made_by=made_by
    )
    checked = (
        QCoreApplication.translate("Languages", "A native speaker has checked it.")
        if language.reviewed_by_native_speaker
        else QCoreApplication.translate(
            "Languages",
            "No native speaker has checked it yet, so some words may be wrong or unclear. Letters to the DfE are "
            "always in English.",
        )
    )
    return f"\n\n{said} {checked}"
