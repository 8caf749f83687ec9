"""Removing a denouncer's identity from the text of documents that are published or shown
to people who may not know it (Luật Tố cáo Điều 8 k3, Điều 40 k3, Điều 56).

The person-aware matching lives in :mod:`tcd_desktop.domain.redaction` (names with their
honorifics, relatives, numbers in any spacing, addresses); this module adds the helpers the
forms use: plain lists of terms and whole dataclasses.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import Any, TypeVar

from tcd_desktop.domain.redaction import (
    REDACTED,
    SealedPerson,
    clean_text,
    compile_patterns,
    find_spans,
    fold_keep_length,
    person_patterns,
    redact_person,
)

__all__ = [
    "REDACTED",
    "SealedPerson",
    "contains_any",
    "fold_keep_length",
    "person_patterns",
    "redact_dataclass",
    "redact_person",
    "redact_text",
]

T = TypeVar("T")


def redact_text(text: str, terms: Iterable[str], replacement: str = REDACTED) -> str:
    """``text`` (NFC) with every occurrence of any of ``terms`` replaced.

    Each term is also read as a name (its words with an honorific, its word runs) and as a
    number in any spacing, so a bare list of terms gets the same person-aware treatment.
    """
    people = [_person_from_term(t) for t in terms if t and t.strip()]
    return redact_person(text, people, replacement)


def _person_from_term(term: str) -> SealedPerson:
    digits = re.sub(r"\D", "", term)
    if digits and len(digits) >= 6 and not re.search(r"[^\W\d_]", term):
        return SealedPerson(id_numbers=(term,), phones=(term,))
    if "@" in term:
        return SealedPerson(emails=(term,))
    if "," in term or re.search(r"\d", term):
        return SealedPerson(address=term)
    return SealedPerson(full_name=term)


def contains_any(text: str, terms: Iterable[str]) -> bool:
    """True when ``text`` still contains one of ``terms`` (case and diacritics ignored)."""
    people = [_person_from_term(t) for t in terms if t and t.strip()]
    clean = clean_text(text)
    return bool(find_spans(clean, compile_patterns(people, (), within=clean), numbers=False))


def _redact_value(value: Any, terms: list[str]) -> Any:
    if type(value) is str:
        return redact_text(value, terms)
    if isinstance(value, tuple):
        return tuple(_redact_value(v, terms) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return redact_dataclass(value, terms)
    return value


def redact_dataclass(obj: T, terms: Iterable[str], *, skip: Iterable[str] = ()) -> T:
    """A copy of a frozen dataclass with every text field (nested too) redacted."""
    term_list = list(terms)
    skipped = set(skip)
    changes = {
        f.name: _redact_value(getattr(obj, f.name), term_list)
        for f in dataclasses.fields(obj)  # type: ignore[arg-type]
        if f.name not in skipped
    }
    return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
