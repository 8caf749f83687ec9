"""What the migrations promise: every index and trigger, and a search index that matches.

The expectation is not a hand-kept list: a scratch database is migrated to head (a temporary
SQLite file, or a temporary schema on the same PostgreSQL server) and its indexes and
triggers are read back. :func:`check_schema` compares the real database with it and checks
that each FTS5 search index matches its rows; :func:`repair_schema` recreates what is
missing from the scratch database's own SQL and rebuilds the search indexes.
"""

from __future__ import annotations

import functools
import re
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text

from tcd_desktop.store import migrate
from tcd_desktop.store.queries import board_counts, report_facts

FTS = (("citizens_fts", "citizens"), ("petitions_fts", "petitions"))


@dataclass
class SchemaReport:
    """Missing objects (kind, name) and search-index mismatches, in Vietnamese."""

    missing: list[tuple[str, str]] = field(default_factory=list)
    search: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """One line per problem."""
        kinds = {"index": "chỉ mục", "trigger": "trigger"}
        return [f"Thiếu {kinds[k]} {n} (do di chuyển lược đồ tạo ra)." for k, n in self.missing] + [
            *self.search
        ]


@functools.cache
def _sqlite_expected(head: str) -> dict[tuple[str, str], str]:
    with tempfile.TemporaryDirectory(prefix="tcd-ref-") as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'ref.sqlite3'}")
        try:
            migrate.upgrade(engine)
            with engine.connect() as conn:
                return _sqlite_objects(conn)
        finally:
            engine.dispose()


def _sqlite_objects(conn: Connection) -> dict[tuple[str, str], str]:
    rows = conn.execute(
        text(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "AND sql IS NOT NULL"
        )
    ).all()
    return {(r[0], r[1]): r[2] for r in rows}


def _pg_objects(conn: Connection, schema: str) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for name, sql in conn.execute(
        text("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = :s"), {"s": schema}
    ):
        found[("index", name)] = sql
    for name, sql in conn.execute(
        text(
            "SELECT t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = :s"
        ),
        {"s": schema},
    ):
        found[("trigger", name)] = sql
    return found


def _pg_expected(engine: Engine) -> tuple[dict[tuple[str, str], str], str]:
    """Migrate a scratch schema on the same server; its objects with SQL for ``{schema}``."""
    ref = f"tcd_ref_{secrets.token_hex(5)}"
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f"CREATE SCHEMA {ref}"))
    # only the scratch schema: with public on the path, alembic would find the real
    # database's alembic_version and think the scratch schema already migrated
    url = engine.url.update_query_dict({"options": f"-csearch_path={ref}"})
    scratch = create_engine(url)
    try:
        migrate.upgrade(scratch)
        with scratch.connect() as conn:
            objects = _pg_objects(conn, ref)
    finally:
        scratch.dispose()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f"DROP SCHEMA {ref} CASCADE"))
    pattern = re.compile(rf"\b{ref}\.")
    return {k: pattern.sub("{schema}.", v) for k, v in objects.items()}, ref


def _expected(engine: Engine, conn: Connection) -> tuple[dict[tuple[str, str], str], str]:
    if engine.dialect.name == "sqlite":
        return _sqlite_expected(migrate.head_revision()), ""
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    objects, _ref = _pg_expected(engine)
    return objects, str(schema)


def _actual(engine: Engine, conn: Connection, schema: str) -> dict[tuple[str, str], str]:
    if engine.dialect.name == "sqlite":
        return _sqlite_objects(conn)
    return _pg_objects(conn, schema)


def _search_problems(conn: Connection) -> list[str]:
    problems = []
    for fts, table in FTS:
        try:
            conn.execute(text(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"))
            docs = conn.execute(text(f"SELECT count(*) FROM {fts}_docsize")).scalar_one()
            rows = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            if docs != rows:
                problems.append(
                    f"Chỉ mục tìm kiếm {fts} có {docs} mục nhưng bảng {table} có {rows} dòng."
                )
        except Exception as exc:  # FTS5 reports a mismatch as an error
            problems.append(f"Chỉ mục tìm kiếm {fts} không khớp dữ liệu: {exc}")
    return problems


def check_schema(engine: Engine) -> SchemaReport:
    """Compare indexes and triggers with what the migrations create; check the search index."""
    report = SchemaReport()
    if migrate.current_revision(engine) != migrate.head_revision():
        return report  # another check reports the version; objects differ by design
    with engine.connect() as conn:
        expected, schema = _expected(engine, conn)
        actual = _actual(engine, conn, schema)
        report.missing = sorted(k for k in expected if k not in actual)
        if engine.dialect.name == "sqlite":
            report.search = _search_problems(conn)
        report.search += board_counts.summary_problems(conn)  # per-day case summary
        report.search += report_facts.facts_problems(conn)  # facts stored on petitions
        conn.rollback()
    return report


def repair_schema(engine: Engine) -> list[str]:
    """Recreate missing indexes and triggers and rebuild the search indexes; what was done."""
    done: list[str] = []
    with engine.begin() as conn:
        expected, schema = _expected(engine, conn)
        actual = _actual(engine, conn, schema)
        # indexes first: triggers may rely on nothing, but rebuilding searches wants them
        for key in sorted(k for k in expected if k not in actual):
            conn.exec_driver_sql(expected[key].replace("{schema}.", f"{schema}." if schema else ""))
            kind = "chỉ mục" if key[0] == "index" else "trigger"
            done.append(f"Đã tạo lại {kind} {key[1]}.")
        if engine.dialect.name == "sqlite":
            for fts, _table in FTS:
                conn.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')"))
            done.append("Đã dựng lại chỉ mục tìm kiếm.")
        done += board_counts.repair_summary(conn)  # after its triggers are back
        done += report_facts.repair_facts(conn)
    return done
