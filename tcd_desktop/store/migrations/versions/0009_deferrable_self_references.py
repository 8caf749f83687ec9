"""Self-referencing foreign keys become DEFERRABLE INITIALLY DEFERRED (PostgreSQL).

``units.parent_id``, ``receptions.repeat_of_id``, ``petitions.duplicate_of_id`` and
``cases.parent_case_id`` point into their own table. A data-only ``pg_dump`` warns about these
"circular foreign-key constraints": restoring such a dump, or loading rows in any order, may
put a child before its parent. Deferred, they are checked at commit, so a data-only restore
in one transaction (``pg_restore --data-only --single-transaction``) always succeeds. (The
warning itself stays: pg_dump reports any self-reference, deferred or not; the full dumps
``tcd-desktop backup`` makes never need it.) SQLite checks foreign keys per statement and
needs no change.

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

SELF_REFERENCES = (
    ("units", "fk_units_parent_id_units"),
    ("receptions", "fk_receptions_repeat_of_id_receptions"),
    ("petitions", "fk_petitions_duplicate_of_id_petitions"),
    ("cases", "fk_cases_parent_case_id_cases"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, constraint in SELF_REFERENCES:
        op.execute(
            f"ALTER TABLE {table} ALTER CONSTRAINT {constraint} DEFERRABLE INITIALLY DEFERRED"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, constraint in SELF_REFERENCES:
        op.execute(f"ALTER TABLE {table} ALTER CONSTRAINT {constraint} NOT DEFERRABLE")
