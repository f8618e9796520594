"""When a body must act, and how that date was reached, in plain English.

One function per rule. Each returns a `Deadline` whose explanation says how the date was worked out and names
any weekend or bank holiday that moved it. Pure functions: `today` is never read here.

Sources: docs/law.md ("law §n" below) and the references next to each rule.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import FrozenInstanceError, dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import NamedTuple

from npdrights.core.dates import day_and_month, long_date
from npdrights.core.model import PostMethod
from npdrights.core.sentence import BankHolidayName, DayAndMonth, Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wording import and_list, first_upper

ONE_DAY = timedelta(days=1)

# DPA 2018 s.164A (inserted by the Data (Use and Access) Act 2025 s.103) is in force from this day (law §2.1).
COMPLAINT_DUTY_STARTS = date(2026, 6, 19)

DEFAULT_BODY = QT_TRANSLATE_NOOP("Bodies", "the organisation")

# The rules below are pure and their results frozen, so they are kept for inputs seen before: the cases list works
# out thousands of deadlines at unlock, and many cases share their dates (see bench/cases.py).
_REMEMBERED = 8192


class Deadline:
    """A date a body must act by, with how it was reached. Frozen, like the rest of the rules' results.

    - `due`: already moved to a working day where the rule says so.
    - `start`: the day the clock started (day 1 for month rules).
    - `explanation`: one or two plain sentences. It may be given as the text, or as a function that writes it: the
      rules give a function, because the cases list works out thousands of dates and shows none of the sentences,
      which only the case detail (and a tooltip) reads. It is written the first time it is read, then kept, so
      reading it always gives the same text.
    - `estimate`: an input was estimated (deemed receipt by post, or school holidays unknown).
    - `points`: things the user can raise with the body.
    - `statutory`: False when no law sets this date and it is only a fair guide.

    Two deadlines are equal (and hash alike) when every field is, the explanation's text included, however that
    text was given.
    """

    __slots__ = ("_explanation", "due", "estimate", "points", "start", "statutory")
    due: date
    start: date
    estimate: bool
    points: tuple[str, ...]
    statutory: bool
    _explanation: str | Callable[[], str]

    def __init__(
        self,
        due: date,
        start: date,
        explanation: str | Callable[[], str],
        estimate: bool = False,
        points: tuple[str, ...] = (),
        statutory: bool = True,
    ) -> None:
        for name, value in (
            ("due", due),
            ("start", start),
            ("_explanation", explanation),
            ("estimate", estimate),
            ("points", points),
            ("statutory", statutory),
        ):
            object.__setattr__(self, name, value)

    @property
    def explanation(self) -> str:
        text = self._explanation
        if not isinstance(text, str):
            text = text()
            object.__setattr__(self, "_explanation", text)
        return text

    def explained(self, explanation: str | Callable[[], str]) -> Deadline:
        """The same deadline with another explanation (e.g. a note put before this one)."""
        return Deadline(self.due, self.start, explanation, self.estimate, self.points, self.statutory)

    def _fields(self) -> tuple[object, ...]:
        return (self.due, self.start, self.explanation, self.estimate, self.points, self.statutory)

    def __eq__(self, other: object) -> bool:
        return self._fields() == other._fields() if isinstance(other, Deadline) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        due, start, explanation, estimate, points, statutory = self._fields()
        return (
            f"Deadline(due={due!r}, start={start!r}, explanation={explanation!r}, estimate={estimate!r}, "
            f"points={points!r}, statutory={statutory!r})"
        )

    def __reduce__(self) -> tuple[type[Deadline], tuple[object, ...]]:
        return Deadline, self._fields()  # copy and pickle build a new one: its fields can't be set afterwards

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


@dataclass(frozen=True)
class IcoWindow:
    """When complaining to the ICO makes sense (`opens`), and the date by which the ICO expects it (`closes`)."""

    opens: date
    closes: date
    explanation: str


class DeadlineInputError(ValueError):
    """Dates that cannot all be true, e.g. proof of identity arriving before the request it was asked for.

    `field` names the parameter at fault so a caller can point at the right box or command-line option.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


# --- The calendar ---------------------------------------------------------------------------------------------


@cache
def _bank_holidays_in(year: int) -> Mapping[date, str]:
    # England and Wales share one list of bank holidays; the holidays package calls it GB, subdivision ENG.
    # Built once per year and kept: building it costs far more than a look-up (see bench/deadlines.py). Imported
    # here, on first use: listing cases from the lines kept in the vault needs no calendar (issue 17).
    import holidays

    return dict(holidays.country_holidays("GB", subdiv="ENG", years=year))


@cache
def _bank_holidays_named_in(year: int, language: str) -> Mapping[date, str]:
    import holidays

    return dict(holidays.country_holidays("GB", subdiv="ENG", years=year, language=language))


@cache
def _holidays_language(language: str) -> str | None:
    """The holidays package's code for `language` ('ur' -> 'ur_PK') where it names England's holidays in it."""
    import holidays

    if language == "en":  # the English names are the ones every sentence already has
        return None
    languages = holidays.list_localized_countries().get("GB", [])
    return next((code for code in languages if code.split("_")[0] == language), None)


def bank_holiday_in(day: date, language: str) -> str | None:
    """The bank holiday's name in `language` ('ur'), where the holidays package names England's holidays in it
    (it has Urdu, 'ur_PK'; it has no Polish); None if it can't, or if `day` is no bank holiday."""
    named_in = _holidays_language(language)
    named = _bank_holidays_named_in(day.year, named_in).get(day) if named_in is not None else None
    if named is not None and _bank_holidays_in(day.year).get(day, "").endswith(" (observed)"):
        # The sentence says it is a substitute day: the holiday's own name, without the package's "(observed)".
        return re.sub(r"\s*\([^()]*\)\s*$", "", named)
    return named


def bank_holiday(day: date) -> str | None:
    """The bank holiday's name ('Easter Monday', 'substitute day for Christmas Day'), or None."""
    name = _bank_holidays_in(day.year).get(day)
    if name is not None and name.endswith(" (observed)"):
        return f"substitute day for {name.removesuffix(' (observed)')}"
    return name


def _is_weekend(day: date) -> bool:
    return day.weekday() >= 5


@cache  # asked hundreds of thousands of times when the cases list loads, about a few thousand different days
def is_working_day(day: date) -> bool:
    """Monday to Friday, and not an England and Wales bank holiday."""
    return not _is_weekend(day) and day not in _bank_holidays_in(day.year)


def next_working_day(day: date) -> date:
    """`day` itself if it is a working day, otherwise the first working day after it."""
    while not is_working_day(day):
        day += ONE_DAY
    return day


def add_working_days(day: date, count: int) -> date:
    """The `count`th working day after `day` (`day` itself is not counted)."""
    if count < 0:
        raise ValueError(f"count must not be negative, got {count}")
    for _ in range(count):
        day = next_working_day(day + ONE_DAY)
    return day


def add_months(day: date, months: int) -> date:
    """The same date `months` later, or the last day of that month where the date does not exist."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _days_off(first: date, last: date) -> list[date]:
    """The weekend days and bank holidays from `first` to `last`, both included."""
    span = (last - first).days + 1
    return [day for day in (first + ONE_DAY * n for n in range(span)) if not is_working_day(day)]


def describe_days_off(days: Sequence[date]) -> Sentence:
    """'the weekend and the bank holiday on Monday 4 May (May Day)', for days in date order. Each part is a sentence
    of its own, so a translated screen can say it in its own word order, and name the bank holidays in its language
    where the holidays package can (Urdu; Polish screens quote the English names)."""
    runs = [(weekend, list(group)) for weekend, group in itertools.groupby(days, key=_is_weekend)]
    weekends = sum(1 for weekend, _ in runs if weekend)
    segments = []
    for weekend, run in runs:
        if weekend and weekends == 1:
            segments.append(Sentence.of("DaysOff", QT_TRANSLATE_NOOP("DaysOff", "the weekend")))
        elif weekend:
            weekend_of = QT_TRANSLATE_NOOP("DaysOff", "the weekend of {day}")
            segments.append(Sentence.of("DaysOff", weekend_of, day=DayAndMonth.of(run[0])))
        else:
            named = _listed([_bank_holiday_named(day) for day in run])
            on_days = (
                QT_TRANSLATE_NOOP("DaysOff", "the bank holiday on {days}")
                if len(run) == 1
                else QT_TRANSLATE_NOOP("DaysOff", "the bank holidays on {days}")
            )
            segments.append(Sentence.of("DaysOff", on_days, days=named))
    return _listed(segments)


def _bank_holiday_named(day: date) -> Sentence:
    template = QT_TRANSLATE_NOOP("DaysOff", "{day} ({holiday})")
    name = _bank_holidays_in(day.year).get(day, "")
    holiday: str = BankHolidayName.of(day, name)
    if name.endswith(" (observed)"):  # as bank_holiday() says it, with the holiday's name for a screen to give
        substitute = QT_TRANSLATE_NOOP("DaysOff", "substitute day for {holiday}")
        holiday = Sentence.of("DaysOff", substitute, holiday=BankHolidayName.of(day, name.removesuffix(" (observed)")))
    return Sentence.of("DaysOff", template, day=DayAndMonth.of(day), holiday=holiday)


def _listed(items: Sequence[Sentence]) -> Sentence:
    """`and_list` for sentences: 'A, B and C', each joining a sentence a translated screen words its own way."""
    joined = items[0]
    for item in items[1:-1]:
        joined = Sentence.of("DaysOff", QT_TRANSLATE_NOOP("DaysOff", "{earlier}, {next}"), earlier=joined, next=item)
    if len(items) > 1:
        last = QT_TRANSLATE_NOOP("DaysOff", "{earlier} and {last}")
        joined = Sentence.of("DaysOff", last, earlier=joined, last=items[-1])
    return joined


# --- Receipt of a letter ----------------------------------------------------------------------------------------


class _Posting(NamedTuple):
    """How many working days a way of posting counts, and how the estimate is explained: one whole sentence with the
    days off it skipped and one without, so each translation words them its own way."""

    working_days: int
    estimate: str
    estimate_skipping: str


_POSTED = {
    PostMethod.FIRST_CLASS: _Posting(
        2,
        QT_TRANSLATE_NOOP(
            "ArrivalRules",
            "{Body} is treated as getting it on {due}: the second working day after you posted it first class on "
            "{sent}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.",
        ),
        QT_TRANSLATE_NOOP(
            "ArrivalRules",
            "{Body} is treated as getting it on {due}: the second working day after you posted it first class on "
            "{sent}, not counting {days_off}. This is an estimate. If you know the day it was delivered, record it "
            "to make the dates exact.",
        ),
    ),
    PostMethod.SIGNED_FOR: _Posting(
        2,
        QT_TRANSLATE_NOOP(
            "ArrivalRules",
            "{Body} is treated as getting it on {due}: the second working day after you posted it by signed-for "
            "post on {sent}. This is an estimate. If you know the day it was delivered, record it to make the dates "
            "exact.",
        ),
        QT_TRANSLATE_NOOP(
            "ArrivalRules",
            "{Body} is treated as getting it on {due}: the second working day after you posted it by signed-for "
            "post on {sent}, not counting {days_off}. This is an estimate. If you know the day it was delivered, "
            "record it to make the dates exact.",
        ),
    ),
    PostMethod.SECOND_CLASS: _Posting(
        4,
        QT_TRANSLATE_NOOP(
            "ArrivalRules",
            "{Body} is treated as getting it on {due}: the fourth working day after you posted it second class on "
            "{sent}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.",
        ),
        QT_TRANSLATE_NOOP(
            "ArrivalRules",
            "{Body} is treated as getting it on {due}: the fourth working day after you posted it second class on "
            "{sent}, not counting {days_off}. This is an estimate. If you know the day it was delivered, record it "
            "to make the dates exact.",
        ),
    ),
}


def arrival_rule(method: PostMethod) -> str:
    """The rule `deemed_receipt` counts with, in one sentence, for a screen offering the ways of sending: the
    wizard says it from here so it cannot drift from the dates the tracker works out."""
    if method is PostMethod.EMAIL:
        return QT_TRANSLATE_NOOP("ArrivalRules", "Counted as arriving the day you send it.")
    return Sentence(
        QT_TRANSLATE_NOOP("ArrivalRules", "Counted as arriving {count} working days after posting."),
        count=_POSTED[method].working_days,
    )


@lru_cache(maxsize=_REMEMBERED)
def deemed_receipt(
    sent: date, method: PostMethod, delivered: date | None = None, *, body: str = DEFAULT_BODY
) -> Deadline:
    """The day `body` is treated as having got a letter or message: `due` is that day, `start` the day sent.

    A recorded delivery date always wins. Email and online forms arrive the day they are sent.
    Post: the convention the courts use when nobody knows (Interpretation Act 1978 s.7, "the ordinary course of
    post", and Practice Direction [1985] 1 All ER 889): the second working day after posting first class, the
    fourth after second class. Signed-for letters go first class. It is an estimate (DESIGN.md §3).
    """
    if delivered is not None:
        if delivered < sent:
            raise DeadlineInputError("delivered", "A letter can't be delivered before it was sent. Check the dates.")
        recorded = delivered
        return Deadline(
            due=recorded,
            start=sent,
            explanation=lambda: Sentence.of(
                "ArrivalRules",
                QT_TRANSLATE_NOOP("ArrivalRules", "{Body} got it on {day}, the delivery date you recorded."),
                Body=first_upper(body),
                day=recorded,
            ),
        )
    if method is PostMethod.EMAIL:
        return Deadline(
            due=sent,
            start=sent,
            explanation=lambda: Sentence.of(
                "ArrivalRules",
                QT_TRANSLATE_NOOP(
                    "ArrivalRules", "{Body} got it on {day}: email and online forms arrive the day they are sent."
                ),
                Body=first_upper(body),
                day=sent,
            ),
        )
    posting = _POSTED[method]
    due = add_working_days(sent, posting.working_days)

    def explain() -> Sentence:
        skipped = _days_off(sent + ONE_DAY, due)
        if not skipped:
            return Sentence.of("ArrivalRules", posting.estimate, Body=first_upper(body), due=due, sent=sent)
        days_off = describe_days_off(skipped)
        return Sentence.of(
            "ArrivalRules", posting.estimate_skipping, Body=first_upper(body), due=due, sent=sent, days_off=days_off
        )

    return Deadline(due=due, start=sent, explanation=explain, estimate=True)


def forget_remembered() -> None:
    """Drop the remembered results of the rules (for benchmarks that time the rules themselves)."""
    for rule in (deemed_receipt, _response_due, complaint_acknowledgement_due, is_working_day):
        rule.cache_clear()


# --- Answers to requests: one calendar month ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Clock:
    """A month-based clock: its calendar end before any move to a working day, and what went into it."""

    calendar_end: date
    paused_days: int
    pause_ranges: tuple[tuple[date, date], ...]  # the days that did not count, as (first, last)
    late_questions: tuple[date, ...]  # questions asked after the time had already run out


def _run_clock(start: date, months: int, pauses: Sequence[tuple[date, date]]) -> _Clock:
    # UK GDPR Art 12A and DPA 2018 s.54(3C) (law §1.5): the days from the day the body asks for clarification to
    # the day it gets the answer, both included, do not count. So each paused day pushes the end one day later.
    # A pause only counts while the clock runs: not before it starts, and not once the time has run out.
    end = add_months(start, months)
    paused = 0
    ranges: list[tuple[date, date]] = []
    late: list[date] = []
    counted_until = start - ONE_DAY
    for asked, answered in sorted(pauses):
        if asked > next_working_day(end):
            late.append(asked)
            continue
        first = max(asked, counted_until + ONE_DAY)
        if answered < first:
            continue
        days = (answered - first).days + 1
        end += ONE_DAY * days
        paused += days
        ranges.append((first, answered))
        counted_until = answered
    return _Clock(end, paused, tuple(ranges), tuple(late))


def _checked_pauses(received: date, clarification: Sequence[tuple[date, date]], body: str) -> list[tuple[date, date]]:
    for asked, answered in clarification:
        if asked < received:
            raise DeadlineInputError(
                "clarification",
                f"{first_upper(body)} can't ask you to clarify a request before it got it: it asked on "
                f"{long_date(asked)} but got the request on {long_date(received)}.",
            )
        if answered < asked:
            raise DeadlineInputError(
                "clarification",
                f"Your clarification can't reach {body} before it asked for it: it asked on {long_date(asked)} "
                f"and got your answer on {long_date(answered)}.",
            )
    return list(clarification)


# How long the organisation has and from when, one whole phrase for each length and each day the month starts.
_CLOCK_STARTS = {
    (1, False): QT_TRANSLATE_NOOP("AnswerRules", "one calendar month from {start}, when it got your request"),
    (1, True): QT_TRANSLATE_NOOP(
        "AnswerRules",
        "one calendar month from {start}, when your proof of identity reached it, which starts the month again",
    ),
    (3, False): QT_TRANSLATE_NOOP("AnswerRules", "three calendar months from {start}, when it got your request"),
    (3, True): QT_TRANSLATE_NOOP(
        "AnswerRules",
        "three calendar months from {start}, when your proof of identity reached it, which starts the month again",
    ),
}


def _clock_story(start: date, months: int, clock: _Clock, from_proof: bool, body: str) -> Sentence:
    """'one calendar month from …, when it got your request, plus 3 days while …' (no move, no full stop). Each
    addition wraps the story so far, so a translation can put it where its language wants it."""
    story = Sentence.of("AnswerRules", _CLOCK_STARTS[months, from_proof], start=start)
    if not is_working_day(start):
        day_one = QT_TRANSLATE_NOOP(
            "AnswerRules",
            "{story} (the day it arrives counts as day 1, even at a weekend or on a bank holiday)",
        )
        story = Sentence.of("AnswerRules", day_one, story=story)
    month_end = add_months(start, months)
    if month_end.day != start.day:
        shorter = QT_TRANSLATE_NOOP("AnswerRules", "{story}, so to {month_end} as {month} has no {day_th}")
        story = Sentence.of(
            "AnswerRules",
            shorter,
            story=story,
            month_end=DayAndMonth.of(month_end),
            month=Sentence.of("AnswerRules", _SHORT_MONTHS[month_end.month]),
            day_th=_day_th(start.day),
        )
    if clock.paused_days:
        spans = _listed([_span(first, last) for first, last in clock.pause_ranges])
        waited = (
            QT_TRANSLATE_NOOP("AnswerRules", "{story}, plus 1 day while {body} waited for your clarification ({spans})")
            if clock.paused_days == 1
            else QT_TRANSLATE_NOOP(
                "AnswerRules", "{story}, plus {days} days while {body} waited for your clarification ({spans})"
            )
        )
        story = Sentence.of("AnswerRules", waited, story=story, days=clock.paused_days, body=body, spans=spans)
    return story


def _span(first: date, last: date) -> Sentence:
    template = QT_TRANSLATE_NOOP("AnswerRules", "{first} to {last}")
    return Sentence.of("AnswerRules", template, first=DayAndMonth.of(first), last=DayAndMonth.of(last))


def _answer_by(body: str, due: date, calendar_end: date, story: Sentence) -> Sentence:
    """'The DfE must answer by …: <story>.', moved past the days off after the month's end if there are any."""
    if due == calendar_end:
        template = QT_TRANSLATE_NOOP("AnswerRules", "{Body} must answer by {due}: {story}.")
        return Sentence.of("AnswerRules", template, Body=first_upper(body), due=due, story=story)
    days_off = describe_days_off(_days_off(calendar_end, due - ONE_DAY))
    moved = QT_TRANSLATE_NOOP("AnswerRules", "{Body} must answer by {due}: {story}, moved past {days_off}.")
    return Sentence.of("AnswerRules", moved, Body=first_upper(body), due=due, story=story, days_off=days_off)


def _then(first: Sentence, then: Sentence) -> Sentence:
    """Two whole sentences, one after the other."""
    return Sentence.of("AnswerRules", QT_TRANSLATE_NOOP("AnswerRules", "{first} {then}"), first=first, then=then)


# The months a date can be missing from, named for a translation to say in its own words.
_SHORT_MONTHS = {
    2: QT_TRANSLATE_NOOP("AnswerRules", "February"),
    4: QT_TRANSLATE_NOOP("AnswerRules", "April"),
    6: QT_TRANSLATE_NOOP("AnswerRules", "June"),
    9: QT_TRANSLATE_NOOP("AnswerRules", "September"),
    11: QT_TRANSLATE_NOOP("AnswerRules", "November"),
}


def _day_th(day: int) -> Sentence:
    # Only the 29th, 30th and 31st can be missing from a month.
    ordinal = QT_TRANSLATE_NOOP("AnswerRules", "{day}st") if day == 31 else QT_TRANSLATE_NOOP("AnswerRules", "{day}th")
    return Sentence.of("AnswerRules", ordinal, day=day)


# The points a case page lists under the answer date: things the user can raise with the organisation.
_ASKED_TOO_LATE = QT_TRANSLATE_NOOP(
    "AnswerPoints",
    "{Body} asked you to clarify on {asked}, after its time to answer had run out, so that doesn't give it more time.",
)
_PROOF_ASKED_LATE = QT_TRANSLATE_NOOP(
    "AnswerPoints",
    "{Body} asked for proof of identity on {asked}, after its time to answer had run out on {before_id}. Its month "
    "starts again from when your proof reached it, but you can point out that it should have asked within the month.",
)
_EXTENSION_LATE = QT_TRANSLATE_NOOP(
    "AnswerPoints",
    "{Body} told you it needed more time on {notified}, after its first deadline of {first_due}. The law says it must "
    "tell you within the first month, so you can say the extension doesn't apply and its answer was due on "
    "{first_due}.",
)
_EXTENSION_MAYBE_LATE = QT_TRANSLATE_NOOP(
    "AnswerPoints",
    "{Body} told you it needed more time on {notified}. If your request reached it when the post normally would, its "
    "first deadline was {first_due}, and the law says it must tell you within the first month. Ask it the date it "
    "received your request: if the notice came after the month, the extension doesn't apply.",
)


# A notice of extension this many working days after the first deadline is clearly late, even if the request
# took longer than the usual time for post to arrive (the app's caution, docs/law.md §1.4).
CLEARLY_LATE_MARGIN = 10


def extension_clearly_late(first_due: date, notified: date, receipt_estimated: bool) -> bool:
    """Whether the app may say an extension notified on `notified` came after the first month and doesn't apply.

    Only when the day of receipt is known, or the notice came so long after the first deadline that a late
    delivery couldn't explain it (docs/law.md §1.4). Otherwise the user should ask when the request arrived.
    """
    if notified <= first_due:
        return False
    return not receipt_estimated or notified > add_working_days(first_due, CLEARLY_LATE_MARGIN)


def response_due(
    received: date,
    *,
    id_received: date | None = None,
    id_requested: date | None = None,
    clarification: Sequence[tuple[date, date]] = (),
    access: bool = True,
    extension_notified: date | None = None,
    extended: bool = False,
    receipt_estimated: bool = False,
    body: str = DEFAULT_BODY,
) -> Deadline:
    """When `body` must answer a subject access request, objection, rectification, erasure or restriction.

    UK GDPR Articles 12(3) and 12A and ICO guidance (law §1.1-§1.3): one calendar month; the day of receipt is
    day 1; the same date next month, or that month's last day if the date does not exist; then the next working
    day if it falls on a weekend or bank holiday. The same month applies to every kind of request.
    - `id_received`: the body asked for proof of identity; the month starts again the day it arrives (law §1.5).
      `id_requested`, the day it asked: if that was after the month had run out, a point the user can raise.
    - `clarification`: (asked_on, answer_received_on) pairs. For an access request (`access`, Article 15) those
      days do not count; for any other request they don't move the date (law §1.5).
    - `extension_notified` or `extended`: three months from the same start (law §1.4). The body must say so within
      the first month; a later notice still gives the date but adds a point the user can raise, worded as
      certain only when `receipt_estimated` is False or the margin is clear (`extension_clearly_late`).
      `extended=True` without a date is for when the notice date is unknown.
    """
    return _response_due(
        received,
        id_received,
        id_requested,
        tuple(clarification),
        access,
        extension_notified,
        extended,
        receipt_estimated,
        body,
    )


@lru_cache(maxsize=_REMEMBERED)
def _response_due(
    received: date,
    id_received: date | None,
    id_requested: date | None,
    clarification: tuple[tuple[date, date], ...],
    access: bool,
    extension_notified: date | None,
    extended: bool,
    receipt_estimated: bool,
    body: str,
) -> Deadline:
    start, from_proof = received, False
    if id_received is not None:
        if id_received < received:
            raise DeadlineInputError(
                "id_received", f"Your proof of identity can't reach {body} before your request did. Check the dates."
            )
        start, from_proof = id_received, True
    if id_requested is not None and not received <= id_requested <= (id_received or id_requested):
        raise DeadlineInputError(
            "id_requested",
            f"{first_upper(body)} must ask for proof of identity after it got your request and before your proof "
            "reached it. Check the dates.",
        )
    if extension_notified is not None and extension_notified < received:
        raise DeadlineInputError(
            "extension_notified", f"{first_upper(body)} can't extend its deadline before it got your request."
        )
    checked = _checked_pauses(received, clarification, body)
    # Article 12A pauses the clock only for a request under Article 15 (law §1.5).
    pauses = checked if access else []

    first_month = _run_clock(start, 1, pauses)
    first_due = next_working_day(first_month.calendar_end)
    if extension_notified is None and not extended:
        clock, due, months = first_month, first_due, 1
    else:
        clock, months = _run_clock(start, 3, pauses), 3
        due = next_working_day(clock.calendar_end)

    def explain() -> Sentence:
        story = _clock_story(start, months, clock, from_proof, body)
        explanation = _answer_by(body, due, clock.calendar_end, story)
        if checked and not access:
            not_paused = QT_TRANSLATE_NOOP(
                "AnswerRules",
                "Asking you to clarify doesn't give {body} more time: the law pauses the clock only for access "
                "requests.",
            )
            explanation = _then(explanation, Sentence.of("AnswerRules", not_paused, body=body))
        if extension_notified is not None:
            told = QT_TRANSLATE_NOOP(
                "AnswerRules", "It has three months because it told you on {day} that it needs more time."
            )
            explanation = _then(explanation, Sentence.of("AnswerRules", told, day=extension_notified))
        elif extended:
            extended_by = QT_TRANSLATE_NOOP(
                "AnswerRules",
                "It has three months because it extended the deadline. It had to tell you so, with its reasons, "
                "by {day}.",
            )
            explanation = _then(explanation, Sentence.of("AnswerRules", extended_by, day=first_due))
        return explanation

    # Things the user can raise, each a whole sentence a translated case page says in its own words.
    starts_body = first_upper(body)
    points = [
        Sentence.of("AnswerPoints", _ASKED_TOO_LATE, Body=starts_body, asked=asked) for asked in clock.late_questions
    ]
    if id_requested is not None and id_received is not None:
        before_id = next_working_day(_run_clock(received, 1, pauses).calendar_end)
        if id_requested > before_id:
            points.append(
                Sentence.of(
                    "AnswerPoints", _PROOF_ASKED_LATE, Body=starts_body, asked=id_requested, before_id=before_id
                )
            )
    if extension_notified is not None and extension_notified > first_due:
        told_late = (
            _EXTENSION_LATE
            if extension_clearly_late(first_due, extension_notified, receipt_estimated)
            else _EXTENSION_MAYBE_LATE
        )
        points.append(
            Sentence.of("AnswerPoints", told_late, Body=starts_body, notified=extension_notified, first_due=first_due)
        )
    return Deadline(due=due, start=start, explanation=explain, points=tuple(points))


# --- Complaints ---------------------------------------------------------------------------------------------


# DPA 2018 s.164A (law §2.1): the days a body has to acknowledge a data protection complaint.
COMPLAINT_ACKNOWLEDGEMENT_DAYS = 30


# How the acknowledgement date was worked out: whole sentences, so each translation words them its own way.
_COUNTED_FROM = QT_TRANSLATE_NOOP(
    "ComplaintRules", "{days} days counted from {start}, the day after it got your complaint"
)
_COUNT_MOVED = QT_TRANSLATE_NOOP("ComplaintRules", "{count}, moved past {days_off}")
_ACKNOWLEDGE_BY = QT_TRANSLATE_NOOP(
    "ComplaintRules",
    "{Body} must acknowledge your complaint by {due}: {count}. This is how the ICO counts the {days} days; counted "
    "from the day it got your complaint, they could end a day sooner.",
)
_FAIR_GUIDE = QT_TRANSLATE_NOOP(
    "ComplaintRules",
    "There was no legal duty to acknowledge complaints received before {duty_starts}. As a fair guide, {body} "
    "should have replied by {due}: {count}.",
)


@lru_cache(maxsize=_REMEMBERED)
def complaint_acknowledgement_due(received: date, *, body: str = DEFAULT_BODY) -> Deadline:
    """When `body` must acknowledge a data protection complaint made to it.

    DPA 2018 s.164A (law §2.1), for complaints received from 19 June 2026: within 30 days, counted from the day
    after receipt, moved to the next working day if the 30th day is a weekend or bank holiday. For complaints
    received earlier the same date is given as a fair guide, with `statutory=False`.
    """
    start = received + ONE_DAY
    thirtieth = received + timedelta(days=COMPLAINT_ACKNOWLEDGEMENT_DAYS)
    due = next_working_day(thirtieth)
    statutory = received >= COMPLAINT_DUTY_STARTS

    def explain() -> Sentence:
        count = Sentence.of("ComplaintRules", _COUNTED_FROM, days=COMPLAINT_ACKNOWLEDGEMENT_DAYS, start=start)
        if due != thirtieth:
            days_off = describe_days_off(_days_off(thirtieth, due - ONE_DAY))
            count = Sentence.of("ComplaintRules", _COUNT_MOVED, count=count, days_off=days_off)
        if statutory:
            # The Act says "30 days beginning when the complaint is received"; the ICO counts from the day after,
            # and its count is the one it will apply (docs/law.md §2.1). The explanation says so.
            return Sentence.of(
                "ComplaintRules",
                _ACKNOWLEDGE_BY,
                Body=first_upper(body),
                due=due,
                count=count,
                days=COMPLAINT_ACKNOWLEDGEMENT_DAYS,
            )
        return Sentence.of(
            "ComplaintRules", _FAIR_GUIDE, duty_starts=COMPLAINT_DUTY_STARTS, body=body, due=due, count=count
        )

    return Deadline(due=due, start=start, explanation=explain, statutory=statutory)


def complaint_silence_ends(complaint_received: date) -> date:
    """The first day after 30 days of silence from a body that got a complaint.

    The ICO expects people to follow up when there is no response after 30 days (law §2.2); counted like the
    s.164A acknowledgement so the two dates agree.
    """
    return complaint_acknowledgement_due(complaint_received).due + ONE_DAY


# When to complain to the ICO, one whole explanation for each case, so a translation words each its own way.
_WAIT_FOR_THE_ICO = QT_TRANSLATE_NOOP(
    "IcoRules",
    "The ICO expects your complaint by {closes}: three months after your last contact with {body} on {last_contact}. "
    "It makes sense to wait until {earliest}, so {body} has had its chance to put things right, but the ICO accepts "
    "complaints at any time.",
)
_ICO_BEFORE_READY = QT_TRANSLATE_NOOP(
    "IcoRules",
    "The ICO expects your complaint by {closes}: three months after your last contact with {body} on {last_contact}. "
    "That is before {earliest}, when you'd normally be ready to complain. The ICO accepts complaints at any time, so "
    "complain as soon as you can and explain the dates.",
)


def ico_complaint_window(last_contact: date, *, earliest: date, body: str = DEFAULT_BODY) -> IcoWindow:
    """When a complaint to the ICO makes sense, and the date by which the ICO expects it.

    ICO, "What to expect" (law §2.2): complain within three months of the last meaningful contact with the
    organisation, normally after complaining to it first. `earliest` is the caller's sensible opening date: the
    day after the body's deadline passed, or after 30 days of silence following a complaint to it. The ICO accepts
    complaints at any time, so the opening date is advice, not a bar.
    """
    closes = add_months(last_contact, 3)
    wait = _WAIT_FOR_THE_ICO if earliest <= closes else _ICO_BEFORE_READY
    explanation = Sentence.of("IcoRules", wait, closes=closes, body=body, last_contact=last_contact, earliest=earliest)
    return IcoWindow(opens=earliest, closes=closes, explanation=explanation)


# --- A reminder's reply-by date --------------------------------------------------------------------------------

# A reminder asks for a reply within two working weeks: the app's courtesy, not a legal rule (docs/law.md §2.2).
REMINDER_WORKING_DAYS = 10

_REMINDER_ASKED = QT_TRANSLATE_NOOP(
    "ReminderRules",
    "Your reminder of {sent} asked {body} to reply by {due}: ten working days, a fair time the app suggests rather "
    "than a legal deadline. If it hasn't replied by then, the next step is a complaint to it.",
)


def reminder_reply_by(sent: date, *, body: str = DEFAULT_BODY) -> Deadline:
    """The day a reminder sent on `sent` asks `body` to reply by: ten working days after it is written.

    No law sets it (`statutory=False`); the reminder letter states it, and the next step waits for it so the
    organisation has the chance the ICO expects it to have before a complaint (docs/law.md §2.2).
    """
    due = add_working_days(sent, REMINDER_WORKING_DAYS)
    return Deadline(
        due=due,
        start=sent,
        explanation=lambda: Sentence.of("ReminderRules", _REMINDER_ASKED, sent=sent, body=body, due=due),
        statutory=False,
    )


# --- A maintained school's educational record --------------------------------------------------------------------


def usual_school_holidays(year: int) -> list[tuple[date, date, str]]:
    """The holidays most schools in England close for, as (first, last, name): an estimate, not any school's dates.

    Schools set their own term dates (docs/law.md §4). These spans are the days nearly all of them are closed: the
    summer from 22 July to 31 August, Christmas from 21 December to 1 January, and Easter from the Monday before
    Good Friday to the Friday after Easter Monday.
    """
    good_friday = next(day for day, name in _bank_holidays_in(year).items() if name == "Good Friday")
    return [
        (date(year - 1, 12, 21), date(year, 1, 1), "Christmas"),
        (good_friday - timedelta(days=4), good_friday + timedelta(days=7), "Easter"),
        (date(year, 7, 22), date(year, 8, 31), "summer"),
        (date(year, 12, 21), date(year + 1, 1, 1), "Christmas"),
    ]


# The Education (Pupil Information) (England) Regulations 2005 reg 5 (law §4): a maintained school's time to
# show a parent the educational record or send a copy.
SCHOOL_RECORD_SCHOOL_DAYS = 15


def school_record_due(
    received: date,
    school_holidays: Sequence[tuple[date, date]] | None = None,
    *,
    body: str = "the school",
) -> Deadline:
    """When a maintained school must let a parent see the educational record, or send a copy.

    Education (Pupil Information) (England) Regulations 2005 (SI 2005/1437) reg 5 (law §4): within 15 school days
    of the written request. A school day is a weekday that is not a bank holiday or a school holiday (ranges of
    (first, last) days, both included). The day of receipt is not counted. Without the school's holidays the count
    leaves out the usual Christmas, Easter and summer holidays, so the date is never one inside them, and it is an
    estimate that says why.
    """
    ranges = sorted(school_holidays or ())
    for first, last in ranges:
        if last < first:
            raise DeadlineInputError(
                "school_holidays",
                f"A school holiday can't end before it starts: {long_date(first)} to {long_date(last)}.",
            )
    usual = [] if school_holidays is not None else usual_school_holidays(received.year)
    usual += [] if school_holidays is not None else usual_school_holidays(received.year + 1)[1:]
    closed = ranges + [(first, last) for first, last, _ in usual]

    def in_holiday(day: date) -> bool:
        return any(first <= day <= last for first, last in closed)

    school_days: list[date] = []
    day = received
    while len(school_days) < SCHOOL_RECORD_SCHOOL_DAYS:
        day += ONE_DAY
        if is_working_day(day) and not in_holiday(day):
            school_days.append(day)
    due = school_days[-1]

    window = (received + ONE_DAY, due)
    skipped = ["weekends"]
    bank_holidays = [d for d in _days_off(*window) if not _is_weekend(d)]
    if bank_holidays:
        skipped.append(describe_days_off(bank_holidays))
    touched = [(first, last) for first, last in ranges if first <= window[1] and last >= window[0]]
    if touched:
        spans = and_list([f"{day_and_month(first)} to {day_and_month(last)}" for first, last in touched])
        skipped.append(f"the school {'holiday' if len(touched) == 1 else 'holidays'} you entered ({spans})")
    usual_touched = [(first, last, name) for first, last, name in usual if first <= window[1] and last >= window[0]]
    for first, last, name in usual_touched:
        skipped.append(f"the usual {name} holiday (about {day_and_month(first)} to {day_and_month(last)})")
    explanation = (
        f"{first_upper(body)} must let you see the record, or send the copy you asked for, by about "
        f"{long_date(due)}: {SCHOOL_RECORD_SCHOOL_DAYS} school days after it got your request on "
        f"{long_date(received)}, not counting {and_list(skipped)}."
        if school_holidays is None
        else f"{first_upper(body)} must let you see the record, or send the copy you asked for, by {long_date(due)}: "
        f"{SCHOOL_RECORD_SCHOOL_DAYS} school days after it got your request on {long_date(received)}, not counting "
        f"{and_list(skipped)}."
    )
    if school_holidays is None:
        explanation += (
            " This is an estimate: each school sets its own term dates, and this counts every weekday except bank "
            "holidays and the holidays most schools take. Add the school's holiday and training days to make it "
            "exact."
        )
    explanation += (
        " The rule applies to maintained schools and non-maintained special schools; academies and free schools "
        "may follow it by choice."
    )
    return Deadline(due=due, start=school_days[0], explanation=explanation, estimate=school_holidays is None)
