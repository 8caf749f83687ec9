"""Fixtures of the networked-office tests: an office on a throw-away PostgreSQL schema,
helpers to look at and kill server connections, and the worker run in separate processes.

The ``db`` fixture of tests/network/conftest.py uses :func:`server_database`; modules
import the helpers they use.
"""

from __future__ import annotations

import datetime as dt
import inspect
import secrets
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from tcd_desktop.services.context import Actor
from tcd_desktop.services.reception import citizens
from tcd_desktop.services.reception.inputs import CitizenInput, SavedVisit, VisitInput
from tcd_desktop.services.reception.intake import save_visit
from tcd_desktop.store.database import Database, open_database
from tests.dbfixtures import PG_SKIP, let_background_work_finish, postgres_url
from tests.services.reception_fixtures import Office, citizen, petition, visit

VN = dt.timezone(dt.timedelta(hours=7))


def server_database() -> Iterator[Database]:
    """A migrated database in a throw-away schema of the test server; its connections carry
    an ``application_name`` of their own, so a test kills only them."""
    base = postgres_url()
    if base is None:
        pytest.skip(PG_SKIP)
    schema = f"t_{secrets.token_hex(6)}"
    admin = admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in base else "?"
    url = f"{base}{sep}options=-csearch_path%3D{schema},public&application_name=tcdnet_{schema}"
    database = open_database(url)
    try:
        yield database
    finally:
        let_background_work_finish()
        database.close()
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def record(db: Database, actor: Actor, visit: VisitInput) -> SavedVisit:
    """Save a visit as a desk does: ``save_visit`` as an operation on ``db`` (returning an
    ``OpResult``) or, before the reception services took that shape, in a session."""
    if "db" in inspect.signature(save_visit).parameters:
        result = save_visit(db, actor, visit)  # type: ignore[arg-type]
        return getattr(result, "value", result)  # type: ignore[no-any-return]
    with db.session() as s:
        return save_visit(s, actor, visit)


def first_visit(office: Office, phone: str = "0912345678") -> SavedVisit:
    """Nguyễn Văn An's first visit: he is in the database from now on."""
    return record(office.db, office.officer, visit(citizen=citizen(phone=phone)))


def form_for(office: Office, citizen_id: uuid.UUID, **changes: object) -> CitizenInput:
    """The citizen block as a reception form fills it from the lookup (with its version)."""
    with office.db.session() as s:
        (match,) = [
            m for m in citizens.lookup(s, office.officer, "020080001234") if m.id == citizen_id
        ]
    data: dict[str, object] = {
        "existing_id": match.id,
        "full_name": match.full_name,
        "id_number": match.id_number,
        "birth_year": match.birth_year,
        "address": match.address,
        "phone": match.phone,
        "version": match.version,
    }
    data.update(changes)
    return CitizenInput(**data)  # type: ignore[arg-type]


def visit_of(form: CitizenInput, minute: int = 0) -> VisitInput:
    """Another visit of the citizen on the form."""
    at = dt.datetime(2026, 8, 10, 9, 0, tzinfo=VN) + dt.timedelta(minutes=minute)
    return visit(at, citizen=form, petitions=[petition(f"Khiếu nại lần {minute}")])


def admin_engine():  # type: ignore[no-untyped-def]
    """An AUTOCOMMIT engine on the test server (to watch and kill connections)."""
    url = postgres_url()
    assert url is not None
    return create_engine(url, isolation_level="AUTOCOMMIT")


def terminate(pids: list[int]) -> None:
    """``pg_terminate_backend`` each of ``pids``."""
    engine = admin_engine()
    try:
        with engine.connect() as conn:
            for pid in pids:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        engine.dispose()


def backends_of(db: Database, *, waiting: bool = False) -> list[int]:
    """Server processes of ``db``'s connections (only those waiting for a lock if told)."""
    name = db.url.rsplit("application_name=", 1)[1]
    query = "SELECT pid FROM pg_stat_activity WHERE application_name = :name"
    if waiting:
        query += " AND wait_event_type = 'Lock'"
    engine = admin_engine()
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(query), {"name": name}).scalars())
    finally:
        engine.dispose()
