"""Writing generated rows: a bulk path for SQLite and a portable path through SQLAlchemy Core.

SQLite (the one that must load a million cases in under two minutes) writes through the raw
DB-API connection with ``executemany``. The whole load is ONE transaction under a rollback
journal (``journal_mode=DELETE``: pages beyond the file's old end are not journaled, so
loading into an empty database costs almost nothing extra): dropping the triggers that keep
the FTS5 tables in step and the non-unique indexes whose keys arrive in random order
(:data:`DROP_LEADING`), the rows, the FTS5 index (filled chunk by chunk here, or copied from
the worker's scratch file: see :mod:`.fts`), recreating every dropped index and trigger from
the exact SQL text SQLite had stored for it, ``ANALYZE`` and the sample-data marker. A
failure or a kill (SIGKILL, power cut with the OS intact) therefore leaves the database as
it was before the load — never a broken or half-indexed file: the next connection rolls the
hot journal back. ``synchronous`` and foreign-key checks are off during the load; WAL,
``synchronous=NORMAL`` and foreign keys are restored afterwards.

PostgreSQL (and anything else) goes through SQLAlchemy Core ``insert()`` executemany in one
transaction.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from sqlalchemy import Connection, text

from tcd_desktop.services.demo_data import fts as fts_mod
from tcd_desktop.services.demo_data.fts import FtsSpec
from tcd_desktop.services.demo_data.tables import ALIASES, COLUMNS, CONSTANTS, TABLES, defaults
from tcd_desktop.store.database import Database
from tcd_desktop.store.queries import report_facts
from tcd_desktop.store.queries.board_counts import rebuild_sql

log = logging.getLogger(__name__)

#: Tables loaded in bulk whose non-unique indexes are dropped during an SQLite load.
BULK_TABLES = (
    "citizens",
    "receptions",
    "reception_participants",
    "petitions",
    "cases",
    "case_events",
    "case_pauses",
    "dialogues",
)

#: Indexes led by these columns are dropped for the load and rebuilt at the end: their keys
#: arrive in random order. Every other index stays: the generator writes rows in time order,
#: so their keys arrive (nearly) sorted, or grouped by unit, citizen or officer with dates
#: rising within each group, and they cost little to maintain while the other process
#: generates the next chunk.
DROP_LEADING: frozenset[str] = frozenset({"name_folded", "phone", "id_number", "respondent_folded"})

Progress = Callable[[str, int, int], None]


def _literal(value: object) -> str:
    """An SQLite literal for a constant, stored the way SQLAlchemy stores it."""
    if value is None:
        return "NULL"
    if isinstance(value, bool | int):
        return str(int(value))
    if isinstance(value, list | dict):
        value = json.dumps(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no SQL literal for {value!r}")  # pragma: no cover


def insert_sql(table: str) -> str:
    """INSERT with numbered parameters for the generated values, literals for constants.

    Columns the generator does not know get their defaults (``tables.defaults``).
    """
    cols = COLUMNS[table]
    constants = CONSTANTS[table] | defaults(table)
    names = [*cols, *ALIASES, *constants]
    values = [f"?{i}" for i in range(1, len(cols) + 1)]
    values += [f"?{cols.index(source) + 1}" for source in ALIASES.values()]
    values += [_literal(v) for v in constants.values()]
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(values)})"


class Loader(Protocol):
    """Where generated rows go."""

    def write(self, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert ``rows`` (tuples in ``tables.COLUMNS[table]`` order) into ``table``."""

    def finish(
        self,
        progress: Progress | None,
        fts_file: str | None = None,
        meta: dict[str, str] | None = None,
    ) -> None:
        """Write ``meta`` into ``app_meta``, commit and bring the database back to normal."""

    def close(self) -> None:
        """Release resources; after a failure, undo what can be undone."""


class SqliteBulkLoader:
    """Fast loader over the raw ``sqlite3`` connection; see the module docstring."""

    def __init__(self, db: Database) -> None:
        """Take a dedicated connection and switch it to bulk-load settings."""
        self.db = db
        db.engine.dispose()  # no other pooled connection may hold the WAL open
        self._raw = db.engine.raw_connection()
        con = self._raw.driver_connection
        # the stdlib driver, or sqlcipher3's (same DB-API) for an encrypted laptop file
        assert isinstance(con, sqlite3.Connection) or type(con).__module__.startswith("sqlcipher3")
        self.con: sqlite3.Connection = con
        self._isolation = con.isolation_level
        con.commit()
        con.isolation_level = None  # explicit BEGIN/COMMIT below
        self._sql = {table: insert_sql(table) for table in COLUMNS}
        self._dropped: list[tuple[str, str, str]] = []  # (type, name, sql) to recreate
        self.fts_specs, self._fts_other = fts_mod.discover(con)
        self._feeds = {spec.content: spec for spec in self.fts_specs}
        #: True when the worker builds the FTS5 index (the loader only checks rowids).
        self.external_fts = False
        self._rowids_ok = True
        self._inserted: dict[str, int] = dict.fromkeys(self._feeds, 0)
        self._finished = False
        for pragma in (
            "foreign_keys=OFF",
            "journal_mode=DELETE",
            "synchronous=OFF",
            "cache_size=-524288",
            "temp_store=MEMORY",
            "locking_mode=EXCLUSIVE",
        ):
            con.execute(f"PRAGMA {pragma}")
        for table in self._feeds:
            if con.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                self._rowids_ok = False  # not empty: rowids cannot be predicted
        con.execute("BEGIN")
        self._drop_helpers()  # inside the transaction: a kill brings them back

    def _drop_helpers(self) -> None:
        con = self.con
        marks = ",".join("?" * len(BULK_TABLES))
        triggers = con.execute(
            f"SELECT 'trigger', name, sql FROM sqlite_master WHERE type = 'trigger' "
            f"AND tbl_name IN ({marks}) ORDER BY name",
            BULK_TABLES,
        ).fetchall()
        indexes = con.execute(
            f"SELECT 'index', name, sql FROM sqlite_master WHERE type = 'index' "
            f"AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' "
            f"AND tbl_name IN ({marks}) ORDER BY name",
            BULK_TABLES,
        ).fetchall()
        for kind, name, sql in [*triggers, *indexes]:
            if kind == "index" and self._keep(name):
                continue
            con.execute(f'DROP {kind.upper()} "{name}"')
            self._dropped.append((kind, name, sql))

    def _keep(self, index: str) -> bool:
        """True for an index whose keys arrive in (nearly) ascending order: cheap to keep."""
        first = self.con.execute(f'PRAGMA index_info("{index}")').fetchone()
        return first is not None and first[2] not in DROP_LEADING

    def write(self, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert ``rows`` with one ``executemany`` (and feed the table's FTS5 index)."""
        if not rows:
            return
        con = self.con
        spec = self._feeds.get(table)
        con.executemany(self._sql[table], rows)
        if spec is None or not self._rowids_ok:
            return
        first = self._inserted[table] + 1
        self._inserted[table] += len(rows)
        (last,) = con.execute(f"SELECT max(rowid) FROM {table}").fetchone()
        if last != self._inserted[table]:
            log.warning("rowids of %s not consecutive; the search index will be rebuilt", table)
            self._rowids_ok = False
            return
        if not self.external_fts:
            con.executemany(spec.insert_sql, spec.documents(rows, first))

    def _recreate(self, progress: Progress | None, fts_file: str | None) -> None:
        con = self.con
        con.execute("PRAGMA threads=4")  # parallel sorting while the indexes are built
        indexes = [d for d in self._dropped if d[0] == "index"]
        total = len(indexes) + 2
        step = 0
        for _kind, name, sql in indexes:
            con.execute(sql)
            step += 1
            if progress:
                progress(f"Tạo chỉ mục {name}", step, total)
        rebuild = list(self._fts_other)
        if not self._rowids_ok or (self.external_fts and fts_file is None):
            rebuild += [spec.name for spec in self.fts_specs]
        elif self.external_fts and fts_file is not None:
            con.execute("SAVEPOINT fts_copy")
            try:
                fts_mod.copy_from(con, fts_file, self.fts_specs)
                con.execute("RELEASE fts_copy")
            except (sqlite3.DatabaseError, RuntimeError):
                log.exception("could not take the search index from the worker; rebuilding")
                con.execute("ROLLBACK TO fts_copy")
                con.execute("RELEASE fts_copy")
                rebuild += [spec.name for spec in self.fts_specs]
        for name in rebuild:
            con.execute(f"INSERT INTO {name}({name}) VALUES ('rebuild')")
        step += 1
        if progress:
            progress("Chỉ mục tìm kiếm", step, total)
        for kind, _name, sql in self._dropped:
            if kind == "trigger":
                con.execute(sql)
        self._dropped.clear()
        rebuild_case_day_counts(con)  # the summary's triggers were off during the load
        fill_report_facts(con)  # so were those of the facts stored on the petitions
        # quick statistics for every table, exact ones for cases: the board and the due-date
        # lists depend on the planner knowing how the case indexes split the rows
        con.execute("PRAGMA analysis_limit=1000")
        con.execute("ANALYZE")
        con.execute("PRAGMA analysis_limit=0")
        con.execute("ANALYZE cases")
        step += 1
        if progress:
            progress("Thống kê truy vấn (ANALYZE)", step, total)

    def finish(
        self,
        progress: Progress | None,
        fts_file: str | None = None,
        meta: dict[str, str] | None = None,
    ) -> None:
        """Rebuild what was dropped, analyse, write ``meta`` into ``app_meta`` and commit.

        ``fts_file`` is the scratch index built by the worker when :attr:`external_fts`.
        The marker goes in the same transaction: sample rows never exist unmarked.
        """
        self._recreate(progress, fts_file)
        for key, value in (meta or {}).items():
            self.con.execute(
                "INSERT INTO app_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        self.con.execute("COMMIT")
        self._finished = True

    def close(self) -> None:
        """Restore the connection's settings (after a failure, roll the whole load back)."""
        con = self.con
        try:
            if not self._finished and con.in_transaction:
                con.execute("ROLLBACK")  # the dropped triggers and indexes come back with it
            con.execute("PRAGMA locking_mode=NORMAL")
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=NORMAL")
            con.execute("PRAGMA foreign_keys=ON")
            con.execute("PRAGMA cache_size=-65536")
        finally:
            con.isolation_level = self._isolation
            self._raw.close()
            self.db.engine.dispose()


class CoreLoader:
    """Portable loader: SQLAlchemy Core ``insert()`` executemany in one transaction."""

    fts_specs: list[FtsSpec] = []  # noqa: RUF012 - never filled: the server indexes itself
    external_fts = False

    def __init__(self, db: Database) -> None:
        """Open the transaction the whole load runs in."""
        self._conn: Connection = db.engine.connect()
        self._tx = self._conn.begin()

    def write(self, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert ``rows`` through Core (``insertmanyvalues`` batches them)."""
        if rows:
            cols = COLUMNS[table]
            constants = CONSTANTS[table]
            records = []
            for r in rows:
                record = dict(zip(cols, r, strict=True))
                for alias, source in ALIASES.items():
                    record[alias] = record[source]
                record.update(constants)
                records.append(record)
            self._conn.execute(TABLES[table].insert(), records)

    def finish(
        self,
        progress: Progress | None,
        fts_file: str | None = None,
        meta: dict[str, str] | None = None,
    ) -> None:
        """Write ``meta`` (the sample marker), commit the load, refresh the statistics."""
        for key, value in (meta or {}).items():
            self._conn.execute(text("DELETE FROM app_meta WHERE key = :k"), {"k": key})
            self._conn.execute(
                text("INSERT INTO app_meta (key, value) VALUES (:k, :v)"), {"k": key, "v": value}
            )
        self._tx.commit()
        if self._conn.dialect.name == "postgresql":
            with self._conn.begin():
                for table in BULK_TABLES:
                    self._conn.execute(text(f"ANALYZE {table}"))
        if progress:
            progress("Hoàn tất", 1, 1)

    def close(self) -> None:
        """Roll back if the load did not finish, and return the connection."""
        if self._tx.is_active:
            self._tx.rollback()
        self._conn.close()


def rebuild_case_day_counts(con: sqlite3.Connection) -> None:
    """Refill the per-day case summary (``case_day_counts``) when the schema has it."""
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'case_day_counts'").fetchone():
        for sql in rebuild_sql("sqlite"):
            con.execute(sql)


def fill_report_facts(con: sqlite3.Connection) -> None:
    """Compute the report facts stored on the petitions (0017) when the schema has them."""
    columns = {row[1] for row in con.execute("PRAGMA table_info(petitions)")}
    if "resolved_on" in columns:
        for sql in report_facts.backfill_sql("sqlite"):
            con.execute(sql)
