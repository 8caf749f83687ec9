"""Partial indexes that keep the reception register fast on a million rows.

Counting and paging live visits, mass delegations and repeats, and finding the petitions
of a visit by kind, each read one small partial index instead of the whole table. The
WHERE texts match what ``store/queries/register.py`` generates, which SQLite requires
before it will use a partial index.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _where(sqlite: str, pg: str) -> dict[str, object]:
    return {"sqlite_where": sa.text(sqlite), "postgresql_where": sa.text(pg)}


INDEXES = (
    (
        "ix_receptions_live",
        "receptions",
        ["received_on", "id"],
        _where("deleted_at IS NULL", "deleted_at IS NULL"),
    ),
    (
        "ix_receptions_mass",
        "receptions",
        ["received_on", "id"],
        _where("deleted_at IS NULL AND is_mass IS 1", "deleted_at IS NULL AND is_mass IS true"),
    ),
    (
        "ix_receptions_repeat",
        "receptions",
        ["received_on", "id"],
        _where(
            "deleted_at IS NULL AND repeat_of_id IS NOT NULL",
            "deleted_at IS NULL AND repeat_of_id IS NOT NULL",
        ),
    ),
    (
        "ix_petitions_reception_kind",
        "petitions",
        ["reception_id", "kind"],
        _where("deleted_at IS NULL", "deleted_at IS NULL"),
    ),
    (
        "ix_petitions_duplicate",
        "petitions",
        ["reception_id"],
        _where(
            "duplicate_of_id IS NOT NULL AND deleted_at IS NULL",
            "duplicate_of_id IS NOT NULL AND deleted_at IS NULL",
        ),
    ),
)


def upgrade() -> None:
    for name, table, cols, where in INDEXES:
        op.create_index(name, table, cols, unique=False, **where)  # type: ignore[arg-type]


def downgrade() -> None:
    for name, table, _cols, _where in INDEXES:
        op.drop_index(name, table_name=table)
