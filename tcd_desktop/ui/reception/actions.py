"""The service calls of the reception screen, each one short session, run off the GUI thread.

Every function here is handed to the background runner by the page; none touches a widget.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from tcd_desktop.domain.enums import Role
from tcd_desktop.services import board, citizens, intake, repeats, users
from tcd_desktop.services.context import Actor
from tcd_desktop.services.intake_types import SavedVisit, VisitInput
from tcd_desktop.store.database import Database


@dataclass(frozen=True)
class DeskOptions:
    """What the form's pickers offer: fields, receiving officers, presiding leaders."""

    fields: list[tuple[str, str]] = field(default_factory=list)
    officers: list[tuple[str, str]] = field(default_factory=list)
    leaders: list[tuple[str, str]] = field(default_factory=list)


def load_options(db: Database, actor: Actor) -> DeskOptions:
    """Field catalogue, reception officers (and the signed-in user) and leaders."""
    options = board.load_filter_options(db, actor)
    with db.session() as session:
        officers = users.users_with_role(session, Role.RECEPTION_OFFICER)
        leaders = users.users_with_role(session, Role.LEADER)
    people = [(str(u.id), u.full_name) for u in officers]
    if actor.user_id is not None and all(pid != str(actor.user_id) for pid, _ in people):
        people.insert(0, (str(actor.user_id), actor.full_name))
    return DeskOptions(
        fields=[(c.key, c.label) for c in options.fields],
        officers=people,
        leaders=[
            (str(u.id), f"{u.full_name} — {u.title}" if u.title else u.full_name) for u in leaders
        ],
    )


def lookup(db: Database, actor: Actor, query: str) -> list[citizens.CitizenMatch]:
    """Citizen suggestions for what the officer has typed."""
    with db.session() as session:
        return citizens.lookup(session, actor, query)


def history(db: Database, actor: Actor, citizen_id: uuid.UUID) -> citizens.CitizenHistory:
    """Earlier visits and petitions of a citizen."""
    with db.session() as session:
        return citizens.history(session, actor, citizen_id)


def find_repeats(db: Database, query: repeats.RepeatQuery) -> list[repeats.RepeatMatch]:
    """Earlier petitions that look like the same matter."""
    with db.session() as session:
        return repeats.find_repeats(session, query)


def save(db: Database, actor: Actor, visit: VisitInput) -> SavedVisit:
    """Save the visit in one transaction (numbers final, audit written)."""
    with db.session() as session:
        return intake.save_visit(session, actor, visit)
