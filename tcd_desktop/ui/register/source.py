"""Where the register model reads from: the register read service, one short session per call.

Runs on a worker thread (the model calls it through the background runner). The service
checks the signed-in user's role; denouncers are already masked. Nothing here writes.
"""

from __future__ import annotations

from tcd_desktop.services.context import Actor
from tcd_desktop.services.register import read
from tcd_desktop.services.register.read import RegisterFilter, RegisterRow, RegisterSort
from tcd_desktop.services.runtime import Database


class DatabaseRegisterSource:
    """:class:`~tcd_desktop.ui.models.register_model.RegisterSource` over an open database."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def count(self, flt: RegisterFilter) -> int:
        """Rows selected by ``flt``."""
        return read.count_rows(self.db, self.actor, flt)

    def page(
        self, flt: RegisterFilter, sort: RegisterSort, offset: int, limit: int, total: int | None
    ) -> list[RegisterRow]:
        """One window of rows in register order."""
        return read.read_rows(self.db, self.actor, flt, sort, offset, limit, total)
