"""Supervision follow-up (issue 7): successor units and when a locked report was due.

* ``units.successor_id``: a unit abolished in the 01/7/2025 reorganisation points to the
  unit that took over; reports and the dashboard count its figures under the successor.
  On PostgreSQL the self-reference is DEFERRABLE INITIALLY DEFERRED like the others (0009).
* ``report_locks.due_on``: the day a locked report was due (end of the period + the
  office's submission days); locked on or before it is "sent on time" for the rating.
* ``case_day_counts``: live cases per (state, day) — open by due date, closed by closing
  date — kept in step by triggers on ``cases`` in the same transaction as every change, and
  filled here from the cases (``store/queries/board_counts.py``): the whole office's board
  counts read it instead of a hundred thousand index entries.
* The petition and case windows' "received in the period" ranges read covering indexes led
  by the receipt date (with the unit-led ones of 0008 SQLite fetched every row of a
  whole-office report from the table: 0.4 s of CPU for a year of petitions before counting
  anything). Visits keep 0008's unit-led index: there the planner skip-scans it, covering.

Revision ID: 0013
Revises: 0010 (the integrator chains 0011/0012/0014)
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from tcd_desktop.store.queries import board_counts

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None

SUCCESSOR_FK = "fk_units_successor_id_units"

_P = [
    "kind",
    "processing_outcome",
    "duplicate_of_id",
    "field_code",
    "reception_id",
    "prior_handling",
    "id",
    "deleted_at",
]
_C = [
    "kind",
    "level",
    "status",
    "due_on",
    "decision_on",
    "decision_result",
    "is_repeat",
    "legal_effect_on",
    "enforcement_done_on",
    "id",
    "deleted_at",
]
#: (new index, table, columns, the 0008 index it replaces, that index's columns)
WINDOWS = [
    (
        "ix_petitions_report_window",
        "petitions",
        ["received_on", "unit_id", "processed_on", *_P],
        "ix_petitions_report_received",
        ["unit_id", "received_on", "processed_on", *_P],
    ),
    (
        "ix_cases_report_window",
        "cases",
        ["received_on", "unit_id", "closed_on", *_C],
        "ix_cases_report_received",
        ["unit_id", "received_on", "closed_on", *_C],
    ),
]


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.add_column("units", sa.Column("successor_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            SUCCESSOR_FK,
            "units",
            "units",
            ["successor_id"],
            ["id"],
            deferrable=True,
            initially="DEFERRED",
        )
    else:
        # SQLite: ADD COLUMN with an inline REFERENCES (no table rebuild)
        op.execute(
            f"ALTER TABLE units ADD COLUMN successor_id CHAR(32) "
            f"CONSTRAINT {SUCCESSOR_FK} REFERENCES units (id)"
        )
    op.add_column("report_locks", sa.Column("due_on", sa.Date(), nullable=True))
    dialect = op.get_bind().dialect.name
    json_ok = dialect == "sqlite"  # PostgreSQL json has no btree operator class (as in 0008)
    for name, table, cols, old, _old_cols in WINDOWS:
        op.drop_index(old, table_name=table)
        op.create_index(name, table, [c for c in cols if json_ok or c != "prior_handling"])
        if json_ok:  # statistics, so the planner sees that the index covers the query
            op.execute(f"ANALYZE {name}")
    op.create_table(
        "case_day_counts",
        sa.Column("state", sa.String(1), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("state", "day", name="pk_case_day_counts"),
    )
    create, _drop = board_counts.trigger_sql(dialect)
    for sql in create:
        op.execute(sql)
    for sql in board_counts.rebuild_sql(dialect):
        op.execute(sql)


def _drop(table: str, column: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    else:
        op.drop_column(table, column)


def downgrade() -> None:
    _create, drop = board_counts.trigger_sql(op.get_bind().dialect.name)
    for sql in drop:
        op.execute(sql)
    op.drop_table("case_day_counts")
    json_ok = op.get_bind().dialect.name == "sqlite"
    for name, table, _cols, old, old_cols in WINDOWS:
        op.drop_index(name, table_name=table)
        op.create_index(old, table, [c for c in old_cols if json_ok or c != "prior_handling"])
    _drop("report_locks", "due_on")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint(SUCCESSOR_FK, "units", type_="foreignkey")
    _drop("units", "successor_id")
