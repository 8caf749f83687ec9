"""Data moves of revision 0004 (``versions/0004_structured_columns.py``), kept frozen with it.

Backfills run in Python over batches read through the migration's connection, the same on
SQLite and PostgreSQL; :func:`restore` writes the moved data back for the downgrade. This
module belongs to that revision: change it only together with a new revision, never alone.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

import sqlalchemy as sa

from tcd_desktop.domain.folding import fold
from tcd_desktop.store.base import UtcDateTime
from tcd_desktop.store.ids import uuid7

BATCH = 2000
HANDLING_KEYS = ("v", "petitions", "refusal", "register")
STATUS_MOVES = (
    ("guided", "returned", "tra_lai"),
    ("transferred", "reported_to_lower", "yeu_cau_cap_duoi"),
)

_uuid, _text, _json = sa.Uuid(), sa.Text(), sa.JSON()
receptions = sa.table(
    "receptions",
    sa.column("id", _uuid),
    sa.column("outcome_detail", _text),
    sa.column("handling", _json),
    sa.column("receipt_number", _text),
    sa.column("leader_id", _uuid),
    sa.column("kind", _text),
    sa.column("received_on", sa.Date()),
    sa.column("received_at", UtcDateTime()),
    sa.column("deleted_at", UtcDateTime()),
)
petitions = sa.table(
    "petitions",
    sa.column("id", _uuid),
    sa.column("respondent", _text),
    sa.column("respondent_folded", _text),
    sa.column("status", _text),
    sa.column("processing_outcome", _text),
    sa.column("initial_check_extended", sa.Boolean()),
)
users = sa.table("users", sa.column("id", _uuid), sa.column("leader_category", _text))
app_meta = sa.table("app_meta", sa.column("key", _text), sa.column("value", _text))
audit = sa.table(
    "audit_entries",
    sa.column("action", _text),
    sa.column("entity_id", _text),
    sa.column("detail", _json),
)
documents = sa.table("documents", sa.column("id", _uuid), sa.column("is_sealed", sa.Boolean()))
attachments = sa.table("attachments", sa.column("id", _uuid))
events = sa.table(
    "case_events", sa.column("id", _uuid), sa.column("kind", _text), sa.column("data", _json)
)
dialogues = sa.table(
    "dialogues",
    sa.column("id", _uuid),
    sa.column("participants", _json),
    sa.column("content", _text),
    sa.column("started_at", UtcDateTime()),
    sa.column("ended_at", UtcDateTime()),
    sa.column("verification_summary", _text),
    sa.column("other_opinions", _text),
    sa.column("copies", sa.Integer()),
    sa.column("refusals", _json),
    sa.column("signed_scan_id", _uuid),
)
_when = UtcDateTime()
schedule_days = sa.table(
    "reception_schedule_days",
    sa.column("id", _uuid),
    sa.column("version", sa.Integer()),
    sa.column("created_at", _when),
    sa.column("updated_at", _when),
    sa.column("created_by", _uuid),
    sa.column("updated_by", _uuid),
    sa.column("origin_desk", _text),
    sa.column("deleted_at", _when),
    sa.column("leader_id", _uuid),
    sa.column("day", sa.Date()),
    sa.column("planned", sa.Boolean()),
    sa.column("held", sa.Boolean()),
    sa.column("reception_id", _uuid),
    sa.column("note", _text),
    sa.column("place", _text),
)


def _pages(conn: sa.Connection, key: Any, stmt: sa.Select[Any]) -> Iterator[list[Any]]:
    """Rows of ``stmt`` in pages, keyset-ordered on ``key`` (the first selected column)."""
    last = None
    while True:
        page = stmt.order_by(key).limit(BATCH)
        rows = conn.execute(page if last is None else page.where(key > last)).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _update(conn: sa.Connection, table: sa.TableClause, values: list[dict[str, Any]]) -> None:
    """Executemany ``UPDATE table SET ... WHERE id = :_id`` (every dict has the same keys)."""
    if values:
        cols = {k: sa.bindparam(f"v_{k}") for k in values[0] if k != "_id"}
        stmt = sa.update(table).where(table.c.id == sa.bindparam("_id")).values(cols)
        conn.execute(stmt, [{"_id": v["_id"]} | {f"v_{k}": v[k] for k in cols} for v in values])


def _split_detail(raw: str) -> tuple[dict[str, Any], str, str | None] | None:
    """The old ``outcome_detail`` document as (handling, note, receipt number), or None."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("v") != 1:
        return None
    handling = {k: data[k] for k in HANDLING_KEYS if k in data}
    return handling, str(data.get("note", "")), str(data.get("receipt_number", "")) or None


def _backfill_handling(conn: sa.Connection) -> None:
    r = receptions.c
    stmt = sa.select(r.id, r.outcome_detail).where(r.outcome_detail.like("{%"))
    for rows in _pages(conn, r.id, stmt):
        values = []
        for rid, raw in rows:
            split = _split_detail(raw)
            if split is not None:
                handling, note, receipt = split
                values.append(
                    {
                        "_id": rid,
                        "handling": handling,
                        "outcome_detail": note,
                        "receipt_number": receipt,
                    }
                )
        _update(conn, receptions, values)


def _periodic_visit(conn: sa.Connection, leader_id: uuid.UUID, day: dt.date) -> uuid.UUID | None:
    r = receptions.c
    return conn.scalar(
        sa.select(r.id)
        .where(
            r.leader_id == leader_id,
            r.kind == "periodic",
            r.received_on == day,
            r.deleted_at.is_(None),
        )
        .order_by(r.received_at)
        .limit(1)
    )


def _schedule_rows(
    conn: sa.Connection, leader_id: uuid.UUID, data: dict[str, Any], now: dt.datetime
) -> list[dict[str, Any]]:
    planned = {dt.date.fromisoformat(d) for d in data.get("planned") or []}
    held = {dt.date.fromisoformat(k): str(v) for k, v in dict(data.get("held") or {}).items()}
    place = str(data.get("place", ""))
    return [
        {
            "id": uuid7(),
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "created_by": None,
            "updated_by": None,
            "origin_desk": "",
            "deleted_at": None,
            "leader_id": leader_id,
            "day": day,
            "planned": day in planned,
            "held": day in held,
            "note": held.get(day, ""),
            "place": place,
            "reception_id": _periodic_visit(conn, leader_id, day) if day in held else None,
        }
        for day in sorted(planned | set(held))
    ]


def _backfill_schedule(conn: sa.Connection) -> None:
    """Copy ``sched:`` and ``leadercat:`` keys of existing leaders, then remove those keys."""
    m = app_meta.c
    meta = conn.execute(
        sa.select(m.key, m.value).where(sa.or_(m.key.like("sched:%"), m.key.like("leadercat:%")))
    ).all()
    known = set(conn.scalars(sa.select(users.c.id)))
    now, rows, done = dt.datetime.now(dt.UTC), [], []
    for key, value in meta:
        parts = key.split(":")
        try:
            leader = uuid.UUID(parts[1])
            if leader not in known:
                continue
            if parts[0] == "leadercat" and len(parts) == 2:
                conn.execute(
                    sa.update(users).where(users.c.id == leader).values(leader_category=value)
                )
            elif parts[0] == "sched" and len(parts) == 3:
                rows += _schedule_rows(conn, leader, json.loads(value) if value else {}, now)
            else:
                continue
        except (ValueError, TypeError, AttributeError):
            continue  # not one of ours: left in app_meta untouched
        done.append(key)
    if rows:
        conn.execute(sa.insert(schedule_days), rows)
    if done:
        conn.execute(sa.delete(app_meta).where(m.key.in_(done)))


def _uuids(texts: Iterable[str]) -> set[uuid.UUID]:
    """The audit entries' entity ids that are UUIDs (anything else is skipped)."""
    hexes = {str(t).replace("-", "").lower() for t in texts}
    return {uuid.UUID(h) for h in hexes if len(h) == 32 and set(h) <= set("0123456789abcdef")}


def _backfill_petitions(conn: sa.Connection) -> None:
    p = petitions.c
    stmt = sa.select(p.id, p.respondent).where(p.respondent != "")
    for rows in _pages(conn, p.id, stmt):
        _update(conn, petitions, [{"_id": i, "respondent_folded": fold(t)} for i, t in rows])
    for old, new, outcome in STATUS_MOVES:
        moved = sa.update(petitions).where(p.status == old, p.processing_outcome == outcome)
        conn.execute(moved.values(status=new))
    a, action = audit.c, "petition.extend_initial_check"
    extended = conn.scalars(sa.select(a.entity_id).where(a.action == action))
    _update(conn, petitions, [{"_id": i, "initial_check_extended": True} for i in _uuids(extended)])


def _backfill_documents(conn: sa.Connection) -> None:
    a = audit.c
    issued = conn.execute(sa.select(a.entity_id, a.detail).where(a.action == "document.issue"))
    sealed = {e for e, d in issued if isinstance(d, dict) and d.get("sealed_identity")}
    _update(conn, documents, [{"_id": i, "is_sealed": True} for i in _uuids(sealed)])


def _copies(people: list[Any]) -> int:
    """One copy per party and one for the file, at least 3 (NĐ 124/2020 Điều 28 k4)."""
    roles = [str(p.get("role", "")) for p in people or [] if isinstance(p, dict)]
    sides = 1 + any(r in ("complainant", "representative") for r in roles)
    sides += ("respondent" in roles) + roles.count("related_person") + roles.count("body")
    return max(3, sides)


def _stamp(value: object) -> dt.datetime | None:
    stamp = dt.datetime.fromisoformat(str(value)) if value else None
    return stamp.replace(tzinfo=dt.UTC) if stamp and not stamp.tzinfo else stamp


def _dialogue_facts(conn: sa.Connection) -> dict[str, dict[str, Any]]:
    """Per dialogue id, the minutes fields found on its timeline events (latest wins)."""
    kinds = ("dialogue_scheduled", "dialogue_held", "minutes_signed")
    e = events.c
    facts: dict[str, dict[str, Any]] = {}
    scans = set()
    for rows in _pages(conn, e.id, sa.select(e.id, e.kind, e.data).where(e.kind.in_(kinds))):
        for _id, kind, data in rows:
            if not isinstance(data, dict) or not data.get("dialogue_id"):
                continue
            got = facts.setdefault(str(data["dialogue_id"]), {})
            if kind == "dialogue_scheduled":
                got["content"] = str(data.get("content", ""))
            elif kind == "dialogue_held":
                got |= {k: str(data.get(k, "")) for k in ("verification_summary", "other_opinions")}
                got |= {k: _stamp(data.get(k)) for k in ("started_at", "ended_at")}
                got["refusals"] = list(data.get("refusals") or [])
                if data.get("copies"):
                    got["copies"] = int(data["copies"])
            elif data.get("attachment_id"):
                got["signed_scan_id"] = uuid.UUID(str(data["attachment_id"]))
                scans.add(got["signed_scan_id"])
    known = set(conn.scalars(sa.select(attachments.c.id).where(attachments.c.id.in_(scans))))
    for got in facts.values():
        if got.get("signed_scan_id") not in known:
            got.pop("signed_scan_id", None)
    return facts


def _backfill_dialogues(conn: sa.Connection) -> None:
    facts = _dialogue_facts(conn)
    d = dialogues.c
    empty = {
        "content": "",
        "verification_summary": "",
        "other_opinions": "",
        "started_at": None,
        "ended_at": None,
        "refusals": [],
        "signed_scan_id": None,
    }
    for rows in _pages(conn, d.id, sa.select(d.id, d.participants)):
        values = [
            {"_id": i, **empty, "copies": _copies(people)} | facts.get(str(i), {})
            for i, people in rows
            if str(i) in facts or _copies(people) != 3
        ]
        _update(conn, dialogues, values)


def _restore(conn: sa.Connection) -> None:
    """Write the moved data back where revision 0003 reads it."""
    r = receptions.c
    stmt = sa.select(r.id, r.handling, r.outcome_detail, r.receipt_number)
    for rows in _pages(conn, r.id, stmt):
        values = []
        for rid, handling, note, receipt in rows:
            if not handling and not receipt:
                continue
            doc = {"v": 1, **(handling or {}), "note": note or ""}
            if receipt:
                doc["receipt_number"] = receipt
            text = json.dumps(doc, ensure_ascii=False, sort_keys=True)
            values.append({"_id": rid, "outcome_detail": text})
        _update(conn, receptions, values)
    months: dict[str, dict[str, Any]] = {}
    s = schedule_days.c
    for leader, day, planned, held, note, place in conn.execute(
        sa.select(s.leader_id, s.day, s.planned, s.held, s.note, s.place)
        .where(s.deleted_at.is_(None))
        .order_by(s.day)
    ):
        month = months.setdefault(f"sched:{leader}:{day:%Y-%m}", {"planned": [], "place": place})
        if planned:
            month["planned"].append(day.isoformat())
        if held:
            month.setdefault("held", {})[day.isoformat()] = note
    cats = conn.execute(
        sa.select(users.c.id, users.c.leader_category).where(users.c.leader_category.is_not(None))
    )
    meta = [
        {"key": k, "value": json.dumps(v, ensure_ascii=False, sort_keys=True)}
        for k, v in months.items()
    ] + [{"key": f"leadercat:{u}", "value": c} for u, c in cats]
    if meta:
        conn.execute(sa.insert(app_meta), meta)
    for old, new, _outcome in STATUS_MOVES:
        conn.execute(sa.update(petitions).where(petitions.c.status == new).values(status=old))


def backfill(conn: sa.Connection) -> None:
    """Copy the data into the new columns and table (upgrade, after the columns are added)."""
    _backfill_handling(conn)
    _backfill_schedule(conn)
    _backfill_petitions(conn)
    _backfill_documents(conn)
    _backfill_dialogues(conn)


def restore(conn: sa.Connection) -> None:
    """Write the moved data back where revision 0003 reads it (downgrade, before the drops)."""
    _restore(conn)
