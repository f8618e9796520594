"""A spreadsheet row becomes the same answers an answers file holds (the batch command)."""

from __future__ import annotations

from npdrights.core.letters import answers_from_json
from npdrights.core.letters.csv_rows import answers_data_from_row


def test_columns_are_answer_paths() -> None:
    data, problems = answers_data_from_row(
        {
            "requester.name": "Ada Fictionalson",
            "requester.address": "12 Imaginary Road; Exampleton",
            "requester.relationship": "parent",
            "pupil.name": "Zebedee Fictionalson",
            "pupil.date_of_birth": "2013-05-04",
            "pupil.former_names.2": "Zeb Madeupson",
            "pupil.former_names.1": "Zebedee Madeupson",
            "pupil.schools.2.name": "Notarealplace Academy",
            "pupil.schools.1.name": "Exampleton Primary School",
            "pupil.schools.1.from_year": "2017",
            "recipient": "dfe",
            "educational_record": "no",
            "situations": "sen; privacy",
            "harm": "",
        }
    )
    assert problems == []
    answers = answers_from_json(data)
    assert answers.requester.address == ("12 Imaginary Road", "Exampleton")
    assert answers.pupil.former_names == ("Zebedee Madeupson", "Zeb Madeupson")
    assert [school.name for school in answers.pupil.schools] == ["Exampleton Primary School", "Notarealplace Academy"]
    assert answers.pupil.schools[0].from_year == 2017
    assert answers.recipient.directory == "dfe"
    assert [situation.value for situation in answers.situations] == ["sen", "privacy"]
    assert answers.harm == ""


def test_bad_columns_are_named() -> None:
    _, problems = answers_data_from_row(
        {
            "pupil.nmae": "x",
            "pupil.schools.1.from_year": "twenty",
            "pupil.schools": "Exampleton Primary School",
            "corrections.0.item": "x",
            "educational_record": "maybe",
            "pupil.name.first": "x",
        }
    )
    messages = {problem.path: problem.message for problem in problems}
    assert "not an answer" in messages["pupil.nmae"]
    assert "not a whole number" in messages["pupil.schools.1.from_year"]
    assert "numbered columns" in messages["pupil.schools"]
    assert "from 1" in messages["corrections.0.item"]
    assert "yes or no" in messages["educational_record"]
    assert "has no parts" in messages["pupil.name.first"]
