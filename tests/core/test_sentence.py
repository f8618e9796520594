"""Issue 18: a Sentence is the English that letters, the command line and error messages use, with its template
and values kept for the screens. (One type for core's and storage's sentences: it replaced `Said`.)"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from npdrights.core.sentence import DayAndMonth, IsoDate, Sentence

TEMPLATE = "The snapshot was taken on {when}."


def test_a_sentence_is_its_english_and_keeps_its_template_and_values() -> None:
    said = Sentence("Your child is {age} years old.", age=7)
    assert said == "Your child is 7 years old."
    assert isinstance(said, str)
    assert (said.template, said.values, said.context) == ("Your child is {age} years old.", {"age": 7}, "")


def test_a_date_is_written_with_its_weekday_and_a_date_and_time_with_its_time() -> None:
    assert Sentence("Sent on {day}.", day=date(2026, 11, 27)) == "Sent on Friday 27 November 2026."
    assert Sentence(TEMPLATE, when=datetime(2026, 11, 27, 9, 30)) == (
        "The snapshot was taken on Friday 27 November 2026 at 09:30."
    )


def test_braces_in_a_message_without_values_stay_as_they_are() -> None:
    # A message made elsewhere (a name with braces in it already filled in) must not be read as a template.
    assert Sentence("Could not read {notes}.txt: it is locked.") == "Could not read {notes}.txt: it is locked."
    assert Sentence("Doubled {{braces}} too") == "Doubled {{braces}} too"


def test_a_sentence_inside_another_is_its_english() -> None:
    years = Sentence("{first} to {last}", first="2010", last="2018")
    assert Sentence("It covered {covered}.", covered=years) == "It covered 2010 to 2018."


def test_capital_starts_the_english_with_a_capital_and_only_that() -> None:
    said = Sentence.of("Summaries", "{body} answered.", capital=True, body="the DfE")
    assert said == "The DfE answered."
    assert (said.context, said.capital) == ("Summaries", True)


def test_a_plain_dated_sentence_keeps_the_weekday_in_english() -> None:
    said = Sentence.plain_dated("Sent on {day}.", day=date(2026, 11, 27))
    assert said == "Sent on Friday 27 November 2026."
    assert not said.weekday_on_screen
    assert Sentence("Sent on {day}.", day=date(2026, 11, 27)).weekday_on_screen


def test_a_day_and_month_is_written_without_its_year() -> None:
    assert (
        Sentence("the weekend of {day}", day=DayAndMonth.of(date(2026, 10, 3))) == "the weekend of Saturday 3 October"
    )


def test_an_iso_date_is_written_as_an_answers_file_writes_it() -> None:
    # The answers file's checks name the letter's date this way on the command line; the screens write it theirs.
    assert Sentence("after {dated}", dated=IsoDate.of(date(2026, 11, 28))) == "after 2026-11-28"


def test_the_answers_checks_say_wrong_dates_and_years_in_the_same_english_as_before() -> None:
    from npdrights.core.letters import answers_from_json
    from npdrights.core.letters.answers import check_common
    from tests.letter_fixtures import minimal_data  # the shortest valid answers

    data = minimal_data("sar-dfe")
    data["pupil"]["date_of_birth"] = "2027-01-01"
    data["pupil"]["schools"] = [
        {"name": "Exampleton School", "from_year": 1985},
        {"name": "Imaginary Academy", "from_year": 2020, "to_year": 2018},
    ]
    said = [(problem.path, problem.message) for problem in check_common(answers_from_json(data), date(2026, 11, 28))]
    assert said == [
        ("pupil.date_of_birth", "after the letter's date (2026-11-28): check the year"),
        ("pupil.schools[0].from_year", "1985 is not a year between 1990 and 2026"),
        ("pupil.schools[1].to_year", "earlier than from_year: check the two years"),
    ]


def test_a_year_out_of_every_range_is_refused_in_the_same_english_as_before() -> None:
    from npdrights.core.limits import LimitExceeded, check_limits
    from npdrights.core.model import School

    with pytest.raises(LimitExceeded) as refused:
        check_limits(School("Exampleton School", 20, None, ""))
    assert str(refused.value) == "The from year 20 is not a number npdrights can use."
    assert refused.value.field == "School.from_year"


def test_a_counted_sentence_says_its_count_as_english_does() -> None:
    template = "Due {day}, in %n day(s)."
    one = Sentence.counted(template, 1, day=date(2026, 5, 1))
    six = Sentence.counted(template, 6, day=date(2026, 5, 1))
    assert (one, six) == ("Due Friday 1 May 2026, in 1 day.", "Due Friday 1 May 2026, in 6 days.")
    assert (one.template, one.how_many, six.how_many) == (template, 1, 6)
    assert Sentence("No count.").how_many is None


def test_a_lowered_sentence_starts_with_a_small_letter_and_keeps_its_marked_text() -> None:
    said = Sentence.lowered("AnswerItems", "The record of releases to others")
    assert said == "the record of releases to others"
    assert (said.template, said.context, said.small_first) == ("The record of releases to others", "AnswerItems", True)
