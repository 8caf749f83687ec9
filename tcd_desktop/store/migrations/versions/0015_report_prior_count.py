"""Statutory reports (issue 7): the number of earlier decisions stored on the petition.

The report forms count petitions by how many times they were handled before (the length of
the json ``prior_handling`` list: none, once, twice or more). PostgreSQL's btree indexes
cannot hold a json column, so every window row of a petition form was read from the table
(heap) as well as from the covering index — on 1,000,000 cases most of a year's cost. Here
PostgreSQL gets ``petitions.prior_count``, a stored generated column kept by the database on
every write (no application code writes it), and the two petition window indexes hold it in
place of the json, so the windows are index-only scans.

The dashboard's "received in the period" counts per unit (with the mass and repeat flags)
read ``ix_cases_received_window`` on PostgreSQL, led by the receipt date: the unit-led
``ix_cases_received`` cannot serve a date range there (no skip scan), so the planner read the
whole table (430 ms → 77 ms for a quarter of 1,000,000 cases).

SQLite is unchanged: its covering indexes already hold the json, and the count is computed
from it while the index is read; its planner skip-scans the unit-led index.

Revision ID: 0015
Revises: 0013
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0013"
branch_labels = None
depends_on = None

_P = [
    "kind",
    "processing_outcome",
    "duplicate_of_id",
    "field_code",
    "reception_id",
    "id",
    "deleted_at",
]
#: (index, leading columns) — the petition windows of 0008/0013
INDEXES = [
    ("ix_petitions_report_window", ["received_on", "unit_id", "processed_on"]),
    ("ix_petitions_report_processed", ["processed_on", "received_on", "unit_id"]),
]
PRIOR_COUNT = (
    "CASE WHEN json_typeof(prior_handling) = 'array' "
    "THEN json_array_length(prior_handling) ELSE 0 END"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "ALTER TABLE petitions ADD COLUMN prior_count integer "
        f"GENERATED ALWAYS AS ({PRIOR_COUNT}) STORED"
    )
    for name, lead in INDEXES:
        op.drop_index(name, table_name="petitions")
        op.create_index(name, "petitions", [*lead, *_P[:5], "prior_count", *_P[5:]])
    op.create_index(
        "ix_cases_received_window",
        "cases",
        ["received_on", "unit_id", "is_mass", "is_repeat"],
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
    op.execute("ANALYZE petitions")
    op.execute("ANALYZE cases")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_cases_received_window", table_name="cases")
    for name, lead in INDEXES:
        op.drop_index(name, table_name="petitions")
        op.create_index(name, "petitions", [*lead, *_P])
    op.drop_column("petitions", "prior_count")
