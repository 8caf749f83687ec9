"""Statutory reports (issue 7 §3): the petition facts the forms test, stored on the petition.

The petition forms (01–04/XLD) used to derive three facts per petition of the period while
counting: the field group (a chain of ``=`` / ``LIKE`` tests on ``field_code``), the number of
earlier decisions (the length of the json ``prior_handling``, on SQLite) and, for 04/XLD,
whether a case made from the petition was closed by the end of the period (an index probe
of the cases per accepted petition). On 1,000,000 cases that was most of a year's cost.

``petitions`` gains ``field_group``, ``resolved_on`` (the earliest closing date of a live
case made from it) and, on SQLite, ``prior_count`` (PostgreSQL has it since 0015, a stored
generated column). Triggers (``store/queries/report_facts.py``) keep them in step in the
same transaction as every write that changes what they are derived from; they are filled
here for the existing petitions; ``db check`` compares them with their sources and
``db check --repair`` recomputes them.

The two petition window indexes hold the stored facts in place of ``field_code`` and the
json (smaller entries: on SQLite the json made most of each entry).

The carried-over rows (received before the period, processed or closed in or after it) were
read from the finishing-date index from the period's start on: every row finished since
then, to keep the few received earlier (a year of 1,000,000 cases: 330,000 petitions for
2,700). They are now two short ranges: received in the last 30 (petitions) / 90 (cases)
days before the period, from the receipt-date window index, and the rows finished later than
that after receipt, from a partial index holding only them
(``report_window.slow_finish_sql``).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from tcd_desktop.store.queries import report_facts
from tcd_desktop.store.queries.report_window import slow_finish_sql

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_REST = ["kind", "processing_outcome", "duplicate_of_id", "reception_id", "id", "deleted_at"]
#: (index, leading columns) — the petition windows of 0013/0015
INDEXES = [
    ("ix_petitions_report_window", ["received_on", "unit_id", "processed_on"]),
    ("ix_petitions_report_processed", ["processed_on", "received_on", "unit_id"]),
]
_FACTS = ["field_group", "prior_count", "resolved_on"]
_CASE = [
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
#: (index, table, columns): the rows finished long after receipt (partial, slow_finish_sql)
SLOW = [
    (
        "ix_petitions_report_slow",
        "petitions",
        ["processed_on", "received_on", "unit_id", *_REST[:4], *_FACTS, *_REST[4:]],
    ),
    ("ix_cases_report_slow", "cases", ["closed_on", "received_on", "unit_id", *_CASE]),
]


def _old_columns(postgres: bool) -> list[str]:
    """The columns after the leading ones before 0017 (0013 on SQLite, 0015 on PostgreSQL)."""
    if postgres:
        return [*_REST[:3], "field_code", "reception_id", "prior_count", "id", "deleted_at"]
    return [*_REST[:3], "field_code", "reception_id", "prior_handling", "id", "deleted_at"]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    postgres = dialect == "postgresql"
    op.add_column("petitions", sa.Column("field_group", sa.String(8), nullable=True))
    op.add_column("petitions", sa.Column("resolved_on", sa.Date(), nullable=True))
    if not postgres:
        op.add_column("petitions", sa.Column("prior_count", sa.Integer(), nullable=True))
    for name, _lead in INDEXES:  # dropped first: the backfill would update them row by row
        op.drop_index(name, table_name="petitions")
    for sql in report_facts.backfill_sql(dialect):
        op.execute(sql)
    create, _drop = report_facts.trigger_sql(dialect)
    for sql in create:
        op.execute(sql)
    for name, lead in INDEXES:
        op.create_index(name, "petitions", [*lead, *_REST[:4], *_FACTS, *_REST[4:]])
    for name, table, columns in SLOW:
        where = sa.text(slow_finish_sql(table, dialect, qualified=False))
        op.create_index(name, table, columns, sqlite_where=where, postgresql_where=where)
    op.execute("ANALYZE petitions")
    op.execute("ANALYZE cases")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    postgres = dialect == "postgresql"
    _create, drop = report_facts.trigger_sql(dialect)
    for sql in drop:
        op.execute(sql)
    for name, table, _columns in SLOW:
        op.drop_index(name, table_name=table)
    for name, lead in INDEXES:
        op.drop_index(name, table_name="petitions")
        op.create_index(name, "petitions", [*lead, *_old_columns(postgres)])
    columns = ["field_group", "resolved_on"] + ([] if postgres else ["prior_count"])
    for column in columns:
        if postgres:
            op.drop_column("petitions", column)
        else:
            op.execute(f"ALTER TABLE petitions DROP COLUMN {column}")
