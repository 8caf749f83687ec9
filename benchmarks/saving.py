"""Line 4: saving one case (thụ lý) through the service, next to one raw ``INSERT``."""

from __future__ import annotations

import datetime as dt
import statistics
import time
import uuid
from pathlib import Path

from bench_common import Line, median_ms  # puts the repository root on sys.path
from bench_db import raw_connection
from sqlalchemy import select

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.cases import AcceptanceInput
from tcd_desktop.services.context import Actor
from tcd_desktop.services.petitions import accept_petition
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Case, Petition, Unit, User

# ---------------------------------------------------------------------- 4. saving a case


def bench_save(db: Database, path: Path, today: dt.date, runs: int) -> Line:
    """Accept a petition (thụ lý: the case is created) through the services layer."""
    with db.session() as s:
        unit = s.scalars(select(Unit).where(Unit.code.like("%.X01")).limit(1)).one()
        officer = s.scalars(select(User).where(User.unit_id == unit.id).limit(1)).one()
        template = s.scalars(
            select(Petition)
            .where(Petition.unit_id == unit.id, Petition.kind == "kien_nghi")
            .limit(1)
        ).one()
        desk = s.scalar(select(Case.origin_desk).where(Case.unit_id == unit.id).limit(1)) or ""
        actor = Actor(
            user_id=officer.id,
            username=officer.username,
            full_name=officer.full_name,
            roles=frozenset({Role.HANDLING_OFFICER.value, Role.LEADER.value}),
            unit_id=unit.id,
            desk_code=desk,
        )
        fields = {
            c.key: getattr(template, c.key)
            for c in Petition.__table__.columns
            if c.key not in ("id", "number", "version", "created_at", "updated_at")
        }
    made: list[uuid.UUID] = []

    def new_petition() -> uuid.UUID:
        with db.session() as s:
            p = Petition(
                **{
                    **fields,
                    "number": f"BENCH-{uuid.uuid4().hex[:12]}",
                    "status": "received",
                    "processing_outcome": None,
                    "processed_on": None,
                    "received_on": today,
                }
            )
            s.add(p)
            s.flush()
            return p.id

    def once() -> float:
        pid = new_petition()
        start = time.perf_counter()
        with db.session() as s:
            result = accept_petition(
                s, actor, pid, AcceptanceInput(accepted_on=today, assignee_id=officer.id)
            )
        elapsed = (time.perf_counter() - start) * 1000
        made.append(result.case_id)
        return elapsed

    once()
    t_ours = statistics.median(once() for _ in range(runs))
    with db.session() as s:  # what the benchmark created is sample data too
        for case in s.scalars(select(Case).where(Case.id.in_(made))):
            case.is_sample = True
            petition = s.get(Petition, case.petition_id)
            if petition is not None:
                petition.is_sample = True

    con = raw_connection(path)
    cols = [r[1] for r in con.execute("PRAGMA table_info(cases)")]
    row = list(con.execute("SELECT * FROM cases LIMIT 1").fetchone())
    sql = f"INSERT INTO cases ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    raw_ids: list[str] = []

    def raw() -> None:
        values = list(row)
        values[cols.index("id")] = uuid.uuid4().hex
        values[cols.index("code")] = f"BENCH-RAW-{values[cols.index('id')][:12]}"
        con.execute(sql, values)
        con.commit()
        raw_ids.append(values[cols.index("id")])

    t_raw = median_ms(raw, runs)
    con.executemany("DELETE FROM cases WHERE id = ?", [(i,) for i in raw_ids])
    con.commit()
    con.close()
    return Line(
        "Save one case (accept a petition: services.petitions.accept_petition)",
        t_ours,
        t_raw,
        "≤ 20 ms",
        t_ours <= 20.0,
        "includes the timeline event, audit entry and commit",
    )
