"""Issue 8 on screen: the acceptance dialog's time bar and checklist, the Điều 11 ground of a
returned complaint, and the receipt date of a decision on the case screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tcd_desktop.domain.complaint_rules import DenunciationCondition
from tcd_desktop.store.models import Case, CaseEvent
from tcd_desktop.ui.petitions.dialogs import AcceptDialog, OutcomeDialog
from tests.services.conftest import Org, add_petition
from tests.ui.test_petitions_queue import D, click_row, confirm, open_action, open_page, refuse
from tests.ui.vn_typing import type_text


def test_acceptance_dialog_checks_the_time_bar(
    qtbot: QtBot, org: Org, bus, runner, shots: Path
) -> None:
    pid = add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 8, 10))
    page = open_page(qtbot, org, bus, runner)
    click_row(qtbot, page, pid)
    dialog = open_action(qtbot, page, "acceptPetition")
    assert isinstance(dialog, AcceptDialog)
    dialog.legal.known_on.setDate(D(2026, 5, 4))
    dialog.grab().save(str(shots / "accept_complaint.png"))
    assert dialog.height() <= 740
    assert "hết thời hiệu" in refuse(qtbot, dialog)
    qtbot.mouseClick(dialog.legal.obstacle, Qt.MouseButton.LeftButton)
    dialog.legal.obstacle_from.setDate(D(2026, 6, 1))
    dialog.legal.obstacle_to.setDate(D(2026, 6, 20))
    assert "lý do trở ngại" in refuse(qtbot, dialog)
    type_text(dialog.legal.obstacle_reason, "Nằm viện")
    confirm(qtbot, page, dialog)
    with org.db.session() as s:
        case = s.scalars(select(Case).where(Case.petition_id == pid)).one()
        data = s.scalar(select(CaseEvent.data).where(CaseEvent.case_id == case.id))
    assert data["obstacle_reason"] == "Nằm viện"


def test_denunciation_checklist(qtbot: QtBot, org: Org, bus, runner, shots: Path) -> None:
    pid = add_petition(
        org.db, org, kind="to_cao", received_on=D(2026, 8, 3), citizen_id=org.denouncer
    )
    page = open_page(qtbot, org, bus, runner)
    click_row(qtbot, page, pid)
    dialog = open_action(qtbot, page, "acceptPetition")
    dialog.grab().save(str(shots / "accept_denunciation.png"))
    assert dialog.height() <= 740
    assert "Chưa đủ điều kiện thụ lý tố cáo" in refuse(qtbot, dialog)
    for condition in DenunciationCondition:
        if condition.always_required:
            check = dialog.findChild(QCheckBox, f"condition_{condition.value}")
            qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    confirm(qtbot, page, dialog)
    with org.db.session() as s:
        case = s.scalars(select(Case).where(Case.petition_id == pid)).one()
        assert case.kind == "to_cao"


def test_returned_complaint_takes_an_article_11_ground(qtbot: QtBot, org: Org, bus, runner) -> None:
    pid = add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 8, 3))
    page = open_page(qtbot, org, bus, runner)
    click_row(qtbot, page, pid)
    dialog = open_action(qtbot, page, "returnPetition")
    assert isinstance(dialog, OutcomeDialog)
    combo = dialog.ground
    assert isinstance(combo, QComboBox) and combo.count() == 10
    combo.setCurrentIndex(combo.findData("k5_chu_ky"))
    confirm(qtbot, page, dialog)


def test_case_page_explains_an_unconfirmed_day(
    qtbot: QtBot, org: Org, bus, runner, shots: Path
) -> None:
    from tcd_desktop.services import petitions
    from tcd_desktop.services.cases import AcceptanceInput
    from tests.ui.test_case_steps import open_page as open_case

    pid = add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 10, 20))
    with org.db.session() as s:
        case_id = petitions.accept_petition(
            s, org.handler, pid, AcceptanceInput(accepted_on=D(2026, 10, 25))
        ).case_id
    page = open_case(qtbot, org, case_id, bus, runner)
    page.grab().save(str(shots / "case_page.png"))
    main = next(d for d in page.dues.dues if d.is_main)
    box = page.dues.explanation_box(main)
    text = box.informativeText()
    assert "24/11/2026" in text and "Ngày Văn hóa Việt Nam" in text
    assert "chưa được công bố chính thức" in text
    box.show()
    box.grab().save(str(shots / "explain_unconfirmed.png"))
    box.close()


def test_case_screen_withdrawal_asks_for_the_request(
    qtbot: QtBot, org: Org, bus, shots: Path
) -> None:
    from tcd_desktop.services import petitions
    from tcd_desktop.services.cases import AcceptanceInput
    from tcd_desktop.ui.tasks import BackgroundRunner
    from tests.ui.test_case_steps import case_row, choose, click_step, save_and_reload, save_fails
    from tests.ui.test_case_steps import open_page as open_case

    pid = add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 8, 3))
    with org.db.session() as s:
        case_id = petitions.accept_petition(
            s, org.handler, pid, AcceptanceInput(accepted_on=D(2026, 8, 4))
        ).case_id
    case_runner = BackgroundRunner(bus=bus)  # as the shell wires it: publishes OpResult changes
    page = open_case(qtbot, org, case_id, bus, case_runner)
    dialog = click_step(qtbot, page, "withdrawal")
    assert "đơn rút" in save_fails(qtbot, dialog)
    choose(qtbot, dialog.findChild(QComboBox, "field_form"), "verbal_record")
    dialog.grab().save(str(shots / "withdrawal_dialog.png"))
    save_and_reload(qtbot, page, dialog)
    assert case_row(org.db, case_id)[0] == "withdrawn"
    case_runner.wait()
