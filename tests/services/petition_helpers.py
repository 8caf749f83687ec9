"""Shared helpers of the petition-processing tests: date shorthands and accepting a petition."""

from __future__ import annotations

import datetime as dt

from tcd_desktop.services import petitions
from tcd_desktop.services.cases import AcceptanceInput
from tcd_desktop.services.context import Actor
from tests.services.conftest import Org

D = dt.date
KN, TC, KNG = "khieu_nai", "to_cao", "kien_nghi"


def accept(org: Org, petition_id, on: D, actor: Actor | None = None, **kw) -> object:  # type: ignore[no-untyped-def]
    with org.db.session() as s:
        return petitions.accept_petition(
            s,
            actor or org.handler,
            petition_id,
            AcceptanceInput(accepted_on=on, assignee_id=org.handler.user_id, **kw),
        )
