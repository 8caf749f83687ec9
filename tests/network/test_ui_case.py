"""A case step another desk overtook (issue #11 §4): the step dialog keeps the input and
shows both sides; "mine" records the step on the case as it is now, "theirs" drops it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tcd_desktop.domain.workflow import Step
from tcd_desktop.services import petitions
from tcd_desktop.services.board import today_vn
from tcd_desktop.services.cases import AcceptanceInput, record_step
from tcd_desktop.store.models import AuditEntry, CaseEvent
from tcd_desktop.ui.case import CaseDetailPage
from tcd_desktop.ui.case.step_dialog import StepDialog
from tcd_desktop.ui.conflict import ConflictDialog
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.dbfixtures import make_database
from tests.services.conftest import Org, add_petition, make_org
from tests.ui.vn_typing import type_text

WAIT = 10_000


@pytest.fixture
def org(tmp_path: Path) -> Iterator[Org]:
    with make_database("sqlite", tmp_path) as database:
        yield make_org(database)


def _overtaken_step(qtbot: QtBot, org: Org) -> tuple[uuid.UUID, CaseDetailPage, ConflictDialog]:
    received = today_vn() - dt.timedelta(days=12)
    pid = add_petition(org.db, org, kind="khieu_nai", received_on=received, visit=True)
    with org.db.session() as s:
        case_id = petitions.accept_petition(
            s,
            org.handler,
            pid,
            AcceptanceInput(
                accepted_on=received + dt.timedelta(days=2), assignee_id=org.handler.user_id
            ),
        ).case_id
    bus = ChangeBus(delay_ms=1)
    runner = BackgroundRunner(bus=bus)  # as the shell wires it: publishes returned changes
    page = CaseDetailPage(org.db, org.handler, bus, runner)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show_case(case_id)
    with qtbot.waitSignal(page.steps_panel.dialog_opened, timeout=WAIT) as opened:
        qtbot.mouseClick(page.steps_panel.buttons["assign_verification"], Qt.MouseButton.LeftButton)
    step: StepDialog = opened.args[0]
    type_text(step.findChild(QLineEdit, "field_verifier"), "Thanh tra tỉnh Lạng Sơn")
    with org.db.session() as s:  # meanwhile another desk sends the acceptance notice
        record_step(s, org.other_handler, case_id, Step.ACCEPTANCE_NOTICE, on=today_vn())
    qtbot.mouseClick(step.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(step.findChildren(ConflictDialog)), timeout=WAIT)
    (conflict,) = step.findChildren(ConflictDialog)
    assert step.isVisible() and "người khác cập nhật" in step.error.text()
    assert step.findChild(QLineEdit, "field_verifier").text() == "Thanh tra tỉnh Lạng Sơn"
    rows = {f.name: f for f in conflict.conflict.fields}
    assert rows["step"].mine.startswith("Giao xác minh")
    assert rows["step"].theirs.startswith(Step.ACCEPTANCE_NOTICE.label_vi)
    assert conflict.merge_button.isHidden()
    return case_id, page, conflict


def _kinds(org: Org, case_id: uuid.UUID) -> list[str]:
    with org.db.session() as s:
        return list(
            s.scalars(
                select(CaseEvent.kind).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
            )
        )


def test_record_mine_anyway_records_the_step_on_the_case_as_it_is_now(
    qtbot: QtBot, org: Org
) -> None:
    case_id, page, conflict = _overtaken_step(qtbot, org)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.mouseClick(conflict.mine_button, Qt.MouseButton.LeftButton)
    assert _kinds(org, case_id)[-2:] == ["acceptance_notice", "assign_verification"]

    def resolved() -> list[AuditEntry]:
        with org.db.session() as s:
            query = select(AuditEntry).where(AuditEntry.action == "conflict.resolved")
            return list(s.scalars(query))

    qtbot.waitUntil(lambda: bool(resolved()), timeout=WAIT)
    (entry,) = resolved()
    assert entry.detail["outcome"] == "mine" and entry.entity_id == str(case_id)


def test_keep_theirs_drops_the_step(qtbot: QtBot, org: Org) -> None:
    case_id, _page, conflict = _overtaken_step(qtbot, org)
    step = conflict.parent()
    qtbot.mouseClick(conflict.theirs_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not step.isVisible(), timeout=WAIT)
    assert _kinds(org, case_id)[-1] == "acceptance_notice"
