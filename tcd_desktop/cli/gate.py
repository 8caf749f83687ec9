"""Sign-in for the maintenance commands (``db …``, ``audit …``, ``demo-data``).

Like the screens: an administrator for ``db`` and ``demo-data``, a supervisor or an
administrator for ``audit verify``/``audit anchor``. A database that has no user account yet
(a fresh file or server, before ``setup`` or the first run) has nobody to sign in, and the
first-run screen asks no one either: there the command runs as the first run would.
"""

from __future__ import annotations

import argparse

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import SQLAlchemyError

from tcd_desktop.cli.auth import signed_in
from tcd_desktop.domain.enums import Role
from tcd_desktop.services.context import Actor
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import User

ADMIN_ONLY = (Role.ADMINISTRATOR,)
AUDITORS = (Role.SUPERVISOR, Role.ADMINISTRATOR)


def has_accounts(db: Database) -> bool:
    """True when the database holds at least one user account.

    Raises ``SQLAlchemyError`` when the accounts cannot be read (a damaged file)."""
    if not inspect(db.engine).has_table("users"):
        return False
    with db.session() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def gate(
    ns: argparse.Namespace, db: Database, roles: tuple[Role, ...], action: str
) -> Actor | None:
    """The signed-in actor holding one of ``roles``; None on a database without accounts."""
    if not has_accounts(db):
        return None
    return signed_in(ns, db, *roles, action=action)


def gate_or_damaged(
    ns: argparse.Namespace, db: Database, roles: tuple[Role, ...], action: str
) -> Actor | None:
    """As :func:`gate`, but a file too damaged to read its accounts is let through to the
    check that reports the damage (and how to restore): it shows no data."""
    try:
        accounts = has_accounts(db)
    except SQLAlchemyError:
        return None
    if not accounts:
        return None
    return signed_in(ns, db, *roles, action=action)
