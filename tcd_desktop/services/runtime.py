"""The database handle the screens hold, re-exported so that ui/ never imports the store.

Screens keep a :class:`Database` only to hand it back to services; they never open a
session on it (a test walks the import graph and fails on any ui → store/sqlalchemy import).
"""

from __future__ import annotations

from sqlalchemy.exc import OperationalError

from tcd_desktop.store.database import Database, DatabaseError, SchemaTooNewError

__all__ = ["Database", "DatabaseError", "SchemaTooNewError", "is_environment_error"]


def is_environment_error(exc: BaseException) -> bool:
    """True for a database the desk cannot reach or a locked file (not a bug, not a refusal)."""
    return isinstance(exc, OperationalError)
