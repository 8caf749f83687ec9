"""Supervision follow-up (issue 7): successor units and when a locked report was due.

* ``units.successor_id``: a unit abolished in the 01/7/2025 reorganisation points to the
  unit that took over; reports and the dashboard count its figures under the successor.
  On PostgreSQL the self-reference is DEFERRABLE INITIALLY DEFERRED like the others (0009).
* ``report_locks.due_on``: the day a locked report was due (end of the period + the
  office's submission days); locked on or before it is "sent on time" for the rating.

Revision ID: 0013
Revises: 0010 (the integrator chains 0011/0012/0014)
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0010"
branch_labels = None
depends_on = None

SUCCESSOR_FK = "fk_units_successor_id_units"


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.add_column("units", sa.Column("successor_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            SUCCESSOR_FK, "units", "units", ["successor_id"], ["id"],
            deferrable=True, initially="DEFERRED",
        )  # fmt: skip
    else:
        # SQLite: ADD COLUMN with an inline REFERENCES (no table rebuild)
        op.execute(
            f"ALTER TABLE units ADD COLUMN successor_id CHAR(32) "
            f"CONSTRAINT {SUCCESSOR_FK} REFERENCES units (id)"
        )
    op.add_column("report_locks", sa.Column("due_on", sa.Date(), nullable=True))


def _drop(table: str, column: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    else:
        op.drop_column(table, column)


def downgrade() -> None:
    _drop("report_locks", "due_on")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint(SUCCESSOR_FK, "units", type_="foreignkey")
    _drop("units", "successor_id")
