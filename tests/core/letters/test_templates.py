"""The template files: strict, sandboxed, and with no placeholder the builder does not fill."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace
from typing import Any

import jinja2
import pytest
from jinja2 import meta, nodes

from npdrights.bundled import letter_templates, read_template_texts, template_folder
from npdrights.core.letters import KINDS, LetterTemplateError, LetterTemplates
from npdrights.core.letters.build import ICO_SUMMARY_TEMPLATE
from tests.letter_fixtures import build, full_data, minimal_data


def _context_names_by_template(monkeypatch: pytest.MonkeyPatch) -> dict[str, set[str]]:
    """Build every kind with minimal and full answers, recording the names each template was given."""
    seen: dict[str, set[str]] = {}
    original = LetterTemplates.render

    def recording(self: LetterTemplates, name: str, context: Any) -> Any:
        seen.setdefault(name, set()).update(context)
        return original(self, name, context)

    monkeypatch.setattr(LetterTemplates, "render", recording)
    for kind in KINDS:
        build(kind, minimal_data(kind))
        build(kind, full_data(kind))
    return seen


def _defined(tree: nodes.Template) -> set[str]:
    """Names a template defines for what it includes: {% import ... as w %}, {% set %}, {% with %}."""
    names = {node.target for node in tree.find_all(nodes.Import)}
    for node in tree.find_all((nodes.Assign, nodes.With)):
        targets = node.targets if isinstance(node, nodes.With) else [node.target]
        names |= {name.name for target in targets for name in target.find_all(nodes.Name)} | {
            target.name for target in targets if isinstance(target, nodes.Name)
        }
    return names


@dataclass(frozen=True)
class _Reading:
    uses: frozenset[str]  # names the template uses without defining them itself
    defines: frozenset[str]  # names it defines for what it includes
    includes: tuple[str, ...]


def _reader(environment: jinja2.Environment, texts: dict[str, str]) -> Callable[[str], _Reading]:
    """Each template read once: the partials are included by most letters, and parsing and compiling them again
    for each was half of the placeholder test's second (issue 12)."""

    @functools.cache
    def read(name: str) -> _Reading:
        tree = environment.parse(texts[name])
        referenced = list(meta.find_referenced_templates(tree))
        assert None not in referenced, f"{name}: includes a template named by a variable"
        includes = tuple(str(partial) for partial in referenced)
        return _Reading(frozenset(meta.find_undeclared_variables(tree)), frozenset(_defined(tree)), includes)

    return read


def _undeclared(read: Callable[[str], _Reading], name: str, inherited: set[str]) -> set[str]:
    """Names a template, and the partials it includes, use without anyone defining them."""
    reading = read(name)
    names = set(reading.uses) - inherited
    defined = inherited | reading.defines
    for partial in reading.includes:
        names |= _undeclared(read, partial, defined)
    return names


def test_no_template_uses_a_placeholder_the_builder_does_not_fill(monkeypatch: pytest.MonkeyPatch) -> None:
    templates = letter_templates()
    given = _context_names_by_template(monkeypatch)
    read = _reader(templates.environment(), templates.texts)
    for name, names in given.items():
        used = _undeclared(read, name, set())
        assert used <= names, f"{name} uses {sorted(used - names)}, which the builder never provides"


def test_every_template_file_is_used() -> None:
    texts = read_template_texts(template_folder())
    main = {name for name in texts if not name.startswith("_")}
    assert main == {kind.template for kind in KINDS.values()} | {ICO_SUMMARY_TEMPLATE}
    environment = letter_templates().environment()
    included = set()
    for text in texts.values():
        included |= set(meta.find_referenced_templates(environment.parse(text)))
    assert {name for name in texts if name.startswith("_")} == included


def _templates(body: str) -> LetterTemplates:
    return LetterTemplates({"t.j2": body})


def test_a_missing_answer_is_an_error_never_a_blank() -> None:
    with pytest.raises(LetterTemplateError, match="'pupil' is undefined"):
        _templates("subject: x\n---\nAbout {{ pupil.name }}.\n").render("t.j2", {})
    with pytest.raises(LetterTemplateError, match="has no attribute 'nmae'"):
        _templates("---\n{{ pupil.nmae }}\n").render("t.j2", {"pupil": full_data("sar-dfe")["pupil"] and object()})


@pytest.mark.parametrize("value", [date(2026, 12, 1), ["a", "b"], True, None], ids=["date", "list", "bool", "none"])
def test_values_that_would_print_badly_are_refused(value: object) -> None:
    with pytest.raises(TypeError, match="a template printed"):
        _templates("---\n{{ value }}\n").render("t.j2", {"value": value})


def test_the_sandbox_blocks_reaching_into_python() -> None:
    with pytest.raises(LetterTemplateError):
        _templates("---\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n").render("t.j2", {})


def test_the_sandbox_answers_each_kind_of_object_for_itself() -> None:
    """The sandbox remembers its answers per kind of object and attribute name (issue 17): a record's own "mro"
    may be printed, a class's mro() may not, whichever is read first."""
    record, a_class = SimpleNamespace(mro="a record's field"), LetterTemplates
    for first, then in (("record", "a_class"), ("a_class", "record")):
        templates = _templates(f"---\n{{{{ {first}.mro }}}}\n---\n{{{{ {then}.mro }}}}\n")
        with pytest.raises(LetterTemplateError, match="attribute 'mro' of 'type' object is unsafe"):
            templates.render("t.j2", {"record": record, "a_class": a_class})
    templates = _templates("---\n{{ record.mro }}\n")
    for _twice in range(2):
        assert "a record's field" in repr(templates.render("t.j2", {"record": record}))


def test_a_syntax_error_names_the_template_and_line() -> None:
    with pytest.raises(LetterTemplateError, match=r"t\.j2, line 2"):
        _templates("---\n{% if %}\n").render("t.j2", {})


def test_an_unknown_template_is_a_clear_error() -> None:
    with pytest.raises(LetterTemplateError, match=r"no letter template called 'nope\.j2'"):
        _templates("---\n").render("nope.j2", {})


def test_filters_format_dates_and_lists() -> None:
    document = _templates(
        "---\n{{ day|long_date }}; {{ day|day_month_year }}; {{ names|and_list }}; {{ name|upper_first }}\n"
    ).render("t.j2", {"day": date(2026, 5, 5), "names": ["a", "b", "c"], "name": "van Fictionalson's"})
    assert document.blocks[0].text == "Tuesday 5 May 2026; 5 May 2026; a, b and c; Van Fictionalson's"  # type: ignore[union-attr]
