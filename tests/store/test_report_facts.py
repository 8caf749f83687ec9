"""The report facts stored on the petitions (migration 0017) equal what they are derived from
after every kind of write that changes them, on both backends: petitions inserted and their
field code or earlier decisions changed; cases inserted, closed, reopened, moved to another
petition, soft-deleted, restored and deleted. ``db check`` finds stale facts and
``db check --repair`` recomputes them; a sample-data load leaves them right."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlalchemy import delete, select, text, update

from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.reports.forms import field_groups
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Case, Petition, Unit
from tcd_desktop.store.queries.report_facts import differences
from tcd_desktop.store.schema_check import check_schema, repair_schema

D0 = dt.date(2026, 3, 1)
CODES = ["DD.THD", "CS.NCC", "CB.TN", "CB", "TP.THA", "DANG", "KHAC", "MT", None, "", "HC-DD"]
NOW = dt.datetime(2026, 9, 1, tzinfo=dt.UTC)


def _matches(code: str | None, prefix: str) -> bool:
    if prefix == "":
        return not code
    return bool(code) and (code == prefix or code.startswith((f"{prefix}.", f"{prefix}-")))


def _group(code: str | None) -> str:
    """The field group by the rules, in Python (independent of the SQL the triggers use)."""
    default = "hck"
    for name, prefixes in field_groups():
        if "*" in prefixes:
            default = name
        if any(_matches(code, p) for p in prefixes if p != "*"):
            return name
    return default


def _expected(db: Database) -> dict[uuid.UUID, tuple[str, int, dt.date | None]]:
    with db.session() as s:
        petitions = s.execute(select(Petition.id, Petition.field_code, Petition.prior_handling))
        closed: dict[uuid.UUID, dt.date] = {}
        for pid, day in s.execute(
            select(Case.petition_id, Case.closed_on).where(
                Case.deleted_at.is_(None),
                Case.closed_on.is_not(None),
                Case.petition_id.is_not(None),
            )
        ):
            closed[pid] = min(day, closed.get(pid, day))
        return {p: (_group(code), len(prior or []), closed.get(p)) for p, code, prior in petitions}


def _stored(db: Database) -> dict[uuid.UUID, tuple[str, int, dt.date | None]]:
    with db.session() as s:
        rows = s.execute(text("SELECT id, field_group, prior_count, resolved_on FROM petitions"))
        out = {}
        for pid, group, prior, resolved in rows:
            if isinstance(resolved, str):  # SQLite hands back text for an unmapped date
                resolved = dt.date.fromisoformat(resolved)
            out[pid if isinstance(pid, uuid.UUID) else uuid.UUID(pid)] = (group, prior, resolved)
        return out


def _check(db: Database) -> None:
    assert _stored(db) == _expected(db)
    with db.session() as s:
        assert differences(s) == []


def _day(rnd: random.Random) -> dt.date:
    return D0 + dt.timedelta(days=rnd.randrange(0, 200))


def test_stored_facts_follow_every_kind_of_write(db: Database) -> None:
    rnd = random.Random(5)
    with db.session() as s:
        unit = Unit(code="U1", name="Đơn vị 1", level="commune")
        s.add(unit)
        s.flush()
        unit_id = unit.id
    made = 0
    for _round in range(4):
        with db.session() as s:  # petitions: inserted with every field code and prior count
            for _ in range(15):
                made += 1
                s.add(
                    Petition(
                        number=f"P-{made}",
                        unit_id=unit_id,
                        received_on=_day(rnd),
                        kind="kien_nghi",
                        field_code=rnd.choice(CODES),
                        prior_handling=[{"body": "UBND"}] * rnd.choice([0, 1, 2, 3]),
                        processing_outcome="thu_ly",
                    )
                )
        _check(db)
        with db.session() as s:
            pids = list(s.scalars(select(Petition.id)))
            for pid in rnd.sample(pids, 6):  # the sources of the petition's own facts change
                s.execute(
                    update(Petition).where(Petition.id == pid).values(field_code=rnd.choice(CODES))
                )
            for pid in rnd.sample(pids, 4):
                s.execute(
                    update(Petition)
                    .where(Petition.id == pid)
                    .values(prior_handling=[{"body": "x"}] * rnd.choice([0, 1, 2]))
                )
            petition = s.get(Petition, rnd.choice(pids))  # through the ORM's unit of work
            assert petition is not None
            petition.field_code = rnd.choice(CODES)
            petition.prior_handling = [{"body": "y"}]
        _check(db)
        with db.session() as s:  # cases made from petitions: open, closed, deleted
            for _ in range(20):
                made += 1
                s.add(
                    Case(
                        code=f"C-{made}",
                        unit_id=unit_id,
                        kind="khieu_nai",
                        received_on=D0,
                        petition_id=rnd.choice(pids) if rnd.random() < 0.9 else None,
                        closed_on=_day(rnd) if rnd.random() < 0.5 else None,
                        deleted_at=NOW if rnd.random() < 0.1 else None,
                    )
                )
        _check(db)
        with db.session() as s:
            ids = list(s.scalars(select(Case.id)))
            for case_id in rnd.sample(ids, min(20, len(ids))):
                change = rnd.choice(["close", "reopen", "move", "unlink", "delete", "undelete"])
                values: dict[str, object] = {
                    "close": {"closed_on": _day(rnd)},
                    "reopen": {"closed_on": None},
                    "move": {"petition_id": rnd.choice(pids)},
                    "unlink": {"petition_id": None},
                    "delete": {"deleted_at": NOW},
                    "undelete": {"deleted_at": None},
                }[change]
                s.execute(update(Case).where(Case.id == case_id).values(**values))
            _check_in = rnd.sample(ids, 3)
            for case_id in _check_in:  # hard deletes
                s.execute(delete(Case).where(Case.id == case_id))
            case = s.get(Case, rnd.choice([i for i in ids if i not in _check_in]))
            assert case is not None  # closing through the ORM's unit of work
            case.closed_on = _day(rnd)
        _check(db)
    assert any(r for _g, _p, r in _stored(db).values())  # some petitions are resolved

    # stale facts are found by db check and recomputed by db check --repair
    with db.session() as s:
        s.execute(text("UPDATE petitions SET field_group = 'x', resolved_on = NULL"))
        assert differences(s)
    problems = check_schema(db.engine).search
    assert any("Dữ kiện báo cáo" in p for p in problems)
    assert any("dữ kiện báo cáo" in d for d in repair_schema(db.engine))
    _check(db)
    assert not any("Dữ kiện báo cáo" in p for p in check_schema(db.engine).search)


def test_sample_data_load_leaves_the_facts_right(db: Database) -> None:
    from tcd_desktop.services.demo_data import generate_demo_data

    generate_demo_data(db, SYSTEM, cases=300, seed=4, today=dt.date(2026, 9, 10))
    with db.session() as s:
        assert differences(s) == []
        assert s.scalar(text("SELECT count(*) FROM petitions WHERE resolved_on IS NOT NULL"))
