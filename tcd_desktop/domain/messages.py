"""Coded user messages: the Vietnamese text itself, with a stable code and its parameters.

A service's message to the user (a field error, a refusal, a warning) is Vietnamese, the
language of the data and the command line. A :class:`Message` *is* that text (a ``str``:
the command line, logs and the Vietnamese screens read it unchanged) and also carries a
``code`` and the ``params`` the text was filled with, so a screen in another language can
name it in its own words (``tcd_desktop/ui/desk_messages.py``). A service keeps its
messages in a :class:`Catalogue` of Vietnamese templates by code (``{name}`` fields).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

from tcd_desktop.domain.enums import LabelledEnum

__all__ = ["Catalogue", "Listed", "Message", "shown_vi"]


class Message(str):
    """A Vietnamese message with its ``code`` and ``params`` (the values it was filled with).

    A parameter is a plain value (a number, a date already written dd/mm/yyyy, a code) or a
    :class:`LabelledEnum` member, written in the text as its ``label_vi``, a tuple of them
    (comma-separated) or another :class:`Message` (its text).
    """

    code: str
    params: Mapping[str, Any]

    def __new__(cls, text: str, code: str, params: Mapping[str, Any] | None = None) -> Message:
        self = super().__new__(cls, text)
        self.code = code
        self.params = MappingProxyType(dict(params or {}))
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (str(self), self.code, dict(self.params)))

    def __repr__(self) -> str:
        return f"Message({str(self)!r}, {self.code!r}, {dict(self.params)!r})"


class Listed(tuple[Any, ...]):
    """Items a message lists with ``sep`` between them (a plain tuple: ", ")."""

    sep: str

    def __new__(cls, items: Any, sep: str = ", ") -> Listed:
        self = super().__new__(cls, items)
        self.sep = sep
        return self


def shown_vi(value: Any) -> str:
    """A parameter as the Vietnamese text writes it (an enum member: its ``label_vi``; a
    tuple: its items, comma-separated, or as a :class:`Listed` says)."""
    if isinstance(value, tuple):
        return getattr(value, "sep", ", ").join(shown_vi(item) for item in value)
    return value.label_vi if isinstance(value, LabelledEnum) else str(value)


class Catalogue:
    """A service's messages: Vietnamese templates by code; calling it makes a :class:`Message`.

    >>> MESSAGES = Catalogue({"too_long": "Tối đa {limit} ký tự."})
    >>> MESSAGES("too_long", limit=255)
    Message('Tối đa 255 ký tự.', 'too_long', {'limit': 255})
    """

    def __init__(self, templates: Mapping[str, str]) -> None:
        self.templates: Mapping[str, str] = MappingProxyType(dict(templates))

    def __call__(self, code: str, /, **params: Any) -> Message:
        text = self.templates[code].format(**{k: shown_vi(v) for k, v in params.items()})
        return Message(text, code, params)

    def __iter__(self) -> Iterator[str]:
        return iter(self.templates)

    def __len__(self) -> int:
        return len(self.templates)
