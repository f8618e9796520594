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
    hints = _hints(cls)
    fields = [
        (f.name, _fast(hints[f.name]), f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
        for f in dataclasses.fields(cls)
    ]
    names = frozenset(name for name, _decoder, _required in fields)

    def decode(data: Any) -> Any:
        if not isinstance(data, dict) or data.keys() - names:
            raise _Mismatch
        values = {}
        for name, decoder, required in fields:
            if name in data:
                values[name] = decoder(data[name])
            elif required:
                raise _Mismatch
        return cls(**values)

    return decode


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
