"""A sentence core or storage writes in English that a screen can still say in the family's language (issue 18).

`Sentence(QT_TRANSLATE_NOOP(context, "Your child is {age} years old."), age=7)` is the English text itself (a str:
letters, the CLI, error messages and comparisons use it as they always did), and also keeps the template and its
values, so the GUI can translate the template and fill it in again (npdrights/gui/sentences.py:on_screen). Core
stays free of Qt. Without values the template is the text as it is: braces in a plain message stay as they are.

`Sentence.of(context, template, **values)` also remembers its context, for a sentence that is a value inside another
(an event's name inside a case's summary). Its values may be dates (written 'Friday 1 May 2026' in English, the
screen's way on screen; a `DayAndMonth` without its year, a `PlainDate` without its weekday), moments (a datetime:
'Friday 1 May 2026 at 14:05'), an `IsoDate` ('2026-11-28' in English, as the command line's messages
write it), `Quoted` English (a page's title, kept apart from the words around it on a right-to-left screen), a
`BankHolidayName` or other Sentences (a list of days off inside how a date was worked out). A value
named `body` is the organisation as sentences name it ('the DfE'), which the screen may translate; `Body` too, where
it starts a sentence ('The DfE'). `capital=True` starts the English with a capital letter, as a sentence that
begins with 'the DfE' needs; `Sentence.lowered(context, text)` starts a marked text with a small letter, as a tick
box's label named in the middle of a sentence needs. `Sentence.plain_dated(template, **values)` has a translated
screen write its dates without their weekday, where the translations were written around a plain date
('27 listopada 2026'); the English keeps them. `Sentence.counted(template, count, **values)` counts something as
Qt's plural forms do: the template says "%n day(s)", the English reads "1 day" or "6 days", and the screen picks its
language's form for the count.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from npdrights.core.dates import day_and_month, day_month_year, long_date, long_datetime
from npdrights.core.wording import first_lower, first_upper


class DayAndMonth(date):
    """A date a sentence writes without its year ('Monday 4 May'), for days close to one already given in full."""

    @classmethod
    def of(cls, day: date) -> DayAndMonth:
        return cls(day.year, day.month, day.day)


class PlainDate(date):
    """A date a sentence writes without its weekday ('4 May 2013'), as the sentence always has."""

    @classmethod
    def of(cls, day: date) -> PlainDate:
        return cls(day.year, day.month, day.day)


class IsoDate(PlainDate):
    """A date a sentence writes as '2026-11-28' in English, as an answers file does; a screen writes it its own way."""

    @classmethod
    def of(cls, day: date) -> IsoDate:
        return cls(day.year, day.month, day.day)


class Quoted(str):
    """Words a sentence quotes in English as they are (a GOV.UK page's title, recipients.toml's notes): the same
    text in English; a right-to-left screen keeps them apart, so their words do not mix with the line's."""

    own_line = False


class QuotedParagraph(Quoted):
    """Quoted English that is a sentence or more of its own (another address, and where it was found): a
    right-to-left screen starts it on a line of its own, rather than mixing two English runs on one Urdu line."""

    own_line = True


class BankHolidayName(Quoted):
    """A bank holiday's English name ('Easter Monday') that remembers its day, so a screen can name it in its own
    language where the holidays package can (npdrights/core/deadlines.py:bank_holiday_in), and quote the English
    where it can't."""

    day: date

    @classmethod
    def of(cls, day: date, name: str) -> BankHolidayName:
        made = cls(name)
        made.day = day
        return made


class Sentence(str):
    template: str
    values: dict[str, Any]
    context: str
    capital: bool
    small_first: bool
    weekday_on_screen: bool
    how_many: int | None  # what a counted sentence counts ('%n day(s)'); str has its own count()

    def __new__(cls, template: str, **values: Any) -> Sentence:
        return cls._made(template, "", values)

    @classmethod
    def of(cls, context: str, template: str, *, capital: bool = False, **values: Any) -> Sentence:
        return cls._made(template, context, values, capital=capital)

    @classmethod
    def lowered(cls, context: str, template: str) -> Sentence:
        """A marked text said in the middle of a sentence: its first letter small, here and on screen."""
        return cls._made(template, context, {}, lowered=True)

    @classmethod
    def plain_dated(cls, template: str, **values: Any) -> Sentence:
        """A sentence whose dates a translated screen writes without their weekday (its English keeps them)."""
        return cls._made(template, "", values, weekday_on_screen=False)

    @classmethod
    def counted(cls, template: str, count: int, *, context: str = "", **values: Any) -> Sentence:
        """A sentence counting something with '%n thing(s)': Qt's plural forms on screen, 1 thing / 2 things here."""
        return cls._made(template, context, values, count=count)

    @classmethod
    def _made(
        cls,
        template: str,
        context: str,
        values: dict[str, Any],
        *,
        capital: bool = False,
        lowered: bool = False,
        weekday_on_screen: bool = True,
        count: int | None = None,
    ) -> Sentence:
        english = template if count is None else _counted_in_english(template, count)
        text = english.format(**{name: _english(value) for name, value in values.items()}) if values else english
        made = super().__new__(cls, first_upper(text) if capital else first_lower(text) if lowered else text)
        made.template = template
        made.values = values
        made.context = context
        made.capital = capital
        made.small_first = lowered
        made.weekday_on_screen = weekday_on_screen
        made.how_many = count
        return made


def _counted_in_english(template: str, count: int) -> str:
    """'%n day(s)' as English says it for `count`: the same words core's `plural` writes."""
    return template.replace("%n", str(count)).replace("(s)", "" if count == 1 else "s")


def _english(value: Any) -> Any:
    if isinstance(value, datetime):  # before date: a datetime is a date too, and its time matters
        return long_datetime(value)
    if isinstance(value, DayAndMonth):
        return day_and_month(value)
    if isinstance(value, IsoDate):
        return value.isoformat()
    if isinstance(value, PlainDate):
        return day_month_year(value)
    return long_date(value) if isinstance(value, date) else value
