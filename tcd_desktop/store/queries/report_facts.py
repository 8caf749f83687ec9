"""Facts of a petition the report forms test, stored on the petition (migration 0017).

The petition forms (01–04/XLD) classify every petition of the period by three facts that
used to be derived row by row while counting:

- ``field_group``: the field group of ``field_code`` (a chain of ``=`` / ``LIKE`` tests, the
  groups of ``resources/reports/report-rules.json``);
- ``prior_count``: how many earlier decisions ``prior_handling`` lists (on PostgreSQL the
  stored generated column of 0015; on SQLite a plain column kept here);
- ``resolved_on``: the earliest closing date of a live case made from the petition (04/XLD
  "đã giải quyết": a probe of the cases per accepted petition).

Triggers keep them in step in the same transaction as every write that changes what they
are derived from (the petition's ``field_code`` / ``prior_handling``; a case's
``petition_id``, ``closed_on`` or ``deleted_at``, and case inserts and deletes), so no
application code writes them. :func:`backfill_sql` recomputes them for every petition
(the migration, a bulk load that ran without triggers, ``db check --repair``) and
:func:`differences` compares them with what they are derived from (``db check``, tests).

The field groups are compiled into the trigger: changing them in report-rules.json needs a
migration that recreates the triggers and runs the backfill (``db check`` reports the
petitions whose stored group no longer matches the rules).
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from sqlalchemy import text

from tcd_desktop.config.resources import resource_path

__all__ = [
    "backfill_sql",
    "differences",
    "facts_problems",
    "field_group_sql",
    "repair_facts",
    "resolved_sql",
    "trigger_sql",
]


@cache
def _groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    with resource_path("reports", "report-rules.json").open(encoding="utf-8") as fh:
        rules = json.load(fh)
    return tuple((g, tuple(prefixes)) for g, prefixes in rules["field_groups"])


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def field_group_sql(col: str) -> str:
    """The field group of the field code ``col`` as a SQL ``CASE`` (same tests as
    ``report_window._field_group``: the code itself, ``code.…`` or ``code-…``)."""
    whens, default = [], "hck"
    for name, prefixes in _groups():
        conds = []
        for prefix in prefixes:
            if prefix == "*":
                default = name
            elif prefix == "":
                conds.append(f"{col} IS NULL OR {col} = ''")
            else:
                conds += [
                    f"{col} = {_quote(prefix)}",
                    f"{col} LIKE {_quote(prefix + '.%')}",
                    f"{col} LIKE {_quote(prefix + '-%')}",
                ]
        if conds:
            whens.append(f"WHEN {' OR '.join(conds)} THEN {_quote(name)}")
    return f"CASE {' '.join(whens)} ELSE {_quote(default)} END"


def resolved_sql(petition_id: str) -> str:
    """The earliest closing date of a live case made from the petition ``petition_id``."""
    return (
        "(SELECT min(k.closed_on) FROM cases k WHERE k.petition_id = "
        f"{petition_id} AND k.deleted_at IS NULL AND k.closed_on IS NOT NULL)"
    )


def _prior_sql(col: str) -> str:
    return f"coalesce(json_array_length({col}), 0)"


def backfill_sql(dialect: str) -> list[str]:
    """Statements that recompute every petition's stored facts."""
    sets = [
        f"field_group = {field_group_sql('field_code')}",
        f"resolved_on = {resolved_sql('petitions.id')}",
    ]
    if dialect != "postgresql":  # PostgreSQL's prior_count is a generated column (0015)
        sets.append(f"prior_count = {_prior_sql('prior_handling')}")
    return [f"UPDATE petitions SET {', '.join(sets)}"]


_CASE_CHANGED = (
    "OLD.petition_id IS DISTINCT FROM NEW.petition_id "
    "OR OLD.closed_on IS DISTINCT FROM NEW.closed_on "
    "OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)"
)
_CASE_COUNTS = (
    "{r}.petition_id IS NOT NULL AND {r}.closed_on IS NOT NULL AND {r}.deleted_at IS NULL"
)


def _pg_triggers() -> tuple[list[str], list[str]]:
    create = [
        "CREATE OR REPLACE FUNCTION tcd_petition_facts() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        f"NEW.field_group := {field_group_sql('NEW.field_code')}; "
        "IF TG_OP = 'INSERT' THEN "
        f"NEW.resolved_on := {resolved_sql('NEW.id')}; END IF; "
        "RETURN NEW; END $$",
        "CREATE TRIGGER petition_facts BEFORE INSERT OR UPDATE OF field_code ON petitions "
        "FOR EACH ROW EXECUTE FUNCTION tcd_petition_facts()",
        "CREATE OR REPLACE FUNCTION tcd_petition_resolved() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP <> 'INSERT' AND OLD.petition_id IS NOT NULL THEN "
        f"UPDATE petitions SET resolved_on = {resolved_sql('OLD.petition_id')} "
        "WHERE id = OLD.petition_id; END IF; "
        "IF TG_OP <> 'DELETE' AND NEW.petition_id IS NOT NULL "
        "AND (TG_OP = 'INSERT' OR NEW.petition_id IS DISTINCT FROM OLD.petition_id) THEN "
        f"UPDATE petitions SET resolved_on = {resolved_sql('NEW.petition_id')} "
        "WHERE id = NEW.petition_id; END IF; "
        "RETURN NULL; END $$",
        "CREATE TRIGGER petition_resolved_ins AFTER INSERT ON cases FOR EACH ROW "
        f"WHEN ({_CASE_COUNTS.format(r='NEW')}) EXECUTE FUNCTION tcd_petition_resolved()",
        "CREATE TRIGGER petition_resolved_del AFTER DELETE ON cases FOR EACH ROW "
        f"WHEN ({_CASE_COUNTS.format(r='OLD')}) EXECUTE FUNCTION tcd_petition_resolved()",
        "CREATE TRIGGER petition_resolved_upd AFTER UPDATE OF petition_id, closed_on, "
        f"deleted_at ON cases FOR EACH ROW WHEN ({_CASE_CHANGED}) "
        "EXECUTE FUNCTION tcd_petition_resolved()",
    ]
    drop = [
        "DROP TRIGGER IF EXISTS petition_resolved_upd ON cases",
        "DROP TRIGGER IF EXISTS petition_resolved_del ON cases",
        "DROP TRIGGER IF EXISTS petition_resolved_ins ON cases",
        "DROP FUNCTION IF EXISTS tcd_petition_resolved()",
        "DROP TRIGGER IF EXISTS petition_facts ON petitions",
        "DROP FUNCTION IF EXISTS tcd_petition_facts()",
    ]
    return create, drop


def _sqlite_triggers() -> tuple[list[str], list[str]]:
    own = (
        f"field_group = {field_group_sql('NEW.field_code')}, "
        f"prior_count = {_prior_sql('NEW.prior_handling')}"
    )

    def recompute(row: str) -> str:
        return (
            f"UPDATE petitions SET resolved_on = {resolved_sql(f'{row}.petition_id')} "
            f"WHERE id = {row}.petition_id;"
        )

    changed = _CASE_CHANGED.replace("IS DISTINCT FROM", "IS NOT")
    create = [
        "CREATE TRIGGER petition_facts_ai AFTER INSERT ON petitions BEGIN "
        f"UPDATE petitions SET {own}, resolved_on = {resolved_sql('NEW.id')} "
        "WHERE id = NEW.id; END",
        "CREATE TRIGGER petition_facts_au AFTER UPDATE OF field_code, prior_handling "
        f"ON petitions BEGIN UPDATE petitions SET {own} WHERE id = NEW.id; END",
        "CREATE TRIGGER petition_resolved_ai AFTER INSERT ON cases "
        f"WHEN {_CASE_COUNTS.format(r='NEW')} BEGIN {recompute('NEW')} END",
        "CREATE TRIGGER petition_resolved_ad AFTER DELETE ON cases "
        f"WHEN {_CASE_COUNTS.format(r='OLD')} BEGIN {recompute('OLD')} END",
        "CREATE TRIGGER petition_resolved_au AFTER UPDATE OF petition_id, closed_on, deleted_at "
        f"ON cases WHEN {changed} BEGIN {recompute('OLD')} {recompute('NEW')} END",
    ]
    drop = [
        f"DROP TRIGGER IF EXISTS {name}"
        for name in (
            "petition_facts_ai",
            "petition_facts_au",
            "petition_resolved_ai",
            "petition_resolved_ad",
            "petition_resolved_au",
        )
    ]
    return create, drop


def trigger_sql(dialect: str) -> tuple[list[str], list[str]]:
    """``(create, drop)`` statements of the triggers that keep the facts in step."""
    return _pg_triggers() if dialect == "postgresql" else _sqlite_triggers()


def _mismatch_sql(dialect: str) -> str:
    differs = "IS DISTINCT FROM" if dialect == "postgresql" else "IS NOT"
    tests = [
        f"field_group {differs} ({field_group_sql('field_code')})",
        f"resolved_on {differs} {resolved_sql('petitions.id')}",
    ]
    if dialect != "postgresql":
        tests.append(f"prior_count {differs} {_prior_sql('prior_handling')}")
    return f"SELECT number FROM petitions WHERE {' OR '.join(tests)} ORDER BY number"


def differences(conn: Any) -> list[str]:
    """The numbers of the petitions whose stored facts differ from what they are derived
    from (``conn`` a session or a connection)."""
    dialect = conn.get_bind().dialect.name if hasattr(conn, "get_bind") else conn.dialect.name
    return [str(n) for n in conn.execute(text(_mismatch_sql(dialect))).scalars()]


def facts_problems(conn: Any) -> list[str]:
    """``db check``: petitions whose stored report facts are stale (a line at most)."""
    found = differences(conn)
    if not found:
        return []
    shown = ", ".join(found[:5])
    return [
        f"Dữ kiện báo cáo lưu trên đơn (nhóm lĩnh vực, số lần giải quyết trước, ngày giải "
        f"quyết xong) lệch ở {len(found)} đơn: {shown}."
    ]


def repair_facts(conn: Any) -> list[str]:
    """``db check --repair``: recompute the stored facts when any differ."""
    if not differences(conn):
        return []
    for sql in backfill_sql(conn.dialect.name):
        conn.execute(text(sql))
    return ["Đã tính lại dữ kiện báo cáo lưu trên đơn."]
