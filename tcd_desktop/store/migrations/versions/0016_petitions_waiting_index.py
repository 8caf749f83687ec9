"""The petition queue (issue 8, rule 10): a partial index of the petitions awaiting processing.

The queue lists the waiting petitions (``status = 'received'``, not deleted) by receipt
date, and the 45-day filter (T2B, NĐ 154/2026 Điều 41 k3b) counts those received in a span
of dates. With only the receipt-date indexes, every processed petition of the span was
fetched from the table to read its status: on 1,000,000 SQLite petitions (≈ 7,000 waiting)
the queue's first 500 took 1.7 s and the 45-day count over two years 0.4 s. This index holds
only the waiting petitions, in the queue's order: both become ≈ 1–2 ms.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

NAME = "ix_petitions_waiting"
WAITING = sa.text("status = 'received' AND deleted_at IS NULL")


def upgrade() -> None:
    op.create_index(
        NAME,
        "petitions",
        ["received_on", "id"],
        sqlite_where=WAITING,
        postgresql_where=WAITING,
    )


def downgrade() -> None:
    op.drop_index(NAME, table_name="petitions")
