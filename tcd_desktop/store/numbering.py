"""Per-desk human numbering series (``LS-01-2026-000123``), final even when offline."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tcd_desktop.store.models import NumberSeries


def next_number(session: Session, desk_code: str, kind: str, year: int) -> int:
    """Reserve the next value of a desk's series atomically, in the caller's transaction."""
    stmt = (
        update(NumberSeries)
        .where(
            NumberSeries.desk_code == desk_code,
            NumberSeries.kind == kind,
            NumberSeries.year == year,
        )
        .values(last_value=NumberSeries.last_value + 1, version=NumberSeries.version + 1)
        .returning(NumberSeries.last_value)
        .execution_options(synchronize_session=False)
    )
    value = session.execute(stmt).scalar()
    if value is not None:
        return int(value)
    try:
        with session.begin_nested():
            session.add(NumberSeries(desk_code=desk_code, kind=kind, year=year, last_value=1))
        return 1
    except IntegrityError:
        value = session.execute(stmt).scalar_one()
        return int(value)


def format_number(desk_code: str, year: int, value: int) -> str:
    """``LS-01`` + 2026 + 123 → ``LS-01-2026-000123``."""
    return f"{desk_code}-{year}-{value:06d}"


def peek_number(session: Session, desk_code: str, kind: str, year: int) -> int:
    """The last value issued (0 when none), without reserving anything."""
    value = session.scalar(
        select(NumberSeries.last_value).where(
            NumberSeries.desk_code == desk_code,
            NumberSeries.kind == kind,
            NumberSeries.year == year,
        )
    )
    return int(value or 0)
