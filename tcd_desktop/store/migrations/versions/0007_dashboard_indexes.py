"""Partial and covering indexes for the board counts and the supervisor's dashboard.

Open-state counts (overdue, due soon, on track, paused, no clock yet) are range counts on
``ix_cases_open``, a partial index over open cases only (about 12% of a long-lived
database) by pause and due date; ``ix_cases_open_unit`` groups the same cases by unit and
officer for the dashboard. "Closed on
time / late in a period" reads ``ix_cases_closed``, a partial index over closed cases by
closing date that also holds the unit, the due date and what the medians need (kind,
complexity, acceptance and receipt dates), so a quarter is a short range scan. Cases
received in a period (mass delegations, repeats, the received-per-month chart) read
``ix_cases_received``. The WHERE texts match what ``store/queries/dashboard.py`` and
``board_cards.py`` generate, which SQLite requires before it uses a partial index.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _where(text: str) -> dict[str, object]:
    return {"sqlite_where": sa.text(text), "postgresql_where": sa.text(text)}


OPEN = "closed_on IS NULL AND deleted_at IS NULL"
CLOSED = "closed_on IS NOT NULL AND deleted_at IS NULL"
LIVE = "deleted_at IS NULL"

#: Trailing ``closed_on, deleted_at`` make each partial index covering: SQLite reads the
#: columns of the index's WHERE from the index itself only when they are in it; a trailing
#: ``id`` covers the keyset order ``(sort key, id)`` of the drill-down lists.
INDEXES = (
    ("ix_cases_open", ["is_paused", "due_on", "unit_id", "closed_on", "deleted_at"], OPEN),
    (
        "ix_cases_open_unit",
        ["unit_id", "due_on", "is_paused", "assignee_id", "closed_on", "deleted_at", "id"],
        OPEN,
    ),
    (
        "ix_cases_closed",
        [
            "closed_on",
            "due_on",
            "unit_id",
            "kind",
            "is_complex",
            "is_very_complex",
            "accepted_on",
            "received_on",
            "deleted_at",
            "id",
        ],
        CLOSED,
    ),
    (
        "ix_cases_received",
        ["unit_id", "received_on", "kind", "is_mass", "is_repeat", "deleted_at", "id"],
        LIVE,
    ),
)


#: Leaders' periodic reception days held in a period (the dashboard's reception column).
PERIODIC = "kind = 'periodic' AND deleted_at IS NULL"


def upgrade() -> None:
    for name, cols, where in INDEXES:
        op.create_index(name, "cases", cols, unique=False, **_where(where))  # type: ignore[arg-type]
    op.create_index(
        "ix_receptions_periodic",
        "receptions",
        ["leader_id", "received_on"],
        unique=False,
        **_where(PERIODIC),  # type: ignore[arg-type]
    )


def downgrade() -> None:
    op.drop_index("ix_receptions_periodic", table_name="receptions")
    for name, _cols, _where_text in INDEXES:
        op.drop_index(name, table_name="cases")
