"""A first-run office on the real server with database roles and one login per application
role (reception officer, handling officer, leader, supervisor, administrator), as an office's
IT person sets it up (README, "networked office"): ``create_office`` as the schema owner,
``install_database_roles``, then the accounts by the administrator.

Login names carry a random suffix (roles are cluster-wide, other runs share the cluster);
every role made is dropped afterwards (tests/network/roles_fixture.py ``_drop_roles``).
"""

from __future__ import annotations

import contextlib
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tcd_desktop.domain.enums import Role
from tcd_desktop.services import users
from tcd_desktop.services.context import Actor
from tcd_desktop.services.setup import create_office
from tcd_desktop.services.users.network import install_database_roles
from tcd_desktop.store.database import Database, open_database
from tcd_desktop.store.models import User
from tests.dbfixtures import make_database
from tests.network.roles_fixture import PASSWORD, _drop_roles

ROLES = (
    Role.RECEPTION_OFFICER,
    Role.HANDLING_OFFICER,
    Role.LEADER,
    Role.SUPERVISOR,
    Role.ADMINISTRATOR,
)
DESK = "LS-01"


@dataclass
class RoleOffice:
    """The owner's database, the role prefix and an actor per application role."""

    owner: Database
    prefix: str
    actors: dict[str, Actor] = field(default_factory=dict)
    opened: list[Database] = field(default_factory=list)

    def login(self, role: Role | str) -> Database:
        """A new connection as the own login role of the user holding ``role``."""
        db = open_database(self.owner.url, upgrade=False)
        db.switch_login(self.actors[str(role)].username, PASSWORD)
        self.opened.append(db)
        return db

    def actor(self, role: Role | str) -> Actor:
        return self.actors[str(role)]

    def user_id(self, role: Role | str) -> uuid.UUID:
        user_id = self.actors[str(role)].user_id
        assert user_id is not None
        return user_id


@contextlib.contextmanager
def role_office(tmp_path: Path) -> Iterator[RoleOffice]:
    """Yield a :class:`RoleOffice`; drop its schema and every role it made afterwards."""
    suffix = secrets.token_hex(4)
    prefix = f"t{suffix}"
    names = {str(r): f"{str(r)[:6]}_{suffix}" for r in ROLES}
    try:
        with make_database("postgres", tmp_path) as owner:
            admin_name = names[Role.ADMINISTRATOR]
            with owner.session() as s:
                create_office(
                    s, "UBND xã Tân Thanh", "UBND-X01", "Lạng Sơn", DESK, admin_name,
                    "Quản Trị Viên", PASSWORD,
                )  # fmt: skip
            with owner.session() as s:
                admin = users.sign_in(s, admin_name, PASSWORD)
            install_database_roles(owner, admin, PASSWORD, prefix)
            office = RoleOffice(owner=owner, prefix=prefix, actors={Role.ADMINISTRATOR: admin})
            for role in ROLES[:-1]:
                with owner.session() as s:
                    info = users.create_user(
                        s,
                        admin,
                        users.NewUser(
                            username=names[role],
                            full_name=f"Cán bộ {role}",
                            password=PASSWORD,
                            roles=(role,),
                            unit_id=admin.unit_id,
                        ),
                    )
                    row = s.get(User, info.id)
                    assert row is not None
                    office.actors[str(role)] = users.actor_for(s, row, DESK)
            try:
                yield office
            finally:
                for db in office.opened:
                    db.close()
    finally:
        _drop_roles(prefix, list(names.values()))
