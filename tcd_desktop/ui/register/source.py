"""Where the register model reads from: the register queries, one short session per call.

Runs on a worker thread (the model calls it through the background runner). Denouncers are
already masked by the queries; nothing here writes.
"""

from __future__ import annotations

from tcd_desktop.store.database import Database
from tcd_desktop.store.queries.register import (
    RegisterFilter,
    RegisterRow,
    RegisterSort,
    register_count,
    register_ids,
    register_rows,
)


class DatabaseRegisterSource:
    """:class:`~tcd_desktop.ui.models.register_model.RegisterSource` over an open database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self, flt: RegisterFilter) -> int:
        """Rows selected by ``flt``."""
        with self.db.session() as session:
            return register_count(session, flt)

    def page(
        self, flt: RegisterFilter, sort: RegisterSort, offset: int, limit: int, total: int | None
    ) -> list[RegisterRow]:
        """One window of rows in register order."""
        with self.db.session() as session:
            ids = register_ids(session, flt, sort, offset=offset, limit=limit, total=total)
            return register_rows(session, ids)
