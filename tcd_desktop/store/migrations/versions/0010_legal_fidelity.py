"""Legal fidelity: confirmed calendar days and the day a decision was received.

* ``calendar_days.confirmed``: an administrator's day may be an estimate (not yet announced
  by the Government); deadlines that cross it say so.
* ``cases.is_disciplinary`` / ``is_dismissal``: complaints against a disciplinary decision
  follow KD1–KD4 (Luật Khiếu nại Điều 48–53) with a mandatory dialogue.
* ``cases.decision_received_on``: the second-complaint window (K5, Luật Khiếu nại Điều 33)
  counts from the day the complainant received the first decision, not from dispatch.

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "calendar_days",
        sa.Column("confirmed", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    op.add_column("cases", sa.Column("decision_received_on", sa.Date(), nullable=True))
    for name in ("is_disciplinary", "is_dismissal"):
        op.add_column(
            "cases", sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())
        )


def _drop(table: str, column: str) -> None:
    """Drop a column; on SQLite natively (3.35+), since rebuilding ``cases`` would trip the
    foreign keys that point at it."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    else:
        op.drop_column(table, column)


def downgrade() -> None:
    for name in ("decision_received_on", "is_disciplinary", "is_dismissal"):
        _drop("cases", name)
    _drop("calendar_days", "confirmed")
