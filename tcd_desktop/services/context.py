"""Who is acting: the signed-in user, their roles, unit and desk; and role checks.

Every service call takes an ``Actor`` and checks it with ``require``; the UI hides what
the role cannot do, but the service is the one that refuses.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.services.messages import MESSAGES, named_action


@dataclass(frozen=True)
class Actor:
    """The person on whose behalf a service runs."""

    user_id: uuid.UUID | None
    username: str
    full_name: str
    roles: frozenset[str] = field(default_factory=frozenset)
    unit_id: uuid.UUID | None = None
    desk_code: str = ""
    session_key: bytes = field(default=b"", repr=False, compare=False)
    """Derived from the password at sign-in, kept in memory only: encrypts the session's
    local drafts (:mod:`tcd_desktop.services.session_key`); empty without a sign-in."""

    def has(self, *roles: Role | str) -> bool:
        """True when the actor holds any of ``roles`` (administrators hold every role)."""
        if Role.ADMINISTRATOR.value in self.roles:
            return True
        return any(str(r) in self.roles for r in roles)


def require(actor: Actor, *roles: Role | str, action: str | None = None) -> None:
    """Raise ``PermissionDenied`` unless ``actor`` holds one of ``roles``.

    ``action`` (Vietnamese, e.g. "xử lý vụ việc") is what the refusal says the account may
    not do; it is the message's ``action`` parameter, which a screen in another language
    names in its own words."""
    if not actor.has(*roles):
        raise PermissionDenied(
            MESSAGES(
                "permission.denied",
                username=actor.username,
                action=named_action(action),
                roles=tuple(Role(str(r)) for r in roles),
            )
        )


def require_signed_in(actor: Actor, action: str | None = None) -> None:
    """Raise ``PermissionDenied`` unless ``actor`` holds some role: the check of the reads and
    steps any signed-in role may do (a role-less actor is always refused)."""
    if not actor.roles:
        raise PermissionDenied(MESSAGES("permission.no_role", action=named_action(action)))


SYSTEM = Actor(
    user_id=None,
    username="system",
    full_name="Hệ thống",
    roles=frozenset({Role.ADMINISTRATOR.value}),
)
"""The actor for command-line maintenance and start-up work."""
