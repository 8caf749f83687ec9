"""The reception register (Sổ tiếp công dân, Mẫu 03/TCD): filters, SQL sort, lazy rows.

A register view holds only the count and windows of ids (``register_ids`` with ``offset``
and ``limit``) and loads the visible rows with ``register_rows``. Filtering and sorting
run in SQL. Denouncers are shown as "Người tố cáo (được giữ bí mật)" with no address or ID.

The lines themselves are built by :mod:`tcd_desktop.store.queries.register_rows`
(re-exported here: ``RegisterRow``, ``register_rows``, ``SEALED_ID``).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Select,
    Text,
    and_,
    case,
    cast,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.domain.folding import fold
from tcd_desktop.store.models import Citizen, Petition, Reception, User
from tcd_desktop.store.queries.register_rows import SEALED_ID, RegisterRow, register_rows
from tcd_desktop.store.queries.search import SEALED_NAME, query_words

FIRST_DAY = dt.date(1900, 1, 1)
_NUMBER = re.compile(r"^[A-Z0-9]+(-[A-Z0-9]+)*-\d{4}-\d+$")


@dataclass(frozen=True)
class RegisterFilter:
    """What the register shows; empty fields do not filter."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kinds: tuple[str, ...] = ()
    field_codes: tuple[str, ...] = ()
    officer_id: uuid.UUID | None = None
    unit_id: uuid.UUID | None = None
    mass_only: bool = False
    repeats_only: bool = False
    text: str = ""


@dataclass(frozen=True)
class RegisterSort:
    """Sort column (a key of ``SORT_KEYS``) and direction."""

    column: str = "received"
    descending: bool = False


#: Columns the register can sort by in SQL (13-column form order, plus number and officer).
SORT_KEYS = (
    "received",
    "number",
    "citizen",
    "id_number",
    "summary",
    "kind",
    "headcount",
    "prior",
    "competent",
    "guidance",
    "transfer",
    "follow_up",
    "note",
    "officer",
)


def _live(model: Any) -> Any:
    return model.deleted_at.is_(None)


def _text_condition(session: Session, raw: str) -> Any:
    """Accent-insensitive search over petition content, names/addresses and the number."""
    words = query_words(raw)
    conditions: list[Any] = []
    number = raw.strip().upper()
    if _NUMBER.match(number):
        conditions.append(Reception.number == number)
    if words:
        if session.get_bind().dialect.name == "sqlite":
            expr = " ".join(f'"{w}"*' for w in words)
            pet_rows = text("SELECT rowid FROM petitions_fts WHERE petitions_fts MATCH :pq")
            cit_rows = text("SELECT rowid FROM citizens_fts WHERE citizens_fts MATCH :cq")
            pet_match: Any = literal_column("petitions.rowid").in_(
                pet_rows.bindparams(pq=expr).columns(literal_column("rowid")).scalar_subquery()
            )
            cit_match: Any = literal_column("citizens.rowid").in_(
                cit_rows.bindparams(cq=expr).columns(literal_column("rowid")).scalar_subquery()
            )
        else:
            pet_match = and_(*[Petition.summary_folded.like(f"%{w}%") for w in words])
            cit_match = or_(
                and_(*[Citizen.name_folded.like(f"%{w}%") for w in words]),
                and_(*[Citizen.address_folded.like(f"%{w}%") for w in words]),
            )
        # A sealed visit is not found by its text: a hit on the denouncer's name typed into
        # the summary would tell whose visit it is (find it by number or date instead).
        conditions.append(
            Reception.id.in_(
                select(Petition.reception_id)
                .where(
                    pet_match,
                    _live(Petition),
                    Petition.reception_id.is_not(None),
                    Petition.kind != PetitionKind.DENUNCIATION.value,
                )
                .correlate(None)
            )
        )
        conditions.append(
            Reception.citizen_id.in_(
                select(Citizen.id)
                .where(cit_match, Citizen.is_confidential.is_(False))
                .correlate(None)
            )
        )
    return or_(*conditions) if conditions else false()


def _where(session: Session, flt: RegisterFilter) -> list[Any]:
    # The lower bound is always given so the planner can count and skip on the index of
    # live visits by date instead of reading every row to test ``deleted_at``.
    cond: list[Any] = [_live(Reception), Reception.received_on >= (flt.date_from or FIRST_DAY)]
    if flt.date_to is not None:
        cond.append(Reception.received_on <= flt.date_to)
    if flt.kinds:
        cond.append(
            exists().where(
                Petition.reception_id == Reception.id, Petition.kind.in_(flt.kinds), _live(Petition)
            )
        )
    if flt.field_codes:
        cond.append(
            or_(
                Reception.field_code.in_(flt.field_codes),
                exists().where(
                    Petition.reception_id == Reception.id,
                    Petition.field_code.in_(flt.field_codes),
                    _live(Petition),
                ),
            )
        )
    if flt.officer_id is not None:
        cond.append(Reception.officer_id == flt.officer_id)
    if flt.unit_id is not None:
        cond.append(Reception.unit_id == flt.unit_id)
    if flt.mass_only:
        cond.append(Reception.is_mass.is_(True))
    if flt.repeats_only:
        cond.append(
            or_(
                Reception.repeat_of_id.is_not(None),
                Reception.id.in_(
                    select(Petition.reception_id)
                    .where(Petition.duplicate_of_id.is_not(None), _live(Petition))
                    .correlate(None)
                ),
            )
        )
    if flt.text.strip():
        cond.append(_text_condition(session, flt.text))
    return cond


def _sort_key(column: str) -> tuple[Any, str | None]:
    """(SQL expression, table to join) for a sort column."""
    hidden = fold(SEALED_NAME)
    sealed = case((Citizen.is_confidential.is_(True), hidden), else_=Citizen.name_folded)
    keys: dict[str, tuple[Any, str | None]] = {
        "number": (Reception.number, None),
        "citizen": (func.coalesce(sealed, hidden), "citizen"),
        "id_number": (
            func.coalesce(
                case((Citizen.is_confidential.is_(True), SEALED_ID), else_=Citizen.id_number), ""
            ),
            "citizen",
        ),
        "summary": (Reception.summary_folded, None),
        "kind": (
            func.coalesce(
                select(func.min(Petition.kind))
                .where(Petition.reception_id == Reception.id, _live(Petition))
                .scalar_subquery(),
                "",
            ),
            None,
        ),
        "headcount": (Reception.headcount, None),
        # bodies that already handled it: the JSON list starts with the first body's name
        "prior": (
            func.coalesce(
                select(func.min(cast(Petition.prior_handling, Text)))
                .where(Petition.reception_id == Reception.id, _live(Petition))
                .scalar_subquery(),
                "",
            ),
            None,
        ),
        "competent": (case((Reception.outcome == "forward", 0), else_=1), None),
        "guidance": (case((Reception.outcome == "guide", 0), else_=1), None),
        "transfer": (case((Reception.outcome == "transfer", 0), else_=1), None),
        "follow_up": (func.coalesce(Reception.answer_due_on, dt.date(9999, 12, 31)), None),
        "note": (func.coalesce(Reception.outcome_detail, ""), None),
        "officer": (func.coalesce(User.full_name, ""), "officer"),
    }
    if column not in keys:
        raise ValueError(f"cannot sort the register by {column!r}")
    return keys[column]


def _ordered(stmt: Select[Any], sort: RegisterSort, *, reverse: bool = False) -> Select[Any]:
    desc = sort.descending != reverse
    order: list[Any] = []
    if sort.column != "received":
        expr, join = _sort_key(sort.column)
        if join == "citizen":
            stmt = stmt.outerjoin(Citizen, Citizen.id == Reception.citizen_id)
        elif join == "officer":
            stmt = stmt.outerjoin(User, User.id == Reception.officer_id)
        order.append(expr.desc() if desc else expr.asc())
    for col in (Reception.received_on, Reception.id):
        order.append(col.desc() if desc else col.asc())
    return stmt.order_by(*order)


def register_count(session: Session, flt: RegisterFilter = RegisterFilter()) -> int:
    """How many visits the filter selects."""
    stmt = select(func.count()).select_from(Reception).where(*_where(session, flt))
    return int(session.scalar(stmt) or 0)


def register_ids(
    session: Session,
    flt: RegisterFilter = RegisterFilter(),
    sort: RegisterSort = RegisterSort(),
    *,
    offset: int = 0,
    limit: int | None = None,
    total: int | None = None,
) -> list[uuid.UUID]:
    """Ids of the visits in register order, optionally one window ``[offset, offset+limit)``.

    Give ``total`` (from :func:`register_count`) to make windows near the end cheap: they
    are read backwards from the end instead of skipping every earlier row.
    """
    stmt = select(Reception.id).where(*_where(session, flt))
    if limit is not None and total is not None and offset > total // 2:
        end = min(offset + limit, total)
        stmt = _ordered(stmt, sort, reverse=True).offset(total - end).limit(max(end - offset, 0))
        return list(reversed(session.scalars(stmt).all()))
    stmt = _ordered(stmt, sort)
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt).all())


def iter_register_rows(
    session: Session,
    flt: RegisterFilter = RegisterFilter(),
    sort: RegisterSort = RegisterSort(),
    *,
    batch: int = 500,
) -> Iterator[RegisterRow]:
    """Every selected line in order, loaded ``batch`` at a time (exports)."""
    stmt = _ordered(select(Reception.id).where(*_where(session, flt)), sort)
    chunk: list[uuid.UUID] = []
    for rid in session.execute(stmt.execution_options(yield_per=batch)).scalars():
        chunk.append(rid)
        if len(chunk) >= batch:
            yield from register_rows(session, chunk)
            chunk = []
    if chunk:
        yield from register_rows(session, chunk)
