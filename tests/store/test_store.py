"""Store behaviour on both backends: migrations, versions, numbering, audit chain, search."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.orm.exc import StaleDataError

from tcd_desktop.domain.folding import fold
from tcd_desktop.store import migrate
from tcd_desktop.store.audit import append_audit, verify_audit
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AuditEntry, Case, Citizen, Petition, Unit
from tcd_desktop.store.numbering import format_number, next_number
from tcd_desktop.store.queries.board import board_counts
from tcd_desktop.store.queries.cases import cases_by_due, cursor_of
from tcd_desktop.store.queries.search import SEALED_NAME, search


def _unit(db: Database) -> Unit:
    with db.session() as s:
        unit = Unit(code="UBND-T01", name="Ủy ban nhân dân tỉnh Lạng Sơn", level="province")
        s.add(unit)
    return unit


def test_migrations_reach_head(db: Database) -> None:
    assert migrate.current_revision(db.engine) == migrate.head_revision()


def test_optimistic_locking_refuses_stale_write(db: Database) -> None:
    unit = _unit(db)
    with db.session() as mine_session:
        mine = mine_session.get(Unit, unit.id)
        assert mine is not None
        with db.session() as theirs_session:  # another desk saves first
            theirs = theirs_session.get(Unit, unit.id)
            assert theirs is not None
            theirs.name = "theirs"
        mine.name = "mine"
        with pytest.raises(StaleDataError):
            mine_session.flush()
        mine_session.rollback()
    with db.session() as s:
        saved = s.get(Unit, unit.id)
        assert saved is not None and saved.name == "theirs" and saved.version == 2


def test_numbering_series_is_per_desk_and_year(db: Database) -> None:
    with db.session() as s:
        a = [next_number(s, "LS-01", "receipt", 2026) for _ in range(3)]
        b = next_number(s, "LS-02", "receipt", 2026)
        c = next_number(s, "LS-01", "receipt", 2027)
    assert a == [1, 2, 3] and b == 1 and c == 1
    assert format_number("LS-01", 2026, 123) == "LS-01-2026-000123"


def test_audit_chain_detects_edit_and_deletion(db: Database) -> None:
    with db.session() as s:
        for i in range(5):
            append_audit(s, "test.action", entity="unit", entity_id=str(i), detail={"i": i})
    with db.session() as s:
        report = verify_audit(s)
    assert report.ok and report.checked == 5

    with db.session() as s, pytest.raises(Exception, match="append-only"):
        s.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(action="x"))

    _drop_guard(db)
    with db.session() as s:
        s.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(detail={"i": 99}))
    with db.session() as s:
        report = verify_audit(s)
    assert not report.ok and any("số 2" in p for p in report.problems)


def test_audit_chain_detects_removed_tail(db: Database) -> None:
    with db.session() as s:
        for i in range(3):
            append_audit(s, "test.action", entity_id=str(i))
    _drop_guard(db)
    with db.session() as s:
        s.execute(text("DELETE FROM audit_entries WHERE seq = 3"))
    with db.session() as s:
        assert not verify_audit(s).ok


def _drop_guard(db: Database) -> None:
    with db.engine.begin() as conn:
        if db.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER audit_entries_no_update"))
            conn.execute(text("DROP TRIGGER audit_entries_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER audit_entries_append_only ON audit_entries"))


def test_search_without_diacritics_and_masking(db: Database) -> None:
    unit = _unit(db)
    with db.session() as s:
        dat = Citizen(
            full_name="Đặng Đức Đạt",
            name_folded=fold("Đặng Đức Đạt"),
            address="Xã Đồng Đăng, tỉnh Lạng Sơn",
            address_folded=fold("Xã Đồng Đăng, tỉnh Lạng Sơn"),
            id_number="020090001234",
        )
        secret = Citizen(
            full_name="Trần Thị Bí Mật", name_folded=fold("Trần Thị Bí Mật"), is_confidential=True
        )
        s.add_all([dat, secret])
        s.flush()
        s.add(
            Petition(
                number="P-1",
                unit_id=unit.id,
                citizen_id=secret.id,
                received_on=dt.date(2026, 8, 3),
                kind="to_cao",
                summary="Tố cáo cán bộ địa chính nhận tiền",
                summary_folded=fold("Tố cáo cán bộ địa chính nhận tiền"),
            )
        )
    with db.session() as s:
        hits = search(s, "dang duc dat")
        assert [h.name for h in hits] == ["Đặng Đức Đạt"]
        assert search(s, "ĐẶNG đức")[0].type == "citizen"
        assert search(s, "020090001234")[0].name == "Đặng Đức Đạt"
        pet = search(s, "dia chinh nhan tien")
        assert len(pet) == 1 and pet[0].type == "petition" and pet[0].name == SEALED_NAME
        assert search(s, "bi mat") == []  # a sealed person is never a hit, not even masked
        # Renaming keeps the index in step (FTS triggers / trigram index).
        c = s.scalar(select(Citizen).where(Citizen.full_name == "Đặng Đức Đạt"))
        assert c is not None
        c.full_name, c.name_folded = "Đặng Văn Đạt", fold("Đặng Văn Đạt")
    with db.session() as s:
        assert search(s, "dang duc dat") == []
        assert search(s, "dang van")[0].name == "Đặng Văn Đạt"


def _case(unit: Unit, code: str, due: dt.date | None, **kw: object) -> Case:
    return Case(
        code=code,
        unit_id=unit.id,
        kind="khieu_nai",
        received_on=dt.date(2026, 1, 5),
        due_on=due,
        **kw,
    )


def test_board_counts_and_keyset_paging(db: Database) -> None:
    unit = _unit(db)
    today = dt.date(2026, 9, 15)
    with db.session() as s:
        s.add_all(
            [
                _case(unit, "C1", dt.date(2026, 9, 1)),  # overdue
                _case(unit, "C2", dt.date(2026, 9, 18)),  # due soon
                _case(unit, "C3", dt.date(2026, 10, 30)),  # on track
                _case(unit, "C4", dt.date(2026, 9, 1), is_paused=True),  # paused
                _case(unit, "C5", dt.date(2026, 9, 1), closed_on=dt.date(2026, 8, 30)),  # on time
                _case(unit, "C6", dt.date(2026, 9, 1), closed_on=dt.date(2026, 9, 3)),  # late
            ]
        )
    with db.session() as s:
        counts = board_counts(s, today, dt.date(2026, 9, 22))
        assert counts.as_dict() == {
            "overdue": 1,
            "due_soon": 1,
            "on_track": 1,
            "paused": 1,
            "closed_on_time": 1,
            "closed_late": 1,
        }
        first = cases_by_due(s, limit=2)
        assert next(r.code for r in first) in {"C1", "C4"}
        rest = cases_by_due(s, after=cursor_of(first[-1]), limit=10)
        codes = [r.code for r in first + rest]
        assert sorted(codes) == ["C1", "C2", "C3", "C4"] and len(set(codes)) == 4
