"""Migration 0004 on a database holding data in the revision-0003 layout, on both backends.

The rows are written as the services of revision 0003 wrote them (handling as JSON inside
``outcome_detail``, schedules in ``app_meta``, dialogue minutes on timeline events, ...),
then the schema is upgraded and every value must be found in its new column.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.orm import Session

from tcd_desktop.store import migrate
from tcd_desktop.store.audit import append_audit, verify_audit
from tcd_desktop.store.base import Base, utcnow
from tcd_desktop.store.database import make_engine
from tcd_desktop.store.ids import uuid7
from tcd_desktop.store.models import (
    AppMeta,
    Dialogue,
    Document,
    Petition,
    Reception,
    ReceptionScheduleDay,
    User,
)
from tests.dbfixtures import PG_SKIP, postgres_url

D = dt.date
LEADER, STRANGER = uuid7(), uuid7()
V1 = {
    "v": 1,
    "note": "Công dân đồng ý",
    "petitions": [
        {
            "petition_id": "p1",
            "action": "guide",
            "body": "Sở Xây dựng",
            "document_number": "46/HD-TCD",
            "note": "",
        }
    ],
    "refusal": {"ground": "luat9_2", "note": "", "citation": "Điều 9 khoản 2"},
    "receipt_number": "LS-01-2026-000007",
}


@contextlib.contextmanager
def _engine_at_0003(kind: str, tmp_path: Path) -> Iterator[sa.Engine]:
    """An engine on a fresh database migrated to revision 0003 only."""
    if kind == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
        migrate.upgrade(engine, "0003")
        yield engine
        engine.dispose()
        return
    base = postgres_url()
    if base is None:
        pytest.skip(PG_SKIP)
    schema = f"t_{secrets.token_hex(6)}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in base else "?"
    engine = make_engine(f"{base}{sep}options=-csearch_path%3D{schema},public")
    try:
        migrate.upgrade(engine, "0003")
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def old(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    """A database at revision 0003 (the ``db`` fixture is already at head)."""
    with _engine_at_0003(request.param, tmp_path) as engine:
        yield engine


def _put(conn: sa.Connection, table_name: str, /, **values: Any) -> uuid.UUID:
    """Insert one row naming only the given columns (typed as in today's models)."""
    now = utcnow()
    if table_name != "app_meta":
        values = {
            "id": uuid7(),
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "origin_desk": "LS-01",
        } | values
    model = Base.metadata.tables[table_name]
    table = sa.table(table_name, *(sa.column(k, model.c[k].type) for k in values))
    conn.execute(sa.insert(table).values(values))
    return values.get("id")  # type: ignore[return-value]


def _old_rows(engine: sa.Engine) -> dict[str, uuid.UUID]:
    """A small office written in the revision-0003 layout."""
    at = dt.datetime(2026, 8, 26, 2, 0, tzinfo=dt.UTC)
    ids: dict[str, uuid.UUID] = {}
    with engine.begin() as c:
        unit = _put(
            c,
            "units",
            code="X",
            name="UBND xã",
            name_folded="ubnd xa",
            level="commune",
            province_code="20",
            is_remote=False,
        )
        for uid, login in ((LEADER, "chutich"), (STRANGER, "khac")):
            _put(
                c,
                "users",
                id=uid,
                username=login,
                full_name=login,
                title="",
                unit_id=unit,
                password_hash="",
                is_active=True,
                is_sample=False,
                failed_attempts=0,
            )

        def visit(number: str, detail: str, **kw: Any) -> uuid.UUID:
            return _put(
                c,
                "receptions",
                number=number,
                unit_id=unit,
                received_at=at,
                received_on=at.date(),
                headcount=1,
                is_mass=False,
                representatives_appointed=False,
                summary="",
                summary_folded="",
                outcome="guide",
                outcome_detail=detail,
                is_sample=False,
                **{"kind": "regular"} | kw,
            )

        ids["json"] = visit("R1", json.dumps(V1, ensure_ascii=False))
        ids["plain"] = visit("R2", "Giải thích, hướng dẫn trực tiếp")
        ids["braces"] = visit("R3", "{không phải JSON}")
        ids["periodic"] = visit("R4", "", leader_id=LEADER, kind="periodic")

        def petition(
            number: str, status: str, outcome: str | None, respondent: str = ""
        ) -> uuid.UUID:
            return _put(
                c,
                "petitions",
                number=number,
                unit_id=unit,
                received_on=D(2026, 8, 3),
                channel="post",
                kind="to_cao",
                summary="",
                summary_folded="",
                respondent=respondent,
                prior_handling=[],
                documents_received=[],
                signatory_count=1,
                is_anonymous=False,
                is_over_level=False,
                status=status,
                processing_outcome=outcome,
                is_sample=False,
            )

        ids["named"] = petition("P1", "received", None, "Ông Đặng Văn Đức, cán bộ địa chính")
        ids["returned"] = petition("P2", "guided", "tra_lai")
        ids["lower"] = petition("P3", "transferred", "yeu_cau_cap_duoi")
        ids["moved"] = petition("P4", "transferred", "chuyen_don")
        for key in ("sealed_doc", "plain_doc"):
            ids[key] = _put(
                c,
                "documents",
                form_code="tcd.receipt",
                form_version="TT04-2021-M02",
                number=key,
                issued_on=D(2026, 8, 3),
                sha256="0" * 64,
                is_redacted=False,
            )
        case = _put(
            c,
            "cases",
            code="C1",
            unit_id=unit,
            kind="khieu_nai",
            level=1,
            summary="",
            status="dialogue",
            is_complex=False,
            is_very_complex=False,
            complexity_grounds=[],
            is_remote=False,
            is_mass=False,
            is_repeat=False,
            is_long_running=False,
            received_on=D(2026, 8, 3),
            extensions=0,
            extension_days=[],
            is_paused=False,
            is_sample=False,
        )
        people = [{"role": r, "name": r} for r in ("complainant", "respondent", "body", "body")]
        for key, n in (("held", 4), ("planned", 2)):
            ids[key] = _put(
                c,
                "dialogues",
                case_id=case,
                scheduled_at=at,
                place="",
                presiding="",
                participants=people[:n],
                opinions=[],
                agreed_points="",
                disputed_points="",
                result="",
                held=key == "held",
            )
        ids["scan"] = _put(
            c,
            "attachments",
            filename="ky.pdf",
            mime_type="application/pdf",
            size=3,
            sha256="1" * 64,
            case_id=case,
            is_sealed=False,
        )
        events = (
            ("dialogue_scheduled", {"content": "Đối thoại về thu hồi đất"}),
            (
                "dialogue_held",
                {
                    "verification_summary": "Đúng một phần",
                    "other_opinions": "",
                    "copies": 5,
                    "started_at": "2026-08-25T09:00:00+07:00",
                    "ended_at": None,
                    "refusals": [{"name": "B", "reason": "Không"}],
                },
            ),
            ("minutes_signed", {"attachment_id": str(ids["scan"]), "sha256": "1" * 64}),
        )
        for kind, data in events:
            _put(
                c,
                "case_events",
                case_id=case,
                kind=kind,
                occurred_on=D(2026, 8, 25),
                note="",
                data={"dialogue_id": str(ids["held"]), **data},
            )
        month = {
            "planned": ["2026-08-12", "2026-08-26"],
            "place": "Hội trường UBND xã",
            "held": {"2026-08-26": "Không có công dân đến"},
        }
        for key, value in (
            (f"sched:{LEADER}:2026-08", json.dumps(month, ensure_ascii=False)),
            (f"leadercat:{LEADER}", "provincial_chairman"),
            (f"sched:{uuid7()}:2026-08", json.dumps(month)),  # no such user: left as it was
            ("office_name", "UBND xã"),
        ):
            _put(c, "app_meta", key=key, value=value)
    with Session(engine) as s, s.begin():
        append_audit(s, "petition.extend_initial_check", entity="petition", entity_id=ids["named"])
        for key, sealed in (("sealed_doc", True), ("plain_doc", False)):
            append_audit(
                s,
                "document.issue",
                entity="document",
                entity_id=ids[key],
                detail={"sealed_identity": sealed},
            )
    return ids


def test_upgrade_moves_every_value_to_its_column(old: sa.Engine) -> None:
    ids = _old_rows(old)
    migrate.upgrade(old)
    assert migrate.current_revision(old) == migrate.head_revision()
    with Session(old) as s:
        moved = s.get(Reception, ids["json"])
        assert moved is not None and moved.outcome_detail == "Công dân đồng ý"
        assert moved.receipt_number == "LS-01-2026-000007"
        assert moved.handling == {k: V1[k] for k in ("v", "petitions", "refusal")}
        for key, note in (
            ("plain", "Giải thích, hướng dẫn trực tiếp"),
            ("braces", "{không phải JSON}"),
        ):
            kept = s.get(Reception, ids[key])
            assert kept is not None and (kept.outcome_detail, kept.handling) == (note, {})
            assert kept.receipt_number is None
        days = s.scalars(sa.select(ReceptionScheduleDay).order_by(ReceptionScheduleDay.day)).all()
        assert [(d.day, d.planned, d.held, d.note, d.place, d.reception_id) for d in days] == [
            (D(2026, 8, 12), True, False, "", "Hội trường UBND xã", None),
            (
                D(2026, 8, 26),
                True,
                True,
                "Không có công dân đến",
                "Hội trường UBND xã",
                ids["periodic"],
            ),
        ]
        assert days[0].version == 1 and days[0].deleted_at is None
        assert s.get(User, LEADER).leader_category == "provincial_chairman"  # type: ignore[union-attr]
        assert s.get(User, STRANGER).leader_category is None  # type: ignore[union-attr]
        keys = set(s.scalars(sa.select(AppMeta.key)))
        assert not any(k.startswith(f"sched:{LEADER}") or k.startswith("leadercat:") for k in keys)
        assert "office_name" in keys and sum(k.startswith("sched:") for k in keys) == 1
        pets = {k: s.get(Petition, ids[k]) for k in ("named", "returned", "lower", "moved")}
        assert pets["named"].respondent_folded == "ong dang van duc, can bo dia chinh"  # type: ignore[union-attr]
        assert [(p.status, p.initial_check_extended) for p in pets.values()] == [  # type: ignore[union-attr]
            ("received", True),
            ("returned", False),
            ("reported_to_lower", False),
            ("transferred", False),
        ]
        assert s.get(Document, ids["sealed_doc"]).is_sealed  # type: ignore[union-attr]
        assert not s.get(Document, ids["plain_doc"]).is_sealed  # type: ignore[union-attr]
        held, planned = s.get(Dialogue, ids["held"]), s.get(Dialogue, ids["planned"])
        assert held is not None and planned is not None
        assert (held.content, held.verification_summary, held.copies) == (
            "Đối thoại về thu hồi đất",
            "Đúng một phần",
            5,
        )
        assert held.started_at == dt.datetime(2026, 8, 25, 2, 0, tzinfo=dt.UTC)
        assert held.ended_at is None and held.signed_scan_id == ids["scan"]
        assert held.refusals == [{"name": "B", "reason": "Không"}]
        assert (planned.content, planned.copies, planned.refusals) == ("", 3, [])
        assert verify_audit(s).ok


def test_new_indexes_exist(old: sa.Engine) -> None:
    migrate.upgrade(old)
    names = {i["name"] for i in sa.inspect(old).get_indexes("petitions")}
    assert "ix_petitions_respondent_folded" in names
    if old.dialect.name == "postgresql":
        assert "ix_petitions_respondent_folded_trgm" in names
    else:  # ADD COLUMN, not a rebuild: the FTS triggers of petitions are still there
        with old.connect() as conn:
            triggers = set(
                conn.scalars(sa.text("SELECT name FROM sqlite_master WHERE type='trigger'"))
            )
        assert {"petitions_fts_ai", "petitions_fts_au", "petitions_fts_ad"} <= triggers
    receptions = {i["name"] for i in sa.inspect(old).get_indexes("receptions")}
    assert {"ix_receptions_receipt_number", "ix_receptions_live"} <= receptions


def test_downgrade_puts_the_data_back(old: sa.Engine) -> None:
    _old_rows(old)
    migrate.upgrade(old)
    cfg = migrate.alembic_config()
    with old.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    assert migrate.current_revision(old) == "0003"
    with old.connect() as conn:
        detail = conn.scalar(sa.text("SELECT outcome_detail FROM receptions WHERE number = 'R1'"))
        meta = dict(conn.execute(sa.text("SELECT key, value FROM app_meta")).tuples().all())
        statuses = set(conn.scalars(sa.text("SELECT status FROM petitions")))
    assert json.loads(detail) == {**V1, "v": 1}
    assert meta[f"leadercat:{LEADER}"] == "provincial_chairman"
    month = json.loads(meta[f"sched:{LEADER}:2026-08"])
    assert (
        month["planned"] == ["2026-08-12", "2026-08-26"] and month["place"] == "Hội trường UBND xã"
    )
    assert month["held"] == {"2026-08-26": "Không có công dân đến"}
    assert statuses == {"received", "guided", "transferred"}
