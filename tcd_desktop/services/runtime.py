"""The database handle the screens hold, re-exported so that ui/ never imports the store.

Screens keep a :class:`Database` only to hand it back to services; they never open a
session on it (a test walks the import graph and fails on any ui → store/sqlalchemy import).
"""

from __future__ import annotations

from sqlalchemy.exc import OperationalError

from tcd_desktop.store.database import Database, DatabaseError, SchemaTooNewError

__all__ = [
    "Database",
    "DatabaseError",
    "SchemaTooNewError",
    "engine_facts",
    "is_environment_error",
]


def is_environment_error(exc: BaseException) -> bool:
    """True for a database the desk cannot reach or a locked file (not a bug, not a refusal)."""
    return isinstance(exc, OperationalError)


def engine_facts(db: Database) -> tuple[str, str]:
    """(engine and version, schema revision) for the About dialog; reads no office data.

    Never raises: when the server went away it answers the dialect name and "?".
    """
    from sqlalchemy import text

    from tcd_desktop.store import migrate

    try:
        with db.engine.connect() as conn:
            if db.engine.dialect.name == "postgresql":
                raw = str(conn.execute(text("SHOW server_version")).scalar() or "")
                engine = f"PostgreSQL {raw.split()[0] if raw else '?'}"
            else:
                engine = f"SQLite {conn.execute(text('select sqlite_version()')).scalar()}"
        revision = migrate.current_revision(db.engine) or "?"
    except Exception:  # the About dialog must open even when the server went away
        return db.engine.dialect.name, "?"
    return engine, revision
