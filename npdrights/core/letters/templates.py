"""Letter templates: Jinja2 text in a sandbox, strict about missing answers, producing block markup.

Core does no file I/O: the caller passes the template texts in (see `npdrights.bundled` for the loader that
reads `resources/letters/en-GB/`). Every `{{ value }}` goes through `_finalize`, which escapes it for the
markup (see `markup.py`) and refuses values that would print badly: a date must be formatted with a filter,
a list joined, and anything undefined is an error (StrictUndefined) rather than a blank.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from npdrights.core import wording
from npdrights.core.dates import day_month_year, long_date
from npdrights.core.letters.markup import Document, MarkupError, parse
from npdrights.core.letters.markup import escape as escape_markup

TEMPLATE_SUFFIX = ".j2"
HEADER_FIELDS = frozenset({"title", "subject", "enclosure", "closing", "signed_as", "warning"})


class LetterTemplateError(RuntimeError):
    """A template is missing or broken: a fault in the app's resources, never in the user's answers."""


def and_list(items: Iterable[Any]) -> str:
    """'a, b and c' for any printable items; nothing for none."""
    words = [str(item) for item in items]
    return wording.and_list(words) if words else ""


def _finalize(value: Any) -> str:
    if isinstance(value, jinja2.Undefined):
        str(value)  # StrictUndefined raises here, naming what was missing
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(
            f"a template printed {type(value).__name__} {value!r}: format dates with |long_date or "
            "|day_month_year, join lists with |and_list or a loop, and test true/false values with {% if %}"
        )
    return escape_markup(str(value))


class _Sandbox(SandboxedEnvironment):
    """jinja2's sandbox, remembering its answer to "may a template read this attribute?" for each kind of object and
    attribute name. jinja2 (3.1) decides from those two alone: a name starting with "_", or one of the few that reach
    into Python's insides on a function, method, class, generator or frame. Asking afresh at each of a letter's
    hundred-odd reads was a tenth of building it (issue 17); the answers are the same."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._safe: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        key = (type(obj), attr)
        safe = self._safe.get(key)
        if safe is None:
            safe = self._safe[key] = super().is_safe_attribute(obj, attr, value)
        return safe


class LetterTemplates:
    """The template texts by name (e.g. "sar-dfe.j2"), and one sandboxed environment to render them."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.texts = dict(texts)
        self._environment = _Sandbox(
            loader=jinja2.DictLoader(self.texts),
            undefined=jinja2.StrictUndefined,
            finalize=_finalize,
            autoescape=False,  # our own escaping (in _finalize) targets the block markup, not HTML
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self._environment.filters.update(
            long_date=long_date, day_month_year=day_month_year, and_list=and_list, upper_first=wording.first_upper
        )

    def names(self) -> list[str]:
        return sorted(self.texts)

    def environment(self) -> jinja2.Environment:
        return self._environment

    def render(self, name: str, context: Mapping[str, Any]) -> Document:
        try:
            template = self._environment.get_template(name)
            text = template.render(context)
        except jinja2.TemplateNotFound as missing:
            raise LetterTemplateError(f"no letter template called {missing.name!r}") from None
        except jinja2.TemplateSyntaxError as error:
            raise LetterTemplateError(f"{error.filename or name}, line {error.lineno}: {error.message}") from error
        except jinja2.TemplateError as error:
            raise LetterTemplateError(f"{name}: {error}") from error
        try:
            return parse(text, HEADER_FIELDS)
        except MarkupError as error:
            raise LetterTemplateError(f"{name}: {error}") from error
