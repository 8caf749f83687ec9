"""Alembic, driven from code: current revision, head, upgrade (batch mode on SQLite)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations shipped inside the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest schema revision this version of the application knows."""
    head = _script().get_current_head()
    assert head is not None
    return head


def is_known_revision(rev: str) -> bool:
    """True when ``rev`` is one of our revisions (older or equal to head)."""
    try:
        return _script().get_revision(rev) is not None
    except Exception:
        return False


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade the schema to ``target`` in one transaction (all migrations or none)."""
    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            # pysqlite opens no transaction before DDL: without this BEGIN every CREATE or
            # DROP commits on its own and a kill mid-migration leaves a half-built schema
            conn.exec_driver_sql("BEGIN")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
