"""Duplicates in a register import: rows repeated in the file, rows already in the register,
and a file imported before (same SHA-256). Each is a row or file error unless an
administrator confirms the import (``allow_duplicates``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.folding import fold
from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.store.models import AppMeta, Citizen, Reception

#: ``app_meta`` key of an imported file: the prefix and the first 48 hex digits of its hash.
IMPORT_KEY = "register_import:"


class RowLike(Protocol):
    """What duplicate detection reads of an import row."""

    line: int
    received_on: dt.date | None
    full_name: str
    id_number: str
    sealed: bool
    summary: str


def row_key(row: RowLike) -> tuple[str, str, str] | None:
    """Date, person (ID number or folded name) and folded summary of a row."""
    if row.received_on is None:
        return None
    person = "" if row.sealed else (row.id_number or fold(row.full_name))
    return row.received_on.isoformat(), person, fold(row.summary)


Key = tuple[str, str, str]
R = TypeVar("R", bound=Any)


def row_keys(rows: Iterable[RowLike]) -> dict[int, Key]:
    """Line → key of every row that has a date."""
    keys = {}
    for row in rows:
        key = row_key(row)
        if key is not None:
            keys[row.line] = key
    return keys


def in_file_duplicates(keys: dict[int, Key]) -> dict[int, int]:
    """Line → earlier line of the same visit, for every repeated row of the file."""
    first: dict[Key, int] = {}
    repeated: dict[int, int] = {}
    for line, key in keys.items():
        if key in first:
            repeated[line] = first[key]
        else:
            first[key] = line
    return repeated


def already_in_register(
    session: Session, rows: list[RowLike], keys: dict[int, Key]
) -> dict[int, str]:
    """Line → number of the visit already in the register with the same date, person, summary."""
    dates = [r.received_on for r in rows if r.received_on is not None]
    if not dates:
        return {}
    stmt = (
        select(
            Reception.number,
            Reception.received_on,
            Reception.summary_folded,
            Citizen.id_number,
            Citizen.name_folded,
        )
        .outerjoin(Citizen, Citizen.id == Reception.citizen_id)
        .where(
            Reception.received_on >= min(dates),
            Reception.received_on <= max(dates),
            Reception.deleted_at.is_(None),
        )
    )
    known: dict[tuple[str, str, str], str] = {}
    for number, day, summary, id_number, name in session.execute(stmt):
        for person in {id_number or "", name or ""}:
            known.setdefault((day.isoformat(), person, summary or ""), number)
    return {line: known[key] for line, key in keys.items() if key in known}


_DUPLICATE_NOTES = ("Trùng dòng", "Lượt tiếp này đã có trong sổ")


def is_duplicate(errors: tuple[str, ...]) -> bool:
    """True when one of a row's errors says it is a duplicate."""
    return any(e.startswith(_DUPLICATE_NOTES) for e in errors)


def mark_duplicates(session: Session, rows: list[R], allow: bool) -> tuple[R, ...]:
    """The rows with their duplicate notes: as errors, or as warnings when ``allow``."""
    keys = row_keys(rows)
    repeated = in_file_duplicates(keys)
    existing = already_in_register(session, rows, keys) if keys else {}
    out = []
    for row in rows:
        notes = []
        if row.line in repeated:
            notes.append(f"Trùng dòng {repeated[row.line]} của tệp (cùng ngày, người, nội dung).")
        if row.line in existing:
            notes.append(f"Lượt tiếp này đã có trong sổ (số {existing[row.line]}).")
        if notes and allow:
            row = replace(row, warnings=tuple(notes))
        elif notes:
            row = replace(row, errors=(*row.errors, *notes))
        out.append(row)
    return tuple(out)


def _key(sha256: str) -> str:
    return IMPORT_KEY + sha256[:48]


def previous_import(session: Session, sha256: str) -> str | None:
    """A Vietnamese note when this exact file was imported before, else None."""
    row = session.get(AppMeta, _key(sha256))
    if row is None:
        return None
    try:
        info = json.loads(row.value)
    except ValueError:
        info = {}
    return OFFICE(
        "import.done_before",
        at=info.get("at", "?"),
        user=info.get("user", "?"),
        rows=info.get("rows", "?"),
    )


def remember_import(session: Session, sha256: str, username: str, rows: int) -> None:
    """Record that this file was imported (in the import's transaction)."""
    value = json.dumps(
        {"at": dt.date.today().strftime("%d/%m/%Y"), "user": username, "rows": rows},
        ensure_ascii=False,
    )
    row = session.get(AppMeta, _key(sha256))
    if row is None:
        session.add(AppMeta(key=_key(sha256), value=value))
    else:
        row.value = value
    session.flush()
