"""Steps shared by the complaint test modules: accept a petition, read the due dates, the
people at a dialogue."""

from __future__ import annotations

import datetime as dt
import uuid

from tcd_desktop.services import petitions
from tcd_desktop.services.cases import AcceptanceInput, explain_due
from tcd_desktop.services.context import SYSTEM, Actor
from tcd_desktop.services.dialogues import Participant
from tests.services.conftest import Org

D = dt.date


def accept_as(org: Org, pid: uuid.UUID, on: D, actor: Actor, **kw: object) -> uuid.UUID:
    with org.db.session() as s:
        data = AcceptanceInput(accepted_on=on, assignee_id=actor.user_id, **kw)  # type: ignore[arg-type]
        return petitions.accept_petition(s, actor, pid, data).case_id


def dues_of(org: Org, case_id: uuid.UUID, today: D) -> dict[str, tuple[D, str]]:
    with org.db.session() as s:
        return {
            e.rule_id: (e.due_on, e.state) for e in explain_due(s, SYSTEM, case_id, today=today)
        }


def dialogue_people() -> list[Participant]:
    return [
        Participant("presiding", "Hoàng Văn Chủ", "Chủ tịch", "UBND xã Hữu Lũng"),
        Participant("secretary", "Lý Thị Thư", "Công chức", "UBND xã Hữu Lũng"),
        Participant("complainant", "Nguyễn Văn An", id_number="020085001234"),
        Participant("respondent", "Phạm Văn Bị", "Trưởng phòng", "Phòng Địa chính"),
        Participant("related_person", "Đỗ Thị Liên", address="Thôn Bản Lề"),
    ]
