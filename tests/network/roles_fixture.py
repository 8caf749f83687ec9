"""A networked office on the real server: database roles installed under a random prefix,
an administrator, a reception officer and a supervisor with their own logins; every role
dropped afterwards (roles are cluster-wide and other test runs share the cluster)."""

from __future__ import annotations

import contextlib
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.context import Actor
from tcd_desktop.services.users import NewUser, create_user
from tcd_desktop.store.database import Database, open_database
from tcd_desktop.store.pg_roles import all_groups, install_roles
from tests.dbfixtures import make_database, postgres_url

PASSWORD = "mat-khau-1234"


@dataclass
class Office:
    """The owner's database, the role prefix and the users by role."""

    owner: Database
    prefix: str
    users: dict[str, tuple[uuid.UUID, str]] = field(default_factory=dict)
    opened: list[Database] = field(default_factory=list)

    def login(self, role: str) -> Database:
        """A new connection as the login role of the user holding ``role``."""
        _, name = self.users[role]
        db = open_database(self.owner.url, upgrade=False)
        db.switch_login(name, PASSWORD)
        self.opened.append(db)
        return db

    def actor(self, role: str) -> Actor:
        user_id, name = self.users[role]
        return Actor(user_id=user_id, username=name, full_name=name, roles=frozenset({role}))


SYSTEM_ADMIN = Actor(
    user_id=None, username="it", full_name="IT", roles=frozenset({Role.ADMINISTRATOR.value})
)


@contextlib.contextmanager
def networked_office(tmp_path: Path) -> Iterator[Office]:
    """Yield an :class:`Office`; drop its schema and every role it made afterwards."""
    suffix = secrets.token_hex(4)
    prefix = f"t{suffix}"
    logins: list[str] = []
    try:
        with make_database("postgres", tmp_path) as owner:
            install_roles(owner.engine, prefix)
            office = Office(owner=owner, prefix=prefix)
            for role in (Role.ADMINISTRATOR, Role.RECEPTION_OFFICER, Role.SUPERVISOR):
                name = f"{str(role)[:5]}_{suffix}"
                with owner.session() as s:
                    info = create_user(
                        s,
                        SYSTEM_ADMIN,
                        NewUser(username=name, full_name=name, password=PASSWORD, roles=[role]),
                    )
                office.users[str(role)] = (info.id, name)
                logins.append(name)
            try:
                yield office
            finally:
                for db in office.opened:
                    db.close()
    finally:
        _drop_roles(prefix, logins)


def _drop_roles(prefix: str, logins: list[str]) -> None:
    base = postgres_url()
    if base is None:
        return
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        made = conn.execute(
            text(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE :p OR rolname = ANY(:l) "
                "OR shobj_description(oid, 'pg_authid') = :mark"
            ),
            {"p": f"{prefix}\\_%", "l": logins, "mark": f"tcd-login:{prefix}"},
        ).scalars()
        names = list(made)
        for name in sorted(names, key=lambda n: n in all_groups(prefix)):
            conn.exec_driver_sql(f'DROP OWNED BY "{name}"')
            conn.exec_driver_sql(f'DROP ROLE "{name}"')
    engine.dispose()
