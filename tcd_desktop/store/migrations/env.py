"""Alembic environment: always run with a connection handed in by ``store.migrate``."""

from __future__ import annotations

from alembic import context

from tcd_desktop.store import models  # noqa: F401  (registers tables)
from tcd_desktop.store.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via store.migrate
    raise RuntimeError("run migrations through tcd_desktop.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
