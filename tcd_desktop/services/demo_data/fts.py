"""Filling the SQLite FTS5 search tables during a bulk load, here or in the worker process.

The search tables (``citizens_fts``, ``petitions_fts``; migration 0002) are external-content
FTS5 tables over the folded columns, normally kept in step by triggers. A bulk load drops
the triggers and fills the index itself, one ``executemany`` per chunk, with the rowids the
content table is known to assign (the table starts empty and SQLite numbers new rows
``max(rowid) + 1``; the loader checks this after every chunk and falls back to a full
``'rebuild'`` if it ever does not hold).

When a worker process generates the rows, it can also build the index, in a scratch SQLite
file holding FTS5 tables created with the very same statements as the real ones. The writer
then copies the FTS5 shadow tables (``<name>_data``, ``_idx``, ``_docsize``, ``_config``)
into the database: tokenising a million petitions happens on the other core, and the copy
takes a second or two. ``INSERT INTO <name>(<name>) VALUES('integrity-check')`` passes
afterwards (the tests run it).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tcd_desktop.services.demo_data.tables import COLUMNS


@dataclass(frozen=True)
class FtsSpec:
    """One FTS5 table over one generated table."""

    name: str
    create_sql: str
    content: str  # the content table
    columns: tuple[str, ...]  # indexed columns, in FTS order
    positions: tuple[int, ...]  # their positions in the generator's tuples

    @property
    def insert_sql(self) -> str:
        """INSERT of one document (rowid first)."""
        marks = ", ".join("?" * (len(self.columns) + 1))
        return f"INSERT INTO {self.name}(rowid, {', '.join(self.columns)}) VALUES ({marks})"

    def documents(self, rows: Sequence[tuple[Any, ...]], first_rowid: int) -> list[tuple[Any, ...]]:
        """The FTS rows for ``rows`` whose content rowids start at ``first_rowid``."""
        if len(self.positions) == 1:
            (p,) = self.positions
            return [(first_rowid + i, r[p]) for i, r in enumerate(rows)]
        return [(first_rowid + i, *[r[p] for p in self.positions]) for i, r in enumerate(rows)]


def _option(sql: str, name: str) -> str | None:
    """The value of ``name='value'`` in a CREATE VIRTUAL TABLE statement, if present."""
    match = re.search(rf"\b{name}\s*=\s*'([^']*)'", sql)
    return match.group(1) if match else None


def discover(con: sqlite3.Connection) -> tuple[list[FtsSpec], list[str]]:
    """FTS5 tables that can be filled row by row, and the names of those that cannot."""
    specs: list[FtsSpec] = []
    others: list[str] = []
    rows = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
        "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name"
    ).fetchall()
    for name, sql in rows:
        content = _option(sql, "content")
        if content not in COLUMNS or _option(sql, "content_rowid") not in ("rowid", None):
            others.append(name)
            continue
        columns = tuple(row[1] for row in con.execute(f'PRAGMA table_info("{name}")'))
        try:
            positions = tuple(COLUMNS[content].index(c) for c in columns)
        except ValueError:
            others.append(name)
            continue
        specs.append(FtsSpec(name, sql, content, columns, positions))
    return specs, others


def shadow_tables(con: sqlite3.Connection, spec: FtsSpec, schema: str = "main") -> list[str]:
    """Names of the shadow tables FTS5 keeps for ``spec`` in ``schema``."""
    return [
        name
        for (name,) in con.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name GLOB ? ORDER BY name",
            (f"{spec.name}_*",),
        )
    ]


class FtsBuilder:
    """Builds FTS5 indexes in a scratch file (worker side); see the module docstring."""

    def __init__(self, path: str, specs: Sequence[FtsSpec]) -> None:
        """Create the scratch file with the same FTS5 tables as the real database."""
        self.path = path
        self.specs = {spec.content: spec for spec in specs}
        self.next_rowid = dict.fromkeys(self.specs, 1)
        self.con = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-262144"):
            self.con.execute(f"PRAGMA {pragma}")
        for spec in specs:
            self.con.execute(spec.create_sql)
        self.con.execute("BEGIN")

    def add(self, rows: Mapping[str, Sequence[tuple[Any, ...]]]) -> None:
        """Index the documents of one chunk, in the order the writer inserts them."""
        for table, spec in self.specs.items():
            batch = rows.get(table)
            if batch:
                first = self.next_rowid[table]
                self.con.executemany(spec.insert_sql, spec.documents(batch, first))
                self.next_rowid[table] = first + len(batch)

    def close(self) -> None:
        """Commit and close the scratch file."""
        self.con.execute("COMMIT")
        self.con.close()


def copy_from(con: sqlite3.Connection, path: str, specs: Sequence[FtsSpec]) -> None:
    """Replace the FTS5 shadow tables of ``specs`` with those built in ``path``.

    Runs inside the caller's open transaction (no ATTACH, which a transaction forbids), so
    the copy commits or rolls back with the whole load.
    """
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for spec in specs:
            theirs = set(shadow_tables(src, spec))
            for table in shadow_tables(con, spec):
                if table not in theirs:
                    raise RuntimeError(f"{table} missing from the scratch index")
                width = len(con.execute(f'PRAGMA table_info("{table}")').fetchall())
                insert = f'INSERT INTO main."{table}" VALUES ({", ".join("?" * width)})'
                con.execute(f'DELETE FROM main."{table}"')
                cursor = src.execute(f'SELECT * FROM "{table}"')
                while batch := cursor.fetchmany(2000):
                    con.executemany(insert, batch)
    finally:
        src.close()
