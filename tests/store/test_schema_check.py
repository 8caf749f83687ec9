"""``check_schema`` knows every index and trigger the migrations create, on both databases,
and ``repair_schema`` puts back what was dropped."""

from __future__ import annotations

from sqlalchemy import text

from tcd_desktop.store.database import Database
from tcd_desktop.store.schema_check import check_schema, repair_schema


def test_dropped_objects_found_and_recreated(db: Database) -> None:
    assert check_schema(db.engine).problems == []
    with db.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_cases_due"))
        if db.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER petitions_fts_au"))
            trigger = "petitions_fts_au"
        else:
            conn.execute(text("DROP TRIGGER audit_entries_append_only ON audit_entries"))
            trigger = "audit_entries_append_only"
    report = check_schema(db.engine)
    assert ("index", "ix_cases_due") in report.missing
    assert ("trigger", trigger) in report.missing
    done = repair_schema(db.engine)
    assert any("ix_cases_due" in d for d in done)
    assert check_schema(db.engine).problems == []
