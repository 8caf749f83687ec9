"""The sample-data generation settings and result shared by the sample-data test modules."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from tcd_desktop.services.demo_data import DemoSummary
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Case

TODAY = dt.date(2026, 11, 27)
CASES = 300
SEED = 7


class Generated:
    """A generated database and what the generator reported."""

    def __init__(self, db: Database, summary: DemoSummary, stages: list[str]) -> None:
        self.db = db
        self.summary = summary
        self.stages = stages


def ids_and_codes(db: Database) -> list[tuple[uuid.UUID, str]]:
    with db.session() as s:
        return [(i, c) for i, c in s.execute(select(Case.id, Case.code).order_by(Case.id))]
