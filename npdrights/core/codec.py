"""Model objects to and from JSON-ready dicts, driven by the dataclasses' own type hints.

One generic codec instead of a to_dict/from_dict pair per class: adding a field to the model is enough.
Decoding is strict: a wrong type raises `CodecError` naming the field, never a silently wrong object.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


class CodecError(ValueError):
    """Stored or imported data does not match the model."""


def to_json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_json(cls: type[T], data: Any, path: str = "") -> T:
    """Build a `cls` from `data`. Missing fields take their defaults; unknown fields are an error."""
    try:
        decoder = _fast(typing.cast(Any, cls))
        return typing.cast(T, decoder(data))
    except (_Mismatch, ValueError, KeyError, TypeError):
        # The careful decoder below finds the field at fault and says so; the fast one only knows it failed.
        return typing.cast(T, _decode(cls, data, path or cls.__name__))


# --- The fast path -----------------------------------------------------------------------------------------------
# Loading the cases list decodes every event in the vault, so decoding is built once per type into small
# functions that check exactly what `_decode` checks but without building field paths. On any failure they
# give up, and `_decode` runs again to report the problem.


class _Mismatch(Exception):
    pass


def _reject(_data: Any = None) -> Any:
    raise _Mismatch


@cache
def _fast(hint: Any) -> typing.Callable[[Any], Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [option for option in typing.get_args(hint) if option is not type(None)]
        if len(options) != 1:
            return _reject
        inner = _fast(options[0])
        return lambda data: None if data is None else inner(data)
    if origin is tuple:
        item = _fast(typing.get_args(hint)[0])
        return lambda data: tuple(item(value) for value in data) if isinstance(data, list) else _reject()
    if origin is list:  # the wizard's drafts (kept across a lock) hold lists
        each = _fast(typing.get_args(hint)[0])
        return lambda data: [each(value) for value in data] if isinstance(data, list) else _reject()
    if origin is dict:
        return lambda data: dict(data) if isinstance(data, dict) else _reject()
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _fast_dataclass(hint)
    if isinstance(hint, type) and issubclass(hint, Enum):
        members = {member.value: member for member in hint}
        return lambda data: members[data]
    if hint is date:
        return lambda data: date.fromisoformat(data) if isinstance(data, str) else _reject()
    if hint is bool:
        return lambda data: data if isinstance(data, bool) else _reject()
    if hint is int:
        return lambda data: data if type(data) is int else _reject()
    if hint is str:
        return lambda data: data if isinstance(data, str) else _reject()
    if hint is Any:
        return lambda data: data
    return _reject


def _fast_dataclass(cls: type) -> typing.Callable[[Any], Any]:
    """One function per dataclass, written out field by field (as `dataclasses` writes `__init__`): checking a
    field inline costs a fraction of calling a checker for it, and 100,000 events are decoded at unlock."""
    hints = _hints(cls)
    fields = dataclasses.fields(cls)
    env: dict[str, Any] = {"cls": cls, "names": frozenset(f.name for f in fields), "_Mismatch": _Mismatch}
    lines = [
        "def decode(data):",
        "    if not isinstance(data, dict) or not names.issuperset(data):",
        "        raise _Mismatch",
    ]
    for number, f in enumerate(fields):
        value = f"v{number}"
        lines.append(f"    {value} = data.get({f.name!r}, _missing)")
        lines.append(f"    if {value} is _missing:")
        if f.default is not dataclasses.MISSING:
            env[f"default{number}"] = f.default
            lines.append(f"        {value} = default{number}")
        elif f.default_factory is not dataclasses.MISSING:
            env[f"factory{number}"] = f.default_factory
            lines.append(f"        {value} = factory{number}()")
        else:
            lines.append("        raise _Mismatch")
        lines.append("    else:")
        lines += _check_inline(hints[f.name], value, env, "        ")
    lines.append(f"    return cls({', '.join(f'v{number}' for number in range(len(fields)))})")
    env["_missing"] = object()
    exec("\n".join(lines), env)  # source built above from the model's own field names and types, nothing else
    return typing.cast(typing.Callable[[Any], Any], env["decode"])


def _check_inline(hint: Any, value: str, env: dict[str, Any], indent: str) -> list[str]:
    """Lines that check `value` as `_fast(hint)` does and leave it converted in the same variable."""
    origin = typing.get_origin(hint)
    options = [option for option in typing.get_args(hint) if option is not type(None)]
    if origin in (typing.Union, types.UnionType) and len(options) == 1:
        return [f"{indent}if {value} is not None:", *_check_inline(options[0], value, env, indent + "    ")]
    kinds = {str: "isinstance({v}, str)", bool: "isinstance({v}, bool)", int: "type({v}) is int"}
    if hint in kinds:
        return [f"{indent}if not ({kinds[hint].format(v=value)}):", f"{indent}    raise _Mismatch"]
    if hint is date:
        env["_fromisoformat"] = date.fromisoformat
        return [
            f"{indent}if not isinstance({value}, str):",
            f"{indent}    raise _Mismatch",
            f"{indent}{value} = _fromisoformat({value})",
        ]
    if origin is tuple:
        (item, _ellipsis) = typing.get_args(hint)
        lines = [f"{indent}if not isinstance({value}, list):", f"{indent}    raise _Mismatch"]
        if item in kinds:  # e.g. former names: check each, then one tuple
            check = kinds[item].format(v="item")
            return [
                *lines,
                f"{indent}for item in {value}:",
                f"{indent}    if not ({check}):",
                f"{indent}        raise _Mismatch",
                f"{indent}{value} = tuple({value})",
            ]
        name = f"convert{len(env)}"
        env[name] = _fast(item)
        return [*lines, f"{indent}{value} = tuple(map({name}, {value}))"]
    name = f"convert{len(env)}"
    env[name] = _fast(hint)
    return [f"{indent}{value} = {name}({value})"]


def _decode(hint: Any, data: Any, path: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if data is None and type(None) in options:
            return None
        (inner,) = [option for option in options if option is not type(None)]
        return _decode(inner, data, path)
    if origin is tuple:
        if not isinstance(data, list):
            raise CodecError(f"{path}: expected a list")
        (item_hint, _ellipsis) = typing.get_args(hint)
        return tuple(_decode(item_hint, item, f"{path}[{index}]") for index, item in enumerate(data))
    if origin is list:
        if not isinstance(data, list):
            raise CodecError(f"{path}: expected a list")
        (item_hint,) = typing.get_args(hint)
        return [_decode(item_hint, item, f"{path}[{index}]") for index, item in enumerate(data)]
    if origin is dict:
        if not isinstance(data, dict):
            raise CodecError(f"{path}: expected an object")
        return dict(data)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _decode_dataclass(hint, data, path)
    if isinstance(hint, type) and issubclass(hint, Enum):
        try:
            return hint(data)
        except ValueError:
            raise CodecError(f"{path}: {data!r} is not one of {[m.value for m in hint]}") from None
    if hint is date:
        if not isinstance(data, str):
            raise CodecError(f"{path}: expected a date")
        try:
            return date.fromisoformat(data)
        except ValueError:
            raise CodecError(f"{path}: {data!r} is not a date (expected YYYY-MM-DD)") from None
    if hint is bool:
        if not isinstance(data, bool):
            raise CodecError(f"{path}: expected true or false")
        return data
    if hint is int:
        if type(data) is not int:
            raise CodecError(f"{path}: expected a whole number")
        return data
    if hint is str:
        if not isinstance(data, str):
            raise CodecError(f"{path}: expected text")
        return data
    if hint is Any:
        return data
    raise TypeError(f"codec cannot decode {hint!r}")  # a programming error: the model uses an unsupported type


def _decode_dataclass(cls: type, data: Any, path: str) -> Any:
    if not isinstance(data, dict):
        raise CodecError(f"{path}: expected an object")
    hints = _hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = set(data) - set(fields)
    if unknown:
        raise CodecError(f"{path}: unexpected field {sorted(unknown)[0]!r}")
    values: dict[str, Any] = {}
    for name, field in fields.items():
        if name in data:
            values[name] = _decode(hints[name], data[name], f"{path}.{name}")
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            raise CodecError(f"{path}.{name}: missing")
    return cls(**values)
