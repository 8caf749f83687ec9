"""Reading the register for the register screen: counts and windows of rows, role-checked.

The screen's lazy table asks for the number of rows a filter selects and for one window of
rows at a time; each call is one short session on a worker thread. Denouncers come back
masked (the queries do it). The filter, sort and row types are re-exported here so that the
screen never imports the store.
"""

from __future__ import annotations

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.runtime import Database
from tcd_desktop.store.queries.register import (
    RegisterFilter,
    RegisterRow,
    RegisterSort,
    register_count,
    register_ids,
    register_rows,
)

__all__ = [
    "READERS",
    "RegisterFilter",
    "RegisterRow",
    "RegisterSort",
    "count_rows",
    "read_rows",
]

#: Who may read the register.
READERS = (Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER, Role.SUPERVISOR)
_ACTION = "xem sổ tiếp công dân"


def count_rows(db: Database, actor: Actor, flt: RegisterFilter) -> int:
    """Rows selected by ``flt``."""
    require(actor, *READERS, action=_ACTION)
    with db.session() as session:
        return register_count(session, flt)


def read_rows(
    db: Database,
    actor: Actor,
    flt: RegisterFilter,
    sort: RegisterSort,
    offset: int,
    limit: int,
    total: int | None = None,
) -> list[RegisterRow]:
    """One window of rows in register order."""
    require(actor, *READERS, action=_ACTION)
    with db.session() as session:
        ids = register_ids(session, flt, sort, offset=offset, limit=limit, total=total)
        return register_rows(session, ids)
