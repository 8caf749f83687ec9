"""Statutory reports: locked periods as sent, opening balances, indexes for period counts.

``ix_petitions_processed`` answers "processed in the window" and "received before, processed
after the start"; ``ix_petitions_open`` (partial) the petitions still open at the start.

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("origin_desk", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "report_locks",
        sa.Column("form_code", sa.String(length=16), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("scope", sa.String(length=32), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("locked_by", sa.Uuid(), nullable=True),
        sa.Column("locked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("unlocked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("unlocked_by", sa.Uuid(), nullable=True),
        sa.Column("unlock_reason", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["locked_by"], ["users.id"], name=op.f("fk_report_locks_locked_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["unlocked_by"], ["users.id"], name=op.f("fk_report_locks_unlocked_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_locks")),
    )
    op.create_index(
        "ix_report_locks_form", "report_locks", ["form_code", "period_from", "period_to"]
    )
    op.create_table(
        "report_opening_balances",
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("form_code", sa.String(length=16), nullable=False),
        sa.Column("column_no", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_report_opening_balances_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_opening_balances")),
    )
    op.create_index("ix_report_opening_form", "report_opening_balances", ["form_code", "as_of"])
    op.create_index("ix_petitions_processed", "petitions", ["processed_on", "received_on"])
    open_p = sa.text("processed_on IS NULL AND deleted_at IS NULL")
    op.create_index(
        "ix_petitions_open",
        "petitions",
        ["received_on"],
        sqlite_where=open_p,
        postgresql_where=open_p,
    )


def downgrade() -> None:
    op.drop_index("ix_petitions_open", table_name="petitions")
    op.drop_index("ix_petitions_processed", table_name="petitions")
    op.drop_index("ix_report_opening_form", table_name="report_opening_balances")
    op.drop_table("report_opening_balances")
    op.drop_index("ix_report_locks_form", table_name="report_locks")
    op.drop_table("report_locks")
