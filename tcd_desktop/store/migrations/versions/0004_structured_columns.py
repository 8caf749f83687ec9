"""Real columns and a table for data the services kept in JSON texts and ``app_meta``.

* ``receptions.handling`` (JSON) and ``receptions.receipt_number``: the desk's handling of a
  visit, until now a versioned JSON document inside ``outcome_detail``; ``outcome_detail``
  keeps only the free-text note.
* ``reception_schedule_days`` and ``users.leader_category``: leaders' periodic reception
  plans, until now ``app_meta`` keys ``sched:<leader>:<YYYY-MM>`` and ``leadercat:<leader>``
  (the keys are removed once copied).
* ``petitions.respondent_folded`` (indexed; a pg_trgm index on PostgreSQL) for repeat
  detection, and ``petitions.initial_check_extended`` (from the audit trail).
* Petition statuses ``returned`` and ``reported_to_lower`` replace ``guided`` and
  ``transferred`` for those processing outcomes.
* ``documents.is_sealed`` (from the audit entry of each issued document).
* Dialogue minutes fields on ``dialogues`` (from the case timeline events).

Backfills run in Python over batches read through ``op.get_bind()``, the same on SQLite
and PostgreSQL. On SQLite only ``dialogues`` is rebuilt (batch mode, for its new foreign
key); ``receptions`` and ``petitions`` get plain ``ADD COLUMN`` so their FTS triggers stay.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from tcd_desktop.store.migrations import data_0004

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _tracked_columns() -> list[sa.Column[Any]]:
    """The columns of the ``Tracked`` mixin, as in revision 0001."""
    when, desk = sa.DateTime(timezone=True), sa.String(length=32)
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", when, nullable=False),
        sa.Column("updated_at", when, nullable=False),
        sa.Column("created_by", sa.Uuid()),
        sa.Column("updated_by", sa.Uuid()),
        sa.Column("origin_desk", desk, nullable=False),
        sa.Column("deleted_at", when),
    ]


def _add_columns() -> None:
    with op.batch_alter_table("receptions") as b:
        b.add_column(sa.Column("handling", sa.JSON(), nullable=False, server_default="{}"))
        b.add_column(sa.Column("receipt_number", sa.String(length=40), nullable=True))
    with op.batch_alter_table("petitions") as b:
        b.add_column(sa.Column("respondent_folded", sa.Text(), nullable=False, server_default=""))
        b.add_column(
            sa.Column("initial_check_extended", sa.Boolean(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("users") as b:
        b.add_column(sa.Column("leader_category", sa.String(length=32), nullable=True))
    with op.batch_alter_table("documents") as b:
        b.add_column(sa.Column("is_sealed", sa.Boolean(), nullable=False, server_default="0"))
    with op.batch_alter_table("dialogues") as b:
        b.add_column(sa.Column("content", sa.Text(), nullable=False, server_default=""))
        b.add_column(sa.Column("started_at", sa.DateTime(timezone=True), nullable=True))
        b.add_column(sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True))
        for name in ("verification_summary", "other_opinions"):
            b.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))
        b.add_column(sa.Column("copies", sa.Integer(), nullable=False, server_default="3"))
        b.add_column(sa.Column("refusals", sa.JSON(), nullable=False, server_default="[]"))
        b.add_column(sa.Column("signed_scan_id", sa.Uuid(), nullable=True))
        b.create_foreign_key(
            "fk_dialogues_signed_scan_id_attachments", "attachments", ["signed_scan_id"], ["id"]
        )
    op.create_table(
        "reception_schedule_days",
        sa.Column("leader_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.Column("reception_id", sa.Uuid()),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        *_tracked_columns(),
        sa.ForeignKeyConstraint(
            ["leader_id"], ["users.id"], name="fk_reception_schedule_days_leader_id_users"
        ),
        sa.ForeignKeyConstraint(
            ["reception_id"],
            ["receptions.id"],
            name="fk_reception_schedule_days_reception_id_receptions",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_reception_schedule_days"),
        sa.UniqueConstraint("leader_id", "day", name="uq_reception_schedule_days_leader_id_day"),
    )


def upgrade() -> None:
    conn = op.get_bind()
    _add_columns()
    data_0004.backfill(conn)
    op.create_index("ix_receptions_receipt_number", "receptions", ["receipt_number"])
    op.create_index("ix_petitions_respondent_folded", "petitions", ["respondent_folded"])
    if conn.dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_petitions_respondent_folded_trgm ON petitions "
            "USING gin (respondent_folded public.gin_trgm_ops)"
        )


def downgrade() -> None:
    conn = op.get_bind()
    data_0004.restore(conn)
    if conn.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_petitions_respondent_folded_trgm")
    op.drop_index("ix_petitions_respondent_folded", table_name="petitions")
    op.drop_index("ix_receptions_receipt_number", table_name="receptions")
    op.drop_table("reception_schedule_days")
    with op.batch_alter_table("dialogues") as b:
        b.drop_constraint("fk_dialogues_signed_scan_id_attachments", type_="foreignkey")
        for name in (
            "signed_scan_id",
            "refusals",
            "copies",
            "other_opinions",
            "verification_summary",
            "ended_at",
            "started_at",
            "content",
        ):
            b.drop_column(name)
    # Plain DROP COLUMN (SQLite 3.35+): rebuilding these tables would lose their FTS triggers.
    for table, column in (
        ("receptions", "handling"),
        ("receptions", "receipt_number"),
        ("petitions", "respondent_folded"),
        ("petitions", "initial_check_extended"),
        ("users", "leader_category"),
        ("documents", "is_sealed"),
    ):
        op.drop_column(table, column)
